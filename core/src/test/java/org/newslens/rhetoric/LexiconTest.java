package org.newslens.rhetoric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newslens.model.Sentence;
import org.newslens.model.Token;

class LexiconTest {
    @Test
    void phrasesFlagEveryWordTheyCoverWithinOneSentence() {
        Lexicon lexicon = Lexicon.withCues(Map.of("awful", Lexicon.STRONG_SUBJECTIVE | Lexicon.NEGATIVE));
        String text = "Of course it was awful. Of. Course";
        List<Token> tokens = List.of(new Token(0, 2, null), new Token(3, 9, null), new Token(10, 12, null),
                new Token(13, 16, null), new Token(17, 22, null), new Token(22, 23, null), new Token(24, 26, null),
                new Token(26, 27, null), new Token(28, 34, null));
        List<Sentence> sentences = List.of(new Sentence(0, 23), new Sentence(24, 27), new Sentence(28, 34));
        ArticleView view = new ArticleView(text, sentences, tokens, List.of(), lexicon);
        assertTrue((view.flags[0] & Lexicon.BOOSTER) != 0);
        assertTrue((view.flags[1] & Lexicon.BOOSTER) != 0);
        assertEquals(Lexicon.STRONG_SUBJECTIVE | Lexicon.NEGATIVE, view.flags[4]);
        // "Of." and "Course" are in different sentences: no phrase.
        assertEquals(0, view.flags[6] & Lexicon.BOOSTER);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 1, 1, 2), java.util.Arrays.stream(view.sentence).boxed().toList());
    }

    @Test
    void stemmedEntriesCoverCommonInflections() {
        assertTrue(Lexicon.inflections("abandon").containsAll(List.of("abandons", "abandoned", "abandoning")));
        assertTrue(Lexicon.inflections("hate").contains("hating"));
        assertTrue(Lexicon.inflections("deny").contains("denies"));
    }

    @Test
    void decoderBridgesShortGapsAndTrimsPunctuation() {
        Lexicon lexicon = Lexicon.withCues(Map.of());
        String text = "a truly awful , and ugly plan .";
        List<Token> tokens = new java.util.ArrayList<>();
        int at = 0;
        for (String w : text.split(" ")) {
            tokens.add(new Token(at, at + w.length(), null));
            at += w.length() + 1;
        }
        ArticleView view = new ArticleView(text, List.of(new Sentence(0, text.length())), tokens, List.of(), lexicon);
        double[] p = {0.1, 0.6, 0.7, 0.3, 0.3, 0.8, 0.1, 0.9};
        List<SpanDecoder.TokenSpan> spans = new SpanDecoder(0.5, 0.25, 2, 0).decode(view, p);
        assertEquals(1, spans.size());
        assertEquals(1, spans.get(0).first());
        assertEquals(5, spans.get(0).last());
        // The lone "." is trimmed to nothing; without bridging the two parts stay apart.
        assertEquals(2, new SpanDecoder(0.5, 0.5, 2, 0).decode(view, p).size());
    }
}
