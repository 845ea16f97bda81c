package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Entity;
import org.newslens.model.Span;

class TechniqueEvalTest {
    @TempDir
    Path dir;

    @Test
    void spanOverlapFollowsTheSemEvalDefinition() {
        SpanOverlap o = new SpanOverlap();
        // Gold [0,10) and [20,30); predicted [5,15) covers half of the first gold span and a third of itself lies
        // outside gold... precisely: |[5,10)| = 5, so C = 5/10 for precision and 5/10 for recall.
        // Predicted [20,30) matches the second gold span exactly.
        o.add(List.of(new int[] {5, 15}, new int[] {20, 30}), List.of(new int[] {0, 10}, new int[] {20, 30}));
        assertEquals((0.5 + 1.0) / 2, o.precision(), 1e-12);
        assertEquals((0.5 + 1.0) / 2, o.recall(), 1e-12);
        // Overlapping gold spans are merged first: [0,10) and [5,20) count as one span [0,20).
        SpanOverlap merged = new SpanOverlap();
        merged.add(List.of(new int[] {0, 20}), List.of(new int[] {0, 10}, new int[] {5, 20}));
        assertEquals(1.0, merged.f1(), 1e-12);
        assertEquals(1, merged.gold());
    }

    @Test
    void readsCodePointOffsetsAndKeepsTheByteOrderMark() throws IOException {
        Path articles = Files.createDirectories(dir.resolve("dev-articles"));
        // Invented: a BOM, then an emoji (two UTF-16 units, one code point) before the labelled word.
        String text = "\uFEFFTitle 😀\n\nA truly awful plan.";
        Files.writeString(articles.resolve("article1.txt"), text, StandardCharsets.UTF_8);
        int awful = text.codePointCount(0, text.indexOf("awful"));
        Files.writeString(dir.resolve("dev-task-flc-tc.labels"), "1\tLoaded_Language\t" + awful + "\t" + (awful + 5) + "\n");
        Files.writeString(dir.resolve("dev-task-si.labels"), "1\t" + awful + "\t" + (awful + 5) + "\n");
        List<PtcCorpus.PtcArticle> read = PtcCorpus.read(dir, "dev");
        assertEquals(1, read.size());
        PtcCorpus.PtcArticle a = read.get(0);
        assertEquals('\uFEFF', a.text().charAt(0));
        PtcCorpus.Label l = a.techniques().get(0);
        assertEquals("Loaded_Language", l.technique());
        assertEquals("awful", a.text().substring(a.toChars(l.start()), a.toChars(l.end())));
        assertEquals(l.start(), a.toCodePoints(a.toChars(l.start())));
    }

    @Test
    void swapReplacesEveryMentionAndMapsOffsets() {
        String text = "Ann Lee met Bo. Later Bo praised Lee.";
        Entity ann = new Entity("e1", Entity.Type.PERSON, "Ann Lee", List.of("Lee"),
                List.of(new Span(0, 7), new Span(33, 36)));
        Entity bo = new Entity("e2", Entity.Type.PERSON, "Bo", List.of(), List.of(new Span(12, 14), new Span(22, 24)));
        SwapEval.Swapped s = SwapEval.swap(text, List.of(ann, bo));
        assertEquals("Bo met Ann Lee. Later Ann Lee praised Bo.", s.text());
        // "praised" starts at 25 in the original and at 30 in the swapped text.
        assertEquals(30, s.map(25, false));
        assertEquals("praised", s.text().substring(s.map(25, false), s.map(32, true)));
        // An offset inside a name goes to the replacement's edge.
        assertEquals(0, s.map(3, false));
        assertEquals(2, s.map(3, true));
        assertNull(SwapEval.swap(text, List.of(ann)));
    }
}
