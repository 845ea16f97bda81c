package org.newslens.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts over an article's layers, for a reader who wants the shape of it at a glance.
 *
 * @param sourcing how the claims are sourced
 * @param rhetoric how the article tries to persuade
 */
public record Summary(Sourcing sourcing, Rhetoric rhetoric) {
    /** A summary of nothing: no layers were computed. */
    public static final Summary EMPTY = new Summary(Sourcing.EMPTY, Rhetoric.EMPTY);

    public Summary {
        Objects.requireNonNull(sourcing, "sourcing");
        Objects.requireNonNull(rhetoric, "rhetoric");
    }

    /** A summary of the sourcing alone. */
    public Summary(Sourcing sourcing) {
        this(sourcing, Rhetoric.EMPTY);
    }

    /** This summary with {@code r} as its rhetoric part. */
    public Summary withRhetoric(Rhetoric r) {
        return new Summary(sourcing, r);
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

    /**
     * Persuasion techniques and loaded language at a glance.
     *
     * @param scope {@code "english"} when the English models ran, else why they did not ("out of scope: ...")
     * @param techniquesPer100Sentences technique findings per 100 sentences
     * @param mostUsed techniques by number of findings, most first
     * @param densest the sentences holding the most findings, most first (at most five)
     * @param loadedWordsPer100Words loaded-word marks per 100 words
     * @param loadedWords marks per kind ({@code value-laden}, {@code booster}, {@code hedge}, {@code vague quantity})
     */
    public record Rhetoric(String scope, double techniquesPer100Sentences, List<TechniqueCount> mostUsed,
            List<DenseSentence> densest, double loadedWordsPer100Words, Map<String, Integer> loadedWords) {
        public static final Rhetoric EMPTY = new Rhetoric("not computed", 0, List.of(), List.of(), 0, Map.of());

        public Rhetoric {
            Objects.requireNonNull(scope, "scope");
            mostUsed = List.copyOf(mostUsed);
            densest = List.copyOf(densest);
            loadedWords = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(loadedWords));
        }
    }

    /** How often a technique was found. */
    public record TechniqueCount(PersuasionTechnique technique, int findings) {
    }

    /**
     * A sentence dense in techniques.
     *
     * @param sentence its index among the article's sentences, from 0
     * @param findings technique findings that overlap it
     */
    public record DenseSentence(int start, int end, int sentence, int findings) implements Spanned {
        public DenseSentence {
            Spanned.check(start, end);
        }
    }
}
