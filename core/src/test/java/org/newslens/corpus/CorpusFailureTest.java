package org.newslens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing, foreign, locked or damaged index is a clear error, and the files are left exactly as they were. */
class CorpusFailureTest {
    @TempDir
    Path dir;

    @Test
    void missingIndexIsAClearErrorForReaders() {
        Path missing = dir.resolve("nothing-here");
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.openReadOnly(missing));
        assertTrue(e.getMessage().startsWith("no index at "), e.getMessage());
        assertTrue(Files.notExists(missing), "a reader must not create the directory");
    }

    @Test
    void aDirectoryOfOtherFilesIsNeitherReadNorWritten() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "my notes");
        Map<String, String> before = snapshot(dir);
        CorpusException w = assertThrows(CorpusException.class, () -> Corpus.open(dir));
        assertTrue(w.getMessage().contains("holds no index"), w.getMessage());
        assertThrows(CorpusException.class, () -> Corpus.openReadOnly(dir));
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aLuceneIndexThatIsNotOursIsRefused() throws IOException {
        try (IndexWriter w = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document d = new Document();
            d.add(new StringField("x", "y", Field.Store.YES));
            w.addDocument(d);
        }
        Map<String, String> before = snapshot(dir);
        CorpusException e = assertThrows(CorpusException.class, () -> Corpus.open(dir));
        assertTrue(e.getMessage().contains("newslens did not write"), e.getMessage());
        assertEquals(before, snapshot(dir));
    }

    @Test
    void aSecondWriterIsToldTheIndexIsInUse() throws IOException {
        try (Corpus first = Corpus.open(dir)) {
            first.add(FixtureArticle.of(CorpusTest.ORCHARD).json());
            first.commit();
            CorpusException e = assertThrows(CorpusException.class, () -> Corpus.open(dir));
            assertTrue(e.getMessage().contains("another process"), e.getMessage());
            try (Corpus reader = Corpus.openReadOnly(dir)) {
                assertEquals(1, reader.size());
                assertThrows(IllegalStateException.class, () -> reader.add(FixtureArticle.of(CorpusTest.TRAMS).json()));
            }
        }
    }

    @Test
    void aTruncatedCommitPointIsReportedAndLeftAsItIs() throws IOException {
        buildIndex();
        Path segments = largest("segments_");
        truncate(segments);
        assertDamagedAndUntouched();
    }

    @Test
    void aTruncatedDataFileIsReportedAndLeftAsItIs() throws IOException {
        buildIndex();
        truncate(largest(""));
        assertDamagedAndUntouched();
    }

    @Test
    void overwrittenBytesAreReportedWhenOpenedOrSearched() throws IOException {
        buildIndex();
        Path file = largest("");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(f.length() - 12);
            f.write(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        }
        Map<String, String> before = snapshot(dir);
        CorpusException e = assertThrows(CorpusException.class, () -> {
            try (Corpus c = Corpus.openReadOnly(dir)) {
                c.export(SearchRequest.all(), h -> { });
            }
        });
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
        assertEquals(before, snapshot(dir));
    }

    private void assertDamagedAndUntouched() throws IOException {
        Map<String, String> before = snapshot(dir);
        CorpusException r = assertThrows(CorpusException.class, () -> Corpus.openReadOnly(dir));
        assertTrue(r.getMessage().contains("is damaged or unreadable"), r.getMessage());
        CorpusException w = assertThrows(CorpusException.class, () -> Corpus.open(dir));
        assertTrue(w.getMessage().contains("it was left as it is"), w.getMessage());
        assertEquals(before, snapshot(dir));
    }

    private void buildIndex() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            for (int i = 0; i < 30; i++) {
                c.add(FixtureArticle.of(i + " " + CorpusTest.HARBOUR).url("https://coastpost.example/" + i).json());
            }
        }
    }

    private Path largest(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    private static void truncate(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
    }

    /** Every file's name and content digest. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) {
                out.put(p.getFileName().toString(), ArticleKey.sha256(new String(Files.readAllBytes(p),
                        java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        }
        return out;
    }
}
