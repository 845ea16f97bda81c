package org.newslens.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages print and declare: ISO-8601, RFC 1123, numeric day-month-year, and written months in the
 * languages of the web's news (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish). Returns ISO
 * text: {@code yyyy-MM-dd}, or a date-time with its offset when the source gives a time zone.
 */
final class DateParser {
    /** Years outside this window are misreadings (phone numbers, prices) rather than publication dates. */
    static final int MIN_YEAR = 1990;

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[][] names = {
            {"january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "gen",
                "janeiro", "januari", "stycznia", "styczeń", "styczen", "sty"},
            {"february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio",
                "fevereiro", "fev", "februari", "lutego", "luty", "lut"},
            {"march", "mar", "märz", "maerz", "mrz", "mär", "mars", "marzo", "março", "marco", "maart", "marca",
                "marzec"},
            {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "kwiecien", "kwi"},
            {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj"},
            {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "cze"},
            {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "lip"},
            {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "sierpien", "sie"},
            {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "set", "settembre", "setembro",
                "września", "wrzesnia", "wrzesień", "wrzesien", "wrz"},
            {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
                "października", "pazdziernika", "październik", "pazdziernik", "paź", "paz"},
            {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "lis"},
            {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
                "dezembro", "grudnia", "grudzień", "grudzien", "gru"}
        };
        String[] russian = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
            "октября", "ноября", "декабря"};
        for (int m = 0; m < russian.length; m++) {
            MONTHS.put(russian[m], m + 1);
        }
        for (int m = 0; m < names.length; m++) {
            for (String n : names[m]) {
                MONTHS.put(n, m + 1);
            }
        }
    }

    private static final String MONTH = "(\\p{L}{3,12})\\.?";

    /** 2018-02-03, optionally with a time and an offset: 2018-02-03T10:15:00+01:00, 2018-02-03 10:15. */
    private static final Pattern ISO = Pattern.compile(
            "(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
    /** 2018/02/03 and 2018.02.03. */
    private static final Pattern YMD = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    /** 03.02.2018, 03/02/2018, 3.2.18. */
    private static final Pattern DMY = Pattern.compile("(?<![\\d.])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    /** 4. 2. 2022 and 4.\u2009 2.\u2009 2022: German dates set with (thin) spaces after the dots. */
    private static final Pattern DMY_SPACED = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\.[\\s\\u00A0\\u2009\\u202F]{1,2}(\\d{1,2})\\.[\\s\\u00A0\\u2009\\u202F]{0,2}(\\d{4})(?!\\d)");
    /** 3 February 2018, 3. Februar 2018, 3rd of February, 2018, 3 de febrero de 2018, Sat, 03 Feb 2018. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?iu)(?<![\\d\\p{L}])(\\d{1,2})(?:\\.|st|nd|rd|th|er|º)?\\s*(?:of\\s+|de\\s+)?" + MONTH
                    + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    /** February 3, 2018 and Feb. 3rd 2018. */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?iu)(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");

    private DateParser() {
    }

    /** A date found in text, where it sits, and its ISO value. */
    record Found(int start, int end, String iso) {
    }

    /**
     * The first date in {@code s}, as ISO text; null when there is none or it falls outside [{@link #MIN_YEAR},
     * {@code latest}].
     *
     * @param monthFirst whether an ambiguous 03/02/2018 means March 2nd (US usage) rather than 3 February
     */
    static String parse(String s, LocalDate latest, boolean monthFirst) {
        Found f = find(s, latest, monthFirst);
        return f == null ? null : f.iso();
    }

    /** The earliest-positioned date in {@code s}, or null. */
    static Found find(String s, LocalDate latest, boolean monthFirst) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Found best = null;
        for (Pattern p : new Pattern[] {ISO, YMD, DAY_MONTH_YEAR, MONTH_DAY_YEAR, DMY, DMY_SPACED}) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                if (best != null && m.start() >= best.start()) {
                    break;
                }
                String iso = toIso(p, m, latest, monthFirst);
                if (iso != null) {
                    best = new Found(m.start(), m.end(), iso);
                    break;
                }
            }
        }
        return best;
    }

    private static String toIso(Pattern p, Matcher m, LocalDate latest, boolean monthFirst) {
        try {
            if (p == ISO) {
                LocalDate date = valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), latest);
                if (date == null) {
                    return null;
                }
                if (m.group(4) != null && m.group(7) != null) {
                    String offset = m.group(7).equals("Z") ? "Z" : m.group(7).replaceFirst("(\\d{2})(\\d{2})$", "$1:$2");
                    int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
                    LocalDateTime local = date.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), second);
                    return OffsetDateTime.of(local, ZoneOffset.of(offset)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
                }
                return date.toString();
            }
            if (p == YMD) {
                return iso(valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), latest));
            }
            if (p == DMY) {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                int year = fullYear(m.group(4), latest);
                boolean swap = a <= 12 && b > 12 || monthFirst && a <= 12 && b <= 12 && !m.group(2).equals(".");
                return swap ? iso(valid(year, a, b, latest)) : iso(valid(year, b, a, latest));
            }
            if (p == DMY_SPACED) {
                return iso(valid(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)), latest));
            }
            if (p == DAY_MONTH_YEAR) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null
                        : iso(valid(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)), latest));
            }
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            return month == null ? null
                    : iso(valid(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)), latest));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int fullYear(String y, LocalDate latest) {
        int year = Integer.parseInt(y);
        if (y.length() == 2) {
            int century = latest.getYear() / 100 * 100;
            year += year + century > latest.getYear() ? century - 100 : century;
        }
        return year;
    }

    private static LocalDate valid(int year, int month, int day, LocalDate latest) {
        if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        LocalDate date = LocalDate.of(year, month, day);
        return date.isAfter(latest) ? null : date;
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
