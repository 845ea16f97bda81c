package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Author;

/**
 * A byline printed as a line of its own anywhere in the article, often at its end, where the markup does not mark
 * it: "Text: Anna Muster", "Autorin: Anna Muster, Projektleiterin", "Autoren A und B", "Von Anna Muster", "Quelle:
 * dpa", or a signature in italics under the last paragraph.
 */
final class ClosingBylines {
    /** A line that is a label and the names: "Text: …", "Autor: …", "Auteur : …", "Written by: …". */
    private static final Pattern LABELLED = Pattern.compile(
            "(?iu)^(?:text|texte|texto|autor(?:in|en|innen)?|authors?|auteur|verfasser(?:in)?|written by|"
                    + "geschrieben von|text und fotos|text (?:&|und) fotos?)\\s?[:：]\\s*(.+)$"
                    // "Autoren A und B" needs no colon.
                    + "|^(?i:autoren|authors)\\s+(.+)$");

    /** A label alone on its line. */
    private static final Pattern LABEL_ONLY = Pattern.compile(
            "(?iu)(?:von|by|autor(?:in|en)?|authors?|auteur|text|verfasser(?:in)?)\\s?[:：]?");
    private static final int MAX_LABEL = 12;

    /** First words of the lines {@link #LABELLED}, {@link #BY_LINE} and {@link #SOURCE} read. */
    private static final Set<String> LABEL_STARTS = Set.of(
            "text", "texte", "texto", "autor", "autorin", "autoren", "autorinnen", "author", "authors", "auteur",
            "verfasser", "verfasserin", "written", "geschrieben", "von", "by", "par", "por", "quelle", "source",
            "fuente", "责任编辑", "编辑", "作者", "记者");

    /** The responsible editor or author of a Chinese page: "责任编辑：王明" (names have no capitals to check). */
    private static final Pattern CJK_LABELLED = Pattern.compile("(?:责任编辑|编辑|作者|记者)\\s*[:：]\\s*(\\p{IsHan}{2,4})\\s*");

    /** A line that is only "von"/"by" and the names: "Von Anna Muster", "By Jane Doe and John Roe". */
    private static final Pattern BY_LINE = Pattern.compile("(?iu)^(?:von|by|par|por)\\s*:?\\s+(.+)$");

    /** A source line naming an agency: "Quelle: dpa" (a source that is a website or a study is no author). */
    private static final Pattern SOURCE = Pattern.compile("(?iu)^(?:quelle|source|fuente)\\s?:\\s*(.+)$");

    /**
     * The shape of a person's name: capitalised words, with the particles of family names ("Alexa von Heyden"). A
     * role or a sentence after the name ("Projektleiterin der Stiftung in Tunis") has other small words.
     */
    private static final Pattern NAME_SHAPE = Pattern.compile(
            "(?u)\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:(?:von|van|de|der|den|di|da|du|del|la|le|zu|ten|ter)\\s+)?"
                    + "\\p{Lu}[\\p{L}.'’-]*){0,3}");

