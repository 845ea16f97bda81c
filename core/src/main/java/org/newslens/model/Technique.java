package org.newslens.model;

import java.util.Objects;

/**
 * A stretch of text that uses a persuasion technique.
 *
 * @param technique which one
 * @param confidence in [0, 1]: how sure the model is that the span persuades this way
 * @param reason the cue it rests on, in plain words ("strongly negative word + intensifier")
 */
public record Technique(int start, int end, PersuasionTechnique technique, double confidence, String reason)
        implements Spanned {
    public Technique {
        Spanned.check(start, end);
        Objects.requireNonNull(technique, "technique");
        Objects.requireNonNull(reason, "reason");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }
}
