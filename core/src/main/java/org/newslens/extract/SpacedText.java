package org.newslens.extract;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** The visible text of a small element such as a byline, spaced at element boundaries as a reader sees it. */
final class SpacedText {
    /** Marks an inline element's edge in {@link #of}: a space, unless it falls inside a word. */
    private static final char SOFT_BREAK = '\u0001';
    private static final Pattern SOFT_BREAK_IN_WORD = Pattern.compile("(?<=\\p{L})\u0001+(?=\\p{Ll}{1,2}(?!\\p{L}))");

    /** Class tokens of the categories or tags a theme prints in its byline row ("byline-part cats"). */
    private static final Pattern TAXONOMY_TOKEN = Pattern.compile(
            "(?i)cats?|categor(?:y|ies)|tags?|[\\w-]*[-_](?:cats?|categor(?:y|ies)|tags?)");

    private SpacedText() {
    }

    /**
     * Visible text with a space at element boundaries, so "Autor" and a name in the next span stay apart. An inline
     * element that continues a word in lower case ("Will Knigh<span>t</span>") is joined without one.
     */
    static String of(Element e) {
        StringBuilder out = new StringBuilder();
        appendSpaced(e, out);
        return SOFT_BREAK_IN_WORD.matcher(out).replaceAll("").replace(SOFT_BREAK, ' ');
    }

    private static void appendSpaced(Element e, StringBuilder out) {
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element child && !isHidden(child)) {
                char gap = child.isBlock() || child.normalName().equals("br") ? ' ' : SOFT_BREAK;
                out.append(gap);
                appendSpaced(child, out);
                out.append(gap);
            }
        }
    }

    /** Left out of a byline's text: scripts, dates, text for screen readers, and category or tag links. */
    private static boolean isHidden(Element e) {
        String tag = e.normalName();
        if (tag.equals("script") || tag.equals("style") || tag.equals("time") || tag.equals("noscript")
                || MarkedBylines.hasToken(e.attr("rel"), "tag") || MarkedBylines.hasToken(e.attr("rel"), "category")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (HeadlineText.HIDDEN_TOKEN.matcher(token).find() || TAXONOMY_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }
}