    /** Separators in a list of names and roles. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("(?iu)\\s*(?:[,;&/]|\\s(?:und|and|et|y)\\s)\\s*");

    /** Capitalised words in a row, with initials ("Christian P. Stadtfeld"). */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]*\\.?(?:\\s+\\p{Lu}[\\p{L}'’-]*\\.?)+");

    /** A slug's name has at most this many words (a middle name or initial besides its parts). */
    private static final int MAX_EXPANDED_WORDS = 4;

    /** A "von"/"by" line longer than this is a sentence, not a byline. */
    private static final int MAX_BY_LINE = 60;

    /** A line at least this long is the article's prose; a signature follows the last of them. */
    private static final int PROSE_LINE = 200;

    /** A line this long after a name in italics makes the name a subheading over a paragraph. */
    private static final int FOLLOWING_PROSE = 100;

    /** A signature is a name of two or three words. */
    private static final int MIN_SIGNATURE_WORDS = 2;
    private static final int MAX_SIGNATURE_WORDS = 3;

    private ClosingBylines() {
    }

    /** The first labelled byline line below the headline, else a signature under the text; empty when none. */
    static List<Author> find(ArticleLines article) {
        List<ArticleLines.Line> lines = article.below(ArticleLines.WHOLE);
        for (int i = 0; i < lines.size(); i++) {
            List<String> parts = lines.get(i).parts();
            for (int j = 0; j < parts.size(); j++) {
                String text = parts.get(j);
                if (text.length() > ArticleLines.MAX_LINE || !startsWithLabel(text)) {
                    continue;
                }
                // A label alone on its line names the author on the next: "Autor" / "Anna Muster".
                if (isLabelOnly(text)) {
                    String next = j + 1 < parts.size() ? parts.get(j + 1)
                            : i + 1 < lines.size() ? lines.get(i + 1).parts().get(0) : "";
                    text = text.endsWith(":") ? text + " " + next : text + ": " + next;
                }
                List<Author> authors = labelled(text);
                if (!authors.isEmpty()) {
                    return authors;
                }
            }
        }
        return signature(lines);
    }

    static boolean isLabelOnly(String text) {
        return text.length() <= MAX_LABEL && LABEL_ONLY.matcher(text).matches();
    }

    /** Whether the line's first word is one a byline line starts with; a cheap test before the patterns. */
    private static boolean startsWithLabel(String text) {
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > 0 && LABEL_STARTS.contains(text.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static List<Author> labelled(String text) {
        Matcher m = CJK_LABELLED.matcher(text);
        if (m.matches()) {
            return BylineText.parse(m.group(1));
        }
        m = LABELLED.matcher(text);
        if (m.matches()) {
            return named(m.group(1) != null ? m.group(1) : m.group(2));
        }
        m = BY_LINE.matcher(text);
        if (m.matches() && text.length() <= MAX_BY_LINE) {
            List<Author> authors = BylineText.parse(m.group(1));
            return allNameShaped(authors) ? authors : List.of();
        }
        m = SOURCE.matcher(text);
        if (m.matches() && AuthorKinds.isAgency(m.group(1).strip())) {
            return BylineText.parse(m.group(1));
        }
        return List.of();
    }

    /**
     * The names leading a labelled line, up to the first part that is no name: "Anna Muster, Projektleiterin in
     * Tunis" → Anna Muster. A line whose first part is no name is a caption or a sentence.
     */
    private static List<Author> named(String rest) {
        List<Author> authors = new ArrayList<>();
        for (String part : LIST_SEPARATOR.split(rest.strip())) {
            String name = part.replaceAll("[\\s.;:]+$", "");
            if (!NAME_SHAPE.matcher(name).matches() && !AuthorKinds.isAgency(name)) {
                break;
            }
            authors.addAll(BylineText.parse(name));
        }
        return authors;
    }

    /** Whether a name has the shape of a person's full name: two to four capitalised words. */
    static boolean isFullName(String name) {
        return name.contains(" ") && NAME_SHAPE.matcher(name).matches();
    }

    /**
     * The full name a user slug stands for, printed somewhere in the article: "christian.stadtfeld" → "(Christian P.
     * Stadtfeld)". Every part of the slug must be a word of the name.
     */
    static List<Author> expand(String slug, ArticleLines article) {
        String[] parts = slug.toLowerCase(Locale.ROOT).split("[._-]+");
        if (parts.length < 2) {
            return List.of();
        }
        for (ArticleLines.Line line : article.below(ArticleLines.WHOLE)) {
            String lower = line.text().toLowerCase(Locale.ROOT);
            if (!lower.contains(parts[0]) || !lower.contains(parts[parts.length - 1])) {
                continue;
            }
            Matcher m = CAPITALISED_RUN.matcher(line.text());
            while (m.find()) {
                String[] words = m.group().split("\\s+");
                List<String> lowered = List.of(m.group().toLowerCase(Locale.ROOT).split("\\s+"));
                int from = lowered.indexOf(parts[0]);
                int to = lowered.lastIndexOf(parts[parts.length - 1]);
                if (from >= 0 && to > from && to - from < MAX_EXPANDED_WORDS
                        && lowered.subList(from, to + 1).containsAll(List.of(parts))) {
                    return BylineText.parse(String.join(" ", List.of(words).subList(from, to + 1)));
                }
            }
        }
        return List.of();
    }

    private static boolean allNameShaped(List<Author> authors) {
        return !authors.isEmpty() && authors.stream().allMatch(a -> NAME_SHAPE.matcher(a.name()).matches());
    }

    /**
     * A name in bold or italics closing the text: it follows a paragraph of prose (on its own line, or after a
     * {@code <br>} in it) and no prose follows it, as prose follows a bold subheading ("Neue Regeln", shaped like a
     * name). The last such line is taken.
     */
    private static List<Author> signature(List<ArticleLines.Line> lines) {
        List<Author> found = List.of();
        for (int i = 0; i < lines.size(); i++) {
            ArticleLines.Line line = lines.get(i);
            String name = line.last();
            int words = name.split("\\s+").length;
            if (!line.lastEmphasised() || words < MIN_SIGNATURE_WORDS || words > MAX_SIGNATURE_WORDS
                    || !NAME_SHAPE.matcher(name).matches()) {
                continue;
            }
            boolean afterProse = line.text().length() - name.length() >= PROSE_LINE
                    || i >= 1 && lines.get(i - 1).text().length() >= PROSE_LINE
                    || i >= 2 && lines.get(i - 2).text().length() >= PROSE_LINE;
            boolean beforeProse = i + 1 < lines.size() && lines.get(i + 1).text().length() >= FOLLOWING_PROSE;
            List<Author> authors = BylineText.parse(name);
            if (afterProse && !beforeProse && authors.size() == 1 && authors.get(0).kind() == Author.Kind.PERSON
                    && authors.get(0).name().equals(name)) {
                found = authors;
            }
        }
        return found;
    }
}
