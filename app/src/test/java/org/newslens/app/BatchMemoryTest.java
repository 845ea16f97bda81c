package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB record between ordinary pages goes through {@code newslens batch} in a JVM with a 64 MB heap: it becomes
 * an error record and the pages after it are analysed. Nothing of the record beyond --max-bytes is ever held.
 */
class BatchMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aTwoHundredMegabyteRecordPassesThroughASixtyFourMegabyteHeap() throws Exception {
        Path warc = TestWarcs.write(dir.resolve("crawl.warc"), 3);
        long body = 200L << 20;
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " + body + "\r\n\r\n";
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(warc, StandardOpenOption.APPEND), 1 << 16)) {
            out.write(("WARC/1.1\r\nWARC-Type: response\r\n"
                    + "WARC-Record-ID: <urn:uuid:5d0f8a38-3c39-4bd4-9bcb-000000000200>\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
                    + "WARC-Target-URI: https://valley.example/huge\r\nContent-Type: application/http; msgtype=response\r\n"
                    + "Content-Length: " + (http.length() + body) + "\r\n\r\n" + http).getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "<p>The same paragraph again and again.</p>\n".repeat(1500).getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < body; ) {
                int n = (int) Math.min(chunk.length, body - written);
                out.write(chunk, 0, n);
                written += n;
            }
            out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.write(warc, Files.readAllBytes(TestWarcs.write(dir.resolve("after.warc"), 2)), StandardOpenOption.APPEND);
        Path out = dir.resolve("out.jsonl");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", warc.toString(),
                "--out", out.toString(), "--extract-only", "--max-bytes", "4000000", "--progress", "none")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), err);
        List<String> lines = Files.readAllLines(out);
        assertEquals(6, lines.size(), err);
        assertTrue(lines.get(3).contains("\"url\":\"https://valley.example/huge\"") && lines.get(3).contains(
                "page is larger than the limit of 3.8 MB"), lines.get(3));
        assertTrue(lines.get(5).contains("\"article\""), lines.get(5));
        assertTrue(err.contains("6 pages: 5 results, 1 errors"), err);
    }
}
