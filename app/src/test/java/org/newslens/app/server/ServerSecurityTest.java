package org.newslens.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.app.server.ServerTestSupport.get;
import static org.newslens.app.server.ServerTestSupport.raw;
import static org.newslens.app.server.ServerTestSupport.status;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Path traversal, the DNS-rebinding guard, the body limit and the security headers. */
@Timeout(180)
class ServerSecurityTest {
    /** Small, so that the limit is crossed without megabytes of test data. */
    static final long LIMIT = 4096;

    @TempDir
    static Path dir;

    static NewslensServer server;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(dir.resolve("index"));
        Files.writeString(dir.resolve("secret.txt"), "top secret");
        server = NewslensServer.start(ServerOptions.defaults(dir.resolve("index")).withPort(0).withMaxBodyBytes(LIMIT));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc%2fpasswd",
        "/webjars/../../../../etc/passwd", "/webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/index.html/../../../etc/passwd",
        "/..\\..\\..\\etc\\passwd", "/%252e%252e/%252e%252e/etc/passwd", "/../NewslensServer.class",
        "/%2e%2e/NewslensServer.class", "/webjars/uplot/1.6.30/../../../META-INF/MANIFEST.MF",
        "/..;/..;/etc/passwd", "/secret.txt", "/../secret.txt", "/index/segments_1", "/%00/etc/passwd",
        "/api/articles/..%2f..%2fsecret.txt", "/api/articles/%2e%2e"})
    void traversalOnStaticRoutesIsRefused(String path) throws Exception {
        String reply = raw(server, "GET " + path + " HTTP/1.1", "127.0.0.1");
        int status = status(reply);
        assertTrue(status == 400 || status == 404, path + " answered " + reply);
        assertFalse(reply.contains("root:") || reply.contains("top secret") || reply.contains("Manifest-Version"),
                reply);
        String body = reply.substring(reply.indexOf("\r\n\r\n") + 4);
        assertTrue(body.startsWith("{\"error\":{\"status\":" + status), path + " answered " + reply);
    }

    @Test
    void aLoopbackServerAnswersOnlyLoopbackNames() throws Exception {
        for (String host : List.of("127.0.0.1", "localhost", "LOCALHOST:80", "127.0.0.1:" + 7700, "[::1]:7700")) {
            assertEquals(200, status(raw(server, "GET /api/info HTTP/1.1", host)), host);
        }
        for (String host : List.of("attacker.example", "attacker.example:7700", "127.0.0.1.attacker.example",
                "localhost.attacker.example")) {
            String reply = raw(server, "GET /api/info HTTP/1.1", host);
            assertEquals(403, status(reply), host + ": " + reply);
            assertTrue(reply.contains("loopback"), reply);
        }
    }

    @Test
    void bodiesOverTheLimitAre413AndTheServerGoesOn() throws Exception {
        byte[] big = new byte[(int) LIMIT + 1];
        Arrays.fill(big, (byte) 'a');
        // Declared length: refused before a byte of the body is read (the raw request sends none at all; the JDK
        // client's Expect: 100-continue waits forever for a 100 that a refusing server never sends).
        String reply = raw(server, "POST /api/analyze HTTP/1.1\r\nContent-Length: " + (LIMIT + 1), "127.0.0.1");
        assertEquals(413, status(reply), reply);
        assertTrue(reply.contains("larger than the limit of 4096 bytes"), reply);
        // Chunked, no declared length: cut off once the limit is passed.
        HttpRequest chunked = HttpRequest.newBuilder(server.uri().resolve("/api/analyze"))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build();
        HttpResponse<String> c = ServerTestSupport.CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, c.statusCode(), c.body());
        assertEquals(413, Fixtures.MAPPER.readTree(c.body()).path("error").path("status").asInt());
        // At the limit exactly: analysed.
        byte[] fits = ("The council met on Monday. " + "x".repeat((int) LIMIT)).substring(0, (int) LIMIT)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(200, ServerTestSupport.post(server, "/api/analyze?format=text", fits).status());
        assertEquals(200, get(server, "/api/info").status());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : List.of("/", "/api/info", "/api/nothing", "/webjars/uplot/1.6.30/dist/uPlot.min.css")) {
            var h = get(server, path).headers();
            assertEquals(NewslensServer.CONTENT_SECURITY_POLICY, h.firstValue("Content-Security-Policy").orElse(""),
                    path);
            assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(""), path);
        }
    }

    @Test
    void hostNamesAreReadWithoutPorts() {
        assertEquals("localhost", NewslensServer.hostName("LocalHost:7700"));
        assertEquals("[::1]", NewslensServer.hostName("[::1]:7700"));
        assertEquals("127.0.0.1", NewslensServer.hostName("127.0.0.1"));
        assertEquals("", NewslensServer.hostName(null));
    }
}
