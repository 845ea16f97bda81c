package org.newslens.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the short lines that only date an article or time its reading ("12.03.2020", "Updated: May 4, 2021
 * 10:15", "Veröffentlicht am 3. Mai 2023", "4 min read"). Such lines head or close most articles; the annotators of
 * news pages leave them out of the text.
 */
final class DateLines {
    /** Longer blocks are sentences that happen to mention a date. */
    static final int MAX_LENGTH = 70;
    /** Letters left once dates, times and their labels are gone; a name or a word or two more is a byline or text. */
    static final int MAX_LEFTOVER_LETTERS = 3;

    /** Letters a dated metadata line may carry besides the date: a label and a name or section, not a sentence. */
    static final int MAX_LABEL_LETTERS = 25;

    private static final String MONTHS = "jan(uar|uary|vier)?|j[äa]nner|feb(ruar|ruary|rero|braio|vrier)?|févr(ier)?|"
            + "m[äa]r(z|ch|s|zo|ço)?|apr(il|ile)?|avr(il)?|abr(il)?|ma[iy]|mayo|maggio|maio|juin|jun[ie]?|junio|junho|"
            + "giugno|jul[iy]?|juillet|julio|julho|luglio|aug(ust)?|août|agosto|sep(t|tember|tembre|tiembre|tembro)?|"
            + "set(tembre)?|o[ck]t(ober|obre|ubre|ubro)?|ottobre|nov(ember|embre|iembre|embro)?|"
            + "de[cz](ember|embre|iembre|embro)?|déc(embre)?|dicembre|gennaio|febbraio|aprile|ene(ro)?|"
            + "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia";

    private static final String WEEKDAYS = "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
            + "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|"
                    + "domingo|"
            + "mo|di|mi|do|fr|sa|so";

    /** A calendar date in any of the common written forms. */
    private static final Pattern DATE = Pattern.compile("(?iu)\\b(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|"
                    + "\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}"
            + "|\\d{1,2}\\.?\\s*(" + MONTHS + ")\\.?(\\s*\\d{2,4})?|(" + MONTHS + ")\\.?\\s*\\d{1,2}(st|nd|rd|"
                    + "th)?,?(\\s*\\d{4})?"
            + "|(" + MONTHS + ")\\s+\\d{4})\\b");

    /** Times, weekdays, bare numbers and the words that label a date or a reading time. */
    private static final Pattern DATE_WORDS = Pattern.compile("(?iu)\\b(\\d{1,2}[:.h]\\d{2}(\\s*(uhr|h|am|pm|"
                    + "a\\.m\\.|p\\.m\\.))?|"
            + WEEKDAYS + "|\\d+|uhr|am|um|vom|den|der|de|del|le|el|on|at|the|of|in|et|y|und|and|"
            + "veröffentlicht|aktualisiert|erstellt|publiziert|geändert|zuletzt|stand|datum|"
            + "posted|published|updated|last|modified|date|publié|mis à jour|modifié|publicado|actualizado|"
            + "opublikowano|aktualizacja|dnia|min|mins|minute|minutes|minuten|read|lesezeit|lesedauer|reading|time|"
            + "lecture|lectura)\\b");

    private DateLines() {
    }

    /** Whether {@code line} (whitespace flattened) says nothing but when the article appeared or how long it takes. */
    static boolean isDateLine(String line) {
        return isDated(line, MAX_LEFTOVER_LETTERS);
    }

    /**
     * Whether {@code line} is a date with a short label, name or section beside it ("Stand: 5. Februar 2020",
     * "Verfasst von: redaktion | 31.12.2008", "2021-10-16 | Panorama"): the metadata line above or below an article.
     */
    static boolean isDatedLabel(String line) {
        return !endsSentence(line) && isDated(line, MAX_LABEL_LETTERS);
    }

    private static boolean endsSentence(String line) {
        String t = line.strip();
        return !t.isEmpty() && ".!?…\"“”»".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    private static boolean isDated(String line, int maxLeftover) {
        if (line.length() > MAX_LENGTH) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        boolean dated = DATE.matcher(lower).find();
        boolean readingTime = lower.matches("(?u).*\\d+\\s*(min|mins|minute|minutes|minuten)\\b.*")
                && lower.matches("(?u).*\\b(read|lesezeit|lesedauer|reading|lecture|lectura)\\b.*");
        if (!dated && !readingTime) {
            return false;
        }
        String rest = DATE_WORDS.matcher(DATE.matcher(lower).replaceAll(" ")).replaceAll(" ");
        int letters = 0;
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                letters++;
            }
        }
        return letters <= maxLeftover;
    }
}
