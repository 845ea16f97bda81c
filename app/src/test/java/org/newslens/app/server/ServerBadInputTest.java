package org.newslens.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.app.server.ServerTestSupport.get;
import static org.newslens.app.server.ServerTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.server.ServerTestSupport.Answer;
import org.newslens.corpus.Corpus;

/** A missing or damaged index, hostile pages posted for analysis: clear errors, the server goes on, the index is kept. */
class ServerBadInputTest {
    private static final List<String> CORPUS_ROUTES = List.of("/api/search?q=ferry", "/api/timeline?q=ferry",
            "/api/articles/0123456789abcdef", "/api/articles/0123456789abcdef/reuse", "/api/reuse");

    @TempDir
    Path dir;

    @Test
    void aMissingIndexIs503OnCorpusRoutesWhileAnalysisWorks() throws Exception {
        Path index = dir.resolve("not-there");
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(index).withPort(0))) {
            for (String route : CORPUS_ROUTES) {
                Answer a = get(server, route);
                assertEquals(503, a.status(), route + ": " + a.body());
                assertTrue(a.json().path("error").path("message").asText().contains("no index at"), a.body());
            }
            JsonNode info = get(server, "/api/info").json();
            assertEquals(false, info.path("index").path("available").asBoolean());
            assertEquals(200, post(server, "/api/analyze", Fixtures.FERRY_PAGE.getBytes(StandardCharsets.UTF_8))
                    .status());
            // The index appears while the server runs: it is picked up without a restart.
            Fixtures.index(index);
            Thread.sleep(1100);
            assertEquals(200, get(server, "/api/search?q=ferry").status());
        }
    }

    @Test
    void aDamagedIndexIs503AndIsLeftAsItWas() throws Exception {
        Path index = dir.resolve("index");
        Fixtures.index(index);
        try (Stream<Path> files = Files.list(index)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                for (int i = 40; i < bytes.length - 20; i++) {
                    bytes[i] ^= 0x5A;
                }
                Files.write(f, bytes);
            }
        }
        Map<String, String> before = digests(index);
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(index).withPort(0))) {
            for (String route : CORPUS_ROUTES) {
                Answer a = get(server, route);
                assertEquals(503, a.status(), route + ": " + a.body());
                assertTrue(a.json().path("error").path("message").asText().contains("damaged"), a.body());
            }
            assertEquals(200, post(server, "/api/analyze", Fixtures.MARKET_PAGE.getBytes(StandardCharsets.UTF_8))
                    .status());
            assertEquals(200, get(server, "/").status());
        }
        assertEquals(before, digests(index), "the server must not touch a damaged index");
    }

    @Test
    void aFileWhereTheIndexShouldBeIs503() throws Exception {
        Path file = Files.writeString(dir.resolve("index"), "not an index");
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(file).withPort(0))) {
            assertEquals(503, get(server, "/api/search").status());
        }
        assertEquals("not an index", Files.readString(file));
    }

    @Test
    void searchingDoesNotChangeTheIndex() throws Exception {
        Path index = dir.resolve("index");
        Fixtures.index(index);
        Map<String, String> before = digests(index);
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(index).withPort(0))) {
            for (String q : List.of("ferry", "\"ferry", "(", "quay AND NOT", "*")) {
                get(server, "/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            get(server, "/api/reuse");
        }
        assertEquals(before, digests(index));
        try (Corpus corpus = Corpus.openReadOnly(index)) {
            assertEquals(5, corpus.size());
        }
    }

    @Test
    @Timeout(120)
    void hostilePagesGetAResultOrAnErrorRecordQuickly() throws Exception {
        // A short time limit: the language stage checks it between pieces of text, so the 2 MB page below ends in
        // a result or a time-limit error record within seconds, not after the default 30 s.
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(dir.resolve("none")).withPort(0)
                .withTimeLimit(java.time.Duration.ofSeconds(5)))) {
            // 2 MB in one sentence without punctuation.
            StringBuilder words = new StringBuilder();
            while (words.length() < 2_000_000) {
                words.append("word ");
            }
            Answer huge = post(server, "/api/analyze?format=text", words.toString().getBytes(StandardCharsets.UTF_8));
            assertTrue(huge.status() == 200 || huge.status() == 422, huge.status() + " " + huge.body().substring(0, Math.min(300, huge.body().length())));
            assertEquals("newslens/1", huge.json().path("schema").asText());
            // Binary junk: its error record, 422.
            byte[] junk = new byte[5000];
            new java.util.Random(7).nextBytes(junk);
            junk[10] = 0;
            Answer binary = post(server, "/api/analyze", junk);
            assertEquals(422, binary.status(), binary.body());
            assertEquals("ingest", binary.json().path("error").path("stage").asText());
            // Nothing at all: 400.
            assertEquals(400, post(server, "/api/analyze", new byte[0]).status());
            // Unbalanced quotation marks, mixed scripts, deep nesting.
            for (String page : List.of("He said \"this never ends. «Or does it? „No.",
                    "Москва 東京 القاهرة Paris said \"hello\" on Monday.",
                    "<div>".repeat(20_000) + "Deep text on Monday." + "</div>".repeat(20_000))) {
                Answer a = post(server, "/api/analyze", page.getBytes(StandardCharsets.UTF_8));
                assertTrue(a.status() == 200 || a.status() == 422, a.body());
            }
            assertEquals(200, get(server, "/api/info").status());
        }
    }

    @Test
    void badAnalyzeParametersAre400() throws Exception {
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(dir.resolve("none")).withPort(0))) {
            byte[] page = Fixtures.MARKET_PAGE.getBytes(StandardCharsets.UTF_8);
            assertEquals(400, post(server, "/api/analyze?format=pdf", page).status());
            assertEquals(400, post(server, "/api/analyze?date=tomorrow", page).status());
            Answer wrongMethod = get(server, "/api/analyze");
            assertTrue(wrongMethod.status() == 404 || wrongMethod.status() == 405, wrongMethod.body());
            assertTrue(wrongMethod.body().startsWith("{\"error\""), wrongMethod.body());
        }
    }

    private static Map<String, String> digests(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                try {
                    out.put(f.getFileName().toString(), HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }
}
