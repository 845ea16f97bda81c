package org.newslens.extract;

import java.util.List;
import org.jsoup.nodes.Element;
import org.newslens.model.Paragraph;

/**
 * Decides which of the blocks chosen for the body stay, using each block's neighbours as jusText does: a short line
 * is kept when it sits among the article's paragraphs (a subheading, a list item, a short sentence), and dropped
 * when it trails the article (source lines, contact labels, dates, tag lists) or heads a section whose content
 * turned out to be furniture ("More on this topic" over a list of links).
 */
final class BodyFilter {
    /** A block this long with few links is article prose for the edge rule. */
    static final int PROSE_LENGTH = 80;
    /** Prose has few links; a paragraph above this share is a teaser or a link list. */
    static final double PROSE_LINK_DENSITY = 0.3;

    private BodyFilter() {
    }

    /**
     * Clears {@code keep[i]} for blocks that should not be in the body.
     *
     * @param keep on entry, the blocks chosen and not rejected as furniture on their own
     * @param dropped blocks that were chosen but rejected as furniture (link lists, interface text)
     */
    static void filter(List<Block> blocks, boolean[] keep, boolean[] dropped) {
        dropOrphanHeadings(blocks, keep, dropped);
        trimEdges(blocks, keep);
        trimAppeals(blocks, keep);
    }

    /** The article ends before the appeals that close it: subscribe, donate, follow us, read our newsletter. */
    private static void trimAppeals(List<Block> blocks, boolean[] keep) {
        int kept = 0;
        for (boolean k : keep) {
            kept += k ? 1 : 0;
        }
        for (int i = blocks.size() - 1; i >= 0 && kept > 1; i--) {
            if (!keep[i]) {
                continue;
            }
            Block block = blocks.get(i);
            if (block.visibleLength() >= Boilerplate.APPEAL_LENGTH
                    || !Boilerplate.APPEAL_WORDS.matcher(block.text()).find()) {
                return;
            }
            keep[i] = false;
            kept--;
        }
    }

    /** A heading whose section holds nothing kept introduces furniture: "Related articles" over a list of links. */
    private static void dropOrphanHeadings(List<Block> blocks, boolean[] keep, boolean[] dropped) {
        // Walk backwards remembering what comes next, so that long runs of unchosen blocks are crossed once.
        boolean nextIsFurniture = true;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (keep[i]) {
                if (blocks.get(i).kind() == Paragraph.Kind.HEADING && nextIsFurniture) {
                    keep[i] = false;
                    dropped[i] = true;
                } else {
                    nextIsFurniture = false;
                }
            } else if (dropped[i]) {
                nextIsFurniture = true;
            }
        }
    }

    /**
     * Trims the short furniture that frames an article: dated metadata lines above the first prose paragraph, and
     * below the last one dated lines and short lines set apart from it. Short lines that continue the last
     * paragraph's sequence (same parent, or a parent of the same kind) stay: a signature, a closing sentence.
     */
    private static void trimEdges(List<Block> blocks, boolean[] keep) {
        int firstProse = -1;
        int lastProse = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (keep[i] && isProse(blocks.get(i))) {
                if (firstProse < 0) {
                    firstProse = i;
                }
                lastProse = i;
            }
        }
        if (firstProse < 0) {
            return;
        }
        for (int i = 0; i < firstProse; i++) {
            if (keep[i] && isDatedLabel(blocks.get(i))) {
                keep[i] = false;
            }
        }
        Block lastBlock = blocks.get(lastProse);
        for (int i = lastProse + 1; i < blocks.size(); i++) {
            if (isTrailer(blocks.get(i)) && !isSibling(blocks.get(i), lastBlock) || isDatedLabel(blocks.get(i))) {
                keep[i] = false;
            }
        }
    }

    /** Same parent, or a parent of the same kind: one figure, list or row after another. */
    private static boolean isSibling(Block a, Block b) {
        Element pa = a.owner().parent();
        Element pb = b.owner().parent();
        if (pa == pb) {
            return true;
        }
        return pa != null && pb != null && a.owner().normalName().equals(b.owner().normalName())
                && pa.normalName().equals(pb.normalName()) && pa.className().equals(pb.className())
                && pa.parent() == pb.parent();
    }

    private static boolean isDatedLabel(Block block) {
        return block.kind() == Paragraph.Kind.PARAGRAPH && block.visibleLength() < PROSE_LENGTH
                && DateLines.isDatedLabel(Whitespace.flatten(block.text()));
    }

    /** Short paragraphs and headings: the shape of labels, sources and prompts under an article. */
    private static boolean isTrailer(Block block) {
        return (block.kind() == Paragraph.Kind.PARAGRAPH || block.kind() == Paragraph.Kind.HEADING)
                && block.visibleLength() < PROSE_LENGTH;
    }

    static boolean isProse(Block block) {
        return block.visibleLength() >= PROSE_LENGTH && block.linkDensity() <= PROSE_LINK_DENSITY
                && block.kind() != Paragraph.Kind.HEADING;
    }
}
