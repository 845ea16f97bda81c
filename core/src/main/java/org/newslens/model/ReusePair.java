package org.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * Two articles that share text, with the passages they share. The first article is the likely source: the one
 * published first, or the one with the smaller id when the dates cannot tell.
 *
 * @param a id of the likely source
 * @param b id of the article that shares its text
 * @param similarity the share of the shorter article's words that lie in shared passages, in [0, 1]
 * @param confidence how sure the detector is that the text was copied rather than merely alike, in [0, 1]
 * @param passages the shared passages, sorted by their start in {@code a}, disjoint in both articles
 * @param reason why the pair is reported, in plain words
 */
public record ReusePair(String a, String b, double similarity, double confidence, List<ReusePassage> passages,
        String reason) {
    public ReusePair {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        passages = List.copyOf(passages);
        Objects.requireNonNull(reason, "reason");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0, 1], got " + similarity);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
        }
    }

    /** Whether {@code id} is one of the two articles. */
    public boolean involves(String id) {
        return a.equals(id) || b.equals(id);
    }

    /** The article on the other side of {@code id}. */
    public String other(String id) {
        return a.equals(id) ? b : a;
    }
}
