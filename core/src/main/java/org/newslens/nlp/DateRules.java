package org.newslens.nlp;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimeDraft.InYear;
import org.newslens.nlp.TimeDraft.YearLess;

/**
 * Calendar expressions: dates ("Sept. 30", "30 September 2016"), months, years, decades, centuries, seasons,
 * quarters and halves. Each method returns the match starting at token {@code i}, or null.
 */
final class DateRules {
    /** Confidence that a written-out date or a year in a date position is a time expression. */
    static final double CALENDAR = 0.95;
    /** A bare year: most four-digit numbers from 1900 on in news are years, but not all. */
    static final double BARE_YEAR = 0.85;
    /** A bare month name, which can also be a verb or a first name ("May", "March", "June"). */
    static final double BARE_MONTH = 0.8;

    /** Words before a number that make it a quantity or a label, not a year: "$2000", "No. 1990", "Flight 1998". */
    private static final Set<String> NOT_YEAR_BEFORE = Set.of("$", "£", "€", "#", "no", "number", "flight", "route",
            "room", "page", "item", "model", "version", "about", "some", "nearly", "almost", "over", "than", "+",
            "-");

    /** Prepositions that make an early or late four-digit number (1848, 2075) a year. */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "till", "of", "from",
            "before", "after", "during", "circa", "through", "fiscal");

    /** Words before a bare ambiguous month name ("May", "March") that make it a month. */
    private static final Set<String> MONTH_CONTEXT = Set.of("in", "since", "until", "till", "by", "from", "through",
            "early", "late", "mid", "last", "next", "this", "during", "before", "after", "of", "-", "between", "and",
            "or", "to", "each", "every", "that");

    /** Abbreviated month names, which may be followed by a full stop that belongs to them. */
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");

    /** {@link #yearOffset} when no "this year", "last year" or "next year" follows. */
    static final int NO_OFFSET = Integer.MIN_VALUE;

    private final TimeTokens t;

    DateRules(TimeTokens t) {
        this.t = t;
    }

    /** The longest calendar expression at {@code i}. */
    TimeMatch match(int i) {
        TimeMatch best = monthFirst(i);
        best = TimeGrammar.longer(best, dayFirst(i));
        best = TimeGrammar.longer(best, year(i));
        return TimeGrammar.longer(best, Holidays.match(t, i));
    }

    /** "Sept. 30", "Aug. 7, 1998", "September 2016", "in March". */
    TimeMatch monthFirst(int i) {
        int month = month(i);
        if (month == 0) {
            return null;
        }
        int j = afterMonth(i);
        int day = day(j);
        if (day > 0) {
            int k = afterDay(j);
            int y = t.is(k, ",") ? yearNumber(k + 1) : yearNumber(k);
            if (y > 0) {
                return dated(i, (t.is(k, ",") ? k + 2 : k + 1), y, month, day);
            }
            return yearLess(i, k, month, day);
        }
        int yearAt = t.is(j, ",") || t.is(j, "of") ? j + 1 : j;
        int y = yearNumber(yearAt);
        if (y > 0) {
            return new TimeMatch(i, yearAt + 1, new Fixed(TimePoint.month(y, month)), "a month and year", CALENDAR);
        }
        SpokenYear spoken = SpokenYear.at(t, yearAt);
        if (spoken != null) {
            return new TimeMatch(i, spoken.end(), new Fixed(TimePoint.month(spoken.year(), month)),
                    "a month and year", CALENDAR);
        }
        String open = String.format(Locale.ROOT, "XXXX-%02d", month);
        int offset = yearOffset(j);
        if (offset != NO_OFFSET) {
            return new TimeMatch(i, j + 2, new InYear(yr -> TimePoint.month(yr, month), open, offset),
                    "a month of a year named relative to publication", CALENDAR);
        }
        if (!bareMonthAllowed(i)) {
            return null;
        }
        return new TimeMatch(i, i + 1, new YearLess(yr -> TimePoint.month(yr, month), open, 0), "a month name",
                BARE_MONTH);
    }

    /** "30 September 2016", "7th of August". */
    private TimeMatch dayFirst(int i) {
        int day = day(i);
        if (day == 0) {
            return null;
        }
        int j = afterDay(i);
        j = t.is(j, "of") ? j + 1 : j;
        int month = month(j);
        if (month == 0) {
            return null;
        }
        int k = afterMonth(j);
        int y = t.is(k, ",") ? yearNumber(k + 1) : yearNumber(k);
        if (y > 0) {
            return dated(i, t.is(k, ",") ? k + 2 : k + 1, y, month, day);
        }
        return yearLess(i, k, month, day);
    }

    private TimeMatch dated(int first, int end, int year, int month, int day) {
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new TimeMatch(first, end, new Fixed(TimePoint.of(LocalDate.of(year, month, day), TimePoint.Unit.DAY)),
                "a full date", CALENDAR);
    }

    private TimeMatch yearLess(int first, int end, int month, int day) {
        if (day > YearMonth.of(2000, month).lengthOfMonth()) {
            return null;
        }
        return new TimeMatch(first, end, new YearLess(y -> TimePoint.of(
                LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth())), TimePoint.Unit.DAY),
                String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day), 0), "a month and day", CALENDAR);
    }

    /** -1, 0 or 1 when "last year", "this year" or "next year" is written at {@code i}, else {@link #NO_OFFSET}. */
    int yearOffset(int i) {
        if (!t.is(i + 1, "year")) {
            return NO_OFFSET;
        }
        return switch (t.word(i)) {
            case "last" -> -1;
            case "this" -> 0;
            case "next" -> 1;
            default -> NO_OFFSET;
        };
    }

    /** The month named at {@code i} (capitalised, as news writes month names), or 0. */
    int month(int i) {
        Integer m = TimeWords.MONTHS.get(t.word(i));
        return m == null || !t.capitalised(i) ? 0 : m;
    }

    /** The token after a month name and the full stop of its abbreviation. */
    int afterMonth(int i) {
        return ABBREVIATIONS.contains(t.word(i)) && t.is(i + 1, ".") && t.glued(i + 1) ? i + 2 : i + 1;
    }

    /** A day of the month at {@code i} (1 to 31, one or two digits, not the start of a clock time), or 0. */
    private int day(int i) {
        long d = t.number(i);
        boolean clock = (t.is(i + 1, ":") || t.is(i + 1, ".")) && t.isNumber(i + 2) && t.glued(i + 2);
        if (d < 1 || d > 31 || t.digitCount(i) > 2 || clock || t.is(i + 1, "%")) {
            return 0;
        }
        return (int) d;
    }

    private int afterDay(int i) {
        return TimeWords.ORDINAL_SUFFIXES.contains(t.word(i + 1)) && t.glued(i + 1) ? i + 2 : i + 1;
    }

    /** The year written at {@code i} as four digits (1000 to 2099), or 0. */
    int yearNumber(int i) {
        return yearNumber(t, i);
    }

    /** The year written at token {@code i} of {@code t} as four digits (1000 to 2099), or 0. */
    static int yearNumber(TimeTokens t, int i) {
        long y = t.number(i);
        if (y < 1000 || y > 2099 || t.digitCount(i) != 4 || t.word(i).contains(",")) {
            return 0;
        }
        // Part of a longer figure: "1,998" is cut apart, "3.1990" or "1990.5" is a decimal.
        if ((t.is(i + 1, ".") || t.is(i + 1, ":")) && t.isNumber(i + 2) && t.glued(i + 2)) {
            return 0;
        }
        if ((t.is(i - 1, ".") || t.is(i - 1, ":")) && t.glued(i) && t.isNumber(i - 2)) {
            return 0;
        }
        return (int) y;
    }

    private boolean bareMonthAllowed(int i) {
        String before = t.word(i - 1);
        // A capitalised word after the month makes it a first name ("April Ryan"), unless a day or year follows.
        boolean nameFollows = t.capitalised(i + 1) && t.joins(i + 1) && !t.is(i - 1, "-")
                && !TimeWords.MONTHS.containsKey(t.word(i + 1));
        if (nameFollows) {
            return false;
        }
        if (ABBREVIATIONS.contains(t.word(i)) && !t.word(i).equals("mar")) {
            // "Aug." alone: too short to trust without a day or a year, except after a time preposition.
            return t.word(i).length() > 3 && MONTH_CONTEXT.contains(before);
        }
        return !TimeWords.AMBIGUOUS_MONTHS.contains(t.word(i)) || MONTH_CONTEXT.contains(before);
    }

    /** Years, fiscal years, decades and centuries. */
    TimeMatch year(int i) {
        if (t.is(i, "fiscal")) {
            int j = t.is(i + 1, "year") ? i + 2 : i + 1;
            int y = yearNumber(j);
            return y > 0 ? new TimeMatch(i, j + 1, new Fixed(TimePoint.year(y)), "a fiscal year", CALENDAR) : null;
        }
        if (t.is(i, "the") && t.is(i + 1, "year")) {
            int y = yearNumber(i + 2);
            if (y == 0) {
                SpokenYear spoken = SpokenYear.at(t, i + 2);
                y = spoken == null ? 0 : spoken.year();
                return y > 0 ? new TimeMatch(i, spoken.end(), new Fixed(TimePoint.year(y)), "a year", CALENDAR) : null;
            }
            return new TimeMatch(i, i + 3, new Fixed(TimePoint.year(y)), "a year", CALENDAR);
        }
        TimeMatch decade = Decades.match(t, i, this);
        if (decade != null) {
            return decade;
        }
        int y = yearNumber(i);
        if (y == 0) {
            SpokenYear spoken = SpokenYear.at(t, i);
            // "nineteen ninety-six" is a year wherever it stands; "two thousand" only after a preposition.
            if (spoken != null && (spoken.year() < 2000 || YEAR_PREPOSITIONS.contains(t.word(i - 1)))) {
                return new TimeMatch(i, spoken.end(), new Fixed(TimePoint.year(spoken.year())), "a year in words",
                        BARE_YEAR);
            }
            return null;
        }
        if (!bareYearAllowed(i, y)) {
            return null;
        }
        return new TimeMatch(i, i + 1, new Fixed(TimePoint.year(y)), "a year", BARE_YEAR);
    }

    private boolean bareYearAllowed(int i, int y) {
        String before = t.word(i - 1);
        if (NOT_YEAR_BEFORE.contains(before) && !(before.equals("-") && t.glued(i) && !t.isNumber(i - 2))) {
            return false;
        }
        String after = t.word(i + 1);
        if (after.equals("%") || after.equals("-") && t.glued(i + 1) && t.isNumber(i + 2)) {
            return false;
        }
        // A count before a plural noun ("2000 people") is rare in news, which writes counts with a comma
        // ("2,000"); "1995 filings", "the 1992 protests" are years.
        return y >= 1900 && y < 2050 || YEAR_PREPOSITIONS.contains(before);
    }
}
