package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Article;
import org.newslens.model.Author;
import org.newslens.model.DateValue;
import org.newslens.model.Paragraph;

/**
 * Text flattened from a page → {@link Article}. Such text keeps the page's furniture as lines: a breadcrumb run
 * glued to the headline, menus, share prompts, "related posts" lists, cookie and copyright lines. This reads the
 * lines the way a person skims them: the body runs from the first to the last line of prose; furniture is known by
 * its wording ({@link TextFurniture}); the headline is the line a breadcrumb run ends with, or the first
 * heading-like line above the prose; bylines and date lines between headline and body become metadata.
 */
final class TextExtractor {
    /** Lines this long are prose whatever their ending. */
    static final int PROSE_LENGTH = 200;
    /** Shorter lines are prose only when they end a sentence and have this many characters. */
    static final int SHORT_PROSE_LENGTH = 60;
    /** The headline is looked for among this many first lines. */
    static final int HEADLINE_WINDOW = 12;

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

    /** "By Jane Doe", "Von Max Muster". */
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por)\\s+\\p{Lu}[\\p{L}.'’ -]{1,60}$");

    private TextExtractor() {
    }

    static Article extract(String raw, LocalDate latest) {
        List<String> lines = lines(raw);
        int firstProse = firstProse(lines, 0);
        String title = null;
        List<String> section = List.of();
        int headlineEnd = 0;
        // The headline: a line that another line near the top ends with (breadcrumb + headline).
        int window = Math.min(lines.size(), HEADLINE_WINDOW);
        for (int i = 0; i < window && title == null; i++) {
            String candidate = lines.get(i);
            if (!isHeadingLike(candidate) || TextFurniture.isFurniture(candidate)) {
                continue;
            }
            for (int j = 0; j < window; j++) {
                String other = lines.get(j);
                if (j != i && other.length() > candidate.length() && other.endsWith(candidate)) {
                    title = candidate;
                    section = crumbs(other.substring(0, other.length() - candidate.length()));
                    headlineEnd = Math.max(i, j) + 1;
                    break;
                }
            }
        }
        // Otherwise the first heading-like line above the prose that is not furniture, byline or date; a breadcrumb
        // trail on a line of its own above it gives the section.
        for (int i = 0; title == null && i < Math.min(firstProse, window); i++) {
            String line = lines.get(i);
            if (section.isEmpty() && isNavigationRun(line) && CRUMB_SEPARATOR.matcher(line).find()) {
                section = crumbs(line);
            }
            if (isHeadingLike(line) && !TextFurniture.isFurniture(line) && !isNavigationRun(line)
                    && !BYLINE.matcher(line).matches() && DateParser.find(line, latest, false) == null) {
                title = line;
                headlineEnd = i + 1;
            }
        }
        int first = firstProse(lines, headlineEnd);
        int last = lastProse(lines, first);
        List<Author> authors = new ArrayList<>();
        DateValue published = null;
        for (int i = headlineEnd; i < first; i++) {
            String line = lines.get(i);
            if (authors.isEmpty() && BYLINE.matcher(line).matches()) {
                authors.addAll(Bylines.parse(line));
            } else if (published == null && line.length() < 60) {
                String iso = DateParser.parse(line, latest, false);
                if (iso != null) {
                    published = new DateValue(iso, DateValue.Origin.TEXT);
                }
            }
        }
        BodyBuilder body = new BodyBuilder();
        for (int i = first; i <= last && i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(title) || TextFurniture.isFurniture(line) || isNavigationRun(line)) {
                continue;
            }
            boolean heading = !isProse(line) && i + 1 <= last && isProse(lines.get(i + 1)) && !endsSentence(line);
            body.add(line, heading ? Paragraph.Kind.HEADING : Paragraph.Kind.PARAGRAPH);
        }
        String text = body.text();
        return new Article(title, authors, published, null, null, section, null, null, null, text, body.paragraphs(),
                List.of(), Truncations.cut(text));
    }

    /** Non-blank lines, whitespace collapsed. */
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

    private static int firstProse(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (isProse(lines.get(i)) && !TextFurniture.isFurniture(lines.get(i))) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * The last prose line of the body. A list marker ("Related posts", "Comments") ends the body unless prose
     * follows it, in which case it was an aside inside the article.
     */
    private static int lastProse(List<String> lines, int first) {
        int last = first - 1;
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (TextFurniture.endsArticle(line) && firstProse(lines, i + 1) >= lines.size()) {
                break;
            }
            if (isProse(line) && !TextFurniture.isFurniture(line)) {
                last = i;
            }
        }
        return last;
    }

    static boolean isProse(String line) {
        return line.length() >= PROSE_LENGTH || line.length() >= SHORT_PROSE_LENGTH && endsSentence(line);
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
        parts.removeIf(p -> p.isEmpty() || CRUMB_ROOTS.contains(p.toLowerCase(Locale.ROOT)));
        return parts;
    }

    private static boolean isHeadingLike(String line) {
        return line.length() >= 10 && line.length() <= 200 && !endsSentence(line);
    }

    /** A quotation signed after its closing mark: "“...” ― Dana Whitfield", "“...” — Omar de la Vega, 52, Riverton". */
    private static final Pattern SIGNATURE = Pattern.compile("(?<=[”\"»])\\s*[―—–]\\s*\\p{Lu}[\\p{L}\\p{N}.,'’ -]{1,80}$");

    private static boolean endsSentence(String line) {
        if (endsWithSentenceMark(line)) {
            return true;
        }
        // Only a line ending in a word can be signed; the pattern runs on those alone.
        Matcher signed = SIGNATURE.matcher(line);
        return signed.find() && signed.start() > 0 && endsWithSentenceMark(line.substring(0, signed.start()));
    }

    private static boolean endsWithSentenceMark(String line) {
        char last = line.charAt(line.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '"' || last == '”' || last == '»' || last == '…'
                || last == '“' || last == '’' || last == ')';
    }

    /**
     * A menu flattened into one line: it starts at the site root and every item is capitalised, with no sentence
     * punctuation ("Home About Recipes Contact Archive").
     */
    private static boolean isNavigationRun(String line) {
        if (line.length() > 160 || endsSentence(line) || line.contains(",")) {
            return false;
        }
        String[] words = line.split("\\s+");
        if (words.length < 3 || !CRUMB_ROOTS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (String w : words) {
            // A trail written out with separators ("Home › Local › Riverton") is a run of the same kind.
            if (!Character.isUpperCase(w.codePointAt(0)) && !CRUMB_SEPARATOR.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }
}
