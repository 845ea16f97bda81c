package org.newslens.model;

import java.util.Objects;

/**
 * On whose authority a claim is made.
 *
 * @param kind named, vague, anonymous, or none
 * @param source the span naming the source, or null (always null for {@code none})
 * @param cue the attributing words, or null
 * @param reason why this attribution, in plain words
 */
public record Attribution(SourceKind kind, Speaker source, Span cue, String reason) {
    public Attribution {
        Objects.requireNonNull(kind, "kind");
    }
}
