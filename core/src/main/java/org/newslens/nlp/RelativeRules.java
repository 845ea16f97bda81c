package org.newslens.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslens.nlp.TimeDraft.Base;
import org.newslens.nlp.TimeDraft.Every;
import org.newslens.nlp.TimeDraft.Length;
import org.newslens.nlp.TimeDraft.Reference;
import org.newslens.nlp.TimeDraft.Shift;
import org.newslens.nlp.TimeDraft.Weekday;
import org.newslens.nlp.TimeDraft.YearLess;
import org.newslens.nlp.TimePoint.Unit;

/**
 * Expressions counted from the publication date or from a time the text mentioned: "today", "last year", "this
 * summer", "two weeks ago", "a year earlier", "Friday", "now", "recently".
 */
final class RelativeRules {
    /** "today", "last year", "two weeks ago": unmistakable once the words match. */
    static final double DEICTIC = 0.9;
    /** "now", "recently", "the past": sometimes discourse words rather than times ("now that ..."). */
    static final double VAGUE = 0.7;

    /** How the reason of a counted time ("two years ago", "a day later") begins. */
    static final String COUNTED = "a time counted";

    /** Days named relative to the publication date, with their distance in days. */
    private static final Map<String, Integer> DAYS = Map.of("today", 0, "yesterday", -1, "tomorrow", 1);

    /** Units a "last", "this" or "next" can step by as points ("last year", "this week"). */
    private static final Set<Unit> POINT_UNITS = Set.of(Unit.YEAR, Unit.MONTH, Unit.WEEK, Unit.DAY, Unit.QUARTER,
            Unit.DECADE, Unit.CENTURY, Unit.WEEKEND);

    /** Direction words that count from the time the text is talking about rather than from publication. */
    private static final Set<String> NARRATIVE = Set.of("following", "previous", "preceding");

    private final TimeTokens t;
    private final LengthRules lengths;
    private final DateRules dates;

    RelativeRules(TimeTokens t, LengthRules lengths, DateRules dates) {
        this.t = t;
        this.lengths = lengths;
        this.dates = dates;
    }

    TimeMatch match(int i) {
        TimeMatch best = day(i);
        best = TimeGrammar.longer(best, deictic(i));
        best = TimeGrammar.longer(best, ago(i));
        best = TimeGrammar.longer(best, weekday(i));
        best = TimeGrammar.longer(best, that(i));
        best = TimeGrammar.longer(best, ahead(i));
        if (best == null && t.is(i, "the") && t.is(i + 1, "weekend")) {
            best = new TimeMatch(i, i + 2, new TimeDraft.Weekend(), "the weekend", DEICTIC);
        }
        return best;
    }

    /** "today", "yesterday", "tonight", "this morning", "last night", "the day before yesterday". */
    private TimeMatch day(int i) {
        String w = t.word(i);
        if (DAYS.containsKey(w)) {
            return new TimeMatch(i, i + 1, new Shift(Unit.DAY, DAYS.get(w), Base.PUBLICATION), "a day named"
                    + " relative to publication", DEICTIC);
        }
        if (w.equals("tonight")) {
            return new TimeMatch(i, i + 1, new Shift(Unit.DAY, 0, Base.PUBLICATION), "tonight", DEICTIC)
                    .withDayPart("NI");
        }
        if ((w.equals("this") || w.equals("last")) && TimeWords.DAY_PARTS.containsKey(t.word(i + 1))) {
            boolean night = t.is(i + 1, "night");
            if (w.equals("last") && !night) {
                return null;
            }
            return new TimeMatch(i, i + 2, new Shift(Unit.DAY, w.equals("last") ? -1 : 0, Base.PUBLICATION),
                    "a part of the day", DEICTIC).withDayPart(TimeWords.DAY_PARTS.get(t.word(i + 1)));
        }
        if (w.equals("the") && t.is(i + 1, "day") && (t.is(i + 2, "before") && t.is(i + 3, "yesterday")
                || t.is(i + 2, "after") && t.is(i + 3, "tomorrow"))) {
            return new TimeMatch(i, i + 4, new Shift(Unit.DAY, t.is(i + 2, "before") ? -2 : 2, Base.PUBLICATION),
                    "a day named relative to publication", DEICTIC);
        }
        return null;
    }

