package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.TimeExpression;
import org.newslens.model.TimeExpression.Type;

/** The TimeML reader and the TempEval-3 metric on a tiny TimeML file written here, scores worked out by hand. */
class TimeEvalTest {
    /** Two paragraphs of our own, four TIMEX3s, an EVENT to drop and an entity to decode. */
    static final String TML = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>bakery</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="2018-03-08T09:30:00" functionInDocument="CREATION_TIME">20180308</TIMEX3></DCT>
            <TEXT>
            The bakery <EVENT eid="e1" class="OCCURRENCE">opened</EVENT> <TIMEX3 tid="t1" type="DATE" value="2018-03-06">on Tuesday</TIMEX3> after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> of work &amp; planning.

            Its owner moved here in <TIMEX3 tid="t3" type="DATE" value="2016">2016</TIMEX3> and bakes <TIMEX3 tid="t4" type="SET" value="P1D">every morning</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @TempDir
    Path dir;

    @Test
    void readsTextSpansAndCreationDate() throws IOException {
        TimeMl.Document doc = TimeMl.parse("bakery.tml", TML);
        assertEquals(LocalDate.of(2018, 3, 8), doc.created());
        assertEquals(4, doc.timexes().size());
        List<String> spans = doc.timexes().stream().map(x -> doc.text().substring(x.start(), x.end())).toList();
        assertEquals(List.of("on Tuesday", "three years", "2016", "every morning"), spans);
        assertEquals("P3Y", doc.timexes().get(1).value());
        assertEquals("DURATION", doc.timexes().get(1).type());
        // Tags are gone, the entity is decoded, paragraphs split at the blank line.
        assertEquals("The bakery opened on Tuesday after three years of work & planning.",
                doc.paragraphs().get(0).textOf(doc.text()));
        assertEquals(2, doc.paragraphs().size());
        assertEquals("Its owner moved here in 2016 and bakes every morning.",
                doc.paragraphs().get(1).textOf(doc.text()));
    }

    @Test
    void rejectsMarkupWithoutTextAndToleratesAMissingCreationDate() throws IOException {
        assertThrows(IOException.class, () -> TimeMl.parse("x.tml", "<TimeML><DCT></DCT></TimeML>"));
        assertThrows(IOException.class, () -> TimeMl.parse("x.tml", "<TimeML><TEXT>a</TIMEX3></TEXT></TimeML>"));
        assertNull(TimeMl.parse("x.tml", "<TimeML><TEXT>No date here.</TEXT></TimeML>").created());
    }

    @Test
    void tempEval3MetricsByHand() throws IOException {
        TimeMl.Document doc = TimeMl.parse("bakery.tml", TML);
        String text = doc.text();
        // Found: "Tuesday" (inside gold "on Tuesday": relaxed only, right value), "three years" (exact, right),
        // "2016" (exact, wrong value), "morning" (inside "every morning": relaxed, wrong type and value), and
        // "work" (no gold): 5 found, 4 gold.
        List<TimeExpression> found = List.of(
                found(text, "Tuesday", Type.DATE, "2018-03-06"),
                found(text, "three years", Type.DURATION, "P3Y"),
                found(text, "2016", Type.DATE, "2015"),
                found(text, "morning", Type.TIME, "2018-03-08TMO"),
                found(text, "work", Type.DATE, "PRESENT_REF"));
        List<TimeScores.Pair> pairs = new ArrayList<>();
        TimeScores s = TimeScores.compare(doc.timexes(), found, pairs, "bakery.tml").scores(1, Map.of(), 0);
        // Strict: 2 of 5 found, 2 of 4 gold. P 0.4, R 0.5, F1 = 2 * 0.2 / 0.9.
        assertEquals(0.4, s.strictPrecision(), 1e-9);
        assertEquals(0.5, s.strictRecall(), 1e-9);
        assertEquals(0.4 / 0.9, s.strictF1(), 1e-9);
        // Relaxed: 4 of 5 found, 4 of 4 gold. P 0.8, R 1, F1 = 1.6 / 1.8.
        assertEquals(0.8, s.relaxedPrecision(), 1e-9);
        assertEquals(1.0, s.relaxedRecall(), 1e-9);
        assertEquals(1.6 / 1.8, s.relaxedF1(), 1e-9);
        // Values right in 2 of the 4 pairs; types right in 3.
        assertEquals(0.5, s.valueAccuracy(), 1e-9);
        assertEquals(0.5 * 1.6 / 1.8, s.valueF1(), 1e-9);
        assertEquals(0.75, s.typeAccuracy(), 1e-9);
        assertEquals(Map.of(TimeScores.Outcome.CORRECT, 1, TimeScores.Outcome.EXTENT, 1,
                TimeScores.Outcome.VALUE, 2, TimeScores.Outcome.TYPE, 0, TimeScores.Outcome.MISSED, 0,
                TimeScores.Outcome.SPURIOUS, 1), new HashMap<>(TimeEval.outcomes(pairs)));
    }

    @Test
    void runsOverAFolderAndDigestsIt() throws IOException {
        Files.createDirectories(dir.resolve("a"));
        Files.writeString(dir.resolve("a/bakery.tml"), TML);
        TimeScores s = TimeEval.run(dir, null);
        assertEquals(1, s.documents());
        assertEquals(4, s.gold());
        assertEquals(4, s.byType().values().stream().mapToInt(TimeScores::gold).sum());
        String digest = TimeEval.digest(dir);
        Files.writeString(dir.resolve("a/bakery.tml"), TML.replace("2016", "2015"));
        assertNotEquals(digest, TimeEval.digest(dir));
    }

    private static TimeExpression found(String text, String span, Type type, String value) {
        int start = text.indexOf(span);
        return new TimeExpression(start, start + span.length(), span, type, value, null, false, 0.9, "test");
    }
}
