package org.newslens.nlp;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import org.newslens.model.TimeExpression;
import org.newslens.nlp.TimeDraft.Base;
import org.newslens.nlp.TimeDraft.Every;
import org.newslens.nlp.TimeDraft.Fixed;
import org.newslens.nlp.TimeDraft.InYear;
import org.newslens.nlp.TimeDraft.Length;
import org.newslens.nlp.TimeDraft.Reference;
import org.newslens.nlp.TimeDraft.Shift;
import org.newslens.nlp.TimeDraft.Weekday;
import org.newslens.nlp.TimeDraft.YearLess;
import org.newslens.nlp.TimePoint.Unit;

/**
 * Anchors drafts in the calendar, one article at a time and in reading order: relative expressions against the
 * publication date, narrative ones ("a year earlier", "that day") against the point the text mentioned last.
 * Without a publication date, relative expressions keep an open TIMEX3 value ({@code XXXX-03}) or none, and say so.
 */
final class TimeResolver {
    /** Kept of the confidence when the year or the week had to be chosen from the tense of the sentence. */
    static final double TENSE_GUESS = 0.85;
    /** Kept when the base was a time the text mentioned earlier, which may not be the one meant. */
    static final double MENTION_GUESS = 0.8;

    /**
     * A month or season with no tense around it is the next one only when that is this many times nearer than the
     * last one: news mostly reports what happened ("In May, the rate was ...", written in November).
     */
    static final int LOOK_BACK_BIAS = 2;

    /** Plain words for TIMEX3 mods, for the reasons. */
    private static final Map<String, String> MOD_WORDS = Map.ofEntries(Map.entry("START", "its beginning"),
            Map.entry("END", "its end"), Map.entry("MID", "its middle"), Map.entry("APPROX", "approximately"),
            Map.entry("LESS_THAN", "less than that"), Map.entry("MORE_THAN", "more than that"),
            Map.entry("EQUAL_OR_LESS", "at most that"), Map.entry("EQUAL_OR_MORE", "at least that"),
            Map.entry("ON_OR_AFTER", "then or later"), Map.entry("ON_OR_BEFORE", "then or earlier"));

    /** A draft anchored: what goes into a {@link TimeExpression}. */
    record Resolved(TimeExpression.Type type, String value, boolean relative, double confidence, String reason) {
    }

    private final LocalDate anchor;
    private TimePoint mentioned;
    private boolean mentionedRelative;

    /** @param anchor the publication date, or null when unknown */
    TimeResolver(LocalDate anchor) {
        this.anchor = anchor;
    }

    /** Anchors {@code m}; {@code tense} is {@link Tense#PAST}, {@link Tense#FUTURE} or unknown. */
    Resolved resolve(TimeMatch m, int tense) {
        TimeDraft d = m.draft();
        if (d instanceof Length l) {
            return new Resolved(TimeExpression.Type.DURATION, l.value(), false, m.confidence(), m.what() + mod(m));
        }
        if (d instanceof Every e) {
            return new Resolved(TimeExpression.Type.SET, e.value(), false, m.confidence(), m.what() + mod(m));
        }
        if (d instanceof Reference r) {
            return new Resolved(TimeExpression.Type.DATE, r.value(), true, m.confidence(), m.what() + mod(m));
        }
        Anchored a = anchor(m, tense);
        TimeExpression.Type type = m.clock() >= 0 || m.dayPart() != null ? TimeExpression.Type.TIME
                : TimeExpression.Type.DATE;
        if (a.point == null) {
            return new Resolved(type, a.open, true, m.confidence(), a.reason + mod(m));
        }
        TimePoint p = a.point;
        if (p.unit() == Unit.DAY && m.clock() >= 0) {
            p = p.atClock(m.clock(), m.clockMinutes());
        } else if (p.unit() == Unit.DAY && m.dayPart() != null) {
            p = p.atDayPart(m.dayPart());
        }
        if (setsTheScene(d)) {
            mentioned = a.point;
            mentionedRelative = a.relative;
        }
        return new Resolved(type, p.value(), a.relative, m.confidence() * a.certainty, a.reason + mod(m));
    }

