package org.newslens.model;

import java.util.Objects;

/**
 * Why the extracted body looks incomplete: a paywall, a registration wall or text cut off mid-way.
 *
 * @param kind {@code paywall} or {@code truncated}
 * @param reason the evidence in plain words
 */
public record Truncation(String kind, String reason) {
    public Truncation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }
}
