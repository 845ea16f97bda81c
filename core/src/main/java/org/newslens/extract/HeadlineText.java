package org.newslens.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The headline proper inside a heading element: without a kicker ("Brexit: "), a topic label, a date, or text
 * printed only for screen readers.
 */
final class HeadlineText {
    /** Class tokens that hide an element from sighted readers. */
    static final Pattern HIDDEN_TOKEN = Pattern.compile(
            "(?i)^(?:hidden$|sr-only|screen-?reader|visually-?hidden|element-invisible|invisible$|offscreen|a11y|"
                    + "assistive|aural)");

    /** Class words of a kicker, topic label or date printed inside the headline element. */
    private static final Pattern KICKER_NAMES = Pattern.compile(
            "(?i)kicker|roofline|topline|overline|dachzeile|spitzmarke|eyebrow|supertitle|sub-?heading|subtitle|"
                    + "pre-?title|topic|label|category|rubric|date|h1small");

    /** Class words of the part of a heading that is the headline proper, next to a kicker or label. */
    private static final Pattern HEADLINE_PART = Pattern.compile(
            "(?i)(^|[-_\\s])(title|headline|heading__title)($|[-_\\s])");

    /** Fewer letters than this left after dropping the asides means the asides were the headline after all. */
    private static final int MIN_LETTERS = 2;

    private HeadlineText() {
    }

    static String of(Element heading) {
        Element e = heading;
        while (e.childrenSize() == 1 && !hasOwnText(e)) {
            e = e.child(0);
        }
        String whole = TitleText.readable(heading.text());
        for (Element part : e.children()) {
            if (HEADLINE_PART.matcher(part.className()).find()) {
                String text = TitleText.readable(part.text());
                if (!text.isEmpty() && text.length() < whole.length()) {
                    return text;
                }
            }
        }
        StringBuilder kept = new StringBuilder();
        List<Node> nodes = e.childNodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode t) {
                kept.append(t.getWholeText());
            } else if (node instanceof Element child && !isAside(child)
                    && !(kept.toString().isBlank() && isLeadingKicker(child, nodes, i + 1))) {
                appendVisible(child, kept);
            }
        }
        String text = TitleText.readable(kept.toString());
        return text.codePoints().filter(Character::isLetter).count() >= MIN_LETTERS ? text : whole;
    }

    private static boolean hasOwnText(Element e) {
        for (TextNode t : e.textNodes()) {
            if (!t.isBlank()) {
                return true;
            }
        }
        return false;
    }

    private static void appendVisible(Element e, StringBuilder out) {
        String gap = e.isBlock() || e.tagName().equals("br") ? " " : "";
        out.append(gap);
        for (Node node : e.childNodes()) {
            if (node instanceof TextNode t) {
                out.append(t.getWholeText());
            } else if (node instanceof Element child && !isAside(child)) {
                appendVisible(child, out);
            }
        }
        out.append(gap);
    }

    /**
     * Whether an element opening a heading is a kicker ("Brexit: ", a topic line) rather than the headline's first
     * words: it is the shorter part and what follows starts a new phrase, not a lower-case continuation.
     */
    private static boolean isLeadingKicker(Element first, List<Node> nodes, int from) {
        if (first.tagName().equals("a")) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            if (node instanceof TextNode t) {
                rest.append(t.text());
            } else if (node instanceof Element child && !isAside(child)) {
                rest.append(child.text());
            }
        }
        String following = rest.toString().strip();
        return !following.isEmpty() && first.text().strip().length() < following.length()
                && !Character.isLowerCase(following.codePointAt(0));
    }

    /** A part of a heading that is not the headline: a kicker, a date, a label, or text only screen readers get. */
    private static boolean isAside(Element e) {
        String tag = e.tagName();
        if (tag.equals("small") || tag.equals("time") || tag.equals("style") || tag.equals("script")
                || e.attr("aria-hidden").equals("true")) {
            return true;
        }
        for (String token : e.classNames()) {
            if (HIDDEN_TOKEN.matcher(token).find()) {
                return true;
            }
        }
        return KICKER_NAMES.matcher(e.className()).find();
    }
}
