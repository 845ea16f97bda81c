package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;

/** Both extraction metrics on tiny datasets written here, with scores worked out by hand. */
class EvalFixturesTest {
    static final Pipeline PIPELINE = new Pipeline(PipelineOptions.extractionOnly().withNow(Instant.parse("2026-01-01T00:00:00Z")));

    static final String PAGE = "<html><head><title>Lake levels fall</title></head><body><nav>Home | Weather</nav>"
            + "<h1>Lake levels fall</h1><p class=date>By Ann Lee</p><article><p>Lake levels fell by a metre over the"
            + " summer, the water board said on Friday.</p><p>Boats are stuck in the mud at three marinas.</p></article>"
            + "<footer>Contact us</footer></body></html>";

    @TempDir
    Path dir;

    @Test
    void trafilaturaMetricCountsSnippets() throws IOException {
        gzip(dir.resolve("html/lake.html.gz"), PAGE);
        Files.writeString(dir.resolve("evaldata.json"), """
                {"https://lake.example/a": {"file": "lake.html",
                  "with": ["fell by a metre", "Boats are stuck", "not in the page"],
                  "without": ["Contact us", "Home | Weather"],
                  "title": "Lake levels fall", "date": "2020-01-01", "author": "Ann Lee"}}
                """);
        ExtractionScores s = ExtractionEval.run(dir, PIPELINE, 1, null);
        // 2 of 3 "with" snippets found, neither "without": TP 2, FN 1, FP 0, TN 2.
        assertEquals(2, s.tp());
        assertEquals(1, s.fn());
        assertEquals(0, s.fp());
        assertEquals(2, s.tn());
        assertEquals(1.0, s.precision());
        assertEquals(2 / 3.0, s.recall(), 1e-9);
        assertEquals(0.8, s.accuracy(), 1e-9);
        assertEquals(0.8, s.f(), 1e-9);
        assertEquals(new ExtractionScores.Accuracy(1, 1), s.title());
        assertEquals(new ExtractionScores.Accuracy(0, 1), s.date());
    }

    @Test
    void scrapinghubMetricAveragesPagePrecisionAndRecall() throws IOException {
        gzip(dir.resolve("html/p1.html.gz"), PAGE);
        gzip(dir.resolve("html/p2.html.gz"), "<html><body><p>Only furniture here? No: this is the text.</p></body></html>");
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"p1": {"url": "https://lake.example/a", "articleBody": "Lake levels fell by a metre over the summer, the water board said on Friday. Boats are stuck in the mud at three marinas."},
                 "p2": {"url": "https://lake.example/b", "articleBody": "Completely different words appear in this truth"}}
                """);
        ShingleScores s = ScrapinghubEval.run(dir, PIPELINE, 2);
        // p1: extraction equals the truth's tokens: precision 1, recall 1. p2: no shared shingle: precision 0, recall 0.
        assertEquals(2, s.pages());
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.f1(), 1e-9);
    }

    @Test
    void floorsFailBelowFloorMinusToleranceAndSeeChangedData() throws IOException {
        Path file = dir.resolve("floors.json");
        Files.writeString(file, "{\"extraction\": {\"digest\": \"abc\", \"tolerance\": 0.01, \"floors\": {\"f\": 0.9, \"title\": 0.8}}}");
        Floors floors = Floors.read(file, "extraction");
        List<Floors.Check> checks = floors.check(Map.of("f", 0.891, "title", 0.7));
        assertTrue(checks.get(0).passes());
        assertFalse(checks.get(0).canRatchet());
        assertFalse(checks.get(1).passes());
        assertFalse(floors.check(Map.of("f", 0.95)).get(1).passes(), "a floor without a score fails");
        assertTrue(floors.check(Map.of("f", 0.95)).get(0).canRatchet());
        assertNull(floors.digestMismatch("abc"));
        assertTrue(floors.digestMismatch("def").contains("changed"));
    }

    private static void gzip(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
    }
}
