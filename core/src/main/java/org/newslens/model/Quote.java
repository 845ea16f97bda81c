package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * Reported speech: a direct quotation, or an indirect one ("X said that ...", "according to X, ..."). The span is the
 * content; the cue and the speaker point at the words that attribute it.
 *
 * @param kind direct (in quotation marks), indirect, or mixed (a paraphrase holding a quoted fragment)
 * @param cue the attributing words ("said", "according to", "has been posited"), or null
 * @param speaker who is quoted, or null when no one is named ("it has been posited that ...")
 * @param source how specifically the speaker is identified
 * @param confidence in [0, 1]
 * @param reason why this is a quote and why this speaker, in plain words
 */
public record Quote(int start, int end, Kind kind, Span cue, Speaker speaker, SourceKind source, double confidence,
        String reason) implements Spanned {
    public Quote {
        Spanned.check(start, end);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** Direct, indirect or mixed quotation. */
    public enum Kind {
        DIRECT("direct"), INDIRECT("indirect"), MIXED("mixed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }
    }
}
