package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Making tagged relations univocal, on token indices only (no model). */
class RelationTaggerTest {
    // Token indices of an invented sentence:
    // 0 The 1 mayor 2 said 3 the 4 bridge 5 was 6 safe 7 , 8 adding 9 that 10 repairs 11 would 12 wait 13 .
    private static RelationTagger.Tagged said() {
        return new RelationTagger.Tagged(2, 3, spans(0, 2), spans(3, 7), 1f);
    }

    private static List<int[]> spans(int... bounds) {
        List<int[]> out = new java.util.ArrayList<>();
        for (int i = 0; i < bounds.length; i += 2) {
            out.add(new int[] {bounds[i], bounds[i + 1]});
        }
        return out;
    }

    @Test
    void aParticipleSharesTheSubjectOfTheMainVerb() {
        RelationTagger.Tagged adding = new RelationTagger.Tagged(8, 9, spans(0, 2), spans(9, 13), 1f);
        List<RelationTagger.Tagged> out = RelationTagger.univocal(14, List.of(said(), adding));
        assertEquals(2, out.size());
        assertArrayEquals(new int[] {0, 2}, out.get(0).sources().get(0));
        assertArrayEquals(new int[] {0, 2}, out.get(1).sources().get(0));
        assertArrayEquals(new int[] {9, 13}, out.get(1).contents().get(0));
    }

    @Test
    void aSourceTokenThatIsAnotherRelationsContentGoesToThatContent() {
        // A second cue wrongly reaching back for a source inside the first relation's content loses those tokens.
        RelationTagger.Tagged adding = new RelationTagger.Tagged(8, 9, spans(3, 5), spans(9, 13), 1f);
        List<RelationTagger.Tagged> out = RelationTagger.univocal(14, List.of(said(), adding));
        assertArrayEquals(new int[] {3, 7}, out.get(0).contents().get(0));
        assertEquals(0, out.get(1).sources().size());
    }

    @Test
    void aCueInsideAnotherRelationsContentIsPartOfThatContent() {
        RelationTagger.Tagged greedy = new RelationTagger.Tagged(2, 3, spans(0, 2), spans(3, 13), 1f);
        RelationTagger.Tagged adding = new RelationTagger.Tagged(8, 9, spans(0, 2), spans(9, 13), 1f);
        List<RelationTagger.Tagged> out = RelationTagger.univocal(14, List.of(greedy, adding));
        // "adding" lies inside the greedy content: PolNeAR annotates no nested speech, so only the outer one stays.
        assertEquals(1, out.size());
        assertArrayEquals(new int[] {3, 13}, out.get(0).contents().get(0));
    }

    @Test
    void aContentStopsBeforeAnotherSentenceWithItsOwnCue() {
        String text = "The mayor said the bridge was safe. Engineers argued that it was not.";
        TokenSheet s = Fixtures.sheet(text, false);
        int said = SourceKindsTest.tokens(s, text, "said")[0];
        int argued = SourceKindsTest.tokens(s, text, "argued")[0];
        int[] secondSentence = SourceKindsTest.tokens(s, text, "Engineers argued that it was not.");
        RelationTagger.Tagged greedy = new RelationTagger.Tagged(said, said + 1, spans(0, said),
                spans(said + 1, secondSentence[1]), 1f);
        RelationTagger.Tagged other = new RelationTagger.Tagged(argued, argued + 1, spans(argued - 1, argued),
                spans(argued + 1, secondSentence[1]), 1f);
        List<RelationTagger.Tagged> out = RelationTagger.trimmedAtOtherSentences(s, List.of(greedy, other));
        assertArrayEquals(new int[] {said + 1, secondSentence[0]}, out.get(0).contents().get(0));
        assertArrayEquals(new int[] {argued + 1, secondSentence[1]}, out.get(1).contents().get(0));
    }

