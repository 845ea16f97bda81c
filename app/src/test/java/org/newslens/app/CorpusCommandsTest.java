package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, search and reuse from the command line, on invented analyses and one invented page. */
class CorpusCommandsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String STORY = "The Tollmouth ferry will stop running in January, the harbour board said on Friday."
            + " Repairs to the hull would cost more than a new boat, and the board has no money for either. Islanders"
            + " on Skerry will depend on the weekly supply plane until a new operator is found. The board has asked"
            + " the county council to fund a replacement, and a decision is expected before the spring budget.";

    @TempDir
    Path dir;

    static String analysis(String url, String title, String day, String language, String text, String entity) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("schema", "newslens/1");
        d.putObject("source").put("uri", url).put("url", url);
        ObjectNode a = d.putObject("article");
        a.put("title", title);
        if (day != null) {
            a.putObject("published").put("value", day).put("from", "given");
        }
        a.put("language", language);
        a.putArray("authors");
        a.putArray("section").add("News");
        a.put("text", text);
        if (entity != null) {
            int at = text.indexOf(entity);
            ObjectNode e = d.putArray("entities").addObject().put("id", "e1").put("type", "LOCATION").put("name", entity);
            e.putArray("aliases");
            e.putArray("mentions").addObject().put("start", at).put("end", at + entity.length());
        }
        return d.toString();
    }

    private Path analyses() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(analysis("https://tollmouth.example/ferry", "Ferry to stop", "2024-01-05", "en", STORY, "Skerry"));
        lines.add(analysis("https://county.example/news/ferry-copy", "Skerry ferry ends", "2024-01-07", "en",
                "From our partners. " + STORY, "Skerry"));
        lines.add(analysis("https://tollmouth.example/market", "Market moves", "2024-02-20", "en",
                "The Saturday market will move to the quay in March, traders said.", null));
        lines.add(analysis("https://zeitung.example/a", "Fähre", null, "de", "Die Fähre nach Skerry fährt ab Januar"
                + " nicht mehr.", "Skerry"));
        Path file = dir.resolve("analyses.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void indexSearchAndReuseFromTheCommandLine() throws IOException {
        String index = dir.resolve("idx").toString();
        MainTest.Run first = MainTest.run("index", "--analyses", analyses().toString(), "--index", index);
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.err().contains("4 inputs: 4 added, 0 replaced, 0 unchanged, 0 failed"), first.err());
        MainTest.Run again = MainTest.run("index", "--analyses", analyses().toString(), "--index", index, "--json");
        assertTrue(again.err().contains("0 added, 0 replaced, 4 unchanged"), again.err());
        assertEquals("unchanged", MAPPER.readTree(again.out().lines().findFirst().orElseThrow()).path("status").asText());

        MainTest.Run table = MainTest.run("search", "ferry", "--index", index);
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().startsWith("2 articles match"), table.out());
        assertTrue(table.out().contains("Ferry to stop") && table.out().contains("entity:      Skerry (2)"), table.out());

        JsonNode json = MAPPER.readTree(MainTest.run("search", "--index", index, "--entity", "skerry", "--sort", "oldest",
                "--json").out());
        assertEquals(3, json.path("total").asInt());
        assertEquals("Ferry to stop", json.path("hits").get(0).path("title").asText());
        assertEquals("2024-01-05", json.path("hits").get(0).path("published").asText());
        assertEquals("Fähre", json.path("hits").get(2).path("title").asText());

        List<String> csv = MainTest.run("search", "--index", index, "--csv", "--from", "2024-01-06").out().lines().toList();
        assertEquals(List.of("id,published,site,title,url,authors,section,language,score"), csv.subList(0, 1));
        assertEquals(3, csv.size());

        MainTest.Run timeline = MainTest.run("search", "--index", index, "--timeline", "month", "--csv");
        assertEquals(List.of("start,count", "2024-01-01,2", "2024-02-01,1"), timeline.out().lines().toList());

        JsonNode reuse = MAPPER.readTree(MainTest.run("reuse", "--index", index, "--json").out());
        assertEquals(1, reuse.path("pairs").size());
        JsonNode pair = reuse.path("pairs").get(0);
        JsonNode passage = pair.path("passages").get(0);
        assertEquals(0, passage.path("a").path("start").asInt());
        assertEquals("From our partners. ".length(), passage.path("b").path("start").asInt());
        assertTrue(reuse.path("clusters").get(0).path("reason").asText().startsWith("published first, on 2024-01-05"));
        MainTest.Run side = MainTest.run("reuse", "--index", index, "--id", pair.path("b").asText());
        assertTrue(side.out().contains("share 1 passage"), side.out());
    }

    @Test
    void badQueriesAndMissingIndexesAreClearErrors() throws IOException {
        String index = dir.resolve("idx").toString();
        MainTest.run("index", "--analyses", analyses().toString(), "--index", index);
        MainTest.Run bad = MainTest.run("search", "(ferry AND", "--index", index);
        assertEquals(2, bad.exit());
        assertTrue(bad.err().startsWith("newslens search: cannot read the query '(ferry AND'"), bad.err());
        assertEquals(0, MainTest.run("search", "ferry", "--index", index).exit());
        MainTest.Run missing = MainTest.run("search", "ferry", "--index", dir.resolve("none").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no index at"), missing.err());
        assertEquals(1, MainTest.run("reuse", "--index", dir.resolve("none").toString()).exit());
        assertEquals(2, MainTest.run("search", "--index", index, "--timeline", "year").exit());
        assertEquals(2, MainTest.run("search", "--index", index, "--sort", "random").exit());
    }

    @Test
    void pagesAreAnalysedOnceAndErrorRecordsAreFailures() throws IOException {
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, MainTest.PAGE);
        String index = dir.resolve("idx").toString();
        MainTest.Run run = MainTest.run("index", page.toString(), "--url", "https://valley.example/bridge", "--index",
                index, "--threads", "1");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("added\t"), run.out());
        MainTest.Run again = MainTest.run("index", page.toString(), "--url", "https://valley.example/bridge",
                "--index", index);
        assertTrue(again.out().startsWith("unchanged\t"), again.out());
        JsonNode hit = MAPPER.readTree(MainTest.run("search", "bridge", "--index", index, "--json").out())
                .path("hits").get(0);
        assertEquals("Bridge reopens after repairs", hit.path("title").asText());
        assertEquals("valley.example", hit.path("site").asText());

        Path errors = dir.resolve("errors.jsonl");
        Files.writeString(errors, "{\"schema\":\"newslens/1\",\"source\":{\"uri\":\"x\"},\"error\":{\"stage\":\"ingest\","
                + "\"reason\":\"empty\"}}\nnot json\n");
        MainTest.Run failed = MainTest.run("index", "--analyses", errors.toString(), "--index", index);
        assertEquals(1, failed.exit());
        assertTrue(failed.err().contains("an error record"), failed.err());
        assertTrue(failed.err().contains("not JSON"), failed.err());
    }
}
