package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;
import org.newslens.model.ReusePassage;
import org.newslens.testing.SpanChecks;

class ReuseDetectorTest {
    static final String WIRE = Prose.sentences(10, 14);
    static final String FOOTER = Prose.sentences(500, 6);
    static final ReuseDetector DETECTOR = new ReuseDetector(ReuseOptions.defaults());

    static ReuseDocument doc(String id, String site, String day, String text) {
        return new ReuseDocument(id, site, day == null ? null : LocalDate.parse(day), text);
    }

    static String reword(String text, int every) {
        String[] tokens = text.split(" ");
        for (int i = 2; i < tokens.length - 1; i += every) {
            tokens[i] = "zeppelin";
        }
        return String.join(" ", tokens);
    }

    @Test
    void aCopyOnAnotherSiteIsPairedWithTheEarlierArticleAsSource() {
        String copy = "Subscribe to the Daily for more. " + reword(WIRE, 6) + " Comments are closed.";
        ReuseReport r = DETECTOR.detect(List.of(doc("copy", "daily.example", "2024-03-02", copy),
                doc("wire", "wire.example", "2024-03-01", WIRE),
                doc("other", "other.example", "2024-03-01", Prose.sentences(11, 14))));
        assertEquals(1, r.pairs().size());
        ReusePair p = r.pairs().get(0);
        assertEquals("wire", p.a());
        assertEquals("copy", p.b());
        assertTrue(p.similarity() > 0.9, p.toString());
        assertTrue(p.confidence() > 0.5 && p.confidence() <= 1, p.toString());
        for (ReusePassage s : p.passages()) {
            // Offsets point into the texts of a (the wire) and b (the copy) respectively.
            assertTrue(s.a().end() <= WIRE.length() && s.b().end() <= copy.length());
        }
        AlignmentTest.assertWellFormed(WIRE, copy, p.passages());
        assertTrue(p.reason().contains("shared passage"), p.reason());
        ReuseCluster c = r.clusters().get(0);
        assertEquals("wire", c.source());
        assertEquals(List.of("wire", "copy"), c.members());
        assertEquals("published first, on 2024-03-01", c.reason());
        assertEquals(3, r.documents());
    }

    @Test
    void withoutDatesTheSourceIsUnknown() {
        ReuseReport r = DETECTOR.detect(List.of(doc("b", "one.example", null, WIRE),
                doc("a", "two.example", null, WIRE)));
        assertEquals(1, r.clusters().size());
        assertNull(r.clusters().get(0).source());
        assertEquals("a", r.pairs().get(0).a());
    }

    @Test
    void pagesOfOneSiteAreNeverAPair() {
        ReuseReport r = DETECTOR.detect(List.of(doc("v1", "daily.example", "2024-03-02", WIRE),
                doc("v2", "daily.example", "2024-03-03", WIRE + " Updated with new figures.")));
        assertEquals(List.of(), r.pairs());
    }

    @Test
    void footersSitesRepeatAreNotReuseButTheSameFootersWithoutSitesAre() {
        List<ReuseDocument> withSites = new ArrayList<>();
        List<ReuseDocument> withoutSites = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String text = Prose.sentences(100 + i, 8) + "\n\n" + FOOTER;
            String site = i < 3 ? "network-a.example" : "network-b.example";
            withSites.add(doc("d" + i, site, "2024-01-0" + (i + 1), text));
            withoutSites.add(doc("d" + i, null, "2024-01-0" + (i + 1), text));
        }
        assertEquals(List.of(), DETECTOR.detect(withSites).pairs());
        // The footer is long enough that, not known as boilerplate, it links every pair.
        assertEquals(15, DETECTOR.detect(withoutSites).pairs().size());
    }

    @Test
    void twoVersionsOfOneStoryOnASiteStillMatchTheWire() {
        ReuseReport r = DETECTOR.detect(List.of(doc("wire", "wire.example", "2024-03-01", WIRE),
                doc("v1", "daily.example", "2024-03-02", WIRE),
                doc("v2", "daily.example", "2024-03-03", WIRE + " " + Prose.sentences(7, 2))));
        assertEquals(List.of("wire~v1", "wire~v2"), r.pairs().stream().map(p -> p.a() + "~" + p.b()).toList());
        assertEquals(List.of("wire", "v1", "v2"), r.clusters().get(0).members());
    }

    @Test
    void duplicateIdsAreMisuse() {
        assertThrows(IllegalArgumentException.class, () -> DETECTOR.detect(List.of(doc("x", null, null, WIRE),
                doc("x", null, null, WIRE))));
    }

    @Test
    void randomTextGivesWellFormedResultsQuickly() {
        Random random = new Random(5);
        List<ReuseDocument> docs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = SpanChecks.randomText(random, 3000);
            docs.add(doc("r" + i, i % 2 == 0 ? "even.example" : null, null, i % 10 == 9
                    ? docs.get(i - 1).text() : text));
        }
        ReuseReport r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> DETECTOR.detect(docs));
        for (ReusePair p : r.pairs()) {
            String a = docs.stream().filter(d -> d.id().equals(p.a())).findFirst().orElseThrow().text();
            String b = docs.stream().filter(d -> d.id().equals(p.b())).findFirst().orElseThrow().text();
            AlignmentTest.assertWellFormed(a, b, p.passages());
        }
        for (int i = 0; i < 20; i++) {
            String a = SpanChecks.randomText(random, 2000);
            String b = random.nextBoolean() ? a : SpanChecks.randomText(random, 2000);
            AlignmentTest.assertWellFormed(a, b, ReuseDetector.align(a, b));
        }
    }

    @Test
    void aTwoMegabyteSentenceWithoutPunctuationFinishes() {
        StringBuilder sb = new StringBuilder();
        Random random = new Random(9);
        String[] words = Prose.sentences(3, 40).replace(".", "").toLowerCase().split(" ");
        while (sb.length() < 2_000_000) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        String huge = sb.toString();
        ReuseReport r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DETECTOR.detect(List.of(
                doc("huge", "a.example", null, huge), doc("copy", "b.example", null, huge),
                doc("small", "c.example", null, WIRE))));
        assertEquals(1, r.pairs().size());
        AlignmentTest.assertWellFormed(huge, huge, r.pairs().get(0).passages());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> ReuseOptions.defaults().withMinSimilarity(1.5));
        assertThrows(IllegalArgumentException.class, () -> ReuseOptions.defaults().withBanding(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ReuseOptions.defaults().withMinAgreeing(500));
    }
}
