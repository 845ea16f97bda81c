package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A word or phrase that colours or tunes a statement: value-laden words, boosters of certainty, hedges, vague
 * quantities.
 *
 * @param kind what it does to the statement
 * @param confidence in [0, 1]
 * @param reason why it is marked, in plain words (which list or what the model learned)
 */
public record LoadedWord(int start, int end, Kind kind, double confidence, String reason) implements Spanned {
    public LoadedWord {
        Spanned.check(start, end);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** What a marked word does to the statement it sits in. */
    public enum Kind {
        /** Judges while it describes: "disgraceful", "heroic", "regime". */
        VALUE_LADEN("value-laden"),
        /** Strengthens degree or certainty: "clearly", "of course", "extremely". */
        BOOSTER("booster"),
        /** Softens commitment: "perhaps", "it seems", "arguably". */
        HEDGE("hedge"),
        /** A quantity with no number: "many", "countless", "a growing number of". */
        VAGUE_QUANTITY("vague quantity");

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