    /**
     * Whether a point becomes the time the text is talking about. Comparisons ("a year earlier", "the year-ago
     * quarter", "a year ago") do not: business news returns to the period under report after each of them.
     */
    private static boolean setsTheScene(TimeDraft d) {
        return !(d instanceof Shift s) || s.base() == Base.MENTIONED
                || s.base() == Base.PUBLICATION && s.unit().finerThan(Unit.MONTH);
    }

    /** A point with the reason it was chosen; {@code point} null when it cannot be anchored. */
    private record Anchored(TimePoint point, String open, boolean relative, double certainty, String reason) {
    }

    private Anchored anchor(TimeMatch m, int tense) {
        TimeDraft d = m.draft();
        if (d instanceof Fixed f) {
            return new Anchored(f.point(), null, false, 1, m.what() + ", written in full");
        }
        if (d instanceof YearLess y) {
            return yearLess(m, y, tense);
        }
        if (d instanceof Weekday w) {
            return weekday(m, w, tense);
        }
        if (d instanceof TimeDraft.Weekend) {
            if (anchor == null) {
                return unknown(m, "XXXX-WXX-WE");
            }
            boolean ahead = tense == Tense.FUTURE;
            LocalDate saturday = anchor.with(ahead ? TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)
                    : TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return new Anchored(TimePoint.containing(saturday, Unit.WEEKEND), null, true, TENSE_GUESS, m.what()
                    + (ahead ? ": the next one from publication" : ": the latest one up to publication") + " ("
                    + anchor + ")");
        }
        if (d instanceof InYear y) {
            if (anchor == null) {
                return unknown(m, null);
            }
            return new Anchored(y.inYear().apply(anchor.getYear() + y.offset()), null, true, 1,
                    m.what() + ": counted from the publication date (" + anchor + ")");
        }
        return shift(m, (Shift) d);
    }

    private Anchored yearLess(TimeMatch m, YearLess y, int tense) {
        if (anchor == null) {
            return unknown(m, y.unresolved() == null ? null : y.unresolved() + clockSuffix(m));
        }
        int year = anchor.getYear();
        TimePoint here = y.inYear().apply(year);
        LocalDate now = TimePoint.containing(anchor, here.unit()).date();
        TimePoint before = here.date().isAfter(now) ? y.inYear().apply(year - 1) : here;
        TimePoint after = here.date().isBefore(now) ? y.inYear().apply(year + 1) : here;
        String dated = " (" + anchor + ")";
        return switch (y.direction()) {
            case 2 -> new Anchored(here, null, true, 1, m.what() + ": the one in the year of publication" + dated);
            case -1 -> new Anchored(before.date().equals(now) ? y.inYear().apply(year - 1) : before, null, true, 1,
                    m.what() + ": the last one before publication" + dated);
            case 1 -> new Anchored(after.date().equals(now) ? y.inYear().apply(year + 1) : after, null, true, 1,
                    m.what() + ": the next one after publication" + dated);
            default -> byTense(m, before, after, now, tense, dated);
        };
    }

    /**
     * The year of a month or date written without one. A day ("Nov. 15") is the nearer of the last and the next
     * one: dates in news lie close to publication, and the tense of the verb says more about the report than about
     * the date ("extended the offer to Nov. 6"). A quarter or half year is the latest one, as business news reports
     * on periods begun or ended. A month or season follows the tense of the sentence, and when the sentence shows
     * none, the last one unless the next one is much nearer ({@link #LOOK_BACK_BIAS}).
     */
    private Anchored byTense(TimeMatch m, TimePoint before, TimePoint after, LocalDate now, int tense, String dated) {
        String yearless = m.what() + " without a year: ";
        Unit unit = before.unit();
        if (unit == Unit.QUARTER || unit == Unit.HALF || tense == Tense.SINCE || tense == Tense.PAST && unit != Unit.DAY) {
            String why = unit == Unit.QUARTER || unit == Unit.HALF ? "reports are about periods begun or ended"
                    : "the sentence looks back";
            return new Anchored(before, null, true, TENSE_GUESS, yearless + "the latest one up to publication"
                    + dated + ", as " + why);
        }
        if (tense == Tense.FUTURE && unit != Unit.DAY) {
            return new Anchored(after, null, true, TENSE_GUESS, yearless + "the next one from publication" + dated
                    + ", as the sentence looks ahead");
        }
        long back = ChronoUnit.DAYS.between(before.date(), now);
        long ahead = ChronoUnit.DAYS.between(now, after.date());
        if (unit == Unit.DAY ? ahead < back : ahead * LOOK_BACK_BIAS < back) {
            return new Anchored(after, null, true, TENSE_GUESS, yearless + "the next one from publication" + dated
                    + ", which is nearer than the last one");
        }
        return new Anchored(before, null, true, TENSE_GUESS, yearless + "the latest one up to publication" + dated
                + (unit == Unit.DAY ? ", which is nearer than the next one" : ", as news reports mostly look back"));
    }

