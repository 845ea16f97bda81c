package org.newslens.rhetoric;

import java.util.List;
import java.util.Objects;
import org.newslens.model.LoadedWord;
import org.newslens.model.Summary;
import org.newslens.model.Technique;

/**
 * The rhetoric layers of one article.
 *
 * @param techniques persuasion technique findings, sorted by start (they may overlap)
 * @param loadedWords loaded-language marks, sorted and disjoint
 * @param summary counts and densities for the article summary
 */
public record Rhetoric(List<Technique> techniques, List<LoadedWord> loadedWords, Summary.Rhetoric summary) {
    public Rhetoric {
        techniques = List.copyOf(techniques);
        loadedWords = List.copyOf(loadedWords);
        Objects.requireNonNull(summary, "summary");
    }
}