    /** "last year", "this week", "next March", "last Friday", "the past two months", "coming weeks". */
    private TimeMatch deictic(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        String w = t.word(j);
        Integer direction = TimeWords.DIRECTIONS.get(w);
        boolean recent = w.equals("recent");
        if (direction == null && !recent) {
            return null;
        }
        int k = j + 1;
        if (w.equals("this") && (t.is(k, "past") || t.is(k, "coming"))) {
            direction = t.is(k, "past") ? -1 : 1;
            k++;
        }
        // "the past two months", "the next few days", "recent weeks", "coming years".
        TimeMatch length = lengths.length(k);
        if (length != null && length.draft() instanceof Length) {
            return length.from(i).withDraft(length.draft(), "a length of time up to or from publication");
        }
        String next = t.word(k);
        Unit unit = TimeWords.UNITS.get(next);
        if (unit != null && next.endsWith("s") && !t.is(k, "hours")) {
            // A plural unit without a count: an unknown number of them.
            return new TimeMatch(i, k + 1, new Length(LengthRules.value(Double.NaN, next)), "an unknown number"
                    + " of " + next, VAGUE);
        }
        if (recent) {
            return null;
        }
        if (unit != null && POINT_UNITS.contains(unit)) {
            boolean narrativeDay = unit == Unit.DAY && t.is(i, "the") && (NARRATIVE.contains(w) || w.equals("next"));
            if (w.equals("present") || unit == Unit.DAY && direction != 0 && !narrativeDay) {
                // "the last day of the trial", "next day delivery": a day counts only as "this day" or as "the
                // next day" of a story.
                return null;
            }
            Base base = NARRATIVE.contains(w) || narrativeDay ? Base.MENTIONED : Base.PUBLICATION;
            return new TimeMatch(i, k + 1, new Shift(unit, direction, base), w + " " + next, DEICTIC);
        }
        if (t.is(i, "the") && !NARRATIVE.contains(w)) {
            return null;
        }
        int month = dates.month(k);
        Integer season = TimeWords.SEASONS.get(next);
        Integer weekday = TimeWords.WEEKDAYS.get(next);
        int yearDirection = direction == 0 ? 2 : direction;
        if (month > 0) {
            return new TimeMatch(i, dates.afterMonth(k), new YearLess(y -> TimePoint.month(y, month),
                    String.format(Locale.ROOT, "XXXX-%02d", month), yearDirection), w + " and a month name",
                    DEICTIC);
        }
        if (season != null) {
            return new TimeMatch(i, k + 1, new YearLess(y -> TimePoint.season(y, season),
                    "XXXX-" + TimePoint.SEASONS[season], yearDirection), w + " and a season", DEICTIC);
        }
        if (weekday != null && t.capitalised(k)) {
            return new TimeMatch(i, k + 1, new Weekday(weekday, direction), w + " and a weekday", DEICTIC);
        }
        return null;
    }

    /** "two years ago", "a week or so ago", "three days later", "a year earlier", "several years ago". */
    private TimeMatch ago(int i) {
        Quantity q = Quantity.at(t, i);
        int k = q == null ? i : q.end();
        String unitWord = t.word(k);
        Unit unit = TimeWords.UNITS.get(unitWord);
        if (unit == null || unit == Unit.HALF) {
            return null;
        }
        int a = k + 1;
        boolean orSo = t.is(a, "or") && t.is(a + 1, "so");
        if (orSo) {
            a += 2;
        }
        String after = t.word(a);
        boolean ago = after.equals("ago");
        if (!ago && !after.equals("earlier") && !after.equals("later")) {
            return null;
        }
        TimeMatch m;
        if (q == null || q.vague()) {
            if (!ago) {
                return null;
            }
            m = new TimeMatch(i, a + 1, new Reference("PAST_REF"), "an unknown time ago", VAGUE);
        } else {
            int amount = (int) Math.round(q.value());
            Unit step = unit;
            if (q.value() != Math.rint(q.value()) && unit == Unit.YEAR) {
                amount = (int) Math.round(q.value() * 12);
                step = Unit.MONTH;
            }
            amount = unit == Unit.DECADE ? amount * 10 : unit == Unit.CENTURY ? amount * 100 : amount;
            step = unit == Unit.DECADE || unit == Unit.CENTURY ? Unit.YEAR : step;
            Base base = ago ? (step == Unit.YEAR && amount == 1 ? Base.REPORTED : Base.PUBLICATION) : Base.ALIGNED;
            m = new TimeMatch(i, a + 1, new Shift(step, after.equals("later") ? amount : -amount, base),
                    COUNTED + (ago ? " back" : " from the time mentioned before"),
                    DEICTIC);
        }
        return orSo || q != null && q.approximate() ? m.withMod("APPROX") : m;
    }

    /** "Friday"; "Fridays" is a frequency. */
    private TimeMatch weekday(int i) {
        if (!t.capitalised(i)) {
            return null;
        }
        String w = t.word(i);
        Integer day = TimeWords.WEEKDAYS.get(w);
        if (day != null) {
            return new TimeMatch(i, i + 1, new Weekday(day, 0), "a weekday name", DEICTIC);
        }
        if (w.endsWith("s") && TimeWords.WEEKDAYS.containsKey(w.substring(0, w.length() - 1))) {
            return new TimeMatch(i, i + 1, new Every("XXXX-WXX-" + TimeWords.WEEKDAYS.get(w.substring(0,
                    w.length() - 1))), "a weekday that recurs", LengthRules.FREQUENCY);
        }
        return null;
    }

    /** "that day", "that year", "the same day": the time the text is talking about. */
    private TimeMatch that(int i) {
        int j;
        if (t.is(i, "that")) {
            j = i + 1;
        } else if (t.is(i, "the") && t.is(i + 1, "same")) {
            j = i + 2;
        } else {
            return null;
        }
        Unit unit = TimeWords.UNITS.get(t.word(j));
        if (unit == null || !POINT_UNITS.contains(unit) || t.word(j).endsWith("s")) {
            return null;
        }
        return new TimeMatch(i, j + 1, new Shift(unit, 0, Base.MENTIONED), "the " + t.word(j) + " mentioned before",
                DEICTIC);
    }

    /** "the weeks ahead", "the months ahead": an unknown number of them, from publication on. */
    private TimeMatch ahead(int i) {
        String unit = t.word(i + 1);
        if (!t.is(i, "the") || !t.is(i + 2, "ahead") || !unit.endsWith("s") || !TimeWords.UNITS.containsKey(unit)) {
            return null;
        }
        return new TimeMatch(i, i + 3, new Length(LengthRules.value(Double.NaN, unit)), "an unknown number of "
                + unit + " ahead", VAGUE);
    }
}
