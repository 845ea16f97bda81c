package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcWriter;

class BatchCommandTest {
    @TempDir
    Path dir;

    @Test
    void batchLinesAreTheLinesAnalyzeJsonPrintsWhateverTheThreadsAndCompression() throws IOException {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter w = TestWarcs.writer(warc)) {
            for (int i = 0; i < 6; i++) {
                TestWarcs.html(w, "https://valley.example/news/" + i, TestWarcs.page(i), TestWarcs.FETCHED);
            }
            TestWarcs.response(w, "https://valley.example/logo.png", 200, "image/png", new byte[] {1, 2, 3},
                    TestWarcs.FETCHED);
            TestWarcs.response(w, "https://valley.example/empty", 200, "text/html", new byte[0], TestWarcs.FETCHED);
        }
        MainTest.Run analyze = MainTest.run("analyze", "--json", warc.toString());
        MainTest.Run one = MainTest.run("batch", warc.toString(), "--out", dir.resolve("one.jsonl").toString(),
                "--threads", "1", "--progress", "none");
        MainTest.Run two = MainTest.run("batch", warc.toString(), "--out", dir.resolve("two.jsonl.gz").toString(),
                "--threads", "2", "--window", "2", "--progress", "none");
        assertEquals(1, one.exit(), one.err());
        assertEquals(1, two.exit(), two.err());
        List<String> expected = analyze.out().lines().toList();
        assertEquals(7, expected.size());
        assertEquals(expected, Files.readAllLines(dir.resolve("one.jsonl")));
        assertEquals(expected, gunzipLines(dir.resolve("two.jsonl.gz")));
        JsonNode last = new ObjectMapper().readTree(expected.get(6));
        assertEquals("empty input", last.path("error").path("reason").asText());
        assertTrue(one.err().contains("7 pages: 6 results, 1 errors; 1 records skipped (1 not html (image/png))"),
                one.err());
    }

    @Test
    void damagedEmptyAndMisnamedArchivesGiveErrorRecordsAndTheRestIsProcessed() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.write(inputs.resolve("a-empty.warc.gz"), new byte[0]);
        TestWarcs.write(inputs.resolve("b-plain-named-gz.warc.gz.tmp"), 2);
        Files.move(inputs.resolve("b-plain-named-gz.warc.gz.tmp"), inputs.resolve("b-plain.warc.gz"));
        Path whole = TestWarcs.write(dir.resolve("whole.warc.gz"), 5);
        byte[] bytes = Files.readAllBytes(whole);
        // Damage the middle of the file: one or two records become one error record, the rest are read.
        for (int i = bytes.length / 2; i < bytes.length / 2 + 24; i++) {
            bytes[i] ^= (byte) 0x33;
        }
        Files.write(inputs.resolve("c-damaged.warc.gz"), bytes);
        Path out = dir.resolve("out.jsonl");
        MainTest.Run run = MainTest.run("batch", inputs.toString(), "--out", out.toString(), "--extract-only",
                "--progress", "none");
        assertEquals(1, run.exit(), run.err());
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertEquals("WARC file holds no records", lines.get(0).path("error").path("reason").asText());
        assertEquals("https://valley.example/news/0", lines.get(1).path("source").path("url").asText());
        assertEquals("https://valley.example/news/1", lines.get(2).path("source").path("url").asText());
        long errors = lines.stream().skip(3).filter(l -> l.has("error")).count();
        long pages = lines.stream().skip(3).filter(l -> l.has("article")).count();
        assertEquals(1, errors, lines.toString());
        assertTrue(pages >= 3, "at most two records lost to the damage: " + lines);
        assertEquals("https://valley.example/news/4", lines.get(lines.size() - 1).path("source").path("url").asText());
    }

    @Test
    void anExistingOutputIsNeitherReplacedNorResumedUnlessAsked() throws IOException {
        Path warc = TestWarcs.write(dir.resolve("x.warc"), 2);
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, "precious\n");
        MainTest.Run refused = MainTest.run("batch", warc.toString(), "--out", out.toString(), "--extract-only");
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("--resume continues it, --overwrite replaces it"), refused.err());
        MainTest.Run noCheckpoint = MainTest.run("batch", warc.toString(), "--out", out.toString(), "--resume",
                "--extract-only");
        assertEquals(2, noCheckpoint.exit());
        assertTrue(noCheckpoint.err().contains("no checkpoint"), noCheckpoint.err());
        assertEquals("precious\n", Files.readString(out));

        MainTest.Run fresh = MainTest.run("batch", warc.toString(), "--out", out.toString(), "--overwrite",
                "--extract-only", "--progress", "none");
        assertEquals(0, fresh.exit(), fresh.err());
        MainTest.Run other = MainTest.run("batch", warc.toString(), "--out", out.toString(), "--resume",
                "--progress", "none");
        assertEquals(2, other.exit());
        assertTrue(other.err().contains("layers was '[]'"), other.err());
        MainTest.Run again = MainTest.run("batch", warc.toString(), "--out", out.toString(), "--resume",
                "--extract-only", "--progress", "none");
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("is complete already: 2 lines"), again.err());
    }

    static List<String> gunzipLines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
