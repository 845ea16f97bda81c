package org.newslens.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.newslens.model.ReusePair;
import org.newslens.reuse.ReuseOptions;
import org.newslens.reuse.ReuseReport;

/**
 * A searchable collection of analyses, kept in a Lucene index directory. Thread-safe: one instance serves any number
 * of threads; a writable instance holds the directory's write lock until closed, read-only instances can be opened
 * alongside (they see what the writer has committed).
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(Path.of("newslens-data"))) {          // created when missing
 *     IndexOutcome o = corpus.add(ResultJson.toLine(analysis, true));     // ADDED, REPLACED or UNCHANGED
 *     corpus.commit();
 *     SearchResult page = corpus.search(SearchRequest.of("flood").withFilter("language", "en"));
 *     String json = corpus.analysisJson(page.hits().get(0).id()).orElseThrow();
 *     long n = corpus.export(SearchRequest.of("flood"), hit -> csv.write(hit));   // every match, never capped
 *     Timeline t = corpus.timeline(SearchRequest.all().withFilter("entity", "NATO"), Interval.WEEK);
 *     ReuseReport reuse = corpus.reuse();
 * }
 * }</pre>
 */
public final class Corpus implements Closeable {
    /** The facet dimensions, usable as filters and counted in results. */
    public static final List<String> DIMENSIONS = Dimensions.NAMES;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path path;
    private final IndexStore store;
    private final ReuseCache reuse = new ReuseCache();

    private Corpus(Path path, IndexStore store) {
        this.path = path;
        this.store = store;
    }

    /**
     * Opens the index in {@code directory} for reading and writing, creating it when the directory is missing or
     * empty.
     *
     * @throws CorpusException when the directory holds something else, the index is damaged, or another process
     *     is writing to it; nothing is changed on disk then
     */
    public static Corpus open(Path directory) throws CorpusException {
        Objects.requireNonNull(directory, "directory");
        return new Corpus(directory, IndexStore.openWritable(directory));
    }

    /**
     * Opens an existing index for searching only; another process may be writing to it meanwhile.
     *
     * @throws CorpusException when there is no index in {@code directory} or it is damaged
     */
    public static Corpus openReadOnly(Path directory) throws CorpusException {
        Objects.requireNonNull(directory, "directory");
        return new Corpus(directory, IndexStore.openReadOnly(directory));
    }

    /** The index directory. */
    public Path path() {
        return path;
    }

    /** Articles in the index (committed or not, as this instance sees them). */
    public int size() throws IOException {
        return store.withSearcher(s -> s.getIndexReader().numDocs());
    }

    /**
     * Adds one analysis, given as its {@code newslens/1} JSON document, replacing any earlier version of the article:
     * one with the same address, or with the same text on the same site (or where either has no site). The same
     * text on another site is kept: that is reuse, not a duplicate. Visible to searches at once, durable after
     * {@link #commit()}.
     *
     * @throws IllegalArgumentException when {@code json} is not a newslens/1 analysis (an error record, say)
     * @throws IllegalStateException when the corpus was opened read-only
     */
    public IndexOutcome add(String json) throws IOException {
        JsonNode doc = parse(json);
        ArticleKey key = keyOf(doc);
        Document d = Schema.document(key, doc, json);
        return store.add(key, ArticleKey.sha256(json).substring(0, 32), Schema.FACETS.build(d));
    }

    /**
     * The key an analysis will be indexed under, computed from its address and text as {@link #add} does. An
     * indexer that knows the key before analysing can skip articles already indexed ({@link #isIndexed}).
     */
    public static ArticleKey keyOf(String url, String canonicalUrl, String siteName, String text) {
        return ArticleKey.of(url != null && !url.isBlank() ? url : usableCanonical(canonicalUrl), siteName, text);
    }

    /** Whether an article with this id and exactly this text (content hash) is in the index. */
    public boolean isIndexed(ArticleKey key) throws IOException {
        return store.isIndexed(key);
    }

