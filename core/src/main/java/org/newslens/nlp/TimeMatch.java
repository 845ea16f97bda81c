package org.newslens.nlp;

/**
 * A time expression the grammar recognised: tokens {@code [first, end)} of a {@link TimeTokens}, its meaning and
 * what qualifies it.
 *
 * @param draft the meaning before anchoring
 * @param mod the TIMEX3 modifier ("the end of last year": END), or null
 * @param dayPart a part of the day that narrows a day ("Friday morning": MO), or null
 * @param clock minutes after midnight that narrow a day ("10 p.m. Wednesday"), or -1
 * @param clockMinutes whether the clock time was written with minutes ("10:35")
 * @param what the kind of expression in plain words, for the reason ("a month and day")
 * @param confidence how sure the grammar is that this is a time expression at all
 */
record TimeMatch(int first, int end, TimeDraft draft, String mod, String dayPart, int clock, boolean clockMinutes,
        String what, double confidence) {

    TimeMatch(int first, int end, TimeDraft draft, String what, double confidence) {
        this(first, end, draft, null, null, -1, false, what, confidence);
    }

    TimeMatch from(int newFirst) {
        return new TimeMatch(newFirst, end, draft, mod, dayPart, clock, clockMinutes, what, confidence);
    }

    TimeMatch to(int newEnd) {
        return new TimeMatch(first, newEnd, draft, mod, dayPart, clock, clockMinutes, what, confidence);
    }

    TimeMatch withMod(String newMod) {
        return new TimeMatch(first, end, draft, newMod, dayPart, clock, clockMinutes, what, confidence);
    }

    TimeMatch withDayPart(String part) {
        return new TimeMatch(first, end, draft, mod, part, clock, clockMinutes, what, confidence);
    }

    TimeMatch withClock(int minutes, boolean withMinutes) {
        return new TimeMatch(first, end, draft, mod, dayPart, minutes, withMinutes, what, confidence);
    }

    TimeMatch withDraft(TimeDraft newDraft, String newWhat) {
        return new TimeMatch(first, end, newDraft, mod, dayPart, clock, clockMinutes, newWhat, confidence);
    }

    /** Whether the expression names a point in time (as opposed to a length, a frequency or a vague reference). */
    boolean isPoint() {
        return draft instanceof TimeDraft.Fixed || draft instanceof TimeDraft.YearLess || draft instanceof TimeDraft.InYear
                || draft instanceof TimeDraft.Shift || draft instanceof TimeDraft.Weekday
                || draft instanceof TimeDraft.Weekend;
    }
}
