package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newslens eval claims} and {@code newslens train claims} on a small ClaimBuster-shaped set we wrote. */
class ClaimCommandsTest {
    @TempDir
    Path dir;

    /**
     * Invented sentences in the ClaimBuster layout. Ids divisible by 5 are the held-out part: two check-worthy
     * statements and two that are not; the rest is training data.
     */
    void writeFixture() throws IOException {
        String ncs = """
                [{"sentence_id": 10, "label": 1, "text": "The unemployment rate fell to 4.2 percent in March."},
                 {"sentence_id": 15, "label": 1, "text": "Three people were injured when the bridge collapsed in 2019."},
                 {"sentence_id": 20, "label": 0, "text": "I think we must do better for our children."},
                 {"sentence_id": 25, "label": 0, "text": "What will you do about it?"},
                 {"sentence_id": 11, "label": 1, "text": "Exports rose by 12 percent last year."},
                 {"sentence_id": 12, "label": 1, "text": "The council spent 3 million dollars on roads in 2021."},
                 {"sentence_id": 13, "label": 1, "text": "Forty workers lost their jobs when the mill closed."},
                 {"sentence_id": 14, "label": 0, "text": "I believe in this country."},
                 {"sentence_id": 16, "label": 0, "text": "Thank you very much."},
                 {"sentence_id": 17, "label": 0, "text": "We will fight for you."}]
                """;
        for (String name : new String[] {"2xNCS.json", "2.5xNCS.json", "3xNCS.json"}) {
            Files.writeString(dir.resolve(name), ncs);
        }
        Files.writeString(dir.resolve("2020_debate.tsv"), "\"sentence_id\"\t\"label\"\t\"text\"\n"
                + "1\t1\tThe deficit doubled in four years.\n2\t0\tI want to be your president.\n");
    }

    @Test
    void evalPrintsATableJsonAndChecksFloors() throws IOException {
        writeFixture();
        MainTest.Run table = MainTest.run("eval", "claims", "--data", dir.toString());
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("held out: sentence_id % 5 == 0"), table.out());
        // By hand: the two statements with figures are claims, the opinion and the question are not.
        assertTrue(table.out().contains("2xNCS held-out             4      2      0      0      2    1.0000 1.0000 1.0000"),
                table.out());
        assertTrue(table.out().contains("2020 debate                2      1      0      0      1"), table.out());

        MainTest.Run json = MainTest.run("eval", "claims", "--data", dir.toString(), "--json");
        JsonNode node = new ObjectMapper().readTree(json.out());
        assertEquals("claims", node.get("task").asText());
        assertEquals(1.0, node.get("f1").asDouble());
        assertEquals(4, node.get("sets").size());

        Path floors = dir.resolve("floors.json");
        Files.writeString(floors, "{\"claims\": {\"tolerance\": 0.01, \"floors\": {\"f1\": 0.9, \"debate2020_f1\": 0.9}}}");
        assertEquals(0, MainTest.run("eval", "claims", "--data", dir.toString(), "--floors", floors.toString()).exit());
        Files.writeString(floors, "{\"claims\": {\"tolerance\": 0.0, \"floors\": {\"f1\": 1.01}}}");
        MainTest.Run below = MainTest.run("eval", "claims", "--data", dir.toString(), "--floors", floors.toString());
        assertEquals(1, below.exit());
        assertTrue(below.out().contains("BELOW FLOOR"), below.out());
    }

    @Test
    void trainWritesAModelThatEvalCanRead() throws IOException {
        writeFixture();
        Path out = dir.resolve("model");
        MainTest.Run train = MainTest.run("train", "claims", "--data", dir.toString(), "--out", out.toString());
        assertEquals(0, train.exit(), train.err());
        assertTrue(train.out().contains("model: 6 sentences (3 check-worthy)"), train.out());
        assertTrue(Files.size(out.resolve("claim-embeddings.bin")) > 10_000_000);
        String model = Files.readString(out.resolve("claim-model.tsv"));
        assertTrue(model.contains("CC BY 4.0") && model.contains("format\tnewslens-claims/1"), model.substring(0, 400));
        MainTest.Run eval = MainTest.run("eval", "claims", "--data", dir.toString(), "--model",
                out.resolve("claim-model.tsv").toString());
        assertEquals(0, eval.exit(), eval.err());
    }

    @Test
    void missingDataIsAUsageError() {
        assertEquals(2, MainTest.run("eval", "claims", "--data", dir.resolve("absent").toString()).exit());
        assertEquals(2, MainTest.run("train", "claims", "--data", dir.resolve("absent").toString()).exit());
        assertEquals(2, MainTest.run("train").exit());
        assertEquals(0, MainTest.run("train", "claims", "--help").exit());
    }
}