    /** Makes every change so far durable. */
    public void commit() throws IOException {
        store.commit();
    }

    /** The stored {@code newslens/1} JSON of an article, exactly as it was added. */
    public Optional<String> analysisJson(String id) throws IOException {
        Document d = store.document(Objects.requireNonNull(id, "id"));
        return d == null ? Optional.empty() : Optional.of(d.get(Schema.JSON));
    }

    /** An article's metadata as a search would list it. */
    public Optional<SearchHit> article(String id) throws IOException {
        Document d = store.document(Objects.requireNonNull(id, "id"));
        return d == null ? Optional.empty() : Optional.of(Searches.hit(d, 0));
    }

    /**
     * A page of hits, the total and facet counts over all matches.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    public SearchResult search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        return store.withSearcher(s -> Searches.search(s, store.facetState(s), request));
    }

    /**
     * Every hit of a request, in its order, ignoring its page: for exports, which are never capped.
     *
     * @return how many hits were passed to {@code sink}
     * @throws QuerySyntaxException when the query does not parse
     */
    public long export(SearchRequest request, Consumer<SearchHit> sink) throws IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(sink, "sink");
        return store.withSearcher(s -> Searches.export(s, request, sink));
    }

    /**
     * Counts of the request's matches by publication date, per day, ISO week or month. A timeline of an entity is
     * one of the request {@code SearchRequest.all().withFilter("entity", name)}.
     *
     * @throws QuerySyntaxException when the query does not parse
     */
    public Timeline timeline(SearchRequest request, Interval interval) throws IOException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(interval, "interval");
        return store.withSearcher(s -> Searches.timeline(s, request, interval));
    }

    /**
     * Text reuse across the whole corpus with the default options; computed once per state of the index and kept
     * until the index changes.
     */
    public ReuseReport reuse() throws IOException {
        return reuse(ReuseOptions.defaults());
    }

    /** Text reuse across the whole corpus with {@code options}. */
    public ReuseReport reuse(ReuseOptions options) throws IOException {
        Objects.requireNonNull(options, "options");
        return store.withSearcher(s -> reuse.report(s, options));
    }

    /** The reuse pairs an article takes part in (default options), the likely source first in each. */
    public List<ReusePair> reuseOf(String id) throws IOException {
        return reuse().pairsOf(Objects.requireNonNull(id, "id"));
    }

    /** Commits (when writable) and releases the index. */
    @Override
    public void close() throws IOException {
        store.close();
    }

    private static JsonNode parse(String json) {
        Objects.requireNonNull(json, "json");
        JsonNode doc;
        try {
            doc = MAPPER.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (doc == null || !"newslens/1".equals(doc.path("schema").asText())) {
            throw new IllegalArgumentException("not a newslens/1 document (no \"schema\": \"newslens/1\")");
        }
        if (!doc.path("article").path("text").isTextual()) {
            throw new IllegalArgumentException("not an analysis: the document has no article text"
                    + (doc.has("error") ? " (it is an error record)" : ""));
        }
        return doc;
    }

    private static ArticleKey keyOf(JsonNode doc) {
        JsonNode article = doc.path("article");
        return keyOf(doc.path("source").path("url").asText(null), article.path("canonicalUrl").asText(null),
                article.path("siteName").asText(null), article.path("text").asText());
    }

    /**
     * A canonical address names the article only when it has a path: some sites give their home page as every
     * page's canonical address, which would make all their articles one.
     */
    private static String usableCanonical(String canonical) {
        String normal = ArticleKey.normaliseUrl(canonical);
        if (normal == null) {
            return null;
        }
        String rest = normal.substring(normal.indexOf("://") + 3);
        int slash = rest.indexOf('/');
        return slash < 0 || slash == rest.length() - 1 ? null : canonical;
    }

    /** Looks up one stored document by id in a searcher; null when absent. */
    static Document find(IndexSearcher searcher, String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(Schema.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return null;
        }
        ScoreDoc sd = top.scoreDocs[0];
        return searcher.storedFields().document(sd.doc);
    }
}
