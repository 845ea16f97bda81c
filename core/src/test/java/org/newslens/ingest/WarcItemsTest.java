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

    @Test
    void aCorruptGzipMemberInTheMiddleIsOneErrorAndReadingPicksUpAtTheNextMember() throws IOException {
        Path whole = dir.resolve("whole.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(whole)) {
            for (int i = 1; i <= 5; i++) {
                w.html("https://news.example/" + i, "<p>Story " + i + " " + "words ".repeat(300) + "</p>", FETCHED);
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        List<Integer> members = members(bytes);
        assertEquals(5, members.size(), "one gzip member per record");
        // Scribble over the middle of the third member's deflate data.
        int middle = (members.get(2) + members.get(3)) / 2;
        for (int i = 0; i < 16; i++) {
            bytes[middle + i] ^= (byte) 0x5A;
        }
        Path damaged = dir.resolve("damaged.warc.gz");
        Files.write(damaged, bytes);
        List<Item> items = read(damaged);
        assertEquals(5, items.size(), items.toString());
        assertEquals("https://news.example/2", items.get(1).source().url());
        Failure f = assertInstanceOf(Failure.class, items.get(2));
        assertEquals(damaged + "#r=3", f.source().uri());
        assertTrue(f.reason().contains("picks up at byte offset " + members.get(3))
                || f.reason().startsWith("unreadable WARC record"), f.reason());
        assertEquals("https://news.example/4", assertInstanceOf(Page.class, items.get(3)).source().url());
        assertEquals("https://news.example/5", assertInstanceOf(Page.class, items.get(4)).source().url());
        assertEquals(damaged + "#r=5", items.get(4).source().uri());
    }

    @Test
    void aBrokenHeaderInAPlainWarcIsOneErrorAndTheRecordsAfterItAreRead() throws IOException {
        Path plain = dir.resolve("plain.warc");
        try (WarcFixtures w = WarcFixtures.create(plain)) {
            for (int i = 1; i <= 4; i++) {
                w.html("https://news.example/" + i, "<p>Story " + i + "</p>", FETCHED);
            }
        }
        String text = Files.readString(plain, StandardCharsets.ISO_8859_1);
        int third = nthIndexOf(text, "WARC/1.", 3);
        int length = text.indexOf("Content-Length:", third);
        // The third record's length becomes nonsense: its header no longer parses.
        String damaged = text.substring(0, length) + "Content-Length: x9" + text.substring(text.indexOf('\r', length));
        Path file = dir.resolve("damaged.warc");
        Files.writeString(file, damaged, StandardCharsets.ISO_8859_1);
        List<Item> items = read(file);
        assertEquals(4, items.size(), items.toString());
        assertInstanceOf(Failure.class, items.get(2));
        assertEquals("https://news.example/4", assertInstanceOf(Page.class, items.get(3)).source().url());
    }

    @Test
    void garbageAfterTheLastRecordIsReportedOnce() throws IOException {
        Path warc = dir.resolve("tail.warc.gz");
        try (WarcFixtures w = WarcFixtures.create(warc)) {
            w.html("https://news.example/1", "<p>One</p>", FETCHED);
        }
        Files.write(warc, "not a record at all".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
        List<Item> items = read(warc);
        assertEquals(2, items.size());
        assertTrue(((Failure) items.get(1)).reason().startsWith("WARC breaks after record 1"), items.get(1).toString());
    }

    @Test
    void aRecordFarLargerThanTheLimitIsStreamedPastNotBuffered() throws IOException {
        // 200 MB of body, written and read in chunks: neither side ever holds it.
        Path warc = dir.resolve("huge.warc");
        long body = 200L << 20;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body + "\r\n\r\n";
        long length = http.length() + body;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(warc), 1 << 16)) {
            out.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
                    + "WARC-Date: 2024-05-01T12:00:00Z\r\nWARC-Target-URI: https://news.example/huge\r\n"
                    + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + length + "\r\n\r\n"
                    + http).getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "<p>page</p>".repeat(6000).getBytes(StandardCharsets.US_ASCII);
            long written = 0;
            while (written < body) {
                int n = (int) Math.min(chunk.length, body - written);
                out.write(chunk, 0, n);
                written += n;
            }
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        try (WarcFixtures w = WarcFixtures.create(dir.resolve("small.warc"))) {
            w.html("https://news.example/small", "<p>small</p>", FETCHED);
        }
        Files.write(warc, Files.readAllBytes(dir.resolve("small.warc")), java.nio.file.StandardOpenOption.APPEND);
        List<Item> items = new ArrayList<>();
        try (PageReader reader = PageReader.open(List.of(warc.toString()), IngestOptions.defaults().withMaxBytes(1 << 20), null)) {
            reader.forEachRemaining(items::add);
        }
        assertEquals(2, items.size());
        assertTrue(((Failure) items.get(0)).reason().contains("larger than the limit of 1.0 MB"), items.get(0).toString());
        assertEquals("https://news.example/small", assertInstanceOf(Page.class, items.get(1)).source().url());
    }

    /** Offsets where gzip members start, found by inflating each member in turn. */
    private static List<Integer> members(byte[] bytes) throws IOException {
        List<Integer> starts = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            starts.add(at);
            java.util.zip.Inflater inflater = new java.util.zip.Inflater(true);
            int header = 10;
            int flags = bytes[at + 3];
            if ((flags & 4) != 0) {
                int xlen = (bytes[at + 10] & 0xFF) | (bytes[at + 11] & 0xFF) << 8;
                header += 2 + xlen;
            }
            inflater.setInput(bytes, at + header, bytes.length - at - header);
            byte[] sink = new byte[65536];
            try {
                while (!inflater.finished()) {
                    inflater.inflate(sink);
                }
            } catch (java.util.zip.DataFormatException e) {
                throw new IOException(e);
            }
            at = at + header + (int) inflater.getBytesRead() + 8;
            inflater.end();
        }
        return starts;
    }

    private static int nthIndexOf(String text, String needle, int n) {
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
        }
        return at;
    }

    private static List<Item> read(Path warc) {
        List<Item> items = new ArrayList<>();
        try (PageReader reader = PageReader.open(List.of(warc.toString()), IngestOptions.defaults(), null)) {
            reader.forEachRemaining(items::add);
        }
        return items;
    }
}
