package org.newslens.nlp;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newslens.nlp.TimeDraft.Base;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimeDraft.Length;
import org.newslens.nlp.TimeDraft.Shift;
import org.newslens.nlp.TimeDraft.Weekday;
import org.newslens.nlp.TimeDraft.YearLess;
import org.newslens.nlp.TimePoint.Unit;

/**
 * The grammar of English time expressions, read off tokens: the longest expression starting at a token, built from
 * a core (a date, a relative time, a length, a clock time) with the words that qualify it before ("the end of",
 * "early", "about") and after ("morning", "or so", a day after a clock time). In the spirit of HeidelTime's
 * published rules (Strötgen and Gertz 2013): patterns over words, resolution in a second step.
 */
final class TimeGrammar {
    /** Quantity modifiers of three words. */
    private static final Map<String, String> NO_MORE_THAN = Map.of("no more than", "EQUAL_OR_LESS",
            "no less than", "EQUAL_OR_MORE", "not more than", "EQUAL_OR_LESS");

    /** The first words of all quantity modifiers, to pass over other words without building pairs. */
    private static final Set<String> QUANTITY_MOD_STARTS = Stream.of(
            TimeWords.QUANTITY_MODS.keySet().stream(), TimeWords.QUANTITY_MODS_2.keySet().stream(),
            NO_MORE_THAN.keySet().stream()).flatMap(x -> x).map(k -> k.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    /** Words after a point that bound it: "1994 or later", "1990 and beyond", "or so". */
    private static final Map<String, String> AFTER_MODS = Map.of("or so", "APPROX", "or later", "ON_OR_AFTER",
            "or after", "ON_OR_AFTER", "and beyond", "ON_OR_AFTER", "or earlier", "ON_OR_BEFORE",
            "or before", "ON_OR_BEFORE");

    private final TimeTokens t;
    private final DateRules dates;
    private final PeriodRules periods;
    private final LengthRules lengths;
    private final RelativeRules relative;
    private final ReferenceRules references;
    private final ReportingRules reporting;
    private final ClockRules clocks;

    TimeGrammar(TimeTokens t) {
        this.t = t;
        this.dates = new DateRules(t);
        this.periods = new PeriodRules(t, dates);
        this.lengths = new LengthRules(t);
        this.relative = new RelativeRules(t, lengths, dates);
        this.references = new ReferenceRules(t);
        this.reporting = new ReportingRules(t, lengths, periods);
        this.clocks = new ClockRules(t);
    }

    /** The longer of two matches at the same token (the first when they tie); either may be null. */
    static TimeMatch longer(TimeMatch a, TimeMatch b) {
        if (a == null) {
            return b;
        }
        return b == null || b.end() <= a.end() ? a : b;
    }

    /** The longest expression starting at token {@code i}, or null. */
    TimeMatch match(int i) {
        TimeMatch m = longer(core(i), modified(i));
        return m == null ? null : extend(m);
    }

    private TimeMatch core(int i) {
        // References first: "to this day" is the present, not the day written.
        TimeMatch best = references.match(i);
        best = longer(best, dates.match(i));
        best = longer(best, periods.match(i));
        best = longer(best, relative.match(i));
        best = longer(best, reporting.match(i));
        best = longer(best, lengths.match(i));
        return longer(best, clocks.match(i));
    }

    /** A core with the qualifying words before it. */
    private TimeMatch modified(int i) {
        TimeMatch best = positionNoun(i);
        best = longer(best, yearEnd(i));
        best = longer(best, positionAdjective(i));
        return longer(best, quantityMod(i));
    }

    /** "the end of last year", "the beginning of October", "the middle of the year". */
    private TimeMatch positionNoun(int i) {
        if (!t.is(i, "the") || !TimeWords.POSITION_NOUNS.containsKey(t.word(i + 1)) || !t.is(i + 2, "of")) {
            return null;
        }
        String mod = TimeWords.POSITION_NOUNS.get(t.word(i + 1));
        int j = i + 3;
        Unit unit = TimeWords.UNITS.get(t.word(j + 1));
        if (t.is(j, "the") && unit != null && !t.word(j + 1).endsWith("s") && unit != Unit.HALF) {
            // "the end of the year": the one running at publication.
            return new TimeMatch(i, j + 2, new Shift(unit, 0, Base.PUBLICATION), "the current " + t.word(j + 1),
                    RelativeRules.DEICTIC).withMod(mod);
        }
        TimeMatch inner = core(j);
        return inner != null && inner.isPoint() && inner.mod() == null ? inner.from(i).withMod(mod) : null;
    }

    /** "year end", "year-end", "year's end", "the year's end". */
    private TimeMatch yearEnd(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (!t.is(j, "year")) {
            return null;
        }
        int k = j + 1;
        if (t.is(k, "-") && t.glued(k) || (t.is(k, "'") || t.is(k, "’")) && t.is(k + 1, "s")) {
            k += t.is(k, "-") ? 1 : 2;
        }
        if (!t.is(k, "end")) {
            return null;
        }
        return new TimeMatch(i, k + 1, new Shift(Unit.YEAR, 0, Base.PUBLICATION), "the end of the current year",
                RelativeRules.DEICTIC).withMod("END");
    }

    /** "early next year", "late November", "mid-1996", "earlier this month", "the late 1970s", "Later Thursday". */
    private TimeMatch positionAdjective(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        String mod = TimeWords.POSITIONS.get(t.word(j));
        if (mod == null || t.word(j).equals("middle")) {
            return null;
        }
        int k = t.is(j + 1, "-") && t.glued(j + 1) ? j + 2 : j + 1;
        TimeMatch inner = core(k);
        if (inner == null || !inner.isPoint() || inner.mod() != null || inner.clock() >= 0) {
            return null;
        }
        // "the late 1970s", "the early summer" take the article; "the later Friday" is no expression.
        if (j > i && !(inner.draft() instanceof Fixed || inner.draft() instanceof YearLess)) {
            return null;
        }
        return extend(inner).from(i).withMod(mod);
    }

    /** "about two years ago", "more than four hours", "nearly a year", "around 7:15 p.m.", "at least 30 days". */
    private TimeMatch quantityMod(int i) {
        if (!QUANTITY_MOD_STARTS.contains(t.word(i))) {
            return null;
        }
        String mod = null;
        int j = i;
        String two = t.word(i) + " " + t.word(i + 1);
        String three = two + " " + t.word(i + 2);
        if (NO_MORE_THAN.containsKey(three)) {
            mod = NO_MORE_THAN.get(three);
            j = i + 3;
        } else if (TimeWords.QUANTITY_MODS_2.containsKey(two)) {
            mod = TimeWords.QUANTITY_MODS_2.get(two);
            j = i + 2;
        } else if (TimeWords.QUANTITY_MODS.containsKey(t.word(i))) {
            mod = TimeWords.QUANTITY_MODS.get(t.word(i));
            j = i + 1;
            // "some" is a modifier only before a number ("some 30 years"); "over" never before an article.
            if (t.is(i, "some") && !t.isNumber(j) && !TimeWords.NUMBERS.containsKey(t.word(j))
                    || t.is(i, "over") && t.is(j, "the")) {
                return null;
            }
        }
        if (mod == null) {
            return null;
        }
        TimeMatch inner = core(j);
        if (inner == null || inner.first() != j) {
            return null;
        }
        // Only counts take these words: a length, a clock time, or a time counted back ("two years ago").
        boolean counted = inner.draft() instanceof Length || inner.clock() >= 0
                || inner.draft() instanceof Shift s && s.amount() != 0 && inner.what().startsWith(RelativeRules.COUNTED);
        return counted ? inner.from(i).withMod(mod) : null;
    }

    /** The words after a core that belong to it: a part of the day, a date after a weekday, a day after a clock. */
    private TimeMatch extend(TimeMatch m) {
        TimeMatch current = m;
        for (int round = 0; round < 3; round++) {
            TimeMatch next = extendOnce(current);
            if (next == current) {
                break;
            }
            current = next;
        }
        return current;
    }

    private TimeMatch extendOnce(TimeMatch m) {
        int e = m.end();
        if (!t.joins(e)) {
            return m;
        }
        if (t.is(e, "or") || t.is(e, "and")) {
            String after = t.word(e) + " " + t.word(e + 1);
            if (AFTER_MODS.containsKey(after) && (m.isPoint() || m.draft() instanceof Length) && t.joins(e + 1)) {
                return m.to(e + 2).withMod(AFTER_MODS.get(after));
            }
        }
        if (dayLevel(m) && m.dayPart() == null && m.clock() < 0 && TimeWords.DAY_PARTS.containsKey(t.word(e))) {
            return m.to(e + 1).withDayPart(TimeWords.DAY_PARTS.get(t.word(e)));
        }
        int d = t.is(e, ",") ? e + 1 : e;
        if (m.draft() instanceof Weekday && t.joins(d)) {
            TimeMatch date = dates.monthFirst(d);
            if (date != null && dayLevel(date)) {
                return new TimeMatch(m.first(), date.end(), date.draft(), m.mod(), m.dayPart(), m.clock(),
                        m.clockMinutes(), "a weekday and date", date.confidence());
            }
        }
        boolean bareClock = m.clock() >= 0 && m.draft() instanceof Shift s && s.base() == Base.MENTIONED;
        if (bareClock && t.joins(d)) {
            TimeMatch day = core(d);
            if (day != null && dayLevel(day) && day.clock() < 0) {
                day = extend(day);
                return new TimeMatch(m.first(), day.end(), day.draft(), m.mod(), null, m.clock(), m.clockMinutes(),
                        "a clock time on " + day.what(), day.confidence());
            }
        }
        return m;
    }

    /** Whether a match names a single day (so that a part of the day or a clock time can narrow it). */
    private static boolean dayLevel(TimeMatch m) {
        TimeDraft d = m.draft();
        if (d instanceof Weekday) {
            return true;
        }
        if (d instanceof Shift s) {
            return s.unit() == Unit.DAY;
        }
        if (d instanceof Fixed f) {
            return f.point().unit() == Unit.DAY;
        }
        return d instanceof YearLess y && y.inYear().apply(2000).unit() == Unit.DAY;
    }
}
