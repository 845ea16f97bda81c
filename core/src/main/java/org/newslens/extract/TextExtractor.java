package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslens.model.Article;
import org.newslens.model.Author;
import org.newslens.model.DateValue;
import org.newslens.model.Paragraph;

/**
 * Text flattened from a page → {@link Article}. Such text keeps the page's furniture as lines: a breadcrumb run
 * glued to the headline, menus, share prompts, "related posts" lists, cookie and copyright lines. This reads the
 * lines the way a person skims them: furniture by its wording and shape, the headline as the line the breadcrumb
 * ends with or the first heading-like line, the body as the prose between.
 */
final class TextExtractor {
    /** Lines this long are prose whatever their wording. */
    static final int PROSE_LENGTH = 200;

    /** Breadcrumb separators written out in text. */
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[›»>/|]\\s*");

    /** First words of a breadcrumb trail. */
    private static final Set<String> CRUMB_ROOTS = Set.of("home", "startseite", "accueil", "inicio", "start");

    /**
     * Section names common enough to split a space-separated breadcrumb run ("Home News Iranian Opposition" →
     * News › Iranian Opposition). A crumb that is not one of these runs on to the next known name or the headline.
     */
    private static final Set<String> COMMON_SECTIONS = Set.of(
            "news", "world", "politics", "business", "economy", "opinion", "sport", "sports", "culture", "arts",
            "science", "tech", "technology", "health", "lifestyle", "entertainment", "travel", "local", "national",
            "international", "uk", "us", "europe", "asia", "africa", "americas", "middle east", "analysis", "features",
            "blog", "blogs", "articles", "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "meinung",
            "actualités", "monde", "noticias", "mundo", "editorial", "comment", "video", "press releases");

    /** Lines after which the article is over: the lists that follow it. */
    private static final Pattern END_MARKERS = Pattern.compile(
            "(?iu)^(related( posts| articles| stories| news)?|you (may|might) also like|read (more|next|also)|"
                    + "more (from|on|stories)|recommended( for you)?|popular( posts)?|most read|trending|"
                    + "lesen sie auch|mehr zum thema|das könnte sie auch interessieren|ähnliche beiträge|"
                    + "comments?|leave a (comment|reply)|kommentare|tags?:?|share this:?|teilen:?|about the author)[\\s:.]*$");

    /** "By Jane Doe", "Von Max Muster". */
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por)\\s+\\p{Lu}[\\p{L}.'’ -]{1,60}$");

    private TextExtractor() {
    }

    static Article extract(String raw, LocalDate latest) {
        List<String> lines = lines(raw);
        String title = null;
        List<String> section = List.of();
        int bodyFrom = 0;
        // The headline: a line that another line near the top ends with (breadcrumb + headline), else the first
        // heading-like line.
        for (int i = 0; i < Math.min(lines.size(), 12) && title == null; i++) {
            String candidate = lines.get(i);
            if (!isHeadingLike(candidate)) {
                continue;
            }
            for (int j = 0; j < Math.min(lines.size(), 12); j++) {
                String other = lines.get(j);
                if (j != i && other.length() > candidate.length() && other.endsWith(candidate)) {
                    title = candidate;
                    section = crumbs(other.substring(0, other.length() - candidate.length()));
                    break;
                }
            }
        }
        if (title == null) {
            for (String line : lines.subList(0, Math.min(lines.size(), 8))) {
                if (isHeadingLike(line) && !isFurniture(line) && !isNavigationRun(line)) {
                    title = line;
                    break;
                }
            }
        }
        if (title != null) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).endsWith(title)) {
                    bodyFrom = i + 1;
                }
                if (i > 12) {
                    break;
                }
            }
        }
        List<Author> authors = new ArrayList<>();
        DateValue published = null;
        BodyBuilder body = new BodyBuilder();
        for (int i = bodyFrom; i < lines.size(); i++) {
            String line = lines.get(i);
            if (body.isEmpty() && BYLINE.matcher(line).matches()) {
                authors.addAll(Bylines.parse(line));
                continue;
            }
            if (body.isEmpty() && line.length() < 60) {
                String iso = DateParser.parse(line, latest, false);
                if (iso != null && published == null) {
                    published = new DateValue(iso, DateValue.Origin.TEXT);
                    continue;
                }
            }
            if (line.length() < PROSE_LENGTH && END_MARKERS.matcher(line).matches() && !body.isEmpty()) {
                break;
            }
            if (line.equals(title) || isFurniture(line) || isNavigationRun(line)) {
                continue;
            }
            body.add(line, isHeadingLike(line) && !endsSentence(line) ? Paragraph.Kind.HEADING : Paragraph.Kind.PARAGRAPH);
        }
        String text = body.text();
        return new Article(title, authors, published, null, null, section, null, null, null, text, body.paragraphs(),
                List.of(), Truncations.cut(text));
    }

    /** Non-blank lines, trimmed. Furniture glued to the end of the last paragraph is split off first. */
    private static List<String> lines(String raw) {
        List<String> out = new ArrayList<>();
        for (String line : raw.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String t = Whitespace.flatten(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<String> crumbs(String trail) {
        String t = trail.strip();
        List<String> parts = new ArrayList<>();
        if (CRUMB_SEPARATOR.matcher(t).find()) {
            for (String p : CRUMB_SEPARATOR.split(t)) {
                if (!p.isBlank()) {
                    parts.add(p.strip());
                }
            }
        } else {
            String[] words = t.split("\\s+");
            StringBuilder current = new StringBuilder();
            for (int i = 0; i < words.length; i++) {
                String two = i + 1 < words.length ? (words[i] + " " + words[i + 1]).toLowerCase(Locale.ROOT) : null;
                String one = words[i].toLowerCase(Locale.ROOT);
                boolean known = COMMON_SECTIONS.contains(one) || CRUMB_ROOTS.contains(one);
                boolean knownPair = two != null && COMMON_SECTIONS.contains(two);
                if ((known || knownPair) && current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                if (knownPair) {
                    parts.add(words[i] + " " + words[i + 1]);
                    i++;
                } else if (known) {
                    parts.add(words[i]);
                } else {
                    current.append(current.length() > 0 ? " " : "").append(words[i]);
                }
            }
            if (current.length() > 0) {
                parts.add(current.toString());
            }
        }
        parts.removeIf(p -> CRUMB_ROOTS.contains(p.toLowerCase(Locale.ROOT)));
        return parts;
    }

    private static boolean isHeadingLike(String line) {
        return line.length() >= 10 && line.length() <= 200 && !endsSentence(line) || line.length() <= 200
                && line.split("\\s+").length >= 4 && line.contains(":") && !line.endsWith(".");
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»' || last == '…';
    }

    private static boolean isFurniture(String line) {
        return line.length() < Boilerplate.SHORT_BLOCK && Boilerplate.FURNITURE_TEXT.matcher(line).matches();
    }

    /**
     * A menu flattened into one line: several short capitalised items and no sentence punctuation
     * ("Home About Contact Privacy Policy").
     */
    private static boolean isNavigationRun(String line) {
        if (line.length() > 160 || endsSentence(line) || line.contains(",")) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 4) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
                capitalised++;
            }
        }
        return capitalised == words.length && CRUMB_ROOTS.contains(words[0].toLowerCase(Locale.ROOT));
    }
}
