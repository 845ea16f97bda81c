package org.newslens.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslens.model.Author;

/**
 * Finds a byline printed as plain text near the headline, for pages whose markup does not mark it: "Posted in News
 * by anna on 3 May", "Blog Beitrag von Anna Muster", "Redaktion: Anna Muster", or a dateline "11.12.2019 - Anna
 * Muster".
 */
final class PrintedBylines {
    /** "by Name", "von Name", "Autor: Name": the name runs to the next date, separator or end. */
    private static final Pattern BY_NAME = Pattern.compile(
            "(?iu)(?:^|[\\s(|·•—–-])(?:(?:von|by|par|por|przez):?|autor(?:in)?:|author:|text:|redaktion:|verfasst von:?)"
                    // A handle may end in digits ("Marianne1").
                    + "\\s+((?-i:\\p{Lu})[\\p{L}.'’-]*\\d*(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*){0,3}|"
                    + "[\\p{L}\\d._-]*[\\d_][\\p{L}\\d._-]*)"
                    // A byline's name ends the line or meets a separator, a date, "on"/"am", or the credit for the
                    // pictures: "von Wasserstoff auf die Netze" is a sentence.
                    + "(?=\\s*(?:$|[|·•,;/–—(-]|\\d)|\\s+(?:on|am|um|le|el|at|illustrations?|fotos?|photos?|bilder|symbolbild)\\s)");

    /** The words {@link #BY_NAME} starts from. */
    private static final String[] LEAD_WORDS = {"von", "by", "par", "por", "przez", "autor", "author", "text:", "redaktion:", "verfasst"};

    /** A dateline: a place, then an agency code in parentheses, then a dash. */
    private static final Pattern DATELINE = Pattern.compile(
            "(?u)(?:\\p{Lu}[\\p{L}.' -]{1,40}?\\s*)?\\(([\\p{L}]{2,12}(?:/[\\p{L}]{2,6}){0,2})\\)\\s*[-–—]\\s");

    /** Words that follow "von"/"by" in sentences rather than bylines. */
    private static final Set<String> NOT_NAMES = Set.of(
            "the", "a", "an", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einem", "einer", "la", "le",
            "les", "el", "los", "las", "un", "une");

    /** Two to four capitalised words: the shape of a listed co-author's name ("Projektleiterin" is a role). */
    private static final Pattern NAME_SHAPE = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

    /** Capitalised words that introduce a byline with "von" ("Artikel von", "Beitrag von"). */
    private static final Set<String> LABELS = Set.of(
            "artikel", "beitrag", "blogbeitrag", "gastbeitrag", "text", "texte", "interview", "kommentar", "bericht",
            "kolumne", "glosse", "reportage", "analyse", "essay", "rezension", "review", "column", "gespeichert",
            "pressemitteilung", "posted", "written", "published", "story", "article", "post", "veröffentlicht",
            "geschrieben", "erstellt", "eingestellt", "verfasst", "publié", "publicado", "escrito");

    /** A date or time just before "von"/"by". */
    private static final Pattern AFTER_TIME = Pattern.compile("(?iu)\\d(?:\\s*(?:uhr|h|am|pm))?\\s+(?:von|by):?$");

    /**
     * A byline of one word ("von Tobi") is believed only on a line this short, close to its start, or right after
     * a label ("Erstellt von Fabian am …") or a time.
     */
    private static final int SHORT_LINE = 40;
    private static final int SHORT_LEAD = 15;

    /** Text after the headline searched for a byline. */
    static final int AFTER_HEADLINE = 1500;

    /** A dateline's leftover is a name only when it is this short. */
    private static final int MAX_NAME_WORDS = 3;

    private PrintedBylines() {
    }

    static List<Author> find(ArticleLines article) {
        if (!article.fromHeadline()) {
            // From the top of the page the first lines are menus; only closing bylines are looked for there.
            return List.of();
        }
        List<String> lines = nearHeadline(article);
        for (String line : lines) {
            if (!mayHoldByline(line)) {
                continue;
            }
            Matcher m = BY_NAME.matcher(line);
            while (m.find()) {
                List<Author> authors = byline(line, m);
                if (!authors.isEmpty()) {
                    return authors;
                }
            }
        }
        List<Author> agency = dateline(article);
        if (!agency.isEmpty()) {
            return agency;
        }
        for (String line : lines) {
            List<Author> authors = besideDate(line);
            if (!authors.isEmpty()) {
                return authors;
            }
        }
        return List.of();
    }

