package org.newslens.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.newslens.model.Author;

/**
 * Turns one byline string into names: lead-ins ("By", "Von", "Posted by") and trailing dates and times are cut,
 * "A and B" and "A, B" are split, and interface strings ("Email the author", "Name (required)") and social handles
 * are rejected. Each name is tagged a person or an organisation (agencies, desks, companies).
 */
final class BylineText {
    /**
     * Words before the name: "By", "Von", "Autor:", and labels that lead up to "von"/"by" ("Artikel von", "Ein
     * Beitrag von", "11:30 Uhr von", "Posted by"). Only label words may precede "von", so "Alexa von Heyden" keeps
     * her name.
     */
    private static final Pattern LEAD_IN = Pattern.compile(
            "(?iu)^(?:(?:(?:artikel|beitrag|blog|ein|eine|a|an|text|texte|disko|kommentar|gastbeitrag|alles|mehr|"
                    + "pressemitteilung|eingestellt|gespeichert|submitted|geschrieben|ver[öo]ffentlicht|erstellt|verfasst|gepostet|posted|"
                    + "written|published|reported|story|words|edited|compiled|article|post|publié|écrit|escrito|"
                    + "recipe|rezept|receta|recette|"
                    + "publicado|napisane|uhr|am|pm|[\\d:.,/-]+)\\s+){0,3}(?:von|vom|by|par|por|przez|di|door)|"
                    + "quelle|source|fuente|"
                    + "post\\s+author|text\\s*(?:&|und|and|\\+|/)\\s*(?:fotos?|bilder?|photos?)|"
                    + "text|texte|texto|autor(?:in|/in|\\*in|:in|en)?|authors?|auteur|interview|fotos?|"
                    + "photos?|redakteur(?:in)?|©|\\(c\\)|copyright)\\s*[:|]?(?:\\s+|$)"
                    // Chinese pages label the responsible editor and the author with a full-width colon.
                    + "|^(?:责任编辑|编辑|作者|记者)\\s*[:：]\\s*");

