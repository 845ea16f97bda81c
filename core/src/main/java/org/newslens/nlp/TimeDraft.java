package org.newslens.nlp;

import java.util.function.IntFunction;
import org.newslens.nlp.TimePoint.Unit;

/**
 * What a time expression means before it is anchored: a fixed point, a point that still needs its year, a step
 * back or forward from the publication date, a length, a frequency, or one of TIMEX3's vague references.
 */
sealed interface TimeDraft {
    /** A point whose year is written: "September 2016", "1988", "the third quarter of 1989". */
    record Fixed(TimePoint point) implements TimeDraft {
    }

    /**
     * A point written without its year: "March 12", "in March", "the third quarter", "this summer".
     *
     * @param inYear the point in a given year
     * @param unresolved the TIMEX3 value with the year left open ({@code XXXX-03-12}), or null when TIMEX3 has none
     * @param direction -1 for the most recent one before the anchor ("last March"), +1 for the next one, 0 to let
     *     the sentence decide (past unless it looks ahead), 2 for the anchor's own year ("this summer")
     */
    record YearLess(IntFunction<TimePoint> inYear, String unresolved, int direction) implements TimeDraft {
    }

    /**
     * A point in a year named relative to publication: "June last year", "the first quarter of next year".
     *
     * @param offset years from the year of publication (-1 for "last year")
     */
    record InYear(IntFunction<TimePoint> inYear, String unresolved, int offset) implements TimeDraft {
    }

    /**
     * A step of whole periods from a base point: "last year" is one year back from the publication date at year
     * granularity; "two days ago" two days back; "this week" zero weeks; "a year earlier" one year back from the
     * point the text mentioned last.
     */
    record Shift(Unit unit, int amount, Base base, Unit grain) implements TimeDraft {
        Shift(Unit unit, int amount, Base base) {
            this(unit, amount, base, null);
        }
    }

    /** What a {@link Shift} counts from. */
    enum Base {
        /** The publication date. */
        PUBLICATION,
        /**
         * The point the text mentioned last, at the expression's own granularity ("that year", "the following
         * day"); the publication date when nothing as fine was mentioned.
         */
        MENTIONED,
        /**
         * The point the text mentioned last, moved as a whole and keeping its granularity where finer ("a year
         * earlier" after "the third quarter" is the third quarter a year before); the publication date when nothing
         * as fine was mentioned.
         */
        ALIGNED,
        /**
         * The reporting period the text mentioned last (a quarter or a half year), as business news compares
         * results "with a year ago"; the publication date when none was mentioned.
         */
        REPORTED
    }

    /**
     * A weekday name: "on Friday", "last Tuesday".
     *
     * @param day ISO day number, Monday 1
     * @param direction -1 strictly before the anchor, +1 strictly after, 0 let the sentence decide (the most recent
     *     one, the anchor day included, unless the sentence looks ahead)
     */
    record Weekday(int day, int direction) implements TimeDraft {
    }

    /** "the weekend": the last one before publication, or the next one when the sentence looks ahead. */
    record Weekend() implements TimeDraft {
    }

    /** A length of time, as a TIMEX3 duration value: "three years" is {@code P3Y}. */
    record Length(String value) implements TimeDraft {
    }

    /** A frequency, as a TIMEX3 set value: "every day" is {@code P1D}, "each July" {@code XXXX-07}. */
    record Every(String value) implements TimeDraft {
    }

    /** A vague reference: {@code PRESENT_REF} ("now"), {@code PAST_REF} ("recently"), {@code FUTURE_REF}. */
    record Reference(String value) implements TimeDraft {
    }
}
