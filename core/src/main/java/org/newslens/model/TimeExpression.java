package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A time expression in the body, normalised to a TIMEX3 value.
 *
 * @param text the expression as written
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value ({@code 2016-09}, {@code P3D}, {@code PRESENT_REF}); when the expression is
 *     relative and there is no publication date to resolve it against, TIMEX3's open form where it has one
 *     ({@code XXXX-03} for "in March") or null ("last year")
 * @param mod the TIMEX3 modifier ({@code START}, {@code END}, {@code APPROX}, ...) or null
 * @param relative whether the value depends on the publication date ("last year", "on Monday")
 * @param confidence how sure the tagger is of the expression and its value, in [0, 1]
 * @param reason how the value was reached, in plain words
 */
public record TimeExpression(int start, int end, String text, Type type, String value, String mod, boolean relative,
        double confidence, String reason) implements Spanned {
    public TimeExpression {
        Spanned.check(start, end);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie in [0, 1], got " + confidence);
        }
    }

    /** TIMEX3 types. */
    public enum Type {
        DATE, TIME, DURATION, SET;

        @JsonValue
        public String label() {
            return name();
        }
    }
}
