package org.newslens.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The page's text as short lines around the headline, for the plain-text byline finders: a little from above the
 * headline (datelines and bylines set over it) and the article below it. Comments, sidebars, forms, navigation and
 * scripts are left out, so a line there is never taken for the article's byline.
 *
 * <p>Reading is lazy and starts at the headline: the lines below are read only as far as a finder asks (the printed
 * byline a little way, a closing byline to the article's end), and the lines above walk back from the headline, so
 * the page's header and menus are never read.
 */
final class ArticleLines {
    /**
     * One line of text, and its parts between {@code <br>}s: "…end of the text.<br>Text: Anna Muster". Whether all
     * of the last part is bold or italic tells a signature under the text ("…<br><i>Anna Muster</i>").
     */
    record Line(String text, List<String> parts, boolean lastEmphasised) {
        String last() {
            return parts.get(parts.size() - 1);
        }
    }

    /** Text before the headline kept (datelines and bylines set above it). */
    private static final int BEFORE_HEADLINE = 300;

    /** Text after the headline read for the whole article: enough for a long article's closing byline. */
    static final int WHOLE = 40_000;

    /** Text longer than a three-word name is no signature. */
    private static final int MAX_SIGNATURE = 60;

    /** A byline is a short line; longer blocks are prose. */
    static final int MAX_LINE = 150;

    /**
     * Class or id words of parts left out, checked further by {@link MarkedBylines#marksElsewhere}; plain
     * substrings, for speed. Teasers and widgets stay: news sites class their headline's byline so.
     */
    private static final String[] SKIPPED_NAMES = {
        "comment", "kommentar", "respond", "reply", "sidebar", "related", "discussion", "disqus", "footer"
    };

    private final Element root;
    private final Element headline;
    private final List<Element> holders;
    private final LineBuilder below = new LineBuilder();
    /** Whether a class value mentions a skipped part, remembered per value. */
    private final Map<String, Boolean> verdicts = new HashMap<>();
    private List<Line> above;
    private Node cursor;

    private ArticleLines(Element root, Element headline) {
        this.root = root;
        this.headline = headline;
        this.holders = headline == null ? List.of() : headline.parents();
        if (headline == null) {
            cursor = root.childNodeSize() > 0 ? root.childNode(0) : null;
        } else {
            cursor = leave(headline);
        }
    }

    /** The lines around {@code headline}; without a headline, the page's lines from the top. */
    static ArticleLines of(Element body, Element headline) {
        return new ArticleLines(body, headline);
    }

    /** Whether the lines are read from the headline; without one they are the whole page's. */
    boolean fromHeadline() {
        return headline != null;
    }

    /** Lines after the headline, in reading order, at least {@code limit} characters of them if the page has. */
    List<Line> below(int limit) {
        while (cursor != null && below.length < limit) {
            Node node = cursor;
            if (enter(node) && node.childNodeSize() > 0) {
                cursor = node.childNode(0);
            } else {
                cursor = leave(node);
            }
        }
        if (cursor == null) {
            below.endLine();
        }
        return below.lines;
    }

    /** Lines just above the headline, in reading order. */
    List<Line> above() {
        if (above == null) {
            above = new ArrayList<>();
            Backwards back = new Backwards();
            for (Node node = headline; node != null && back.length < BEFORE_HEADLINE; ) {
                Node previous = node.previousSibling();
                if (previous == null) {
                    node = node.parent();
                    if (node == null || node == root) {
                        break;
                    }
                    back.breakIfBlock(node);
                    continue;
                }
                node = previous;
                back.read(node);
            }
            back.breakLine();
        }
        return above;
    }

    /** Takes in a node on the way down; false when its subtree is left out. */
    private boolean enter(Node node) {
        if (node instanceof TextNode t) {
            if (!t.isBlank()) {
                String text = t.text();
                // Only a short part can be a signature; its type is looked up only then.
                below.append(text, below.emphasised && text.length() <= MAX_SIGNATURE && isEmphasised(t));
            }
            return false;
        }
        if (!(node instanceof Element e) || isSkipped(e)) {
            return false;
        }
        // A <br> does not end the line: "Anna<br>10. September 2017" is one byline.
        if (e.isBlock()) {
            below.endLine();
        } else if (e.normalName().equals("br")) {
            below.endPart();
        }
        return true;
    }

    /** Leaves a node and the ancestors it closes; the next node to enter, or null at the page's end. */
    private Node leave(Node node) {
        for (Node n = node; n != null && n != root; n = n.parent()) {
            if (n instanceof Element e && e.isBlock()) {
                below.endLine();
            }
            Node next = n.nextSibling();
            if (next != null) {
                return next;
            }
        }
        return null;
    }

    private boolean isSkipped(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("form")
                || tag.equals("nav") || tag.equals("aside") || tag.equals("select") || tag.equals("template")
                || tag.equals("footer") && e.closest("article") == null) {
            return !holders.contains(e);
        }
        if (e.attributesSize() == 0) {
            return false;
        }
        String cls = e.className();
        String id = e.id();
        boolean suspect = !cls.isEmpty() && verdicts.computeIfAbsent(cls, c -> mentionsSkipped(c))
                || !id.isEmpty() && mentionsSkipped(id);
        // Ancestors were checked on the way; a wrapper holding the headline is the article's own.
        return suspect && !holders.contains(e) && MarkedBylines.marksElsewhere(e);
    }

    private static boolean mentionsSkipped(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        for (String w : SKIPPED_NAMES) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text node sits in italic type within its block. */
    private static boolean isEmphasised(TextNode t) {
        for (Element a = (Element) t.parentNode(); a != null && !a.isBlock(); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("em") || tag.equals("i")) {
                return true;
            }
        }
        return false;
    }

    /** Builds lines from text in reading order, breaking at block elements and parting at {@code <br>}. */
    private static final class LineBuilder {
        private final List<Line> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final List<String> parts = new ArrayList<>();
        private int partStart;
        private boolean emphasised = true;
        private boolean lastEmphasised;
        private int length;

        void append(String text, boolean italic) {
            // Neighbouring elements print as separate words ("Anna Muster<span>Feb 21</span>").
            line.append(' ').append(text);
            emphasised &= italic;
        }

        void endLine() {
            String text = line.toString().strip();
            endPart();
            if (!text.isEmpty()) {
                lines.add(new Line(text, List.copyOf(parts), lastEmphasised));
                length += text.length();
            }
            line.setLength(0);
            parts.clear();
            partStart = 0;
            emphasised = true;
            lastEmphasised = false;
        }

        /** Ends a part of the line at a {@code <br>}; blank parts are dropped. */
        void endPart() {
            String part = line.substring(partStart).strip();
            if (!part.isEmpty()) {
                parts.add(part);
                lastEmphasised = emphasised;
            }
            emphasised = true;
            partStart = line.length();
        }
    }

    /** Reads text backwards from the headline into {@link #above}, breaking lines at block elements. */
    private final class Backwards {
        private final StringBuilder reversed = new StringBuilder();
        private int length;

        void read(Node node) {
            if (length >= BEFORE_HEADLINE) {
                return;
            }
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    String text = t.text();
                    reversed.insert(0, ' ').insert(0, text);
                    length += text.length();
                }
                return;
            }
            if (!(node instanceof Element e) || isSkipped(e)) {
                return;
            }
            breakIfBlock(e);
            for (int i = e.childNodeSize() - 1; i >= 0; i--) {
                read(e.childNode(i));
            }
            breakIfBlock(e);
        }

        void breakIfBlock(Node node) {
            if (node instanceof Element e && e.isBlock()) {
                breakLine();
            }
        }

        void breakLine() {
            String text = reversed.toString().strip();
            if (!text.isEmpty()) {
                above.add(0, new Line(text, List.of(text), false));
            }
            reversed.setLength(0);
        }
    }
}
