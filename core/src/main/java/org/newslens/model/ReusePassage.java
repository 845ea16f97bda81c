package org.newslens.model;

import java.util.Objects;

/**
 * A stretch of text that two articles share: where it lies in each, how long it is, and how much of it is word for
 * word the same. Offsets follow {@link Spanned}: UTF-16 code units into each article's {@link Article#text()}.
 *
 * @param a the passage in the pair's first article ({@link ReusePair#a()}, the likely source)
 * @param b the passage in the pair's second article
 * @param words the passage's length in words, counted in {@code a}
 * @param overlap the share of those words that {@code b} has in the same order, in [0, 1]: 1 for a verbatim copy,
 *     lower where the copy rewords
 */
public record ReusePassage(Span a, Span b, int words, double overlap) {
    public ReusePassage {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (words < 0) {
            throw new IllegalArgumentException("words must be >= 0, got " + words);
        }
        if (!(overlap >= 0 && overlap <= 1)) {
            throw new IllegalArgumentException("overlap must be in [0, 1], got " + overlap);
        }
    }
}
