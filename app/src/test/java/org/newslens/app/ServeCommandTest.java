package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.server.NewslensServer;
import org.newslens.app.server.ServerOptions;

/** {@code newslens serve}: its options, and the API's analysis being the CLI's, byte for byte. */
class ServeCommandTest {
    private static final String TEXT = "Harbour fees will rise by a tenth in April, the port authority said on"
            + " Tuesday.\n\nFishermen's groups said the rise would cost each boat about 300 euros a year. \"We were"
            + " not asked,\" said Per Vik, who speaks for the cooperative.\n";

    @TempDir
    Path dir;

    @Test
    void analyzeAnswersTheSameBytesAsTheCommandLine() throws Exception {
        Path text = Files.writeString(dir.resolve("harbour.txt"), TEXT);
        Path html = Files.writeString(dir.resolve("bridge.html"), MainTest.PAGE);
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(dir.resolve("idx")).withPort(0))) {
            HttpClient client = HttpClient.newHttpClient();
            for (Path file : new Path[] {text, html}) {
                String cli = MainTest.run("analyze", "--json", file.toString()).out();
                String api = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/analyze?name="
                        + URLEncoder.encode(file.toString(), StandardCharsets.UTF_8)))
                        .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                assertEquals(cli, api, file.toString());
            }
            // Without a name the input is '-', as for standard input; --url and --date carry over as parameters.
            String stdin = MainTest.run(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "analyze",
                    "--json", "--url", "https://port.example/fees", "--date", "2024-04-02", "-").out();
            String api = client.send(HttpRequest.newBuilder(server.uri().resolve(
                    "/api/analyze?url=https%3A%2F%2Fport.example%2Ffees&date=2024-04-02"))
                    .POST(HttpRequest.BodyPublishers.ofString(TEXT)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            assertEquals(stdin, api);
            assertTrue(api.contains("\"uri\" : \"-\""), api);
        }
    }

    @Test
    void helpNamesTheRoutesOptions() {
        MainTest.Run help = MainTest.run("serve", "--help");
        assertEquals(0, help.exit());
        for (String option : new String[] {"--index", "--port", "--host", "--max-body", "--time-limit", "127.0.0.1"}) {
            assertTrue(help.out().contains(option), help.out());
        }
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertEquals(2, MainTest.run("serve", "--max-body", "0").exit());
        assertEquals(2, MainTest.run("serve", "--port", "70000").exit());
    }

    @Test
    void aTakenPortIsExitOne() throws Exception {
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(dir.resolve("idx")).withPort(0))) {
            MainTest.Run second = MainTest.run("serve", "--port", String.valueOf(server.port()), "--index",
                    dir.resolve("idx").toString());
            assertEquals(1, second.exit(), second.err());
            assertTrue(second.err().contains("cannot listen"), second.err());
        }
    }
}
