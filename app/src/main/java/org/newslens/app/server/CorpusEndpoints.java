package org.newslens.app.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.SearchHit;
import org.newslens.corpus.SearchRequest;
import org.newslens.corpus.SearchResult;
import org.newslens.corpus.Timeline;
import org.newslens.model.ReusePair;
import org.newslens.pipeline.ResultJson;
import org.newslens.reuse.ReuseDetector;
import org.newslens.reuse.ReuseReport;

/**
 * The read-only corpus routes: an article's stored analysis, search with facets, timelines and text reuse. A
 * missing or damaged index answers 503 with the reason (see {@link NewslensServer}); a query that does not parse
 * answers 400.
 */
final class CorpusEndpoints {
    /**
     * Article ids are 16 hex digits today; anything outside this set cannot be one, and refusing it early keeps path
     * tricks ({@code ../}, NUL, slashes) away from the index whatever the id scheme becomes.
     */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final ObjectMapper MAPPER = ResultJson.mapper();

    private final CorpusHandle handle;

    CorpusEndpoints(CorpusHandle handle) {
        this.handle = handle;
    }

    /** {@code GET /api/articles/{id}}: the stored {@code newslens/1} analysis, exactly as it was indexed. */
    void article(Context ctx) throws IOException {
        String id = id(ctx.pathParam("id"));
        String json = handle.corpus().analysisJson(id).orElseThrow(() -> noArticle(id));
        json(ctx, json);
    }

    /** {@code GET /api/search}: a page of hits, the total and facet counts over every match. */
    void search(Context ctx) throws IOException {
        SearchRequest request = SearchParams.read(ctx);
        SearchResult result = handle.corpus().search(request);
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", result.total());
        root.put("offset", result.offset());
        root.put("limit", request.limit());
        root.set("hits", MAPPER.valueToTree(result.hits()));
        root.set("facets", MAPPER.valueToTree(result.facets()));
        json(ctx, root.toString());
    }

    /** {@code GET /api/timeline}: matches per day, week or month, for a query and any filters (an entity's, say). */
    void timeline(Context ctx) throws IOException {
        SearchRequest request = SearchParams.read(ctx);
        Timeline timeline = handle.corpus().timeline(request, SearchParams.interval(ctx));
        json(ctx, MAPPER.valueToTree(timeline).toString());
    }

    /**
     * {@code GET /api/articles/{id}/reuse}: the articles that share text with this one, each pair with its passages
     * (offsets in both texts) and the other article's metadata. With {@code with=OTHER}, only the pair with that
     * article, aligned on request when the detector did not pair them.
     */
    void reuseOf(Context ctx) throws IOException {
        String id = id(ctx.pathParam("id"));
        Corpus corpus = handle.corpus();
        SearchHit self = corpus.article(id).orElseThrow(() -> noArticle(id));
        String with = ctx.queryParam("with");
        List<ReusePair> pairs;
        if (with != null && !with.isBlank()) {
            String other = id(with.strip());
            corpus.article(other).orElseThrow(() -> noArticle(other));
            pairs = corpus.reuseOf(id).stream().filter(p -> p.involves(other)).toList();
            if (pairs.isEmpty() && !other.equals(id)) {
                pairs = List.of(aligned(corpus, id, other));
            }
        } else {
            pairs = corpus.reuseOf(id);
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.set("article", MAPPER.valueToTree(self));
        ArrayNode list = root.putArray("pairs");
        for (ReusePair p : pairs) {
            list.add(pair(corpus, p));
        }
        json(ctx, root.toString());
    }

    /** {@code GET /api/reuse}: every pair in the corpus that shares text, a page at a time. */
    void reuse(Context ctx) throws IOException {
        int offset = SearchParams.number(ctx, "offset", 0, Integer.MAX_VALUE);
        int limit = SearchParams.number(ctx, "limit", 20, SearchParams.MAX_LIMIT);
        Corpus corpus = handle.corpus();
        ReuseReport report = corpus.reuse();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("total", report.pairs().size());
        root.put("offset", offset);
        root.put("documents", report.documents());
        root.put("clusters", report.clusters().size());
        ArrayNode list = root.putArray("pairs");
        report.pairs().stream().skip(offset).limit(limit).forEach(p -> list.add(pairUnchecked(corpus, p)));
        json(ctx, root.toString());
    }

    private ObjectNode pair(Corpus corpus, ReusePair p) throws IOException {
        ObjectNode node = MAPPER.valueToTree(p);
        node.set("articleA", meta(corpus.article(p.a())));
        node.set("articleB", meta(corpus.article(p.b())));
        return node;
    }

    private ObjectNode pairUnchecked(Corpus corpus, ReusePair p) {
        try {
            return pair(corpus, p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode meta(Optional<SearchHit> hit) {
        return hit.<com.fasterxml.jackson.databind.JsonNode>map(MAPPER::valueToTree)
                .orElse(MAPPER.nullNode());
    }

    /** Two articles the detector did not pair, aligned on request so that the reader can still show them side by side. */
    private static ReusePair aligned(Corpus corpus, String a, String b) throws IOException {
        String textA = text(corpus, a);
        String textB = text(corpus, b);
        var passages = ReuseDetector.align(textA, textB);
        return new ReusePair(a, b, 0, 0, passages, passages.isEmpty()
                ? "aligned on request: the two articles share no passage"
                : "aligned on request: the detector did not report these two as a pair (too little shared text)");
    }

    private static String text(Corpus corpus, String id) throws IOException {
        String json = corpus.analysisJson(id).orElseThrow(() -> noArticle(id));
        return MAPPER.readTree(json).path("article").path("text").asText("");
    }

    static String id(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw ApiException.badRequest("not an article id: ids are letters, digits, '-' and '_' (at most 64)");
        }
        return raw;
    }

    private static ApiException noArticle(String id) {
        return ApiException.notFound("no article with id " + id + " in the index");
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }
}
