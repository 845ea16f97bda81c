package org.newslens.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.newslens.model.Paragraph;

/**
 * Cuts a DOM subtree into {@link Block}s the way a browser lays text out: every block element starts and ends a
 * block, inline elements and text run together. Iterative, so deep nesting cannot exhaust the stack.
 */
final class BlockSegmenter implements NodeVisitor {
    private final List<Block> blocks = new ArrayList<>();
    private final Deque<Element> owners = new ArrayDeque<>();
    private final StringBuilder buffer = new StringBuilder();
    private int linkChars;
    private int linkDepth;
    private int preDepth;
    private int quoteDepth;

    private BlockSegmenter() {
    }

    /** The blocks under {@code root}, in document order. */
    static List<Block> segment(Element root) {
        BlockSegmenter segmenter = new BlockSegmenter();
        segmenter.owners.push(root);
        NodeTraversor.traverse(segmenter, root);
        segmenter.flush();
        return segmenter.blocks;
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            String s = preDepth > 0 ? text.getWholeText() : text.text();
            if (linkDepth > 0) {
                linkChars += Whitespace.visibleLength(s);
            }
            buffer.append(s);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                buffer.append('\n');
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (Boilerplate.BLOCK_TAGS.contains(tag)) {
                flush();
                owners.push(e);
                if (tag.equals("pre")) {
                    preDepth++;
                } else if (tag.equals("blockquote")) {
                    quoteDepth++;
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (Boilerplate.BLOCK_TAGS.contains(tag) && owners.peek() == e) {
                flush();
                owners.pop();
                if (tag.equals("pre")) {
                    preDepth--;
                } else if (tag.equals("blockquote")) {
                    quoteDepth--;
                }
            }
        }
    }

    private void flush() {
        if (buffer.length() > 0) {
            Element owner = owners.peek();
            Paragraph.Kind kind = kindOf(owner);
            String text = kind == Paragraph.Kind.PREFORMATTED ? buffer.toString() : Whitespace.collapse(buffer.toString());
            if (!text.isBlank()) {
                blocks.add(new Block(owner, text.strip(), linkChars, kind));
            }
        }
        buffer.setLength(0);
        linkChars = 0;
    }

    private Paragraph.Kind kindOf(Element owner) {
        if (preDepth > 0) {
            return Paragraph.Kind.PREFORMATTED;
        }
        switch (owner.normalName()) {
            case "h1", "h2", "h3", "h4", "h5", "h6" -> {
                return Paragraph.Kind.HEADING;
            }
            case "li", "dt", "dd" -> {
                return quoteDepth > 0 ? Paragraph.Kind.QUOTE : Paragraph.Kind.LIST_ITEM;
            }
            case "td", "th" -> {
                return Paragraph.Kind.TABLE_CELL;
            }
            default -> {
                return quoteDepth > 0 ? Paragraph.Kind.QUOTE : Paragraph.Kind.PARAGRAPH;
            }
        }
    }
}
