package org.newslens.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Text of titles and headings as readers see them, and keys for comparing them. */
final class TitleText {
    /** Separators sites put between a headline and their own name in {@code <title>}. */
    static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|·•»«:/–—-]|::|-{2})\\s+|\\s*[|│]\\s*");

    /** Characters that only steer line breaking or rendering. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");

    /** Quotes differ between a page's title and its heading more often than words do. */
    private static final Pattern QUOTES = Pattern.compile("[\"“”„‟«»‘’‚‛‹›'`´]");

    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

    private TitleText() {
    }

    /** Flattened text without soft hyphens and zero-width characters, which readers never see. */
    static String readable(String s) {
        return Whitespace.flatten(INVISIBLE.matcher(s).replaceAll(""));
    }

    /** Comparison key: the way a reader would not tell two titles apart (case, quotes, dashes, spacing). */
    static String key(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = DASHES.matcher(QUOTES.matcher(t).replaceAll("")).replaceAll("-");
        return Whitespace.flatten(t);
    }

    /** Latin letters and digits only, umlauts spelled out: "Nalas Löwenseiten" and "nalas-loewenseiten" meet. */
    static String letters(String s) {
        String folded = Normalizer.normalize(s.toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD);
        return NOT_ALPHANUMERIC.matcher(folded).replaceAll("");
    }

    /** The length of all text under the element, without building it. */
    static int textLength(Element e) {
        int length = 0;
        for (Node node = e.firstChild(); node != null; node = next(node, e)) {
            if (node instanceof TextNode t) {
                length += t.getWholeText().length();
            }
        }
        return length;
    }

    /** Whether the element holds more than {@code max} characters of text, found without building the text. */
    static boolean longerThan(Element e, int max) {
        int length = 0;
        for (Node node = e.firstChild(); node != null; node = next(node, e)) {
            if (node instanceof TextNode t) {
                length += t.getWholeText().length();
                if (length > max) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The next node in document order within {@code root}, or null. */
    private static Node next(Node node, Element root) {
        if (node.childNodeSize() > 0) {
            return node.childNode(0);
        }
        while (node != root) {
            Node sibling = node.nextSibling();
            if (sibling != null) {
                return sibling;
            }
            node = node.parent();
            if (node == null) {
                return null;
            }
        }
        return null;
    }
}