    @Test
    void anAppositiveSourceKeepsItsClosingCommaAndAPlainOneDropsIt() {
        String text = "Ann Lee, a lawyer for the firm, said it was safe.";
        TokenSheet s = Fixtures.sheet(text, false);
        int said = SourceKindsTest.tokens(s, text, "said")[0];
        int lawyerEnd = SourceKindsTest.tokens(s, text, "Ann Lee, a lawyer for the firm")[1];
        assertArrayEquals(new int[] {0, lawyerEnd + 1}, Frames.appositiveComma(s, spans(0, lawyerEnd), said).get(0));
        String plain = "Ann Lee, who works there, said it was safe.";
        TokenSheet p = Fixtures.sheet(plain, false);
        assertArrayEquals(new int[] {0, 2}, Frames.appositiveComma(p, spans(0, 3), 3).get(0));
    }

    @Test
    void aContentDropsTheLinkingWordsItEndsWith() {
        String text = "Experts say the wall is a waste, and a group warned that \"it is wrong, and\" more.";
        TokenSheet s = Fixtures.sheet(text, false);
        int[] waste = SourceKindsTest.tokens(s, text, "the wall is a waste");
        int[] withLink = SourceKindsTest.tokens(s, text, "the wall is a waste, and");
        assertArrayEquals(waste, Frames.withoutDanglingLinks(s, spans(withLink[0], withLink[1])).get(0));
        // Inside quotation marks the words are the speaker's own and stay.
        int[] quoted = SourceKindsTest.tokens(s, text, "\"it is wrong, and\"");
        assertArrayEquals(quoted, Frames.withoutDanglingLinks(s, spans(quoted[0], quoted[1])).get(0));
        int[] inner = SourceKindsTest.tokens(s, text, "it is wrong, and");
        assertArrayEquals(inner, Frames.withoutDanglingLinks(s, spans(inner[0], inner[1])).get(0));
    }

    @Test
    void whomTheSpeakerToldIsNotWhatWasSaid() {
        String text = "Reyes told the river board on Monday that the wall would hold.";
        TokenSheet s = Fixtures.sheet(text, false);
        int told = SourceKindsTest.tokens(s, text, "told")[0];
        int[] that = SourceKindsTest.tokens(s, text, "that the wall would hold");
        assertArrayEquals(that, Frames.withoutRecipient(s, told + 1, spans(told + 1, that[1])).get(0));
        // A content that does not start at the cue, or a verb that takes no recipient, is left alone.
        assertArrayEquals(that, Frames.withoutRecipient(s, told + 1, spans(that[0], that[1])).get(0));
        String said = "Reyes said the river board on Monday that the wall would hold.";
        TokenSheet p = Fixtures.sheet(said, false);
        int saidAt = SourceKindsTest.tokens(p, said, "said")[0];
        assertArrayEquals(new int[] {saidAt + 1, p.n - 1},
                Frames.withoutRecipient(p, saidAt + 1, spans(saidAt + 1, p.n - 1)).get(0));
    }

    @Test
    void aShortTitleCaseQuotationIsATitle() {
        String text = "She told “Morning Joe” that it was “a very good day” and “Fine Words Matter” too.";
        TokenSheet s = Fixtures.sheet(text, false);
        List<QuoteMarks.Quotation> q = s.quotes.quotations;
        assertEquals(3, q.size());
        assertTrue(QuoteBuilder.isTitle(s, q.get(0)));
        assertTrue(!QuoteBuilder.isTitle(s, q.get(1)));
        assertTrue(QuoteBuilder.isTitle(s, q.get(2)));
    }

    @Test
    void trimmingManyReportsStaysLinear() {
        String text = "Ann said it rained. ".repeat(20_000);
        TokenSheet s = Fixtures.sheet(text, false);
        List<RelationTagger.Tagged> tagged = new java.util.ArrayList<>();
        for (int sentence = 0; sentence < s.sentenceStart.length; sentence++) {
            int first = s.sentenceStart[sentence];
            int last = s.sentenceEnd[sentence];
            // Each content wrongly runs to the end of the next sentence.
            int end = sentence + 1 < s.sentenceStart.length ? s.sentenceEnd[sentence + 1] : last;
            tagged.add(new RelationTagger.Tagged(first + 1, first + 2, spans(first, first + 1), spans(first + 2, end), 1f));
        }
        List<RelationTagger.Tagged> out = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5), () -> RelationTagger.trimmedAtOtherSentences(s, tagged));
        assertEquals(tagged.size(), out.size());
        assertArrayEquals(new int[] {2, s.sentenceEnd[0]}, out.get(0).contents().get(0));
    }
}
