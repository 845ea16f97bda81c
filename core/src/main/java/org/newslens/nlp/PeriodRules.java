package org.newslens.nlp;

import java.util.function.IntFunction;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimeDraft.InYear;
import org.newslens.nlp.TimeDraft.YearLess;

/** Parts of a year: seasons ("the summer of 1998"), quarters ("the third quarter", "Q3") and halves. */
final class PeriodRules {
    private final TimeTokens t;
    private final DateRules dates;

    PeriodRules(TimeTokens t, DateRules dates) {
        this.t = t;
        this.dates = dates;
    }

    TimeMatch match(int i) {
        return TimeGrammar.longer(season(i), quarter(i));
    }

    /** "summer", "the summer of 1998", "winter 1994". */
    TimeMatch season(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        Integer season = TimeWords.SEASONS.get(t.word(j));
        if (season == null) {
            return null;
        }
        int yearAt = t.is(j + 1, "of") || t.is(j + 1, ",") ? j + 2 : j + 1;
        int y = dates.yearNumber(yearAt);
        if (y == 0 && SpokenYear.at(t, yearAt) != null && t.is(j + 1, "of")) {
            SpokenYear spoken = SpokenYear.at(t, yearAt);
            return new TimeMatch(i, spoken.end(), new Fixed(TimePoint.season(spoken.year(), season)), "a season",
                    DateRules.CALENDAR);
        }
        if (y > 0) {
            return new TimeMatch(i, yearAt + 1, new Fixed(TimePoint.season(y, season)), "a season", DateRules.CALENDAR);
        }
        // "fall" and "spring" are verbs and nouns too: alone they need "the" before them.
        boolean ambiguous = t.word(j).equals("fall") || t.word(j).equals("spring");
        if (ambiguous && (j == i || t.is(j + 1, "of"))) {
            return null;
        }
        return new TimeMatch(i, j + 1, new YearLess(yr -> TimePoint.season(yr, season),
                "XXXX-" + TimePoint.SEASONS[season], 0), "a season", DateRules.BARE_MONTH);
    }

    /** "the third quarter", "third-quarter", "the fourth quarter of 1989", "the first half", "Q3". */
    TimeMatch quarter(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        // "the 1988 third quarter".
        int yearBefore = j > i ? dates.yearNumber(j) : 0;
        j = yearBefore > 0 ? j + 1 : j;
        j = t.is(j, "fiscal") ? j + 1 : j;
        Integer n = TimeWords.ORDINALS.get(t.word(j));
        if (n == null && (t.is(j, "last") || t.is(j, "latter")) && t.is(j + 1, "half")) {
            n = 2;
        }
        int k;
        boolean half;
        if (n != null) {
            k = t.is(j + 1, "-") && t.glued(j + 1) ? j + 2 : j + 1;
            half = t.is(k, "half");
            if (!(t.is(k, "quarter") && n <= 4 || half && n <= 2)) {
                return null;
            }
        } else if (t.is(j, "q") && t.capitalised(j) && t.number(j + 1) >= 1 && t.number(j + 1) <= 4
                && t.glued(j + 1)) {
            n = (int) t.number(j + 1);
            k = j + 1;
            half = false;
        } else {
            return null;
        }
        int yearAt = t.is(k + 1, "of") || t.is(k + 1, ",") ? k + 2 : k + 1;
        yearAt = t.is(yearAt, "fiscal") ? yearAt + 1 : yearAt;
        int y = dates.yearNumber(yearAt);
        int number = n;
        String what = half ? "a half year" : "a quarter";
        if (yearBefore > 0) {
            TimePoint p = half ? TimePoint.half(yearBefore, number) : TimePoint.quarter(yearBefore, number);
            return new TimeMatch(i, k + 1, new Fixed(p), what, DateRules.CALENDAR);
        }
        if (y > 0) {
            TimePoint p = half ? TimePoint.half(y, number) : TimePoint.quarter(y, number);
            return new TimeMatch(i, yearAt + 1, new Fixed(p), what, DateRules.CALENDAR);
        }
        String unresolved = half ? "XXXX-H" + number : "XXXX-Q" + number;
        IntFunction<TimePoint> inYear = yr -> half ? TimePoint.half(yr, number) : TimePoint.quarter(yr, number);
        int offset = t.is(k + 1, "of") ? dates.yearOffset(k + 2) : DateRules.NO_OFFSET;
        if (offset != DateRules.NO_OFFSET) {
            return new TimeMatch(i, k + 4, new InYear(inYear, unresolved, offset), what
                    + " of a year named relative to publication", DateRules.CALENDAR);
        }
        return new TimeMatch(i, k + 1, new YearLess(inYear, unresolved, 0), what, DateRules.CALENDAR);
    }
}
