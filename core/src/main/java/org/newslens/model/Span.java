package org.newslens.model;

/** A bare stretch of article text, used where a finding points at a second span (a cue, a speaker). */
public record Span(int start, int end) implements Spanned {
    public Span {
        Spanned.check(start, end);
    }
}
