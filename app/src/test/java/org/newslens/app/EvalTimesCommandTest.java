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

/** {@code newslens eval times} on a TimeML file of our own. */
class EvalTimesCommandTest {
    static final String TML = """
            <TimeML>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-08" functionInDocument="CREATION_TIME">20180308</TIMEX3></DCT>
            <TEXT>
            The bridge reopened <TIMEX3 tid="t1" type="DATE" value="2018">this year</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P8M">eight months</TIMEX3> of repairs.
            </TEXT>
            </TimeML>
            """;

    @TempDir
    Path dir;

    @Test
    void printsScoresAndChecksFloors() throws IOException {
        Files.writeString(dir.resolve("bridge.tml"), TML);
        MainTest.Run table = MainTest.run("eval", "times", "--data", dir.toString());
        assertEquals(0, table.exit(), table.err());
        assertTrue(table.out().contains("relaxed") && table.out().contains("value F1"), table.out());

        MainTest.Run json = MainTest.run("eval", "times", "--data", dir.toString(), "--json");
        JsonNode scores = new ObjectMapper().readTree(json.out());
        assertEquals(2, scores.get("gold").asInt());
        // Both expressions are found with their exact spans and values.
        assertEquals(1.0, scores.get("strict_f1").asDouble(), 1e-9);
        assertEquals(1.0, scores.get("value_f1").asDouble(), 1e-9);

        Path floors = dir.resolve("floors.json");
        Files.writeString(floors, "{\"times\": {\"tolerance\": 0.01, \"floors\": {\"relaxed_f1\": 0.9, \"value_f1\": 0.8}}}");
        assertEquals(0, MainTest.run("eval", "times", "--data", dir.toString(), "--floors", floors.toString()).exit());
        Files.writeString(floors, "{\"times\": {\"tolerance\": 0.0, \"floors\": {\"value_f1\": 1.5}}}");
        assertEquals(1, MainTest.run("eval", "times", "--data", dir.toString(), "--floors", floors.toString()).exit());
    }

    @Test
    void aMissingFolderIsAUsageError() {
        assertEquals(2, MainTest.run("eval", "times", "--data", dir.resolve("nowhere").toString()).exit());
    }
}
