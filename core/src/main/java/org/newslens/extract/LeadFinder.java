package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.newslens.model.Paragraph;

/**
 * Finds the lead that sites set above the article body in a container of its own (intro, teaser, standfirst,
 * subtitle), which the body container then leaves out. Walks back from the body's first block towards the headline
 * and takes the blocks that read as prose, skipping the short furniture that sits between them (dates, bylines,
 * captions, share prompts).
 */
final class LeadFinder {
    /** How far above the body container the lead may sit: lead and body share an ancestor this close. */
    static final int MAX_LEVELS = 4;
    /** Blocks examined at most without a headline above: the lead's few paragraphs plus the furniture around them. */
    static final int MAX_BLOCKS = 40;
    /** Blocks searched for the headline; between it and the body the walk may go this far. */
    static final int MAX_BLOCKS_BELOW_HEADLINE = 80;
    /** A lead paragraph is at least this long; shorter lines above the body are bylines, dates and labels. */
    static final int MIN_LENGTH = 60;
    /** Leads are written text; a block with more of its text in links is a teaser or navigation. */
    static final double MAX_LINK_DENSITY = 0.3;

    private LeadFinder() {
    }

    /**
     * Indexes of the blocks before {@code first} (the body's first block) that form the lead, in document order.
     *
     * @param normalisedTitle the headline, lower-cased and flattened; the walk stops at it; may be null
     */
    static List<Integer> lead(List<Block> blocks, int first, Element container, String normalisedTitle) {
        List<Integer> lead = new ArrayList<>();
        Element scope = container;
        for (int i = 0; i < MAX_LEVELS && scope.parent() != null && !scope.parent().normalName().equals("body"); i++) {
            scope = scope.parent();
        }
        // Between the headline and the body everything is the article's own, however the page nests it.
        boolean belowHeadline = false;
        for (int i = first - 1, seen = 0; i >= 0 && seen < MAX_BLOCKS_BELOW_HEADLINE; i--, seen++) {
            if (isHeadline(blocks.get(i), normalisedTitle)) {
                belowHeadline = true;
                break;
            }
        }
        int limit = belowHeadline ? MAX_BLOCKS_BELOW_HEADLINE : MAX_BLOCKS;
        for (int i = first - 1, seen = 0; i >= 0 && seen < limit; i--, seen++) {
            Block block = blocks.get(i);
            boolean outOfScope = !belowHeadline && !ContentExtractor.isWithin(block.owner(), scope);
            if (outOfScope || isHeadline(block, normalisedTitle)) {
                break;
            }
            if (block.linkDensity() > ContentExtractor.MAX_LINK_DENSITY && block.visibleLength() >= MIN_LENGTH) {
                // A teaser list between us and the headline: whatever lies above it belongs to another story.
                break;
            }
            if (block.visibleLength() >= MIN_LENGTH && block.linkDensity() <= MAX_LINK_DENSITY) {
                lead.add(0, i);
            }
        }
        return lead;
    }

    private static boolean isHeadline(Block block, String normalisedTitle) {
        if (block.kind() != Paragraph.Kind.HEADING) {
            return false;
        }
        return block.owner().normalName().equals("h1")
                || ContentExtractor.isHeadline(block, normalisedTitle);
    }
}
