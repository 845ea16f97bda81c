package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RhetoricCommandsTest {
    /** Invented opinion text with openly loaded wording. */
    static final String TEXT = "A shameful budget\n\nThe council's reckless and disgraceful budget is a shameful"
            + " betrayal of every hard-working family in this town. Of course, countless residents are furious."
            + " These corrupt bureaucrats will destroy everything we love!\n";

    @TempDir
    Path dir;

    @Test
    void analyzeJsonCarriesTechniquesWithReasonsAndDefinitions() throws IOException {
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, TEXT);
        MainTest.Run r = MainTest.run("analyze", "--json", file.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        String text = doc.at("/article/text").asText();
        JsonNode techniques = doc.get("techniques");
        assertTrue(techniques.size() > 0, r.out());
        for (JsonNode t : techniques) {
            int start = t.get("start").asInt();
            int end = t.get("end").asInt();
            assertTrue(0 <= start && start < end && end <= text.length());
            double confidence = t.get("confidence").asDouble();
            assertTrue(confidence >= 0 && confidence <= 1);
            assertFalse(t.get("reason").asText().isBlank());
            String label = t.get("technique").asText();
            assertTrue(doc.at("/techniqueDefinitions/" + label.replace("~", "~0").replace("/", "~1") + "/definition")
                    .isTextual(), () -> "definition of " + label);
        }
        assertTrue(doc.get("loadedWords").size() > 0);
        assertEquals("english", doc.at("/summary/rhetoric/scope").asText());
        assertTrue(doc.at("/summary/rhetoric/techniquesPer100Sentences").asDouble() > 0);
    }

    @Test
    void terminalReportHasARhetoricSection() throws IOException {
        Path file = dir.resolve("budget.txt");
        Files.writeString(file, TEXT);
        MainTest.Run r = MainTest.run("analyze", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("RHETORIC"), r.out());
        assertTrue(r.out().contains("per 100 sentences"), r.out());
        assertTrue(r.out().contains("what the techniques are:"), r.out());
        assertTrue(r.out().contains("booster:"), r.out());
    }

    @Test
    void evalTechniquesScoresAnInventedCorpus() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("dev-articles"));
        String text = "Budget\n\nThe reckless budget passed.\n";
        Files.writeString(articles.resolve("article7.txt"), text);
        int start = text.indexOf("reckless");
        Files.writeString(dir.resolve("dev-task-flc-tc.labels"), "7\tLoaded_Language\t" + start + "\t" + (start + 8) + "\n");
        Files.writeString(dir.resolve("dev-task-si.labels"), "7\t" + start + "\t" + (start + 8) + "\n");
        MainTest.Run si = MainTest.run("eval", "techniques", "--data", dir.toString(), "--task", "si", "--json");
        assertEquals(0, si.exit(), si.err());
        JsonNode s = new ObjectMapper().readTree(si.out());
        assertEquals(1, s.get("articles").asInt());
        assertTrue(s.get("f1").asDouble() >= 0 && s.get("f1").asDouble() <= 1);
        assertEquals(14, s.get("perTechnique").size());
        MainTest.Run tc = MainTest.run("eval", "techniques", "--data", dir.toString(), "--task", "tc");
        assertEquals(0, tc.exit(), tc.err());
        assertTrue(tc.out().contains("all (micro)"), tc.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"train", "train techniques", "eval techniques", "eval swap"})
    void rhetoricCommandsHaveHelp(String command) {
        MainTest.Run r = MainTest.run((command + " --help").split(" "));
        assertEquals(0, r.exit());
        assertTrue(r.out().startsWith("Usage: newslens"), r.out());
    }
}
