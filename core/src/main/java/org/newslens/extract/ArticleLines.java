package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The page's text as short lines around the headline, read in one walk for the plain-text byline finders: a little
 * from above the headline (datelines and bylines set over it) and the article below it. Comments, sidebars, forms,
 * navigation and scripts are left out, so a line there is never taken for the article's byline.
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

    /** A byline is a short line; longer blocks are prose. */
    static final int MAX_LINE = 150;

    /**
     * Class or id words of parts left out, checked further by {@link MarkedBylines#marksElsewhere}; plain
     * substrings, for speed. Teasers and widgets stay: news sites class their headline's byline so.
     */
    private static final String[] SKIPPED_NAMES = {
        "comment", "kommentar", "respond", "reply", "sidebar", "related", "discussion", "disqus", "footer"
    };

    private final List<Line> above;
    private final List<Line> below;
    private final boolean fromHeadline;

    private ArticleLines(List<Line> above, List<Line> below, boolean fromHeadline) {
        this.above = above;
        this.below = below;
        this.fromHeadline = fromHeadline;
    }

    /** Whether the lines are read from the headline; without one they are the whole page's. */
    boolean fromHeadline() {
        return fromHeadline;
    }

    /** Lines after the headline, in reading order. */
    List<Line> below() {
        return below;
    }

    /** Lines just above the headline, in reading order. */
    List<Line> above() {
        return above;
    }

    /**
     * The lines around {@code headline}, reading up to {@code limit} characters below it; without a headline, the
     * page's lines from the top.
     */
    static ArticleLines read(Element body, Element headline, int limit) {
        Walk walk = new Walk(headline, limit);
        body.filter(walk);
        walk.endLine();
        List<Line> above = new ArrayList<>();
        int length = 0;
        for (int i = walk.before.size() - 1; i >= 0 && length < BEFORE_HEADLINE; i--) {
            above.add(0, walk.before.get(i));
            length += walk.before.get(i).text().length();
        }
        return new ArticleLines(above, walk.after, headline != null);
    }

    /** Builds lines from text nodes, breaking at block elements. */
    private static final class Walk implements NodeFilter {
        private final Element headline;
        private final List<Element> holders;
        private final List<Line> before = new ArrayList<>();
        private final List<Line> after = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private final List<String> parts = new ArrayList<>();
        private int lastStart;
        private boolean emphasised = true;
        private boolean lastEmphasised;
        private final int limit;
        private boolean passed;
        private int afterLength;

        Walk(Element headline, int limit) {
            this.headline = headline;
            this.limit = limit;
            this.holders = headline == null ? List.of() : headline.parents();
            this.passed = headline == null;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node == headline) {
                endLine();
                passed = true;
                return FilterResult.SKIP_ENTIRELY;
            }
            if (node instanceof TextNode t) {
                if (!t.isBlank()) {
                    // Neighbouring elements print as separate words ("Anna Muster<span>Feb 21</span>").
                    line.append(' ').append(t.text());
                    emphasised &= isEmphasised(t);
                }
                return FilterResult.CONTINUE;
            }
            if (node instanceof Element e) {
                if (isSkipped(e)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                // A <br> does not end the line: "Anna<br>10. September 2017" is one byline.
                if (e.isBlock()) {
                    endLine();
                } else if (e.normalName().equals("br")) {
                    endPart();
                }
            }
            return passed && afterLength > limit ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                endLine();
            }
            return FilterResult.CONTINUE;
        }

        void endLine() {
            String text = line.toString().strip();
            endPart();
            if (!text.isEmpty()) {
                List<Line> out = passed ? after : before;
                out.add(new Line(text, List.copyOf(parts), lastEmphasised));
                if (passed) {
                    afterLength += text.length();
                } else if (before.size() > 4 * BEFORE_HEADLINE) {
                    before.subList(0, before.size() / 2).clear();
                }
            }
            line.setLength(0);
            parts.clear();
            lastStart = 0;
            emphasised = true;
            lastEmphasised = false;
        }

        /** Ends a part of the line at a {@code <br>}; blank parts are dropped. */
        private void endPart() {
            String part = line.substring(lastStart).strip();
            if (!part.isEmpty()) {
                parts.add(part);
                lastEmphasised = emphasised;
            }
            emphasised = true;
            lastStart = line.length();
        }

        private boolean isSkipped(Element e) {
            String tag = e.normalName();
            if (tag.equals("script") || tag.equals("style") || tag.equals("noscript") || tag.equals("form")
                    || tag.equals("nav") || tag.equals("aside") || tag.equals("select") || tag.equals("template")
                    || tag.equals("footer") && e.closest("article") == null) {
                return true;
            }
            if (!e.hasAttr("class") && !e.hasAttr("id")) {
                return false;
            }
            String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
            for (String w : SKIPPED_NAMES) {
                if (names.contains(w)) {
                    // Ancestors were checked on the way down; a wrapper holding the headline is the article's own.
                    return !holders.contains(e) && MarkedBylines.marksElsewhere(e);
                }
            }
            return false;
        }
    }

    /** Whether a text node sits in bold or italic type within its block. */
    private static boolean isEmphasised(TextNode t) {
        for (Element a = (Element) t.parentNode(); a != null && !a.isBlock(); a = a.parent()) {
            String tag = a.normalName();
            if (tag.equals("em") || tag.equals("i")) {
                return true;
            }
        }
        return false;
    }
}
