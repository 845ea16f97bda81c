package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newslens eval reuse} on a small set of invented pages laid out like the trafilatura set. */
class EvalReuseCommandTest {
    private static final String[] WORDS = ("harbour council tram orchard ferry bridge market winter budget museum"
            + " river school mayor storm village road festival library railway clinic farmers bakery station tower"
            + " valley island garden factory theatre parade canal lantern quarry meadow beacon harvest workshop"
            + " reopened announced delayed approved rejected expanded repaired visited closed promised measured")
            .split(" ");

    @TempDir
    Path dir;

    private void writeSet(int pages) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode evaldata = mapper.createObjectNode();
        for (int i = 0; i < pages; i++) {
            Random r = new Random(i);
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 4; p++) {
                body.append("<p>");
                for (int w = 0; w < 40; w++) {
                    body.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
                }
                body.append(".</p>");
            }
            String html = "<html lang=en><head><title>Story " + i + "</title></head><body><article><h1>Story " + i
                    + "</h1>" + body + "</article></body></html>";
            String file = "page" + i + ".html";
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html").resolve(file + ".gz")))) {
                out.write(html.getBytes(StandardCharsets.UTF_8));
            }
            ObjectNode entry = evaldata.putObject("https://site" + i + ".example/story");
            entry.put("file", file);
            entry.putArray("with").add("Story");
            entry.putArray("without").add("nothing");
        }
        Files.writeString(dir.resolve("evaldata.json"), evaldata.toString());
    }

    @Test
    void scoresTheGeneratedCopiesAndChecksFloors() throws IOException {
        writeSet(48);
        MainTest.Run table = MainTest.run("eval", "reuse", "--data", dir.toString(), "--threads", "1");
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("recall by rewording:"), table.out());

        JsonNode json = new ObjectMapper().readTree(MainTest.run("eval", "reuse", "--data", dir.toString(), "--json",
                "--threads", "1").out());
        assertEquals(48, json.get("originals").asInt());
        assertEquals(1.0, json.get("precision").asDouble(), 1e-9);
        assertTrue(json.get("recall_le20").asDouble() >= 0.9, json.toString());
        assertEquals(6, json.get("bands").size());

        Path floors = dir.resolve("floors.json");
        Files.writeString(floors, "{\"reuse\": {\"tolerance\": 0.01, \"floors\": {\"precision\": 0.95,"
                + " \"recall_le20\": 0.9}}}");
        assertEquals(0, MainTest.run("eval", "reuse", "--data", dir.toString(), "--floors", floors.toString()).exit());
        Files.writeString(floors, "{\"reuse\": {\"tolerance\": 0.0, \"floors\": {\"precision\": 1.5}}}");
        assertEquals(1, MainTest.run("eval", "reuse", "--data", dir.toString(), "--floors", floors.toString()).exit());
        // Another seed is another benchmark: floors set on one do not apply to the other.
        Files.writeString(floors, "{\"reuse\": {\"digest\": \"abc\", \"floors\": {\"precision\": 0.5}}}");
        MainTest.Run mismatch = MainTest.run("eval", "reuse", "--data", dir.toString(), "--floors", floors.toString());
        assertEquals(1, mismatch.exit());
        assertTrue(mismatch.err().contains("data changed"), mismatch.err());
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(2, MainTest.run("eval", "reuse", "--data", dir.resolve("nowhere").toString()).exit());
    }
}
