package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.newslens.model.Paragraph;

/**
 * Finds the article body in a page: strips furniture, cuts the rest into blocks, picks the container that scores
 * best, and keeps the blocks in it that read as writing rather than interface.
 */
final class ContentExtractor {
    /** Blocks above this link share are link lists (related articles, tags), unless long enough to be prose. */
    static final double MAX_LINK_DENSITY = 0.5;
    /** A block this long is prose even when it links a lot (Readability drops such paragraphs). */
    static final int LINKY_PROSE_LENGTH = 300;
    /** A body shorter than this and than {@link #SHORT_BODY_SHARE} of the page's prose gets a second opinion. */
    static final int SHORT_BODY = 400;
    /** See {@link #SHORT_BODY}. */
    static final double SHORT_BODY_SHARE = 0.25;
    /** Characters a kicker run into the headline adds to it, at most. */
    static final int KICKER_LENGTH = 40;
    /** A paragraph beside the container this long, with links below {@link #SIBLING_LINK_DENSITY}, joins it. */
    static final int SIBLING_PROSE_LENGTH = 80;
    /** See {@link #SIBLING_PROSE_LENGTH}. */
    static final double SIBLING_LINK_DENSITY = 0.25;

    private ContentExtractor() {
    }

    /** The body text, paragraphs and comments. */
    record Body(String text, List<Paragraph> paragraphs, List<String> comments) {
    }

    /**
     * Extracts the body from {@code body}, which this call modifies.
     *
     * @param title the headline, so that its repetition as a heading is left out; may be null
     */
    static Body extract(Element body, String title) {
        List<Element> commentSections = DomCleaner.clean(body);
        List<Block> blocks = BlockSegmenter.segment(body);
        String normalisedTitle = title == null ? null : normalise(title);
        boolean[] chosen = select(blocks, ContentScorer.choose(body, blocks, true), normalisedTitle);
        int prose = 0;
        for (Block block : blocks) {
            if (BodyFilter.isProse(block)) {
                prose += block.visibleLength();
            }
        }
        if (length(blocks, chosen) < Math.min(SHORT_BODY, prose * SHORT_BODY_SHARE)) {
            // Readability retries with its class-name rules off when the result is short; names mislead the
            // scorer most on pages that give galleries and footers content-like classes.
            boolean[] retry = select(blocks, ContentScorer.choose(body, blocks, false), normalisedTitle);
            if (length(blocks, retry) > length(blocks, chosen)) {
                chosen = retry;
            }
        }
        BodyBuilder builder = new BodyBuilder();
        for (int i = 0; i < blocks.size(); i++) {
            if (chosen[i]) {
                builder.add(blocks.get(i).text(), blocks.get(i).kind());
            }
        }
        List<String> comments = new ArrayList<>();
        for (Element section : commentSections) {
            for (Block block : BlockSegmenter.segment(section)) {
                if (block.visibleLength() >= 2 && block.linkDensity() < MAX_LINK_DENSITY) {
                    comments.add(Whitespace.flatten(block.text()));
                }
            }
        }
        return new Body(builder.text(), builder.paragraphs(), comments);
    }

    /** Which blocks make the body when {@code best} is the scorer's container. */
    private static boolean[] select(List<Block> blocks, Element best, String normalisedTitle) {
        Element container = ContainerWidener.widen(best, blocks);
        boolean[] chosen = new boolean[blocks.size()];
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            chosen[i] = isWithin(block.owner(), container) || isSiblingProse(block, container);
            if (chosen[i] && first < 0) {
                first = i;
            }
        }
        if (first > 0) {
            for (int i : LeadFinder.lead(blocks, first, container, normalisedTitle)) {
                chosen[i] = true;
            }
        }
        boolean[] dropped = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            if (chosen[i] && isFurniture(blocks.get(i))) {
                chosen[i] = false;
                dropped[i] = true;
            } else if (chosen[i] && isIncidental(blocks.get(i), normalisedTitle)) {
                chosen[i] = false;
            }
        }
        BodyFilter.filter(blocks, chosen, dropped);
        return chosen;
    }

    private static int length(List<Block> blocks, boolean[] chosen) {
        int n = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (chosen[i]) {
                n += blocks.get(i).visibleLength();
            }
        }
        return n;
    }

    /** Link lists and interface text: what is left of a box of furniture inside the container. */
    private static boolean isFurniture(Block block) {
        int length = block.visibleLength();
        if (block.linkDensity() > MAX_LINK_DENSITY && length < LINKY_PROSE_LENGTH) {
            return true;
        }
        if (length >= Boilerplate.SHORT_BLOCK) {
            return false;
        }
        String flat = Whitespace.flatten(block.text());
        return Boilerplate.FURNITURE_TEXT.matcher(flat).matches() || Boilerplate.SECTION_LABEL.matcher(flat).matches();
    }

    /** Lines that accompany the article without being part of it: the headline, dates, credits, placeholders. */
    private static boolean isIncidental(Block block, String normalisedTitle) {
        if (isHeadline(block, normalisedTitle)) {
            return true;
        }
        if (block.visibleLength() >= Boilerplate.SHORT_BLOCK) {
            return false;
        }
        String flat = Whitespace.flatten(block.text());
        return Boilerplate.PLACEHOLDER_TEXT.matcher(flat).matches() || DateLines.isDateLine(flat)
                || Boilerplate.AD_DISCLOSURE.matcher(flat).find()
                || flat.length() <= Boilerplate.CREDIT_LENGTH && Boilerplate.CREDIT_LINE.matcher(flat).matches();
    }

    /** Readability keeps paragraphs beside the best container when they read as prose (its 80 characters, 0.25). */
    private static boolean isSiblingProse(Block block, Element container) {
        Element owner = block.owner();
        return owner.parent() == container.parent() && owner != container && owner.normalName().equals("p")
                && block.visibleLength() > SIBLING_PROSE_LENGTH && block.linkDensity() < SIBLING_LINK_DENSITY;
    }

    /**
     * Whether {@code block} is the headline: a heading that reads as the title, possibly after a kicker or a
     * section name run into it ("Consumer protection More transparency in pricing").
     */
    static boolean isHeadline(Block block, String normalisedTitle) {
        if (block.kind() != Paragraph.Kind.HEADING || normalisedTitle == null || normalisedTitle.isEmpty()) {
            return false;
        }
        String heading = normalise(block.text());
        return heading.equals(normalisedTitle) || heading.length() <= normalisedTitle.length() + KICKER_LENGTH
                && heading.endsWith(" " + normalisedTitle);
    }

    static boolean isWithin(Element e, Element container) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == container) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String s) {
        return Whitespace.flatten(s).toLowerCase(Locale.ROOT);
    }
}
