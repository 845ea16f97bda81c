package org.newslens.nlp;

import java.time.LocalDate;
import java.util.Map;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimePoint.Unit;

/** Decades and centuries: "the 1980s", "the '80s", "the nineties", "the 20th century". TIMEX3 writes them "198", "19". */
final class Decades {
    /** Decade words, read as decades of the twentieth century: news that says "the sixties" means the 1960s. */
    private static final Map<String, Integer> DECADE_WORDS = Map.of("twenties", 1920, "thirties", 1930,
            "forties", 1940, "fifties", 1950, "sixties", 1960, "seventies", 1970, "eighties", 1980,
            "nineties", 1990);

    private Decades() {
    }

    static TimeMatch match(TimeTokens t, int i, DateRules dates) {
        int j = t.is(i, "the") ? i + 1 : i;
        int y = dates.yearNumber(j);
        if (y > 0 && y % 10 == 0) {
            // "1980s" and "1980's".
            if (t.is(j + 1, "s") && t.glued(j + 1)) {
                return decade(i, j + 2, y);
            }
            if (isApostrophe(t, j + 1) && t.is(j + 2, "s") && t.glued(j + 1) && t.glued(j + 2)) {
                return decade(i, j + 3, y);
            }
        }
        if (isApostrophe(t, j) && t.digitCount(j + 1) == 2 && t.number(j + 1) % 10 == 0 && t.glued(j + 1)
                && t.is(j + 2, "s") && t.glued(j + 2)) {
            return decade(i, j + 3, 1900 + (int) t.number(j + 1));
        }
        if (j > i && DECADE_WORDS.containsKey(t.word(j))) {
            return decade(i, j + 1, DECADE_WORDS.get(t.word(j)));
        }
        return century(t, i, j);
    }

    private static TimeMatch decade(int first, int end, int year) {
        return new TimeMatch(first, end, new Fixed(TimePoint.decade(year)), "a decade", DateRules.CALENDAR);
    }

    /** "the 20th century", "the twentieth century". */
    private static TimeMatch century(TimeTokens t, int i, int j) {
        int n;
        int k;
        if (t.isNumber(j) && t.digitCount(j) <= 2 && TimeWords.ORDINAL_SUFFIXES.contains(t.word(j + 1))
                && t.glued(j + 1)) {
            n = (int) t.number(j);
            k = j + 2;
        } else if (TimeWords.ORDINALS.containsKey(t.word(j))) {
            n = TimeWords.ORDINALS.get(t.word(j));
            k = j + 1;
        } else {
            return null;
        }
        if (!t.is(k, "century") || n < 1 || n > 21) {
            return null;
        }
        TimePoint p = TimePoint.of(LocalDate.of((n - 1) * 100, 1, 1), Unit.CENTURY);
        return new TimeMatch(i, k + 1, new Fixed(p), "a century", DateRules.CALENDAR);
    }

    private static boolean isApostrophe(TimeTokens t, int i) {
        return t.is(i, "'") || t.is(i, "’") || t.is(i, "‘");
    }
}
