package org.newslens.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * A calendar point at some granularity: a year, a quarter, a week, a day, a part of a day, a clock time. Holds the
 * first day of the period plus the granularity, and prints itself as a TIMEX3 value ({@code 2016-09},
 * {@code 1989-Q3}, {@code 1998-W08}, {@code 1998-08-07TMO}, {@code 198} for the 1980s).
 *
 * @param date the first day of the period (for a season, the first day of its first month)
 * @param unit the granularity
 * @param dayPart a TIMEX3 part of day (MO, AF, EV, NI, DT) when {@code unit} is {@link Unit#DAY_PART}
 * @param minutes minutes after midnight when {@code unit} is {@link Unit#HOUR} or {@link Unit#MINUTE}
 */
record TimePoint(LocalDate date, Unit unit, String dayPart, int minutes) {
    /** Granularities, coarsest first. */
    enum Unit {
        CENTURY, DECADE, YEAR, HALF, QUARTER, SEASON, MONTH, WEEK, WEEKEND, DAY, DAY_PART, HOUR, MINUTE;

        boolean finerThan(Unit other) {
            return ordinal() > other.ordinal();
        }
    }

    /** TIMEX3 season codes, indexed by season number (spring 0 ... winter 3), and the month each starts in. */
    static final String[] SEASONS = {"SP", "SU", "FA", "WI"};
    private static final int[] SEASON_START = {3, 6, 9, 12};

    static TimePoint of(LocalDate date, Unit unit) {
        return new TimePoint(date, unit, null, 0);
    }

    static TimePoint year(int year) {
        return of(LocalDate.of(year, 1, 1), Unit.YEAR);
    }

    static TimePoint month(int year, int month) {
        return of(LocalDate.of(year, month, 1), Unit.MONTH);
    }

    static TimePoint quarter(int year, int quarter) {
        return of(LocalDate.of(year, quarter * 3 - 2, 1), Unit.QUARTER);
    }

    static TimePoint half(int year, int half) {
        return of(LocalDate.of(year, half * 6 - 5, 1), Unit.HALF);
    }

    static TimePoint season(int year, int season) {
        return of(LocalDate.of(year, SEASON_START[season], 1), Unit.SEASON);
    }

    static TimePoint decade(int firstYear) {
        return of(LocalDate.of(firstYear, 1, 1), Unit.DECADE);
    }

    /** The period of {@code unit} that contains {@code day}. */
    static TimePoint containing(LocalDate day, Unit unit) {
        return switch (unit) {
            case CENTURY -> of(LocalDate.of(Math.floorDiv(day.getYear(), 100) * 100, 1, 1), unit);
            case DECADE -> decade(Math.floorDiv(day.getYear(), 10) * 10);
            case YEAR -> year(day.getYear());
            case HALF -> half(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> quarter(day.getYear(), (day.getMonthValue() + 2) / 3);
            case SEASON -> seasonContaining(day);
            case MONTH -> month(day.getYear(), day.getMonthValue());
            case WEEK -> of(day.with(DayOfWeek.MONDAY), unit);
            case WEEKEND -> of(day.with(DayOfWeek.MONDAY).plusDays(5), unit);
            default -> of(day, Unit.DAY);
        };
    }

    private static TimePoint seasonContaining(LocalDate day) {
        int m = day.getMonthValue();
        // Winter runs December to February and is named after the year it starts in.
        int year = m <= 2 ? day.getYear() - 1 : day.getYear();
        int season = m <= 2 || m == 12 ? 3 : (m - 3) / 3;
        return season(year, season);
    }

    int year() {
        return date.getYear();
    }

    /** This point moved by {@code amount} periods of {@code by}, keeping its own granularity where it is finer. */
    TimePoint shift(Unit by, int amount) {
        LocalDate d = switch (by) {
            case CENTURY -> date.plusYears(100L * amount);
            case DECADE -> date.plusYears(10L * amount);
            case YEAR -> date.plusYears(amount);
            case HALF -> date.plusMonths(6L * amount);
            case QUARTER, SEASON -> date.plusMonths(3L * amount);
            case MONTH -> date.plusMonths(amount);
            case WEEK, WEEKEND -> date.plusWeeks(amount);
            default -> date.plusDays(amount);
        };
        if (unit == Unit.HOUR || unit == Unit.MINUTE || unit == Unit.DAY_PART) {
            return new TimePoint(d, unit, dayPart, minutes);
        }
        return containing(d, unit == Unit.DAY_PART ? Unit.DAY : unit);
    }

    /** The same day at a part of the day. */
    TimePoint atDayPart(String part) {
        return new TimePoint(date, Unit.DAY_PART, part, 0);
    }

    /** The same day at a clock time. */
    TimePoint atClock(int minutesAfterMidnight, boolean withMinutes) {
        return new TimePoint(date, withMinutes ? Unit.MINUTE : Unit.HOUR, null, minutesAfterMidnight);
    }

    /** The TIMEX3 value. */
    String value() {
        int y = date.getYear();
        return switch (unit) {
            case CENTURY -> String.valueOf(Math.floorDiv(y, 100));
            case DECADE -> String.valueOf(Math.floorDiv(y, 10));
            case YEAR -> year4(y);
            case HALF -> year4(y) + "-H" + (date.getMonthValue() <= 6 ? 1 : 2);
            case QUARTER -> year4(y) + "-Q" + ((date.getMonthValue() + 2) / 3);
            case SEASON -> year4(y) + "-" + SEASONS[(date.getMonthValue() - 3) / 3];
            case MONTH -> String.format(Locale.ROOT, "%s-%02d", year4(y), date.getMonthValue());
            case WEEK -> week(date);
            case WEEKEND -> week(date) + "-WE";
            case DAY -> day(date);
            case DAY_PART -> day(date) + "T" + dayPart;
            case HOUR -> String.format(Locale.ROOT, "%sT%02d:00", day(date), minutes / 60);
            case MINUTE -> String.format(Locale.ROOT, "%sT%02d:%02d", day(date), minutes / 60, minutes % 60);
        };
    }

    private static String year4(int y) {
        return String.format(Locale.ROOT, "%04d", y);
    }

    private static String day(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-%02d-%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static String week(LocalDate d) {
        return String.format(Locale.ROOT, "%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR),
                d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
