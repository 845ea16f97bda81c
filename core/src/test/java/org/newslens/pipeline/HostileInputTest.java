package org.newslens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.IngestStats;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Result;
import org.newslens.testing.SpanChecks;
import org.newslens.testing.WarcFixtures;

/**
 * Hostile inputs, committed ones from {@code hostile/} and generated ones too big to commit, each run through the
 * whole pipeline: every input yields a result or an error record naming it, promptly, and counts reconcile.
 */
class HostileInputTest {
    static final Duration PROMPTLY = Duration.ofSeconds(60);

    @TempDir
    static Path generated;

    static final Pipeline PIPELINE = new Pipeline(PipelineOptions.allLayers().withNow(Instant.parse("2026-01-01T00:00:00Z")));

    @BeforeAll
    static void generate() throws IOException {
        // 50 MB of markup: above the default 32 MB limit, so a clear error rather than a parse.
        try (Writer w = Files.newBufferedWriter(generated.resolve("fifty-megabytes.html"))) {
            w.write("<html><body>");
            String para = "<p>" + "All work and no play makes a very long page. ".repeat(20) + "</p>\n";
            for (long written = 0; written < 50L << 20; written += para.length()) {
                w.write(para);
            }
        }
        try (Writer w = Files.newBufferedWriter(generated.resolve("nested-100k.html"))) {
            w.write("<html><body>");
            for (int i = 0; i < 100_000; i++) {
                w.write(i % 2 == 0 ? "<div>" : "<span>");
            }
            w.write("<p>Deep inside, a sentence survives the nesting.</p>");
        }
        try (Writer w = Files.newBufferedWriter(generated.resolve("repeated-line.txt"))) {
            w.write("A headline about nothing\n\n");
            for (int i = 0; i < 10_000; i++) {
                w.write("The same line again and again, as spam pages do.\n");
            }
        }
        Files.writeString(generated.resolve("one-long-line.txt"), "word ".repeat(400_000));
        Path whole = generated.resolve("whole.warc.gz");
        try (WarcFixtures warc = WarcFixtures.create(whole)) {
            warc.html("https://hostile.example/1", "<p>" + "One story. ".repeat(300) + "</p>", Instant.parse("2024-01-01T00:00:00Z"));
            warc.html("https://hostile.example/2", "<p>" + "Two story. ".repeat(300) + "</p>", Instant.parse("2024-01-01T00:00:00Z"));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Files.write(generated.resolve("truncated.warc.gz"), java.util.Arrays.copyOf(bytes, bytes.length * 3 / 4));
        Files.delete(whole);
        try (WarcFixtures warc = WarcFixtures.create(generated.resolve("non-html.warc"))) {
            warc.response("https://hostile.example/data.json", 200, "application/json",
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8), Instant.parse("2024-01-01T00:00:00Z"));
        }
        Path unreadable = Files.createDirectories(generated.resolve("unreadable-dir"));
        Files.writeString(unreadable.resolve("fine.html"), "<p>A readable page among broken ones.</p>");
        Files.createSymbolicLink(unreadable.resolve("dangling.html"), unreadable.resolve("absent.html"));
        try (OutputStream out = Files.newOutputStream(unreadable.resolve("locked.html"))) {
            out.write("<p>locked</p>".getBytes(StandardCharsets.UTF_8));
        }
        // Root reads files whatever their mode; the dangling link is the unreadable entry that holds for everyone.
        unreadable.resolve("locked.html").toFile().setReadable(false, false);
    }

