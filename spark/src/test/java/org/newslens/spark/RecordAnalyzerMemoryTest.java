package org.newslens.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB record in a gzipped WARC goes through the executor's side of the job (Hadoop file system, channel,
 * reader, pipeline) in a JVM with a 64 MB heap: it becomes an error record and the page after it is read. The
 * record is compressed to well under a megabyte, so the test writes little to disk but inflates the full 200 MB.
 */
class RecordAnalyzerMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aTwoHundredMegabyteRecordPassesThroughASixtyFourMegabyteHeap() throws Exception {
        Path warc = dir.resolve("huge.warc.gz");
        try (OutputStream out = Files.newOutputStream(warc)) {
            member(out, "https://valley.example/before", "<html><body><article><p>A short page before.</p></article>"
                    .getBytes(StandardCharsets.US_ASCII), 1);
            byte[] chunk = "<p>The same paragraph again and again.</p>\n".repeat(1500).getBytes(StandardCharsets.US_ASCII);
            member(out, "https://valley.example/huge", chunk, (int) ((200L << 20) / chunk.length));
            member(out, "https://valley.example/after", "<html><body><article><p>A short page after.</p></article>"
                    .getBytes(StandardCharsets.US_ASCII), 1);
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), RecordAnalyzerMemoryTest.class.getName(),
                warc.toUri().toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        List<String> rows = out.lines().toList();
        assertEquals(3, rows.size(), out + err);
        assertTrue(rows.get(0).startsWith("false ") && rows.get(0).contains("\"url\":\"https://valley.example/before\""),
                rows.get(0));
        assertTrue(rows.get(1).startsWith("true ") && rows.get(1).contains("\"url\":\"https://valley.example/huge\"")
                && rows.get(1).contains("larger than the limit"), rows.get(1));
        assertTrue(rows.get(2).startsWith("false ") && rows.get(2).contains("\"url\":\"https://valley.example/after\"")
                && rows.get(2).contains("A short page after."), rows.get(2));
        assertFalse(err.contains("OutOfMemoryError"), err);
    }

    /** Prints {@code error source json} for each row of one file, as an executor would produce them. */
    public static void main(String[] args) throws IOException {
        JobOptions options = new JobOptions(List.of(args[0]), "unused", true, 30_000, 4_000_000, 0, 0, false);
        Iterator<Row> rows = new RecordAnalyzer(options, Map.of()).rows(0, args[0]);
        List<String> lines = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            lines.add(r.getBoolean(2) + " " + r.getString(3) + " " + r.getString(5));
        }
        lines.forEach(System.out::println);
    }

    /** One gzip member holding a response record whose HTML body is {@code chunk} written {@code times} times. */
    private static void member(OutputStream file, String url, byte[] chunk, int times) throws IOException {
        long body = (long) chunk.length * times;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body + "\r\n\r\n";
        GZIPOutputStream gz = new GZIPOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                file.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                file.write(b, off, len);
            }
        }, 1 << 16);
        gz.write(("WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:5d0f8a38-3c39-4bd4-9bcb-"
                + String.format("%012d", Math.abs(url.hashCode())) + ">\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
                + "WARC-Target-URI: " + url + "\r\nContent-Type: application/http; msgtype=response\r\n"
                + "Content-Length: " + (http.length() + body) + "\r\n\r\n" + http).getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < times; i++) {
            gz.write(chunk);
        }
        gz.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        gz.finish();
    }
}
