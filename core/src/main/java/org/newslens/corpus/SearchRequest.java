package org.newslens.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to search for: a query in Lucene's classic syntax over titles and bodies (all words must match unless
 * {@code OR} says otherwise; {@code "exact phrase"}, {@code title:word}, {@code word*} work), filters on facet
 * values, a range of publication dates, an order and a page.
 *
 * <pre>{@code
 * SearchRequest.of("\"climate summit\" -opinion")
 *         .withFilter("site", "example.com").withFilter("entity", "United Nations")
 *         .withDates(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-06-30"))
 *         .withSort(SortOrder.NEWEST).withPage(20, 10);
 * }</pre>
 *
 * @param query the query; blank matches every article
 * @param filters per facet dimension ({@link Corpus#DIMENSIONS}), the values to keep: an article matches a
 *     dimension when it has any of the values (case-insensitive; an entity also matches by its aliases), and must
 *     match every dimension given
 * @param from first publication date to keep, or null; with a date range, undated articles are left out
 * @param to last publication date to keep (inclusive), or null
 * @param sort the order of hits
 * @param offset hits to skip
 * @param limit hits to return
 * @param facetLimit values to count per facet dimension, most frequent first (0 for none)
 */
public record SearchRequest(String query, Map<String, List<String>> filters, LocalDate from, LocalDate to,
        SortOrder sort, int offset, int limit, int facetLimit) {
    /** Hits per page unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;
    /** Facet values per dimension unless asked otherwise. */
    public static final int DEFAULT_FACET_LIMIT = 10;

    public SearchRequest {
        query = query == null ? "" : query;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : filters.entrySet()) {
            if (!Corpus.DIMENSIONS.contains(e.getKey())) {
                throw new IllegalArgumentException("no facet dimension '" + e.getKey() + "'; known: "
                        + String.join(", ", Corpus.DIMENSIONS));
            }
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), List.copyOf(e.getValue()));
            }
        }
        filters = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 0 || facetLimit < 0) {
            throw new IllegalArgumentException("offset, limit and facet limit must be >= 0, got " + offset + ", "
                    + limit + ", " + facetLimit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("date range is empty: " + from + " is after " + to);
        }
    }

    /** Every article, by relevance (index order), first page. */
    public static SearchRequest all() {
        return of("");
    }

    /** A query, by relevance, first page of {@link #DEFAULT_LIMIT} hits with facet counts. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, SortOrder.RELEVANCE, 0, DEFAULT_LIMIT,
                DEFAULT_FACET_LIMIT);
    }

    /** This request keeping only articles with {@code value} in {@code dimension} (added to earlier values). */
    public SearchRequest withFilter(String dimension, String value) {
        Map<String, List<String>> copy = new LinkedHashMap<>(filters);
        List<String> values = new ArrayList<>(copy.getOrDefault(dimension, List.of()));
        values.add(Objects.requireNonNull(value, "value"));
        copy.put(dimension, values);
        return new SearchRequest(query, copy, from, to, sort, offset, limit, facetLimit);
    }

    /** This request with these filters instead. */
    public SearchRequest withFilters(Map<String, List<String>> newFilters) {
        return new SearchRequest(query, newFilters, from, to, sort, offset, limit, facetLimit);
    }

    /** This request keeping articles published from {@code first} to {@code last} inclusive (either may be null). */
    public SearchRequest withDates(LocalDate first, LocalDate last) {
        return new SearchRequest(query, filters, first, last, sort, offset, limit, facetLimit);
    }

    public SearchRequest withSort(SortOrder order) {
        return new SearchRequest(query, filters, from, to, order, offset, limit, facetLimit);
    }

    /** This request returning {@code count} hits from position {@code first}. */
    public SearchRequest withPage(int first, int count) {
        return new SearchRequest(query, filters, from, to, sort, first, count, facetLimit);
    }

    public SearchRequest withFacetLimit(int values) {
        return new SearchRequest(query, filters, from, to, sort, offset, limit, values);
    }
}