    /** Short lines from some way below the headline, then from just above it. */
    private static List<String> nearHeadline(ArticleLines article) {
        List<String> lines = new ArrayList<>();
        int length = 0;
        for (ArticleLines.Line line : article.below(AFTER_HEADLINE)) {
            if (length > AFTER_HEADLINE) {
                break;
            }
            length += line.text().length();
            if (line.text().length() <= ArticleLines.MAX_LINE) {
                lines.add(line.text());
            }
        }
        // A label alone on its line names the author on the next: "By" / "Todd Muster".
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (ClosingBylines.isLabelOnly(lines.get(i))) {
                String label = lines.get(i);
                lines.set(i, (label.endsWith(":") ? label : label + ":") + " " + lines.get(i + 1));
            }
        }
        for (ArticleLines.Line line : article.above()) {
            if (line.text().length() <= ArticleLines.MAX_LINE) {
                lines.add(line.text());
            }
        }
        return lines;
    }

    /**
     * The names a "von"/"by" match introduces, or none when it reads as a sentence: "von" inside a name ("Alexa
     * von Heyden"), a lone capitalised word in a long line ("die Förderung von Windows"), a common word.
     */
    private static List<Author> byline(String line, Matcher m) {
        String name = m.group(1);
        String[] words = name.split("\\s+");
        if (NOT_NAMES.contains(words[0].toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        String before = line.substring(0, m.start(1)).strip();
        String previous = before.replaceFirst("(?iu)\\s*(von|by|par|por|przez|autor(in)?:|author:|text:|redaktion:|verfasst von:?)$", "");
        String[] prior = previous.isEmpty() ? new String[0] : previous.split("\\s+");
        String last = prior.length == 0 ? "" : prior[prior.length - 1];
        // "von" after a capitalised word is a noble particle ("Alexa von Heyden"), unless the word is a label.
        boolean particle = before.toLowerCase(Locale.ROOT).endsWith("von");
        if (particle && !last.isEmpty() && Character.isUpperCase(last.codePointAt(0))
                && !LABELS.contains(last.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        // After a date or time ("06.11.2023 13:30 von Olga") a lone name is a byline too.
        if (words.length == 1 && !name.matches(".*[\\d_].*") && (line.length() > SHORT_LINE || before.length() > SHORT_LEAD)
                && !AFTER_TIME.matcher(before).find() && !LABELS.contains(last.toLowerCase(Locale.ROOT))) {
            return List.of();
        }
        // "Posted by A, B and C": a list runs on past the first name, up to a date or a separator.
        String rest = line.substring(m.start(1));
        DateParser.Found date = DateParser.find(rest, LocalDate.MAX, false);
        rest = (date == null ? rest : rest.substring(0, date.start())).split("\\s*[|·•:]\\s*|\\s+[–—-]\\s+|\\s+(?:on|am|um)\\s+")[0];
        List<Author> listed = BylineText.parse(rest);
        if (listed.size() > 1 && listed.stream().allMatch(a -> NAME_SHAPE.matcher(a.name()).matches())) {
            return listed;
        }
        return BylineText.parse(name);
    }

    /** An agency credited in the dateline opening the text: "Hamburg (dpa/lno) – …", "(AFP) - …". */
    private static List<Author> dateline(ArticleLines article) {
        int length = 0;
        for (ArticleLines.Line line : article.below(AFTER_HEADLINE)) {
            if (length > AFTER_HEADLINE) {
                break;
            }
            length += line.text().length();
            Matcher m = DATELINE.matcher(line.text());
            if (m.lookingAt() && AuthorKinds.isAgency(m.group(1).split("/")[0])) {
                return BylineText.parse(m.group(1));
            }
        }
        return List.of();
    }

    /** "11.12.2019 - Anna Muster", "Benni 10. September 2017": a short line that is a date and a name. */
    private static List<Author> besideDate(String line) {
        if (line.length() > ArticleLines.MAX_LINE / 2 || !hasDigit(line)) {
            return List.of();
        }
        DateParser.Found date = DateParser.find(line, LocalDate.MAX, false);
        if (date == null) {
            return List.of();
        }
        String around = (line.substring(0, date.start()) + " | " + line.substring(date.end()))
                .replaceAll("(?i)(?:\\b(?:um|at|à|a las)\\s+)?\\d{1,2}[:.]\\d{2}(\\s*(uhr|h|am|pm)\\b)?", " ");
        // One segment beside the date besides a weekday: "Do 24. Mai | Anzeige, Unterwegs" lists categories.
        String rest = "";
        for (String segment : around.split("[|·•,]|\\s[-–—]+\\s")) {
            String s = segment.strip();
            if (!s.isEmpty() && !BylineText.isCalendarWord(s)) {
                if (!rest.isEmpty()) {
                    return List.of();
                }
                rest = s;
            }
        }
        String[] words = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        // "Deadline: 15. März" labels the date; a name beside a date carries no colon.
        if (words.length == 0 || words.length > MAX_NAME_WORDS || rest.contains(":")
                || !Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
            return List.of();
        }
        List<Author> authors = BylineText.parse(rest);
        return authors.size() == 1 && !BylineText.isCalendarWord(rest) ? authors : List.of();
    }

    /** A cheap test before {@link #BY_NAME}: the line holds one of its lead words. */
    private static boolean mayHoldByline(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : LEAD_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
