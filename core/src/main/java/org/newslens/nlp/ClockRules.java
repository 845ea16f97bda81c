package org.newslens.nlp;

import java.util.Map;
import java.util.Set;
import org.newslens.nlp.TimeDraft.Base;
import org.newslens.nlp.TimeDraft.Shift;
import org.newslens.nlp.TimePoint.Unit;

/**
 * Clock times: "10:35 a.m.", "6 a.m.", "10 p.m. EST", "noon", "midnight", "4 in the morning". A clock time alone
 * falls on the day the text is talking about; {@link TimeGrammar} joins it to a day written next to it ("noon
 * Thursday").
 */
final class ClockRules {
    /** A number with a.m./p.m. or o'clock is a clock time. */
    static final double CLOCK = 0.9;

    /** Time-zone abbreviations written after a clock time; kept inside the expression, not converted. */
    private static final Set<String> ZONES = Set.of("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt",
            "utc", "bst", "cet", "cest");

    /** Clock words and their minutes after midnight (TimeBank writes midnight as 24:00 of the day it ends). */
    private static final Map<String, Integer> CLOCK_WORDS = Map.of("noon", 12 * 60, "midday", 12 * 60,
            "midnight", 24 * 60);

    /** "in the morning" after an hour, and the hours to add for each part of the day. */
    private static final Map<String, Integer> PART_HOURS = Map.of("morning", 0, "afternoon", 12, "evening", 12,
            "night", 12);

    private final TimeTokens t;

    ClockRules(TimeTokens t) {
        this.t = t;
    }

    TimeMatch match(int i) {
        Integer word = CLOCK_WORDS.get(t.word(i));
        if (word != null) {
            return zone(clock(i, i + 1, word, false));
        }
        long hour = t.number(i);
        if (hour < 0 || hour > 24 || t.digitCount(i) > 2) {
            return null;
        }
        int j = i + 1;
        int minutes = 0;
        boolean withMinutes = false;
        if (t.is(j, ":") && t.glued(j) && t.glued(j + 1) && t.digitCount(j + 1) == 2 && t.number(j + 1) < 60) {
            minutes = (int) t.number(j + 1);
            withMinutes = true;
            j += 2;
        }
        int meridiem = meridiem(j);
        if (meridiem != 0 && hour >= 1 && hour <= 12) {
            int end = meridiemEnd(j);
            int h = (int) hour % 12 + (meridiem > 0 ? 12 : 0);
            return zone(clock(i, end, h * 60 + minutes, withMinutes));
        }
        if (t.is(j, "o") && (t.is(j + 1, "'") || t.is(j + 1, "’")) && t.is(j + 2, "clock")) {
            return zone(clock(i, j + 3, (int) hour * 60 + minutes, withMinutes));
        }
        if (hour <= 12 && (t.is(j, "in") && t.is(j + 1, "the") && PART_HOURS.containsKey(t.word(j + 2))
                || t.is(j, "at") && t.is(j + 1, "night"))) {
            int end = t.is(j, "at") ? j + 2 : j + 3;
            int add = hour == 12 ? 0 : PART_HOURS.get(t.word(end - 1));
            return clock(i, end, (int) (hour + add) % 24 * 60 + minutes, withMinutes);
        }
        if (withMinutes && ZONES.contains(t.word(j))) {
            return zone(clock(i, j, (int) hour * 60 + minutes, true));
        }
        return null;
    }

    private TimeMatch clock(int first, int end, int minutes, boolean withMinutes) {
        return new TimeMatch(first, end, new Shift(Unit.DAY, 0, Base.MENTIONED), "a clock time", CLOCK)
                .withClock(minutes, withMinutes);
    }

    /** Extends a clock time over a time zone written after it ("5 p.m. EST"). */
    private TimeMatch zone(TimeMatch m) {
        if (ZONES.contains(t.word(m.end())) && t.capitalised(m.end())) {
            return m.to(m.end() + 1);
        }
        if (t.is(m.end(), "local") && t.is(m.end() + 1, "time")) {
            return m.to(m.end() + 2);
        }
        return m;
    }

    /** +1 for p.m., -1 for a.m., 0 when neither follows at {@code j}. */
    private int meridiem(int j) {
        String w = t.word(j);
        if (w.equals("am") || w.equals("pm")) {
            return w.equals("pm") ? 1 : -1;
        }
        if ((w.equals("a") || w.equals("p")) && t.is(j + 1, ".") && t.is(j + 2, "m") && t.glued(j + 1)
                && t.glued(j + 2)) {
            return w.equals("p") ? 1 : -1;
        }
        return 0;
    }

    private int meridiemEnd(int j) {
        if (t.is(j, "am") || t.is(j, "pm")) {
            return j + 1;
        }
        return t.is(j + 3, ".") && t.glued(j + 3) ? j + 4 : j + 3;
    }
}
