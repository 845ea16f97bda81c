package org.newslens.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimeDraft.YearLess;
import org.newslens.nlp.TimePoint.Unit;

/**
 * Named days that fix a date: "Christmas", "New Year's Day", "Thanksgiving", "Easter". Written capitalised; a year
 * may follow ("Christmas 2017").
 */
final class Holidays {
    /**
     * A holiday: its words in lower case (an apostrophe is its own token, so "New Year's" is "new year ' s"), its day
     * in a given year, and its TIMEX3 value without the year when the day does not move.
     */
    private record Holiday(List<String> words, IntFunction<LocalDate> day, String unresolved) {
    }

    /** Longer names first, so that "Christmas Eve" wins over "Christmas". */
    private static final List<Holiday> HOLIDAYS = List.of(
            fixed("christmas eve", 12, 24), fixed("christmas day", 12, 25), fixed("christmas", 12, 25),
            fixed("new year ' s eve", 12, 31), fixed("new year ' s day", 1, 1), fixed("new year ' s", 1, 1),
            fixed("boxing day", 12, 26), fixed("halloween", 10, 31), fixed("valentine ' s day", 2, 14),
            fixed("independence day", 7, 4), fixed("veterans day", 11, 11),
            moving("thanksgiving day", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
            moving("thanksgiving", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
            moving("labor day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
            moving("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
            // US federal elections: the Tuesday after the first Monday of November.
            moving("election day", y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1)),
            moving("easter sunday", Holidays::easter), moving("easter", Holidays::easter),
            moving("good friday", y -> easter(y).minusDays(2)));

    private Holidays() {
    }

    /** The first word of every name, to pass over other words quickly. */
    private static final Set<String> FIRST_WORDS = HOLIDAYS.stream().map(h -> h.words().get(0))
            .collect(Collectors.toUnmodifiableSet());

    static TimeMatch match(TimeTokens t, int i) {
        if (!t.capitalised(i) || !FIRST_WORDS.contains(t.word(i))) {
            return null;
        }
        for (Holiday h : HOLIDAYS) {
            int end = matchWords(t, i, h.words());
            if (end < 0) {
                continue;
            }
            int y = DateRules.yearNumber(t, end);
            if (y > 0) {
                return new TimeMatch(i, end + 1, new Fixed(TimePoint.of(h.day().apply(y), Unit.DAY)), "a holiday",
                        DateRules.CALENDAR);
            }
            return new TimeMatch(i, end, new YearLess(yr -> TimePoint.of(h.day().apply(yr), Unit.DAY),
                    h.unresolved(), 0), "a holiday", DateRules.BARE_MONTH);
        }
        return null;
    }

    private static int matchWords(TimeTokens t, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            String w = words.get(k);
            boolean same = t.is(i + k, w) || w.equals("'") && t.is(i + k, "’");
            if (!same || k > 0 && !t.joins(i + k)) {
                return -1;
            }
        }
        return i + words.size();
    }

    private static Holiday fixed(String words, int month, int day) {
        return new Holiday(List.of(words.split(" ")), y -> LocalDate.of(y, month, day),
                String.format("XXXX-%02d-%02d", month, day));
    }

    private static Holiday moving(String words, IntFunction<LocalDate> day) {
        return new Holiday(List.of(words.split(" ")), day, null);
    }

    private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** Western Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easter(int y) {
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(y, month, day);
    }
}
