package org.newslens.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newslens.app.server.ServerTestSupport.get;
import static org.newslens.app.server.ServerTestSupport.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.app.server.ServerTestSupport.Answer;

/** The API over a small index of invented articles: search, facets, paging, articles, timelines, reuse. */
@Timeout(180)
class NewslensServerTest {
    @TempDir
    static Path dir;

    static NewslensServer server;
    static List<String> ids;

    @BeforeAll
    static void start() throws IOException {
        ids = Fixtures.index(dir.resolve("index"));
        server = NewslensServer.start(ServerOptions.defaults(dir.resolve("index")).withPort(0));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerOptions.defaults(dir).host());
        assertTrue(ServerOptions.defaults(dir).loopback());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.uri().toString());
    }

    @Test
    void searchGivesHitsTotalAndFacets() throws Exception {
        Answer a = get(server, "/api/search?q=ferry&facets=5");
        assertEquals(200, a.status(), a.body());
        JsonNode r = a.json();
        assertEquals(2, r.path("total").asInt(), a.body());
        assertEquals(2, r.path("hits").size());
        List<String> sites = r.path("facets").path("site").findValuesAsText("value");
        assertTrue(sites.containsAll(List.of("tollmouth.example", "county.example")), a.body());
        assertTrue(a.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
    }

    @Test
    void filtersNarrowAndPagesSlice() throws Exception {
        JsonNode one = get(server, "/api/search?q=ferry&site=county.example").json();
        assertEquals(1, one.path("total").asInt());
        assertEquals("Skerry loses its ferry", one.path("hits").get(0).path("title").asText());
        JsonNode all = get(server, "/api/search?sort=oldest&limit=2&offset=1").json();
        assertEquals(5, all.path("total").asInt());
        assertEquals(2, all.path("hits").size());
        assertEquals(1, all.path("offset").asInt());
        JsonNode byDate = get(server, "/api/search?from=2024-02-01&to=2024-02-28").json();
        assertEquals(2, byDate.path("total").asInt(), byDate.toString());
    }

    @Test
    void badSearchParametersAre400WithAReason() throws Exception {
        for (String q : List.of("limit=-1", "limit=abc", "limit=1000", "sort=random", "from=yesterday",
                "from=2024-03-01&to=2024-01-01", "interval=year")) {
            Answer a = get(server, (q.startsWith("interval") ? "/api/timeline?" : "/api/search?") + q);
            assertEquals(400, a.status(), q + ": " + a.body());
            assertFalse(a.json().path("error").path("message").asText().isBlank(), q);
        }
    }

    @Test
    void unbalancedQueryIs400AndTheServerGoesOn() throws Exception {
        for (String q : List.of("\"ferry", "(ferry AND", "ferry AND", "title:", "[a TO")) {
            Answer a = get(server, "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
            assertEquals(400, a.status(), q + ": " + a.body());
            assertEquals(400, a.json().path("error").path("status").asInt());
        }
        assertEquals(200, get(server, "/api/search?q=ferry").status());
    }

    @Test
    void articleIsTheStoredAnalysis() throws Exception {
        Answer a = get(server, "/api/articles/" + ids.get(3));
        assertEquals(200, a.status());
        assertEquals(Fixtures.layered(), a.body());
        assertEquals(404, get(server, "/api/articles/0123456789abcdef").status());
        Answer bad = get(server, "/api/articles/..%2F..%2Fsegments_1");
        assertNotEquals(200, bad.status(), bad.body());
        assertTrue(bad.body().startsWith("{\"error\""), bad.body());
    }

    @Test
    void timelineCountsAnEntityOverTime() throws Exception {
        Answer a = get(server, "/api/timeline?entity=Lena%20Falk&interval=month");
        assertEquals(200, a.status(), a.body());
        JsonNode t = a.json();
        assertEquals(1, t.path("total").asInt(), a.body());
        assertEquals("2024-03-01", t.path("buckets").get(0).path("start").asText());
        JsonNode q = get(server, "/api/timeline?q=ferry&interval=day").json();
        assertEquals(2, q.path("total").asInt());
        assertEquals(3, q.path("buckets").size(), "5, 6 and 7 January, the empty day included");
    }

    @Test
    void reuseListsTheCopyWithPassagesInBothTexts() throws Exception {
        Answer a = get(server, "/api/articles/" + ids.get(1) + "/reuse");
        assertEquals(200, a.status(), a.body());
        JsonNode pairs = a.json().path("pairs");
        assertEquals(1, pairs.size(), a.body());
        JsonNode p = pairs.get(0);
        assertEquals(ids.get(0), p.path("a").asText(), "the earlier article is the likely source");
        assertEquals("Tollmouth ferry to stop in January", p.path("articleA").path("title").asText());
        assertTrue(p.path("passages").size() >= 1);
        String textA = Fixtures.MAPPER.readTree(get(server, "/api/articles/" + ids.get(0)).body())
                .path("article").path("text").asText();
        JsonNode first = p.path("passages").get(0).path("a");
        assertTrue(textA.substring(first.path("start").asInt(), first.path("end").asInt()).contains("ferry"));
        JsonNode all = get(server, "/api/reuse").json();
        assertEquals(1, all.path("total").asInt(), all.toString());
        JsonNode on = get(server, "/api/articles/" + ids.get(0) + "/reuse?with=" + ids.get(2)).json();
        assertEquals(1, on.path("pairs").size(), "an unrelated pair is aligned on request");
        assertTrue(on.path("pairs").get(0).path("reason").asText().startsWith("aligned on request"));
    }

    @Test
    void unknownRoutesAndMethodsAreJson() throws Exception {
        Answer missing = get(server, "/api/nothing-here");
        assertEquals(404, missing.status());
        assertEquals(404, missing.json().path("error").path("status").asInt());
        Answer wrongMethod = post(server, "/api/search", new byte[0]);
        assertTrue(wrongMethod.status() == 404 || wrongMethod.status() == 405, wrongMethod.body());
        assertTrue(wrongMethod.body().startsWith("{\"error\""), wrongMethod.body());
    }

    @Test
    void infoReportsLimitsAndTheIndex() throws Exception {
        JsonNode info = get(server, "/api/info").json();
        assertEquals(ServerOptions.DEFAULT_MAX_BODY_BYTES, info.path("maxBodyBytes").asLong());
        assertTrue(info.path("index").path("available").asBoolean());
    }

    @Test
    void readerAndChartLibraryComeFromTheJar() throws Exception {
        Answer page = get(server, "/");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("newslens"), page.body());
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        Answer chart = get(server, "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
        assertEquals(200, chart.status());
        assertTrue(Files.exists(dir.resolve("index")));
    }
}