    private Anchored weekday(TimeMatch m, Weekday w, int tense) {
        if (anchor == null) {
            return unknown(m, "XXXX-WXX-" + w.day() + clockSuffix(m));
        }
        DayOfWeek day = DayOfWeek.of(w.day());
        String dated = " (" + anchor + ", a " + anchor.getDayOfWeek().name().charAt(0)
                + anchor.getDayOfWeek().name().substring(1).toLowerCase(Locale.ROOT) + ")";
        LocalDate date;
        String how;
        double certainty = 1;
        if (w.direction() < 0) {
            date = anchor.with(TemporalAdjusters.previous(day));
            how = ": the one before publication";
        } else if (w.direction() > 0) {
            date = anchor.with(TemporalAdjusters.next(day));
            how = ": the one after publication";
        } else if (tense == Tense.FUTURE) {
            date = anchor.with(TemporalAdjusters.nextOrSame(day));
            how = ": the next one from publication, as the sentence looks ahead";
            certainty = TENSE_GUESS;
        } else {
            date = anchor.with(TemporalAdjusters.previousOrSame(day));
            how = ": the latest one up to publication, as news reports look back";
            certainty = TENSE_GUESS;
        }
        return new Anchored(TimePoint.of(date, Unit.DAY), null, true, certainty, m.what() + how + dated);
    }

    private Anchored shift(TimeMatch m, Shift s) {
        TimePoint base = null;
        boolean fromMention = false;
        boolean fromText = s.base() == Base.MENTIONED || s.base() == Base.ALIGNED;
        if (fromText && mentioned != null && !s.unit().finerThan(coarsest(mentioned.unit()))) {
            boolean keep = s.base() == Base.ALIGNED && mentioned.unit().finerThan(s.unit());
            base = TimePoint.containing(mentioned.date(), keep ? min(mentioned.unit(), Unit.DAY) : s.unit());
            fromMention = true;
        } else if (s.base() == Base.REPORTED && mentioned != null
                && (mentioned.unit() == Unit.QUARTER || mentioned.unit() == Unit.HALF)) {
            base = mentioned;
            fromMention = true;
        }
        if (fromMention) {
            String from = mentioned.value();
            return new Anchored(grain(base.shift(s.unit(), s.amount()), s), null, mentionedRelative, MENTION_GUESS,
                    m.what() + ": counted from " + from + ", the time mentioned before");
        }
        if (anchor == null) {
            return unknown(m, null);
        }
        TimePoint p = TimePoint.containing(anchor, s.unit()).shift(s.unit(), s.amount());
        return new Anchored(grain(p, s), null, true, 1, m.what() + ": counted from the publication date (" + anchor
                + ")");
    }

    private static TimePoint grain(TimePoint p, Shift s) {
        return s.grain() == null ? p : TimePoint.containing(p.date(), s.grain());
    }

    /** A granularity no finer than a day: clock times and parts of days count as their day. */
    private static Unit coarsest(Unit u) {
        return u.finerThan(Unit.DAY) ? Unit.DAY : u;
    }

    private static Unit min(Unit a, Unit b) {
        return a.finerThan(b) ? b : a;
    }

    private Anchored unknown(TimeMatch m, String open) {
        return new Anchored(null, open, true, 1, m.what() + ": relative to the publication date, which is unknown,"
                + " so it stays unresolved");
    }

    private static String clockSuffix(TimeMatch m) {
        if (m.clock() >= 0) {
            return String.format(Locale.ROOT, "T%02d:%02d", m.clock() / 60, m.clock() % 60);
        }
        return m.dayPart() == null ? "" : "T" + m.dayPart();
    }

    private static String mod(TimeMatch m) {
        return m.mod() == null ? "" : "; " + MOD_WORDS.getOrDefault(m.mod(), m.mod().toLowerCase(Locale.ROOT));
    }
}
