package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MainTest {
    static final String PAGE = "<html lang=en><head><title>Bridge reopens after repairs | Valley Times</title>"
            + "<meta property=og:site_name content=\"Valley Times\"></head><body><nav><a href=/>Home</a></nav>"
            + "<h1>Bridge reopens after repairs</h1><p>The old stone bridge reopened on Monday after eight months of"
            + " repairs. Traffic was light in the morning.</p><p>Engineers said the arches were in better shape than"
            + " expected, which kept the cost under budget.</p><footer>© Valley Times</footer></body></html>";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        return run(null, args);
    }

    static Run run(InputStream stdin, String... args) {
        InputStream saved = System.in;
        if (stdin != null) {
            System.setIn(stdin);
        }
        try {
            CommandLine cl = Main.commandLine();
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int exit = cl.execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void extractPrintsAReadableReport() throws IOException {
        Path page = write("bridge.html", PAGE);
        Run r = run("extract", page.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Bridge reopens after repairs"), r.out());
        assertTrue(r.out().contains("site:       Valley Times"), r.out());
        assertTrue(r.out().contains("The old stone bridge reopened on Monday"), r.out());
        assertFalse(r.out().contains("© Valley Times"), r.out());
    }

    @Test
    void analyzeJsonCarriesSchemaArticleAndSentencesWithValidOffsets() throws IOException {
        Path page = write("bridge.html", PAGE);
        Run r = run("analyze", "--json", page.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals("newslens/1", doc.get("schema").asText());
        String text = doc.at("/article/text").asText();
        JsonNode sentences = doc.get("sentences");
        assertEquals(3, sentences.size(), r.out());
        assertEquals("Traffic was light in the morning.",
                text.substring(sentences.get(1).get("start").asInt(), sentences.get(1).get("end").asInt()));
    }

    @Test
    void severalInputsGiveJsonLinesAndAFailedInputGivesAnErrorRecordAndExitOne() throws IOException {
        Path good = write("a.html", PAGE);
        Path empty = write("b.html", "");
        Run r = run("extract", "--json", good.toString(), empty.toString());
        assertEquals(1, r.exit());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        JsonNode error = new ObjectMapper().readTree(lines.get(1));
        assertEquals("ingest", error.at("/error/stage").asText());
        assertEquals("empty input", error.at("/error/reason").asText());
        assertEquals(empty.toString(), error.at("/source/uri").asText());
        assertTrue(r.err().contains(empty + ": ingest: empty input"), r.err());
        assertTrue(r.err().contains("2 pages read: 1 result, 1 error"), r.err());
    }

    @Test
    void readsStandardInputWithAGivenUrl() {
        Run r = run(new ByteArrayInputStream(PAGE.getBytes(StandardCharsets.UTF_8)),
                "extract", "--json", "--url", "https://valley.example/bridge", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("\"url\" : \"https://valley.example/bridge\""), r.out());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("extract").exit());
        assertEquals(2, run("no-such-command").exit());
        assertEquals(2, run("extract", "--time-limit", "0", "x.html").exit());
        assertEquals(2, run().exit());
        assertEquals(2, run("eval", "extraction", "--data", dir.resolve("absent").toString()).exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "extract", "analyze", "eval", "eval extraction"})
    void everyCommandHasHelp(String command) {
        String[] args = (command.isEmpty() ? "--help" : command + " --help").split(" ");
        Run r = run(args);
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: newslens"), r.out());
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
