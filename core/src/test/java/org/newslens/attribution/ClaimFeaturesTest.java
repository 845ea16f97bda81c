package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Entity;
import org.newslens.model.Token;

class ClaimFeaturesTest {
    /** Whitespace tokens, with a final "." or "?" split off: enough for these invented sentences. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && text.charAt(end) != ' ') {
                end++;
            }
            int wordEnd = end;
            if (wordEnd - i > 1 && (text.charAt(wordEnd - 1) == '.' || text.charAt(wordEnd - 1) == '?')) {
                wordEnd--;
            }
            tokens.add(new Token(i, wordEnd, null));
            if (wordEnd < end) {
                tokens.add(new Token(wordEnd, end, null));
            }
            i = end;
        }
        return tokens;
    }

    static double cue(ClaimFeatures.Vector v, ClaimCue cue) {
        return v.cues()[cue.ordinal()];
    }

    @Test
    void figuresYearsPastTenseAndNamesFireTheirCues() {
        String text = "The Harbour Trust sold 4,500 tickets in 2019.";
        List<ClaimFeatures.Name> names = List.of(new ClaimFeatures.Name(4, 17, Entity.Type.ORGANIZATION));
        ClaimFeatures.Vector v = ClaimFeatures.extract(text, tokens(text), names, null);
        assertEquals(0.5, cue(v, ClaimCue.FIGURE));
        assertEquals(0.5, cue(v, ClaimCue.DATE));
        assertEquals(0.5, cue(v, ClaimCue.PAST));
        assertEquals(0.5, cue(v, ClaimCue.ORGANIZATION));
        assertEquals(0, cue(v, ClaimCue.QUESTION));
        assertEquals(0, cue(v, ClaimCue.FIRST_SINGULAR));
        assertEquals(0, v.embedding().length);
    }

    @Test
    void questionsFirstPersonAndModalsFireTheirCues() {
        String text = "Should I really believe you?";
        ClaimFeatures.Vector v = ClaimFeatures.extract(text, tokens(text), List.of(), null);
        assertEquals(0.5, cue(v, ClaimCue.QUESTION));
        assertEquals(0.5, cue(v, ClaimCue.FIRST_SINGULAR));
        assertEquals(0.5, cue(v, ClaimCue.SECOND_PERSON));
        assertEquals(0.5, cue(v, ClaimCue.MODAL));
        // "really" and "believe": two opinion markers saturate the cue.
        assertEquals(1.0, cue(v, ClaimCue.OPINION));
        assertEquals(0.5, cue(v, ClaimCue.SHORT));
    }

    @Test
    void aNameIsOneSymbolSoThatOtherNamesHashAlike() {
        String a = "Maria Lopez resigned.";
        String b = "Tom resigned.";
        ClaimFeatures.Vector va = ClaimFeatures.extract(a, tokens(a),
                List.of(new ClaimFeatures.Name(0, 11, Entity.Type.PERSON)), null);
        ClaimFeatures.Vector vb = ClaimFeatures.extract(b, tokens(b),
                List.of(new ClaimFeatures.Name(0, 3, Entity.Type.PERSON)), null);
        assertEquals(List.of(toList(va.ngrams())), List.of(toList(vb.ngrams())));
        assertEquals(0.5, cue(va, ClaimCue.PERSON));
        // Unigrams "<person>", "resigned", "."; bigrams with the sentence marks: 3 + 4.
        assertEquals(7, va.ngrams().length);
        assertEquals(1 / Math.sqrt(7), va.ngramValue(), 1e-12);
    }

    @Test
    void normalisingMapsFiguresToOneSymbol() {
        assertEquals("<num>", ClaimFeatures.normalise("30,000"));
        assertEquals("<num>", ClaimFeatures.normalise("2016"));
        assertEquals("don't", ClaimFeatures.normalise("Don\u2019t"));
        assertTrue(ClaimFeatures.isYear("1988"));
        assertTrue(ClaimFeatures.isYear("1980s"));
        assertFalse(ClaimFeatures.isYear("3000"));
        assertFalse(ClaimFeatures.isYear("30,000"));
    }

    @Test
    void pastTenseNeedsARealVerbEnding() {
        assertTrue(ClaimFeatures.isPast("relocated"));
        assertTrue(ClaimFeatures.isPast("fell"));
        assertFalse(ClaimFeatures.isPast("need"));
        assertFalse(ClaimFeatures.isPast("hundred"));
        assertFalse(ClaimFeatures.isPast("red"));
    }

    @Test
    void bucketsAreStableAndInRange() {
        int b = ClaimFeatures.bucket("w", "tickets", "");
        assertEquals(b, ClaimFeatures.bucket("w", "tickets", ""));
        assertTrue(b >= 0 && b < ClaimFeatures.BUCKETS);
        // The kind is part of the key: a unigram and a bigram of the same words differ.
        assertTrue(b != ClaimFeatures.bucket("b", "tickets", ""));
    }

    @Test
    void emptySentenceHasNoNgramsButSentenceMarks() {
        ClaimFeatures.Vector v = ClaimFeatures.extract("", List.of(), List.of(), null);
        assertEquals(1, v.ngrams().length);
        assertEquals(0.5, cue(v, ClaimCue.SHORT));
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> l = new ArrayList<>();
        for (int x : a) {
            l.add(x);
        }
        return l;
    }
}
