package org.newslens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultLogTest {
    @TempDir
    Path dir;

    @Test
    void resumeCutsBackToTheLastCheckpointAndCarriesOn() throws IOException {
        Path out = dir.resolve("out.jsonl");
        assertNull(ResultLog.readCheckpoint(out));
        ResultLog log = ResultLog.create(out, Map.of("now", "2024-01-01T00:00:00Z"));
        log.append("{\"a\":1}", false);
        log.append("{\"a\":2}", true);
        log.checkpoint(false);
        log.append("{\"a\":3}", false);
        log.close();
        // A killed run leaves whatever it had written past the checkpoint, even half a line.
        Files.writeString(out, "{\"a\":3}\n{\"a\"", StandardOpenOption.APPEND);

        ResultLog.Checkpoint c = ResultLog.readCheckpoint(out);
        assertEquals(2, c.lines());
        assertEquals(1, c.errors());
        assertEquals(16, c.bytes());
        assertEquals("2024-01-01T00:00:00Z", c.settings().get("now"));
        ResultLog again = ResultLog.resume(out, c);
        assertEquals(2, again.resumedLines());
        again.append("{\"a\":3}", false);
        again.finish();
        assertEquals("{\"a\":1}\n{\"a\":2}\n{\"a\":3}\n", Files.readString(out));
        assertTrue(ResultLog.readCheckpoint(out).complete());
        assertEquals(3, ResultLog.readCheckpoint(out).lines());
    }

    @Test
    void gzipOutputIsOneStreamOfMembersEndingAtCheckpoints() throws IOException {
        Path out = dir.resolve("out.jsonl.gz");
        ResultLog log = ResultLog.create(out, Map.of());
        log.append("one", false);
        log.checkpoint(false);
        log.append("two", false);
        log.checkpoint(false);
        log.append("lost", false);
        log.close();
        Files.write(out, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2}, StandardOpenOption.APPEND);
        ResultLog again = ResultLog.resume(out, ResultLog.readCheckpoint(out));
        again.append("three", false);
        again.finish();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertEquals(List.of("one", "two", "three"),
                    new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    @Test
    void anOutputShorterThanItsCheckpointIsNotResumed() throws IOException {
        Path out = dir.resolve("out.jsonl");
        ResultLog log = ResultLog.create(out, Map.of());
        log.append("line", false);
        log.finish();
        ResultLog.Checkpoint c = ResultLog.readCheckpoint(out);
        Files.writeString(out, "li");
        assertThrows(IOException.class, () -> ResultLog.resume(out, c));
    }
}
