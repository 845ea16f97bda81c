package org.newslens.extract;

import java.util.regex.Pattern;

/**
 * What the words around a printed date say it is: a publication date ("Veröffentlicht am", "Posted on", a byline
 * running into it), a revision date ("Aktualisiert"), or something else entirely (a copyright line, a forum
 * member's registration). Points are added to the date's score.
 */
final class DateLeads {
    /** Words that introduce a publication date, in the set's languages. */
    private static final Pattern PUBLISHED_WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})(ver[öo]ffentlicht|publiziert|erschienen|erstellt|gepostet|geschrieben|datum|pressemitteilung vom|"
                    + "published|posted|date[d:]?|publié|mis en ligne|mise en ligne|publicado|publicada|fecha|"
                    + "opublikowano|data publikacji|pubblicato)\\W{0,3}(am|on|le|el|vom|the)?\\s*\\W{0,3}$");

    /** German word order puts the verb after the date: "wurde am 19. Mai 2010 um 23:03 Uhr gepostet". */
    private static final Pattern PUBLISHED_AFTER = Pattern.compile(
            "(?iu)^[\\s,]*(um\\s+\\d{1,2}[:.]\\d{2}(\\s*uhr)?\\s*)?(ver[öo]ffentlicht|gepostet|publiziert|erstellt|"
                    + "geschrieben|erschienen)");

    /** A byline running into its date: "von Anna Muster am", "By Jane Doe |", "Beitrag von r23 »". */
    private static final Pattern BYLINE_LEAD = Pattern.compile(
            "(?iu)(?<!\\p{L})(von|by|par|por|przez)\\s+\\p{L}[^\\d]{1,40}?\\s*(am|on|le|el|dnia|»|\\||·|•|,|-|–)?\\s*$");

    /** Words that introduce a revision date: still a visible date, but a weaker sign of publication. */
    private static final Pattern UPDATED_WORDS = Pattern.compile(
            "(?iu)(?<!\\p{L})(aktualisiert|geändert|letzte änderung|stand|updated|modified|last edited|mis à jour|"
                    + "actualizado|actualizada|zaktualizowano)\\W{0,3}(am|on|le|el|vom)?\\s*\\W{0,3}$");

    /** Dates of an account rather than a text: forum members' registration. */
    private static final Pattern ACCOUNT_WORDS = Pattern.compile(
            "(?iu)(registriert|registered|mitglied seit|member since|joined|dabei seit|inscrit)\\W{0,3}(am|on|le|seit)?\\s*\\W{0,3}$");

    /** A copyright line's year or date says nothing about the article. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?iu)(©|\\(c\\)|copyright)[^.]{0,40}$");

    /**
     * Points per kind of lead-in, on the scale of one point per 250 characters of distance from the headline: an
     * explicit "published" outweighs a byline running into the date, which outweighs "updated".
     */
    private static final int PUBLISHED_BONUS = 4;
    private static final int UPDATED_BONUS = 1;
    private static final int BYLINE_BONUS = 3;
    private static final int COPYRIGHT_COST = 4;

    private DateLeads() {
    }

    /** What the words before a printed date say it is. */
    enum Lead { PUBLISHED, UPDATED, NONE }

    /** The kind of date and the points its surroundings are worth. */
    record Reading(Lead lead, int points) {
    }

    /**
     * @param before the text just before the date
     * @param after the rest of the text node after the date
     */
    static Reading read(String before, String after) {
        Lead lead = Lead.NONE;
        int points = 0;
        if (PUBLISHED_WORDS.matcher(before).find()) {
            lead = Lead.PUBLISHED;
            points = PUBLISHED_BONUS;
        } else if (UPDATED_WORDS.matcher(before).find()) {
            lead = Lead.UPDATED;
            points = UPDATED_BONUS;
        } else if (PUBLISHED_AFTER.matcher(after).find()) {
            lead = Lead.PUBLISHED;
            points = PUBLISHED_BONUS;
        } else if (BYLINE_LEAD.matcher(before).find()) {
            lead = Lead.PUBLISHED;
            points = BYLINE_BONUS;
        }
        if (COPYRIGHT.matcher(before).find() || ACCOUNT_WORDS.matcher(before).find()) {
            points -= COPYRIGHT_COST;
        }
        return new Reading(lead, points);
    }
}
