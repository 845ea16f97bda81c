package org.newslens.corpus;

import java.util.Objects;

/**
 * What adding one analysis did to the index.
 *
 * @param id the article's id in the corpus
 * @param status added, replaced or unchanged
 * @param replaced how many earlier versions were removed (the same address, or the same text on the same site)
 */
public record IndexOutcome(String id, Status status, int replaced) {
    public IndexOutcome {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the article was new, replaced an earlier version, or was already there exactly as given. */
    public enum Status { ADDED, REPLACED, UNCHANGED }
}
