package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Truncation;

/** Tells when the body a page gives is not the whole article: a paywall, a sign-in wall, or text cut short. */
final class Truncations {
    /** Class or id names of paywall and registration-wall containers, in lower case (see Names). */
    static final Pattern WALL_NAMES = Pattern.compile(
            "paywall|pay-wall|regwall|reg-wall|subscriber-only|subscribers-only|premium-(content|article|teaser|wall)|"
                    + "piano-(offer|paywall)|tp-modal|plus-teaser|abo-teaser|paid-content|metered");

    /** Necessary for {@link #WALL_NAMES}. */
    static final Stems WALL_STEMS = Stems.anywhere("paywall", "pay-wall", "regwall", "reg-wall", "subscriber", "premium-",
            "piano-", "tp-modal", "plus-teaser", "abo-teaser", "paid-content", "metered");

    /**
     * Words every wall sentence below contains. The sentences are looked for only around these, found with a
     * plain search of the lower-cased text: running the whole pattern over every page's text took a third of
     * extraction time.
     */
    private static final String[] WALL_KEYWORDS = {"subscri", "continue reading", "sign in to", "create a free account",
        "weiterlesen", "abonnenten", "abonnez", "abonnés", "suscriptores"};

    /** How far around a keyword a wall sentence can reach. */
    private static final int WALL_WINDOW = 120;

    /** Sentences walls print over the cut, written in lower case and matched in any case. */
    private static final Pattern WALL_TEXT = Pattern.compile(
            "(subscribe to (continue|read)|to continue reading|already a subscriber|sign in to (continue|read)|"
                    + "this (article|content) is (only )?(available|reserved) (to|for) (subscribers|members)|"
                    + "create a free account to (continue|read)|weiterlesen mit|jetzt weiterlesen|"
                    + "dieser (artikel|beitrag) ist (nur )?für abonnenten|nur für abonnenten|mit .{0,20}plus weiterlesen|"
                    + "abonnez-vous pour lire|réservé aux abonnés|contenido exclusivo para suscriptores)"
                    // The text is read as the page holds it, so a space in a phrase may be any run of whitespace.
                    .replace(" ", "\\s+"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Truncations() {
    }

    /** The paywall the page shows, or null. Reads the original document, before cleaning removes the wall. */
    static Truncation wall(Document doc, JsonNode article) {
        if (article != null) {
            JsonNode free = article.get("isAccessibleForFree");
            if (free != null && (free.isBoolean() && !free.asBoolean() || "false".equalsIgnoreCase(free.asText()))) {
                return new Truncation("paywall", "the page declares isAccessibleForFree=false in its JSON-LD");
            }
        }
        Element body = doc.body();
        if (body != null) {
            for (Element e : body.getAllElements()) {
                // The stems first, on the raw values: almost no element passes, and the name rules cost more.
                String cls = e.attr("class");
                String id = e.id();
                if (!WALL_STEMS.mayMatch(cls.toLowerCase(Locale.ROOT)) && !WALL_STEMS.mayMatch(id.toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String names = cls.strip() + " " + id;
                if (Names.has(names, Names.WALL)) {
                    return new Truncation("paywall", "the page has a paywall element (" + shorten(names.strip()) + ")");
                }
            }
            String said = wallSentence(body.wholeText());
            if (said != null) {
                return new Truncation("paywall", "the page says \"" + said + "\"");
            }
        }
        return null;
    }

    /**
     * The first wall sentence in the text, in lower case, or null. Keywords are found ignoring case where they
     * stand, rather than in a lower-cased copy of the page's text: making that copy cost more than the search.
     */
    static String wallSentence(String text) {
        for (String keyword : WALL_KEYWORDS) {
            for (int at = indexOfIgnoreCase(text, keyword, 0); at >= 0;
                    at = indexOfIgnoreCase(text, keyword, at + keyword.length())) {
                int from = Math.max(0, at - WALL_WINDOW);
                var m = WALL_TEXT.matcher(text).region(from, Math.min(text.length(), at + WALL_WINDOW));
                if (m.find()) {
                    return m.group().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }

    /** Where the lower-case {@code keyword} first stands in {@code text} at or after {@code from}, in any case. */
    private static int indexOfIgnoreCase(String text, String keyword, int from) {
        char first = keyword.charAt(0);
        char firstUpper = Character.toUpperCase(first);
        int last = text.length() - keyword.length();
        for (int i = from; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == first || c == firstUpper) && text.regionMatches(true, i, keyword, 0, keyword.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Why the extracted body looks cut short, or null. */
    static Truncation cut(String bodyText) {
        String end = bodyText.stripTrailing();
        if (end.endsWith("…") || end.endsWith("...") || end.endsWith("[…]") || end.endsWith("(...)")) {
            return new Truncation("truncated", "the body ends with an ellipsis");
        }
        return null;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
