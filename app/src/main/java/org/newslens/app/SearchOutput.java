package org.newslens.app;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.FacetCount;
import org.newslens.corpus.SearchHit;
import org.newslens.corpus.SearchRequest;
import org.newslens.corpus.SearchResult;
import org.newslens.corpus.Timeline;
import org.newslens.pipeline.ResultJson;

/** Prints search results, exports and timelines as a table, JSON or CSV. */
final class SearchOutput {
    /** CSV columns of a hit, in order. */
    static final List<String> COLUMNS = List.of("id", "published", "site", "title", "url", "authors", "section",
            "language", "score");

    private final PrintWriter out;
    private final boolean json;
    private final boolean csv;

    SearchOutput(PrintWriter out, boolean json, boolean csv) {
        this.out = out;
        this.json = json;
        this.csv = csv;
    }

    /** One page of hits with facet counts. */
    void page(SearchResult r, SearchRequest request) throws IOException {
        if (json) {
            try (JsonGenerator g = generator()) {
                g.writeStartObject();
                g.writeStringField("query", request.query());
                g.writeNumberField("total", r.total());
                g.writeNumberField("offset", r.offset());
                g.writeFieldName("facets");
                ResultJson.mapper().writeValue(g, r.facets());
                g.writeArrayFieldStart("hits");
                for (SearchHit h : r.hits()) {
                    ResultJson.mapper().writeValue(g, h);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            out.println();
        } else if (csv) {
            out.println(String.join(",", COLUMNS));
            r.hits().forEach(this::csvRow);
        } else {
            table(r);
        }
    }

    /** Every match, streamed: nothing is held in memory but one page of the index at a time. */
    void export(Corpus corpus, SearchRequest request) throws IOException {
        long[] seen = {0};
        if (csv) {
            out.println(String.join(",", COLUMNS));
            corpus.export(request, h -> {
                if (seen[0]++ >= request.offset()) {
                    csvRow(h);
                }
            });
            return;
        }
        try (JsonGenerator g = generator()) {
            g.writeStartObject();
            g.writeStringField("query", request.query());
            g.writeArrayFieldStart("hits");
            long written = corpus.export(request, h -> {
                if (seen[0]++ >= request.offset()) {
                    try {
                        ResultJson.mapper().writeValue(g, h);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            g.writeEndArray();
            g.writeNumberField("total", written);
            g.writeEndObject();
        }
        out.println();
    }

    void timeline(Timeline t, SearchRequest request) throws IOException {
        if (json) {
            try (JsonGenerator g = generator()) {
                ResultJson.mapper().writeValue(g, t);
            }
            out.println();
        } else if (csv) {
            out.println("start,count");
            t.buckets().forEach(b -> out.println(b.start() + "," + b.count()));
        } else {
            out.printf(Locale.ROOT, "%d articles match%s, by %s; %d undated%n", t.total(), describe(request),
                    t.interval().name().toLowerCase(Locale.ROOT), t.undated());
            long max = t.buckets().stream().mapToLong(Timeline.Bucket::count).max().orElse(1);
            for (Timeline.Bucket b : t.buckets()) {
                int bar = (int) Math.round(40.0 * b.count() / Math.max(1, max));
                out.printf(Locale.ROOT, "%s %6d %s%n", b.start(), b.count(), "#".repeat(bar));
            }
        }
    }

    private void table(SearchResult r) {
        out.printf(Locale.ROOT, "%d article%s match%s%n", r.total(), r.total() == 1 ? "" : "s",
                r.total() == 1 ? "es" : "");
        int rank = r.offset();
        for (SearchHit h : r.hits()) {
            rank++;
            out.printf(Locale.ROOT, "%4d  %-10s  %-24s  %-60s  %s%n", rank,
                    h.published() == null ? "" : h.published().toString(), cut(h.site(), 24),
                    cut(h.title() == null ? h.lead() : h.title(), 60), h.id());
        }
        if (r.hits().size() < r.total() - r.offset()) {
            out.printf(Locale.ROOT, "      ... %d more (--offset, --limit, or --json / --csv for all)%n",
                    r.total() - r.offset() - r.hits().size());
        }
        for (Map.Entry<String, List<FacetCount>> e : r.facets().entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (FacetCount c : e.getValue()) {
                line.append(line.length() == 0 ? "" : ", ").append(c.value()).append(" (").append(c.count()).append(')');
            }
            out.printf(Locale.ROOT, "%-12s %s%n", e.getKey() + ":", line);
        }
    }

    private void csvRow(SearchHit h) {
        out.println(String.join(",", List.of(h.id(), h.published() == null ? "" : h.published().toString(),
                n(h.site()), n(h.title()), n(h.url()), String.join("; ", h.authors()), String.join(" > ", h.section()),
                n(h.language()), String.format(Locale.ROOT, "%.4f", h.score())).stream().map(SearchOutput::quote)
                .toList()));
    }

    /** RFC 4180: a field holding a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private JsonGenerator generator() throws IOException {
        JsonGenerator g = ResultJson.mapper().getFactory().createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        return g;
    }

    private static String describe(SearchRequest r) {
        StringBuilder s = new StringBuilder();
        if (!r.query().isBlank()) {
            s.append(" '").append(r.query()).append('\'');
        }
        r.filters().forEach((k, v) -> s.append(' ').append(k).append('=').append(String.join("|", v)));
        return s.toString();
    }

    private static String n(String s) {
        return s == null ? "" : s;
    }

    private static String cut(String s, int width) {
        if (s == null) {
            return "";
        }
        String flat = s.replaceAll("\\s+", " ");
        return flat.length() <= width ? flat : flat.substring(0, width - 1) + "…";
    }
}
