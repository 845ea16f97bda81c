package org.newslens.extract;

import java.util.regex.Pattern;

/**
 * Lines of flattened text that are site furniture, not writing, each pattern with its reason. Only lines shorter
 * than {@link #MAX_FURNITURE_LENGTH} are judged by wording, so an article that quotes such a phrase keeps it.
 */
final class TextFurniture {
    static final int MAX_FURNITURE_LENGTH = 300;

    /** Whole-line furniture. Case-insensitive; trailing punctuation and arrows allowed. */
    private static final Pattern LINE = Pattern.compile("(?iu)^(?:"
            // Share prompts and bare network names left over from share bars.
            + "share( this( article| story| post| page)?)?( on [\\p{L} ]{2,20}| via [\\p{L} ]{2,20})?|teilen|tweet|pin it|"
            + "twitter|facebook|whatsapp|linkedin|pinterest|telegram|reddit|xing|e-?mail|print|drucken|copy link|"
            // Teasers pointing elsewhere: "Read more: <other headline>".
            + "(read (more|also|next)|see also|more on this|lesen sie (auch|mehr)|mehr zum thema|weiterlesen|"
            + "lire aussi|leer más)(\\s*[:›»-]\\s*.{0,160})?|"
            // Advertising markers.
            + "advertisement|anzeige|werbung|sponsored( content)?|publicité|publicidad|"
            // Skip links and theme furniture.
            + "skip to (main )?content|zum inhalt springen|exit mobile version|mobile version|back to top|nach oben|"
            + "menu|search|close|log ?in|sign in|subscribe|abonnieren|"
            // Comment and tag furniture.
            + "leave a (reply|comment)|\\d+ (comments?|kommentare)|comments?|kommentare|posted in .{0,150}|"
            + "filed under .{0,150}|tagged( with)?:? .{0,150}|tags?:.{0,150}|"
            // Copyright and rights lines.
            + "(©|copyright|\\(c\\)).{0,200}|.{0,200}all rights reserved.{0,100}|.{0,200}alle rechte vorbehalten.{0,100}"
            + ")[\\s.:!»›>|→-]*$");

    /** Any line that talks about cookies is a consent banner: articles about cookies are rarer than banners. */
    private static final Pattern COOKIES = Pattern.compile("(?iu)\\bcookies?\\b|cookie-");

    /** Lines that introduce the lists after an article: related posts, comments, author boxes. */
    private static final Pattern ENDS_ARTICLE = Pattern.compile("(?iu)^(related( posts| articles| stories| news)?|"
            + "you (may|might) (also )?like|read (more|next|also)|more (from|on|stories)|recommended( for you)?|"
            + "popular( posts)?|most read|trending( now)?|lesen sie auch|mehr zum thema|"
            + "das könnte sie auch interessieren|ähnliche beiträge|comments?|leave a (comment|reply)|kommentare|"
            + "share this( article| story)?|teilen|about the author)[\\s:.]*$");

    private TextFurniture() {
    }

    static boolean isFurniture(String line) {
        if (line.length() >= MAX_FURNITURE_LENGTH) {
            return false;
        }
        return LINE.matcher(line).matches() || COOKIES.matcher(line).find();
    }

    static boolean endsArticle(String line) {
        return line.length() < MAX_FURNITURE_LENGTH && ENDS_ARTICLE.matcher(line).matches();
    }
}
