package org.newslens.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts over an article's layers, for a reader who wants the shape of it at a glance.
 *
 * @param sourcing how the claims are sourced
 */
public record Summary(Sourcing sourcing) {
    /** A summary of nothing: no layers were computed. */
    public static final Summary EMPTY = new Summary(Sourcing.EMPTY);

    public Summary {
        Objects.requireNonNull(sourcing, "sourcing");
    }

    /**
     * Claims by how they are sourced.
     *
     * @param counts claims per source kind ({@code named}, {@code vague}, {@code anonymous}, {@code none})
     * @param shares the same as shares of all claims, in [0, 1]
     * @param namedSources the named sources, most claims first
     */
    public record Sourcing(Map<String, Integer> counts, Map<String, Double> shares, List<NamedSource> namedSources) {
        public static final Sourcing EMPTY = new Sourcing(Map.of(), Map.of(), List.of());

        public Sourcing {
            // Insertion order is kept so that JSON output is the same bytes on every run and machine.
            counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
            shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
            namedSources = List.copyOf(namedSources);
        }
    }

    /**
     * A named source and how many claims rest on it.
     *
     * @param entity the entity id, or null when the source names no recognised entity
     * @param name how the article names it
     */
    public record NamedSource(String entity, String name, int claims) {
    }
}
