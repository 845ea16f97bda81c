package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.model.Span;
import org.newslens.reuse.ReuseDetector;
import org.newslens.reuse.ReuseOptions;

/** The generated benchmark on invented originals: reproducible, copies built as described, and scored right. */
class ReuseBenchmarkTest {
    /** Invented words; each original draws its paragraphs from them with its own seed. */
    private static final String[] WORDS = ("harbour council tram orchard ferry bridge market winter budget museum"
            + " river school mayor storm village road festival library railway clinic farmers bakery station tower"
            + " valley island garden factory theatre parade canal lantern quarry meadow beacon harvest workshop"
            + " reopened announced delayed approved rejected expanded repaired visited closed promised measured"
            + " counted painted opened planned crossed built moved sold bought raised lowered warned praised"
            + " quickly slowly early late again nearly twice already often rarely northern southern eastern"
            + " western old new small large busy quiet wet dry bright narrow wide").split(" ");

    static List<ReuseBenchmark.Original> originals(int n) {
        List<ReuseBenchmark.Original> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Random r = new Random(1000 + i);
            StringBuilder text = new StringBuilder();
            List<Span> paragraphs = new ArrayList<>();
            for (int p = 0; p < 4; p++) {
                if (p > 0) {
                    text.append("\n\n");
                }
                int start = text.length();
                for (int w = 0; w < 35; w++) {
                    text.append(w == 0 ? "" : " ").append(WORDS[r.nextInt(WORDS.length)]);
                }
                text.append('.');
                paragraphs.add(new Span(start, text.length()));
            }
            out.add(new ReuseBenchmark.Original(String.format("p%03d", i), "site" + i + ".example", text.toString(),
                    paragraphs));
        }
        return out;
    }

    @Test
    void theSameSeedGivesTheSameBenchmark() {
        List<ReuseBenchmark.Original> originals = originals(60);
        assertEquals(ReuseBenchmark.generate(originals, 3), ReuseBenchmark.generate(originals, 3));
        assertNotEquals(ReuseBenchmark.generate(originals, 3), ReuseBenchmark.generate(originals, 4));
    }

    @Test
    void copiesAreMadeAsDescribed() {
        List<ReuseBenchmark.Original> originals = originals(60);
        Map<String, ReuseBenchmark.Original> byId = new HashMap<>();
        originals.forEach(o -> byId.put(o.id(), o));
        List<ReuseBenchmark.Doc> docs = ReuseBenchmark.generate(originals, 1);
        Map<Double, Integer> bands = new HashMap<>();
        int copies = 0;
        for (ReuseBenchmark.Doc d : docs) {
            if (d.original()) {
                assertEquals(d.id(), d.family());
                continue;
            }
            copies++;
            bands.merge(d.rewording(), 1, Integer::sum);
            ReuseBenchmark.Original o = byId.get(d.family());
            assertTrue(d.site().startsWith("republisher-"), d.site());
            ReuseBenchmark.Doc original = docs.stream().filter(x -> x.id().equals(o.id())).findFirst().orElseThrow();
            assertTrue(d.published().isAfter(original.published()), "copies come after their original");
            int words = 0;
            int changed = 0;
            for (Span s : d.copied()) {
                String copied = s.textOf(d.text());
                // Every copied paragraph is one of the original's, word for word apart from the rewording.
                String[] got = copied.split(" ");
                int fewest = Integer.MAX_VALUE;
                for (Span p : o.paragraphs()) {
                    String[] want = p.textOf(o.text()).split(" ");
                    if (want.length == got.length) {
                        int differ = 0;
                        for (int k = 0; k < got.length; k++) {
                            differ += got[k].equals(want[k]) ? 0 : 1;
                        }
                        fewest = Math.min(fewest, differ);
                    }
                }
                words += got.length;
                changed += fewest;
            }
            // At least 60% of the original's words are kept.
            assertTrue(words >= 0.6 * ReuseBenchmark.words(o.text()), d.id());
            assertEquals(d.rewording(), changed / (double) words, 0.12, d.id());
        }
        assertTrue(copies > 40, "copies: " + copies);
        assertEquals(ReuseBenchmark.REWORDING_BANDS.length, bands.size());
        int min = bands.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = bands.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertTrue(max - min <= 1, "bands are filled in turn: " + bands);
    }

    @Test
    void pagesSharingLongRunsOfTextAreOneFamily() {
        List<ReuseBenchmark.Original> originals = new ArrayList<>(originals(3));
        ReuseBenchmark.Original twin = originals.get(1);
        originals.add(new ReuseBenchmark.Original("p900", "elsewhere.example", "Intro. " + twin.text(),
                List.of(new Span(0, twin.text().length() + 7))));
        Map<String, String> families = SharedText.families(originals);
        assertEquals("p001", families.get("p900"));
        assertEquals("p000", families.get("p000"));
        assertEquals("p002", families.get("p002"));
    }

    @Test
    void theDetectorIsScoredOnFamilies() {
        List<ReuseBenchmark.Doc> docs = ReuseBenchmark.generate(originals(80), 1);
        ReuseScores s = ReuseEval.score(docs, new ReuseDetector(ReuseOptions.defaults()));
        assertEquals(docs.size(), s.documents());
        assertEquals(1.0, s.precision(), 1e-9, s.wrong().toString());
        assertTrue(s.recallUpTo(0.2) >= 0.9, "recall " + s.recallUpTo(0.2));
        assertEquals(1.0, s.sourceAccuracy(), 1e-9);
        assertTrue(s.passagePrecision() > 0.95, "passage precision " + s.passagePrecision());
        assertEquals(s.metrics().keySet().stream().toList(), List.of("precision", "recall_le20", "recall_00",
                "recall_10", "recall_20", "recall_30", "recall_40", "recall_50", "copy_pairs_recall",
                "source_accuracy", "passage_precision", "passage_recall", "passage_precision_le20",
                "passage_recall_le20"));
    }
}