    /**
     * An author label inside a line of several labelled fields: "Datum: 19.11.2021 Autor: Anna Muster Quelle: X".
     * The name runs to the next label.
     */
    private static final Pattern AUTHOR_LABEL = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:autor(?:in|en)?|authors?|auteur|verfasser(?:in)?|text)\\s?:\\s*");
    private static final Pattern NEXT_LABEL = Pattern.compile("(?u)\\s\\p{L}{2,20}\\s?:(?:\\s|$)");

    /** A credit for pictures, not for the text: "Foto: Anna Muster", "Bild: S. Muster", "Photo by". */
    private static final Pattern PICTURE_CREDIT = Pattern.compile(
            "(?iu)^(?:fotos?|bild(?:er)?|photos?|images?|illustrations?|grafik|video|kamera|symbolbild|фото|übersetzung|übersetzt|translation|translated|traducción|traduction|"
                    + "zdj[eę]cie|fot\\.)(?!\\p{L})");

    /** Separators between names in one byline. */
    private static final Pattern SPLIT = Pattern.compile(
            "(?iu)\\s*(?:,|;|\\||\\s/\\s|/(?=(?-i:\\p{Lu}))|\\s&\\s|\\s[-–—]\\s|\\sand\\s|\\sund\\s|\\set\\s|\\sy\\s|\\se\\s|"
                    + "\\si\\s|\\sen\\s|\\soraz\\s|\\smit\\s)\\s*");

    /** Strings sites print in author slots that are interface, not names. */
    private static final Pattern INTERFACE_TEXT = Pattern.compile(
            "(?iu)(e-?mail|contact|kontakt|follow|folgen|twitter|facebook|instagram|linkedin|view\\s+all|all\\s+posts|"
                    + "alle\\s+beiträge|more\\s+from|mehr\\s+von|^(?:mehr|more|plus|más)$|public\\s+domain|domena\\s+publiczna|gemeinfrei|profil|subscribe|abonnier|click|read\\s+more|"
                    + "weiterlesen|share|teilen|posts?\\s+by|articles?\\s+by|about\\s+the\\s+author|über\\s+den\\s+autor|"
                    + "erforderlich|required|(?<!\\p{L})(says|sagt|schreibt|wrote|edit|bearbeiten|antworten|reply|"
                    + "kommentare?|comments?|posted|published|veröffentlicht|publiziert|erstellt|aktualisiert|"
                    + "updated|admin|administrator|webmaster|unknown|anonymous|none|null|no\\s+author|designed|"
                    + "powered|theme|menu|home|login|logout|tags?|kategorie|category|autorenseite|lesezeit|reading\\s+time|"
                    + "tiempo\\s+de\\s+lectura|min\\.?\\s+read)(?!\\p{L})|https?:|www\\.|\\[at])");

    /** Words that are labels when they stand alone: a byline made only of them names no one ("Von", "Datum"). */
    private static final Set<String> LABEL_WORDS = Set.of(
            "von", "by", "par", "por", "de", "przez", "autor", "autorin", "autoren", "author", "authors", "auteur",
            "auteurs", "datum", "date", "name", "stand", "publicado", "publicada", "publié", "opublikowano", "hace",
            "posted", "text", "redaktion:", "quelle", "source", "fuente", "foto", "fotos", "bild", "uhr", "cet", "cest",
            "est", "edt", "pst", "pdt", "ist", "gmt", "utc", "am", "pm", "ad", "anzeige", "herausgeber", "online",
            "und", "and", "et", "oder", "or", "zuletzt", "geändert", "aktualisiert");

    /** Tokens after which a byline runs into its date: "am", "on", weekdays, "vor 5 Stunden". */
    private static final Pattern DATE_LEAD = Pattern.compile(
            "(?iu)am|on|at|le|el|um|vor|den|dnia|"
                    + "mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|"
                    + "samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                    + "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|januar|februar|märz|april|mai|juni|"
                    + "juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|"
                    + "december|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
                    + "viernes|sábado|domingo");

    /** Words that end the name and start a role: "Steven Salentin Mitglied der Redaktion", "X im Gespräch". */
    private static final Pattern ROLE_START = Pattern.compile(
            "(?iu)mitglied|redakteur(in)?|chefredakteur(in)?|korrespondent(in)?|reporter(in)?|journalist(in)?|"
                    + "autor(in)?|volontär(in)?|staff|writer|editor|contributor|correspondent|gespräch|interview|"
                    + "uhr|illustrations?|symbolbild|fotos?|bild(?:er)?|photos?|in|under|tiempo|lesezeit|min|reading|stand|"
                    + "\\(.*|\\d.*|[|·•—–-]|@.*|says|sagt|schrieb|wrote");

    /** An interview's byline names the guest with a phrase after the name: "X im Gespräch". */
    private static final Pattern INTERVIEW_TAIL = Pattern.compile(
            "(?iu)\\s+(im\\s+gespräch|in\\s+conversation|en\\s+entrevista|interviewt?).*$");

    /** Parts that are degrees or titles, not names: "Grant Tinsley, PhD". */
    private static final Pattern DEGREE = Pattern.compile("(?i)ph\\.?d\\.?|m\\.?d\\.?|msc|ma|mba|rd|ms|bsc|dr\\.?|prof\\.?");

    /** A profile link in an author slot: "https://www.facebook.com/name". */
    private static final Pattern URL = Pattern.compile("(?i)https?:|www\\.|\\w/\\w+/");

    /** Time left in front of a name by a dateline: "14:57 Uhr", "Uhr Anna Muster". */
    private static final Pattern LEADING_TIME = Pattern.compile("(?iu)^(?:\\d{1,2}[:.]\\d{2}\\s*)?(?:uhr|h|am|pm)\\s+");

    /** Role words shorter than this ("in", "min") are particles, which end a name even after one word. */
    private static final int MIN_ROLE_NOUN = 5;

    /** A time of day or an age left alone: "11:15 PM", "3 hours ago", "vor 5 Stunden". */
    private static final Pattern CLOCK = Pattern.compile(
            "(?iu)\\d{1,2}[:.]\\d{2}\\s*(?:am|pm|h|uhr)?|(?:vor|hace|il y a)?\\s*\\d+\\s*(?:sek\\w*|min\\w*|std\\.?|"
                    + "stunden?|tagen?|wochen?|monaten?|jahren?|seconds?|hours?|days?|weeks?|months?|years?|horas?|"
                    + "días?|heures?|jours?)(?:\\s+ago)?");

    /** Longest name kept: longer strings are sentences that happened to sit in an author slot. */
    private static final int MAX_NAME = 60;

    /** Most words in a name ("Les Membres du Choeur de Radio France" is an organisation at the limit). */
    private static final int MAX_WORDS = 7;

    /** Bylines longer than this are paragraphs. */
    private static final int MAX_BYLINE = 200;

    private BylineText() {
    }

    /** Cleans one byline string into names; empty when it holds none. */
    static List<Author> parse(String raw) {
        if (raw == null) {
            return List.of();
        }
        String s = Whitespace.flatten(Parser.unescapeEntities(raw, false));
        if (s.isEmpty() || s.length() > MAX_BYLINE) {
            return List.of();
        }
        if (URL.matcher(s).find() || PICTURE_CREDIT.matcher(s).find()) {
            return List.of();
        }
        s = stripLeadIns(LEADING_TIME.matcher(fieldAfterLabel(s)).replaceFirst(""));
        List<Author> authors = new ArrayList<>();
        String[] parts = SPLIT.split(s);
        for (int i = 0; i < parts.length; i++) {
            String name = clean(parts[i]);
            if (name == null) {
                continue;
            }
            Author.Kind kind = AuthorKinds.kindOf(name);
            // "A, B and C - Chrome Security Team": the desk after the people names their team, not a co-author.
            if (kind == Author.Kind.ORGANIZATION && i > 0 && !AuthorKinds.isAgency(name) && !authors.isEmpty()
                    && afterDash(s, parts[i]) && authors.stream().allMatch(a -> a.kind() == Author.Kind.PERSON)) {
                break;
            }
            authors.add(new Author(name, kind));
        }
        return dedupe(authors);
    }

    /** The author field of a line of labelled fields, or the line itself. */
    private static String fieldAfterLabel(String s) {
        Matcher m = AUTHOR_LABEL.matcher(s);
        if (!m.find() || m.start() == 0) {
            return s;
        }
        String rest = s.substring(m.end());
        Matcher next = NEXT_LABEL.matcher(rest);
        return next.find() ? rest.substring(0, next.start()) : rest;
    }

    private static boolean afterDash(String s, String part) {
        int at = s.indexOf(part);
        String before = at < 0 ? "" : s.substring(0, at).stripTrailing();
        return before.endsWith("-") || before.endsWith("–") || before.endsWith("—");
    }

    private static String stripLeadIns(String s) {
        for (int i = 0; i < 3; i++) {
            Matcher m = LEAD_IN.matcher(s);
            if (!m.find()) {
                break;
            }
            s = s.substring(m.end());
        }
        return s;
    }

    /** One name out of a byline part, or null when the part is no name. */
    private static String clean(String part) {
        String stripped = stripLeadIns(part.strip());
        if (stripped.startsWith("@")) {
            return null;
        }
        String[] tokens = INTERVIEW_TAIL.matcher(stripped).replaceAll("").split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.isEmpty()) {
                continue;
            }
            // A handle such as "freeman1984" may be the whole name; after a name, digits start a date or time.
            boolean later = !kept.isEmpty();
            // A role word ends a name of two words or more; after one word it is part of the name ("Staff Writer",
            // "Rasender Reporter").
            boolean role = ROLE_START.matcher(t).matches() || ROLE_START.matcher(stripDot(t.replace(":", ""))).matches();
            boolean roleWord = role && t.length() >= MIN_ROLE_NOUN && t.codePoints().allMatch(Character::isLetter);
            if (later && (role && (kept.size() > 1 || !roleWord) || DATE_LEAD.matcher(stripDot(t)).matches()
                    && (i + 1 == tokens.length || startsDateLike(tokens[i + 1])))) {
                break;
            }
            kept.add(t);
        }
        String name = String.join(" ", kept).replaceAll("^[\\s\\p{Punct}–—»«›‹]+|[\\s\\p{Punct}–—»«›‹&&[^.)]]+$", "")
                .strip();
        if (name.length() < 2 || name.length() > MAX_NAME || name.startsWith("@") || kept.size() > MAX_WORDS
                || !name.codePoints().anyMatch(Character::isLetter) || INTERFACE_TEXT.matcher(name).find()
                || DEGREE.matcher(name).matches() || isCalendarWord(name) || onlyLabels(name) || CLOCK.matcher(name).matches()
                || DateParser.parse(name, java.time.LocalDate.MAX, false) != null) {
            return null;
        }
        return name;
    }

    private static boolean onlyLabels(String name) {
        for (String token : name.toLowerCase(Locale.ROOT).split("[\\s:,.]+")) {
            if (!token.isEmpty() && !LABEL_WORDS.contains(token)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every word is a weekday, a month or a date lead-in ("Montag", "am Freitag"). */
    static boolean isCalendarWord(String s) {
        for (String token : s.strip().split("\\s+")) {
            if (!DATE_LEAD.matcher(stripDot(token)).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String stripDot(String token) {
        return token.endsWith(".") || token.endsWith(",") ? token.substring(0, token.length() - 1) : token;
    }

    private static boolean startsDateLike(String token) {
        return !token.isEmpty() && (Character.isDigit(token.codePointAt(0)) || DATE_LEAD.matcher(stripDot(token)).matches());
    }

    static List<Author> dedupe(List<Author> authors) {
        Map<String, Author> unique = new LinkedHashMap<>();
        for (Author a : authors) {
            unique.putIfAbsent(a.name().toLowerCase(Locale.ROOT), a);
        }
        return new ArrayList<>(unique.values());
    }
}
