package org.newslens.model;

import java.util.Objects;

/**
 * A check-worthy statement: something factual a reader could verify (figures, events, causes, statements about
 * people and institutions), as opposed to opinion, questions and filler.
 *
 * @param score check-worthiness in [0, 1]
 * @param attribution who the article says it comes from
 * @param reason why it reads as a claim, in plain words
 */
public record Claim(int start, int end, double score, Attribution attribution, String reason) implements Spanned {
    public Claim {
        Spanned.check(start, end);
        Objects.requireNonNull(attribution, "attribution");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0, 1], got " + score);
        }
    }
}