    static Stream<Path> inputs() throws IOException, URISyntaxException {
        Path committed = Path.of(HostileInputTest.class.getResource("/hostile").toURI());
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(committed)) {
            s.filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(all::add);
        }
        try (Stream<Path> s = Files.list(generated)) {
            s.sorted().forEach(all::add);
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void everyInputYieldsAResultOrAnErrorNamingItPromptly(Path input) {
        long[] skipped = new long[1];
        List<Result> results = assertTimeoutPreemptively(PROMPTLY, () -> run(input, skipped));
        // An archive whose records are all skipped (counted by reason) is accounted for without a result.
        assertFalse(results.isEmpty() && skipped[0] == 0, "no result, no error and nothing skipped for " + input);
        for (Result r : results) {
            assertTrue(r.source().uri().startsWith(input.toString()), "result does not name its input: " + r.source());
            if (r instanceof Failure f) {
                assertFalse(f.reason().isBlank());
                assertFalse(f.stage().isBlank());
            } else {
                Analysis a = (Analysis) r;
                SpanChecks.assertLayer("paragraph", a.article().text(), a.article().paragraphs(), true);
                SpanChecks.assertLayer("sentence", a.article().text(), a.sentences(), true);
            }
        }
    }

    @Test
    void pageOverTheSizeLimitIsAClearError() throws IOException {
        Failure f = assertInstanceOf(Failure.class, run(generated.resolve("fifty-megabytes.html")).get(0));
        assertEquals("ingest", f.stage());
        assertTrue(f.reason().contains("larger than the limit of 32.0 MB"), f.reason());
    }

    @Test
    void deepNestingKeepsTheText() throws IOException {
        Analysis a = assertInstanceOf(Analysis.class, run(generated.resolve("nested-100k.html")).get(0));
        assertTrue(a.article().text().contains("Deep inside, a sentence survives the nesting."));
    }

    @Test
    void wronglyDeclaredCharsetIsReadAsWhatItIs() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/hostile/wrong-charset.html").toURI());
        Analysis a = assertInstanceOf(Analysis.class, run(file).get(0));
        assertEquals("Müller über Zölle", a.article().title());
        assertTrue(a.article().text().contains("„Die Zölle steigen um 5 € je Tonne“"), a.article().text());
    }

    @Test
    void truncatedArchiveKeepsEarlierRecordsAndReportsTheBreak() throws IOException {
        List<Result> results = run(generated.resolve("truncated.warc.gz"));
        assertEquals(2, results.size());
        assertInstanceOf(Analysis.class, results.get(0));
        assertTrue(((Failure) results.get(1)).reason().startsWith("WARC breaks after record 1"));
    }

    @Test
    void directoryWithUnreadableEntriesReconciles() {
        PageReader reader = PageReader.open(List.of(generated.resolve("unreadable-dir").toString()),
                IngestOptions.defaults(), null);
        int results = 0;
        int failures = 0;
        while (reader.hasNext()) {
            Result r = PIPELINE.run(reader.next());
            if (r instanceof Failure) {
                failures++;
            } else {
                results++;
            }
        }
        IngestStats stats = reader.stats();
        assertEquals(stats.pages() + stats.failures(), results + failures);
        assertTrue(failures >= 1, "the dangling link must be reported");
        assertTrue(results >= 1, "the readable page must be read");
    }

    @Test
    void nonHtmlRecordIsSkippedWithItsReasonAndTheArchiveSaysItHeldNoPage() {
        PageReader reader = PageReader.open(List.of(generated.resolve("non-html.warc").toString()),
                IngestOptions.defaults(), null);
        List<Item> items = new ArrayList<>();
        reader.forEachRemaining(items::add);
        assertTrue(items.isEmpty());
        assertEquals(1L, reader.stats().skipped().get("not html (application/json)"));
    }

    private static List<Result> run(Path input) {
        return run(input, new long[1]);
    }

    private static List<Result> run(Path input, long[] skipped) {
        List<Result> results = new ArrayList<>();
        try (PageReader reader = PageReader.open(List.of(input.toString()), IngestOptions.defaults(), null)) {
            reader.forEachRemaining(item -> results.add(PIPELINE.run(item)));
            skipped[0] = reader.stats().skippedTotal();
            assertEquals(reader.stats().pages() + reader.stats().failures(), results.size());
        }
        return results;
    }
}
