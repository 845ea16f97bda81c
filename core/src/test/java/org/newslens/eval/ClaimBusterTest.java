package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimBusterTest {
    @TempDir
    Path dir;

    @Test
    void theSplitIsFixedBySentenceId() {
        assertTrue(ClaimBuster.heldOut(35));
        assertFalse(ClaimBuster.heldOut(36));
        assertTrue(ClaimBuster.validation(36));
        assertFalse(ClaimBuster.validation(35));
    }

    @Test
    void trainingLeavesOutTheHeldOutPartAndOptionallyTheValidationFold() throws IOException {
        // Invented sentences.
        Files.writeString(dir.resolve("2xNCS.json"), "[{\"sentence_id\": 5, \"label\": 1, \"text\": \"Prices rose.\"},"
                + "{\"sentence_id\": 6, \"label\": 0, \"text\": \"Thank you.\"},"
                + "{\"sentence_id\": 7, \"label\": 1, \"text\": \"The mill closed in 1990.\"}]");
        assertEquals(List.of(6L, 7L), ClaimBuster.training(dir, true).stream().map(ClaimBuster.Item::id).toList());
        assertEquals(List.of(7L), ClaimBuster.training(dir, false).stream().map(ClaimBuster.Item::id).toList());
        assertEquals(List.of(5L), ClaimBuster.heldOutPart(dir.resolve("2xNCS.json")).stream()
                .map(ClaimBuster.Item::id).toList());
    }

    @Test
    void readsTheDebateTsvAndRejectsBadRows() throws IOException {
        Path tsv = dir.resolve("2020_debate.tsv");
        Files.writeString(tsv, "\"sentence_id\"\t\"label\"\t\"text\"\n3\t1\tTaxes went up.\n4\t0\tNo.\n");
        List<ClaimBuster.Item> items = ClaimBuster.readTsv(tsv);
        assertEquals(new ClaimBuster.Item(3, true, "Taxes went up."), items.get(0));
        assertEquals(2, items.size());
        Files.writeString(tsv, "header\nthree\t1\ttext\n");
        assertThrows(IOException.class, () -> ClaimBuster.readTsv(tsv));
        Files.writeString(dir.resolve("bad.json"), "{\"not\": \"an array\"}");
        assertThrows(IOException.class, () -> ClaimBuster.readJson(dir.resolve("bad.json")));
    }

    @Test
    void scoresCountTheCheckWorthyClass() {
        ClaimScores s = new ClaimScores("x", 6, 2, 3, 9);
        assertEquals(0.75, s.precision());
        assertEquals(6 / 9.0, s.recall());
        assertEquals(2 * 0.75 * (6 / 9.0) / (0.75 + 6 / 9.0), s.f1(), 1e-12);
        assertEquals(0.75, s.accuracy());
        assertEquals(0, new ClaimScores("empty", 0, 0, 0, 0).f1());
    }
}
