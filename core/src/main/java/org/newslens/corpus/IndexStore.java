package org.newslens.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene side of a {@link Corpus}: the directory, the writer (none when read-only), near-real-time searchers and
 * the facet state of the current reader. Every Lucene failure leaves here as a {@link CorpusException} that says
 * what to do.
 */
final class IndexStore {
    /** Commit data that marks an index as ours, with the version of its schema. */
    static final Map<String, String> MARKER = Map.of("newslens.corpus", "1");

    /** Earlier versions of one article looked at when adding it: more would mean a broken key, not an article. */
    private static final int MAX_VERSIONS = 1000;

    /** Work against a searcher that may throw I/O errors. */
    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Keys of documents written since the searchers were last refreshed, and ids those writes removed. */
    private final Set<String> pendingKeys = new HashSet<>();
    private final Set<String> removedIds = new HashSet<>();
    private IndexReader facetReader;
    private SortedSetDocValuesReaderState facetState;

    private IndexStore(Path path, Directory directory, IndexWriter writer, SearcherManager searchers) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
    }

    static IndexStore openWritable(Path path) throws CorpusException {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            throw new CorpusException(path + " is a file, not an index directory");
        }
        Directory dir = null;
        try {
            boolean fresh = !Files.exists(path) || isEmpty(path);
            Files.createDirectories(path);
            dir = FSDirectory.open(path);
            if (!fresh) {
                checkExisting(path, dir);
            }
            IndexWriterConfig config = new IndexWriterConfig(Queries.ANALYZER)
                    .setOpenMode(fresh ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                    // The stored JSON dominates the index. DEFLATE blocks (BEST_COMPRESSION) made it 40% smaller but
                    // cost ~0.5 ms per hit read out of order (a sorted export, a result page): LZ4 blocks are read
                    // in microseconds.
                    .setCodec(new Lucene912Codec(Lucene912Codec.Mode.BEST_SPEED));
            IndexWriter writer = new IndexWriter(dir, config);
            writer.setLiveCommitData(MARKER.entrySet());
            if (fresh) {
                writer.commit();
            }
            return new IndexStore(path, dir, writer, new SearcherManager(writer, null));
        } catch (LockObtainFailedException e) {
            close(dir);
            throw new CorpusException("the index at " + path + " is being written by another process; wait for it,"
                    + " or open the index read-only", e);
        } catch (CorpusException e) {
            close(dir);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(dir);
            throw damaged(path, e);
        }
    }

    static IndexStore openReadOnly(Path path) throws CorpusException {
        if (!Files.isDirectory(path) || isEmpty(path)) {
            throw new CorpusException("no index at " + path + " (create one with: newslens index INPUT... --index "
                    + path + ")");
        }
        Directory dir = null;
        try {
            dir = FSDirectory.open(path);
            checkExisting(path, dir);
            return new IndexStore(path, dir, null, new SearcherManager(dir, null));
        } catch (CorpusException e) {
            close(dir);
            throw e;
        } catch (IOException | RuntimeException e) {
            close(dir);
            throw damaged(path, e);
        }
    }

    /** Opens the latest commit once to check that it is readable and ours. */
    private static void checkExisting(Path path, Directory dir) throws IOException {
        if (!DirectoryReader.indexExists(dir)) {
            throw new CorpusException(path + " is not empty and holds no index; refusing to use it (give an empty"
                    + " or new directory)");
        }
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            Map<String, String> data = reader.getIndexCommit().getUserData();
            if (!MARKER.get("newslens.corpus").equals(data.get("newslens.corpus"))) {
                throw new CorpusException(path + " holds a Lucene index that newslens did not write; refusing to"
                        + " use it");
            }
        }
    }

    <T> T withSearcher(SearcherWork<T> work) throws IOException {
        try {
            refresh();
            IndexSearcher s = searchers.acquire();
            try {
                return work.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            throw damaged(path, e);
        }
    }

    /** Brings searchers up to date with this writer's changes, or with another process's new commits. */
    private synchronized void refresh() throws IOException {
        if (writer == null) {
            searchers.maybeRefresh();
        } else if (!pendingKeys.isEmpty() || !removedIds.isEmpty()) {
            searchers.maybeRefreshBlocking();
            pendingKeys.clear();
            removedIds.clear();
        }
    }

    synchronized IndexOutcome add(ArticleKey key, String jsonHash, Iterable<? extends org.apache.lucene.index.IndexableField> doc)
            throws IOException {
        if (writer == null) {
            throw new IllegalStateException("the corpus at " + path + " was opened read-only");
        }
        String contentSite = Schema.contentSite(key.contentHash(), key.site());
        // A document written since the last refresh is invisible to the searcher; meeting one, refresh first.
        if (pendingKeys.contains("id:" + key.id()) || pendingKeys.contains("cs:" + contentSite)
                || pendingKeys.contains("c:" + key.contentHash())) {
            refresh();
        }
        Query same = sameArticle(key, contentSite);
        IndexSearcher s = searchers.acquire();
        Set<String> earlier = new HashSet<>();
        boolean unchanged = false;
        try {
            for (ScoreDoc sd : s.search(same, MAX_VERSIONS).scoreDocs) {
                Document d = s.storedFields().document(sd.doc);
                String id = d.get(Schema.ID);
                if (removedIds.contains(id)) {
                    continue;
                }
                earlier.add(id);
                unchanged |= id.equals(key.id()) && jsonHash.equals(d.get(Schema.JSON_HASH));
            }
        } finally {
            searchers.release(s);
        }
        if (unchanged && earlier.size() == 1) {
            return new IndexOutcome(key.id(), IndexOutcome.Status.UNCHANGED, 0);
        }
        // One call, so that a document Lucene refuses does not leave the earlier version deleted.
        writer.updateDocuments(same, java.util.List.of(doc));
        removedIds.addAll(earlier);
        pendingKeys.add("id:" + key.id());
        pendingKeys.add("cs:" + contentSite);
        pendingKeys.add("c:" + key.contentHash());
        return new IndexOutcome(key.id(), earlier.isEmpty() ? IndexOutcome.Status.ADDED : IndexOutcome.Status.REPLACED,
                earlier.size());
    }

    /** The same address, or the same text on the same site, or the same text where one side has no site. */
    private static Query sameArticle(ArticleKey key, String contentSite) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(new TermQuery(new Term(Schema.ID, key.id())), BooleanClause.Occur.SHOULD);
        if (key.site() == null) {
            b.add(new TermQuery(new Term(Schema.CONTENT, key.contentHash())), BooleanClause.Occur.SHOULD);
        } else {
            b.add(new TermQuery(new Term(Schema.CONTENT_SITE, contentSite)), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(Schema.CONTENT_SITE, Schema.contentSite(key.contentHash(), null))),
                    BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }

    boolean isIndexed(ArticleKey key) throws IOException {
        return withSearcher(s -> {
            Document d = Corpus.find(s, key.id());
            return d != null && key.contentHash().equals(d.get(Schema.CONTENT));
        });
    }

    Document document(String id) throws IOException {
        return withSearcher(s -> Corpus.find(s, id));
    }

    synchronized void commit() throws IOException {
        if (writer != null) {
            writer.commit();
        }
    }

    /** The facet state of the searcher's reader, built once per reader; null when no article has facet values. */
    synchronized SortedSetDocValuesReaderState facetState(IndexSearcher s) throws IOException {
        IndexReader reader = s.getIndexReader();
        if (reader != facetReader) {
            facetReader = reader;
            try {
                facetState = new DefaultSortedSetDocValuesReaderState(reader, Schema.FACETS);
            } catch (IllegalArgumentException e) {
                // No document has facet doc values yet (an empty index).
                facetState = null;
            }
        }
        return facetState;
    }

    synchronized void close() throws IOException {
        try {
            searchers.close();
            if (writer != null) {
                writer.commit();
                writer.close();
            }
        } finally {
            directory.close();
        }
    }

    private static CorpusException damaged(Path path, Exception e) {
        return new CorpusException("the index at " + path + " is damaged or unreadable (" + e.getClass().getSimpleName()
                + ": " + e.getMessage() + "); it was left as it is: restore it from a backup, or index the articles"
                + " again into a new directory", e);
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    private static void close(Directory dir) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException e) {
                // Already failing: the first error is the one to report.
            }
        }
    }
}
