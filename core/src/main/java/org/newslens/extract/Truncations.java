package org.newslens.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newslens.model.Truncation;

/** Tells when the body a page gives is not the whole article: a paywall, a sign-in wall, or text cut short. */
final class Truncations {
    /** Class or id names of paywall and registration-wall containers. */
    private static final Pattern WALL_NAMES = Pattern.compile(
            "(?i)paywall|pay-wall|regwall|reg-wall|subscriber-only|subscribers-only|premium-(content|article|teaser|wall)|"
                    + "piano-(offer|paywall)|tp-modal|plus-teaser|abo-teaser|paid-content|metered");

    /** Sentences walls print over the cut. */
    private static final Pattern WALL_TEXT = Pattern.compile(
            "(?iu)(subscribe to (continue|read)|to continue reading|already a subscriber|sign in to (continue|read)|"
                    + "this (article|content) is (only )?(available|reserved) (to|for) (subscribers|members)|"
                    + "create a free account to (continue|read)|weiterlesen mit|jetzt weiterlesen|"
                    + "dieser (artikel|beitrag) ist (nur )?für abonnenten|nur für abonnenten|mit .{0,20}plus weiterlesen|"
                    + "abonnez-vous pour lire|réservé aux abonnés|contenido exclusivo para suscriptores)");

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
                String names = e.className() + " " + e.id();
                if (!names.isBlank() && WALL_NAMES.matcher(names).find()) {
                    return new Truncation("paywall", "the page has a paywall element (" + shorten(names.strip()) + ")");
                }
            }
            var m = WALL_TEXT.matcher(body.text());
            if (m.find()) {
                return new Truncation("paywall", "the page says \"" + m.group() + "\"");
            }
        }
        return null;
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
