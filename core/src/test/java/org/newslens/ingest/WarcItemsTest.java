package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;
import org.newslens.testing.WarcFixtures;

class WarcItemsTest {
    static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");

    @TempDir
    Path dir;

    @Test
    void everyHtmlResponseBecomesAPageWithUrlAndFetchTimeAndOthersAreCountedBySkipReason() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(warc)) {
            w.warcinfo()
                    .request("https://news.example/a")
                    .html("https://news.example/a", "<html><p>First story</p></html>", FETCHED)
                    .response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}, FETCHED)
                    .response("https://news.example/gone", 404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8), FETCHED)
                    .html("https://news.example/b", "<html><p>Second story</p></html>", FETCHED.plusSeconds(60));
        }
        PageReader reader = PageReader.open(List.of(warc.toString()), IngestOptions.defaults(), null);
        List<Item> items = new ArrayList<>();
        reader.forEachRemaining(items::add);
        assertEquals(2, items.size());
        Page first = assertInstanceOf(Page.class, items.get(0));
        assertEquals("https://news.example/a", first.source().url());
        assertEquals(FETCHED, first.source().fetched());
        assertEquals(warc + "#r=3", first.source().uri());
        assertEquals("https://news.example/b", items.get(1).source().url());
        assertEquals(Map.of("warc warcinfo record", 1L, "warc request record", 1L, "not html (image/png)", 1L,
                "http status 4xx", 1L), reader.stats().skipped());
        assertEquals(2, reader.stats().pages());
    }

    @Test
    void charsetComesFromTheHttpHeader() throws IOException {
        Path warc = dir.resolve("latin.warc");
        byte[] body = "<meta charset=utf-8><p>Ärger über Zölle</p>".getBytes(Charset.forName("windows-1252"));
        try (WarcFixtures w = WarcFixtures.create(warc)) {
            w.response("https://news.example/z", 200, "text/html; charset=ISO-8859-1", body, FETCHED);
        }
        Page page = (Page) read(warc).get(0);
        assertTrue(page.content().contains("Ärger über Zölle"), page.content());
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeTheBreakAndReportsIt() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(whole)) {
            for (int i = 0; i < 3; i++) {
                w.html("https://news.example/" + i, "<p>Story " + i + " " + "text ".repeat(200) + "</p>", FETCHED);
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 40));
        List<Item> items = read(cut);
        assertEquals(3, items.size());
        assertInstanceOf(Page.class, items.get(0));
        assertInstanceOf(Page.class, items.get(1));
        Failure f = assertInstanceOf(Failure.class, items.get(2));
        assertTrue(f.reason().startsWith("WARC breaks after record 2"), f.reason());
        assertEquals(cut + "#r=3", f.source().uri());
    }

    @Test
    void emptyWarcAndNonWarcBytesAreClearErrors() throws IOException {
        Path empty = dir.resolve("empty.warc.gz");
        Files.write(empty, new byte[0]);
        Failure f = assertInstanceOf(Failure.class, read(empty).get(0));
        assertEquals("WARC file holds no records", f.reason());

        Path notGzip = dir.resolve("plain.warc.gz");
        Files.writeString(notGzip, "<html>this is not a WARC file at all</html>");
        Failure g = assertInstanceOf(Failure.class, read(notGzip).get(0));
        assertTrue(g.reason().contains("WARC"), g.reason());
    }

    @Test
    void uncompressedWarcWithAGzipNameIsStillRead() throws IOException {
        Path plain = dir.resolve("plain.warc");
        try (WarcFixtures w = WarcFixtures.create(plain)) {
            w.html("https://news.example/p", "<p>Plain</p>", FETCHED);
        }
        Path misnamed = dir.resolve("misnamed.warc.gz");
        Files.copy(plain, misnamed);
        assertInstanceOf(Page.class, read(misnamed).get(0));
    }

    @Test
    void oversizedRecordIsAnErrorAndTheNextRecordIsRead() throws IOException {
        Path warc = dir.resolve("big.warc");
        try (WarcFixtures w = WarcFixtures.create(warc)) {
            w.html("https://news.example/huge", "<p>" + "x".repeat(10_000) + "</p>", FETCHED);
            w.html("https://news.example/small", "<p>small</p>", FETCHED);
        }
        List<Item> items = new ArrayList<>();
        try (PageReader reader = PageReader.open(List.of(warc.toString()), IngestOptions.defaults().withMaxBytes(5000), null)) {
            reader.forEachRemaining(items::add);
        }
        assertEquals(2, items.size());
        assertTrue(((Failure) items.get(0)).reason().contains("larger than the limit"));
        assertEquals("https://news.example/huge", items.get(0).source().url());
        assertInstanceOf(Page.class, items.get(1));
    }

    private static List<Item> read(Path warc) {
        List<Item> items = new ArrayList<>();
        try (PageReader reader = PageReader.open(List.of(warc.toString()), IngestOptions.defaults(), null)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }
}
