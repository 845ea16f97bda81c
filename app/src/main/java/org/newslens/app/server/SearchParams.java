package org.newslens.app.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.Interval;
import org.newslens.corpus.SearchRequest;
import org.newslens.corpus.SortOrder;

/**
 * Reads a search from query parameters, the way {@code newslens search} reads its options: {@code q} (Lucene's
 * classic syntax), one parameter per facet dimension (repeatable: values of one are alternatives, different ones
 * must all match), {@code from}/{@code to} (YYYY-MM-DD), {@code sort} (relevance, newest, oldest), {@code offset},
 * {@code limit} and {@code facets} (values counted per dimension). A bad value is a 400 naming the parameter.
 */
final class SearchParams {
    /** A page of hits is for reading; exports of every match are the CLI's job ({@code newslens search --json}). */
    static final int MAX_LIMIT = 100;
    static final int MAX_FACETS = 100;
    /** Deep paging costs the index more with every page; past this a narrower query is the better tool. */
    static final int MAX_OFFSET = 10_000;
    /** Queries longer than this are not typed by a person and only make the parser work. */
    static final int MAX_QUERY_CHARS = 2_000;

    private SearchParams() {
    }

    static SearchRequest read(Context ctx) {
        String query = ctx.queryParam("q");
        if (query != null && query.length() > MAX_QUERY_CHARS) {
            throw ApiException.badRequest("q is longer than " + MAX_QUERY_CHARS + " characters");
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String dimension : Corpus.DIMENSIONS) {
            List<String> values = ctx.queryParams(dimension).stream().filter(v -> !v.isBlank()).toList();
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        SortOrder sort = sort(ctx.queryParam("sort"));
        int offset = number(ctx, "offset", 0, MAX_OFFSET);
        int limit = number(ctx, "limit", SearchRequest.DEFAULT_LIMIT, MAX_LIMIT);
        int facets = number(ctx, "facets", SearchRequest.DEFAULT_FACET_LIMIT, MAX_FACETS);
        try {
            return new SearchRequest(query, filters, from, to, sort, offset, limit, facets);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    static Interval interval(Context ctx) {
        String value = ctx.queryParam("interval");
        if (value == null || value.isBlank()) {
            return Interval.WEEK;
        }
        try {
            return Interval.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("interval must be day, week or month, got '" + value + "'");
        }
    }

    private static SortOrder sort(String value) {
        if (value == null || value.isBlank()) {
            return SortOrder.RELEVANCE;
        }
        try {
            return SortOrder.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("sort must be relevance, newest or oldest, got '" + value + "'");
        }
    }

    private static LocalDate date(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, got '" + value + "'");
        }
    }

    static int number(Context ctx, String name, int fallback, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number, got '" + value + "'");
        }
        if (n < 0 || n > max) {
            throw ApiException.badRequest(name + " must be between 0 and " + max + ", got " + n);
        }
        return n;
    }
}
