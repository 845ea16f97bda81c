package org.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newslens.ingest.IngestOptions;
import org.newslens.pipeline.BatchRun;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.PipelineOptions;

/**
 * Runs the job in local mode on small generated WARC files (invented pages, a damaged gzip member, a page that is
 * too large, an empty archive, a plain archive named {@code .warc.gz}) and checks that its JSON Lines equal
 * {@code newslens batch}'s on the same input, line for line, that its Parquet holds the same fields and values, and
 * that the reuse stage (core's detector) pairs the two copies and nothing else.
 */
class NewslensJobTest {
    static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");
    static SparkSession spark;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("newslens-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theJobWritesWhatNewslensBatchWritesAsJsonLinesAndParquetAndFindsTheCopy() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        writeArchives(in);
        Instant now = Instant.parse("2024-06-01T00:00:00Z");
        JobOptions options = new JobOptions(List.of(in.toString()), dir.resolve("out").toString(), false, 30_000,
                200_000, now.toEpochMilli(), 0, true);

        Path batchOut = dir.resolve("batch.jsonl");
        BatchRun.run(new BatchRun.Settings(List.of(in.toString()), IngestOptions.defaults().withMaxBytes(200_000),
                new PipelineOptions(EnumSet.allOf(Layer.class), PipelineOptions.DEFAULT_TIME_LIMIT, now, null), 2, 8,
                batchOut, false), BatchRun.Progress.NONE);
        List<String> expected = Files.readAllLines(batchOut);

        long t0 = System.nanoTime();
        NewslensJob.Counts counts = NewslensJob.run(spark, options, new CoreReuse());
        System.out.printf("job on %d files, %d pages: %.1f s%n", counts.files(), counts.lines(),
                (System.nanoTime() - t0) / 1e9);

        List<String> jsonl = readParts(dir.resolve("out/jsonl"));
        assertEquals(expected.size(), jsonl.size());
        assertEquals(expected, jsonl);
        assertEquals(4, counts.files());
        assertEquals(expected.size(), counts.lines());
        assertTrue(counts.errors() >= 3, "empty archive, damaged member, oversized page: " + counts.errors());

        ObjectMapper mapper = new ObjectMapper();
        List<Row> parquet = spark.read().parquet(dir.resolve("out/parquet").toString()).toJSON().toJavaRDD()
                .map(s -> org.apache.spark.sql.RowFactory.create(s)).collect();
        Set<JsonNode> fromParquet = new HashSet<>();
        for (Row r : parquet) {
            fromParquet.add(mapper.readTree(r.getString(0)));
        }
        Set<JsonNode> fromBatch = new HashSet<>();
        for (String line : expected) {
            fromBatch.add(mapper.readTree(line));
        }
        assertEquals(fromBatch, fromParquet);

        List<Row> pairs = spark.read().parquet(dir.resolve("out/reuse").toString()).collectAsList();
        assertEquals(1, pairs.size(), pairs.toString());
        Row pair = pairs.get(0);
        assertTrue(pair.getString(0).endsWith("b-copies.warc#r=1"), pairs.toString());
        assertTrue(pair.getString(1).endsWith("c-more.warc.gz#r=5"), pairs.toString());
        // The same article body on both sides: all of the shorter one is shared, and the reason says so.
        assertEquals(1.0, pair.getDouble(2), 1e-9);
        assertTrue(pair.getDouble(3) > 0.5 && pair.getDouble(3) <= 1, pairs.toString());
        assertTrue(pair.getString(4).contains("100% of the shorter article"), pair.getString(4));
    }

    /**
     * Four archives: an empty one, a plain one, a gzipped one with a damaged member and an oversized page, and a
     * plain one named {@code .warc.gz}.
     */
    private static void writeArchives(Path in) throws IOException {
        Files.write(in.resolve("a-empty.warc.gz"), new byte[0]);
        try (WarcWriter w = writer(in.resolve("d-plain.warc.gz"), WarcCompression.NONE)) {
            html(w, "https://dale.example/5", page(5, "local"));
        }
        try (WarcWriter w = writer(in.resolve("b-copies.warc"))) {
            html(w, "https://valley.example/original", page(0, "copied"));
            html(w, "https://valley.example/other", page(1, "local"));
        }
        Path gz = in.resolve("c-more.warc.gz");
        try (WarcWriter w = writer(gz)) {
            for (int i = 2; i < 5; i++) {
                html(w, "https://hill.example/" + i, page(i, "local"));
            }
            html(w, "https://hill.example/big", "<p>" + "Far too long. ".repeat(20_000) + "</p>");
            html(w, "https://hill.example/copy", page(0, "copied"));
        }
        byte[] bytes = Files.readAllBytes(gz);
        // Damage the second member (page 3): its record becomes an error record and reading picks up after it.
        int second = nthMember(bytes, 2);
        int third = nthMember(bytes, 3);
        for (int i = (second + third) / 2; i < (second + third) / 2 + 12; i++) {
            bytes[i] ^= (byte) 0x5A;
        }
        Files.write(gz, bytes);
    }

    static String page(int i, String kind) {
        String body = kind.equals("copied")
                ? "<p>The river rose two metres overnight and the old mill road was closed before dawn, the county "
                    + "said in a statement on Sunday.</p><p>\"We have never seen water this high in March,\" said Tom "
                    + "Berger, who has farmed beside the river for forty years.</p><p>Volunteers filled sandbags at "
                    + "the fire station until midnight, and the school in the lower village will stay shut until the "
                    + "water has gone down and the building has been checked.</p>"
                : "<p>Story " + i + ": the parish council met on Thursday to discuss the hall roof, which has leaked "
                    + "since " + (2000 + i) + ".</p><p>Members agreed to ask for " + (i + 2) + " quotes before the summer.</p>";
        return "<html lang=en><head><title>Report " + i + "</title></head><body><article><h1>Report " + i + "</h1>"
                + body + "</article></body></html>";
    }

    private static WarcWriter writer(Path file) throws IOException {
        return writer(file, file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression);
    }

    private static void html(WarcWriter w, String url, String html) throws IOException {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                html.getBytes(StandardCharsets.UTF_8)).build();
        w.write(new WarcResponse.Builder(url).date(FETCHED).body(http).build());
    }

    /** The offset of the n-th gzip member (1-based), found by its magic bytes. */
    private static int nthMember(byte[] bytes, int n) {
        int seen = 0;
        for (int i = 0; i + 2 < bytes.length; i++) {
            if (bytes[i] == 0x1f && bytes[i + 1] == (byte) 0x8b && bytes[i + 2] == 8 && ++seen == n) {
                return i;
            }
        }
        throw new IllegalStateException("fewer than " + n + " members");
    }

    private static List<String> readParts(Path jsonl) throws IOException {
        List<Path> parts;
        try (Stream<Path> s = Files.list(jsonl)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        List<String> lines = new ArrayList<>();
        for (Path p : parts) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
                lines.addAll(Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
            }
        }
        lines.removeIf(String::isEmpty);
        return lines;
    }
}
