package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.ReusePassage;
import org.newslens.model.Span;
import org.newslens.testing.SpanChecks;

/** Passages found by alignment, with offsets checked against the text they name in both articles. */
class AlignmentTest {
    static final String P1 = Prose.sentences(1, 6);
    static final String P2 = Prose.sentences(2, 6);
    static final String P3 = Prose.sentences(3, 6);
    static final String OTHER = Prose.sentences(99, 6);

    /** A paragraph as a passage covers it: from its first word to the end of its last (the final period is not a word). */
    private static String words(String paragraph) {
        return paragraph.substring(0, paragraph.length() - 1);
    }

    static void assertWellFormed(String a, String b, List<ReusePassage> passages) {
        SpanChecks.assertLayer("passage a", a, passages.stream().map(ReusePassage::a).toList(), true);
        List<Span> bSide = new ArrayList<>(passages.stream().map(ReusePassage::b).toList());
        bSide.sort(Comparator.comparingInt(Span::start));
        SpanChecks.assertLayer("passage b", b, bSide, true);
    }

    @Test
    void aCopiedParagraphIsFoundAtItsOffsetsInBothTexts() {
        String a = P1 + "\n\n" + P2;
        String b = "Readers wrote to us this week. " + P1 + "\n\n" + OTHER + "\n\n" + P2;
        List<ReusePassage> passages = ReuseDetector.align(a, b);
        assertWellFormed(a, b, passages);
        assertEquals(2, passages.size());
        SpanChecks.assertCovers(a, passages.get(0).a(), words(P1));
        SpanChecks.assertCovers(b, passages.get(0).b(), words(P1));
        SpanChecks.assertCovers(a, passages.get(1).a(), words(P2));
        SpanChecks.assertCovers(b, passages.get(1).b(), words(P2));
        assertEquals(1.0, passages.get(0).overlap());
        assertEquals(Words.of(P1).size(), passages.get(0).words());
    }

    @Test
    void reorderedParagraphsAreSeparatePassagesInTheOrderOfTheFirstText() {
        String a = P1 + "\n\n" + P2 + "\n\n" + P3;
        String b = P3 + "\n\n" + P1 + "\n\n" + P2;
        List<ReusePassage> passages = ReuseDetector.align(a, b);
        assertWellFormed(a, b, passages);
        assertEquals(2, passages.size());
        SpanChecks.assertCovers(a, passages.get(0).a(), words(P1 + "\n\n" + P2));
        SpanChecks.assertCovers(b, passages.get(0).b(), words(P1 + "\n\n" + P2));
        SpanChecks.assertCovers(a, passages.get(1).a(), words(P3));
        SpanChecks.assertCovers(b, passages.get(1).b(), words(P3));
    }

    @Test
    void rewordedWordsAreBridgedAndLowerTheOverlap() {
        String[] tokens = P1.split(" ");
        int changed = 0;
        for (int i = 3; i < tokens.length - 1; i += 7) {
            tokens[i] = "zeppelin";
            changed++;
        }
        String b = String.join(" ", tokens);
        List<ReusePassage> passages = ReuseDetector.align(P1, b);
        assertWellFormed(P1, b, passages);
        assertEquals(1, passages.size());
        ReusePassage p = passages.get(0);
        SpanChecks.assertCovers(P1, p.a(), words(P1));
        SpanChecks.assertCovers(b, p.b(), words(b));
        // Each changed word breaks the three trigrams that hold it; the words between still match.
        int n = Words.of(P1).size();
        assertEquals(n, p.words());
        assertEquals((n - changed) / (double) n, p.overlap(), 0.0001);
    }

    @Test
    void unrelatedTextsShareNothing() {
        assertEquals(List.of(), ReuseDetector.align(P1 + " " + P2, OTHER + " " + P3));
        assertEquals(List.of(), ReuseDetector.align("", P1));
        assertEquals(List.of(), ReuseDetector.align("one two", "one two"));
    }

    @Test
    void aStretchShorterThanAPassageIsNotOne() {
        // Seven shared words: below the matched words a passage needs.
        String shared = "northern ferry crossed the quiet canal early";
        assertTrue(ReuseDetector.align(P1 + " " + shared + " " + P2, OTHER + " " + shared + " " + P3).isEmpty());
        String longer = shared + " again before the parade";
        assertEquals(1, ReuseDetector.align(P1 + " " + longer + " " + P2, OTHER + " " + longer + " " + P3).size());
    }
}
