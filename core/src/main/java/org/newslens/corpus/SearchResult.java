package org.newslens.corpus;

import java.util.List;
import java.util.Map;

/**
 * A page of search hits with the total count and facet counts over every match (not only the page).
 *
 * @param total how many articles match
 * @param offset the position of the first hit in the full result list
 * @param hits the requested page of hits
 * @param facets for each facet dimension, its most frequent values among all matches, most frequent first
 */
public record SearchResult(long total, int offset, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
