package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShinglesTest {
    @Test
    void tokensAreRunsOfLettersDigitsNumbersAndUnderscoreWithCaseKept() {
        assertEquals(List.of("Über", "3", "½", "Ⅻ", "snake_case", "x2", "中文"),
                Shingles.tokens("Über-3, ½ Ⅻ! snake_case (x2) 中文."));
    }

    @Test
    void fewerThanFourTokensMakeOneShingleAndNoneMakeNone() {
        assertEquals(1, Shingles.of("one two").size());
        assertEquals(0, Shingles.of("... --- !!!").size());
        assertEquals(Map.of("a\u0001b\u0001c\u0001d", 1, "b\u0001c\u0001d\u0001e", 1), Shingles.of("a b c d e"));
    }

    @Test
    void comparisonCountsMultisets() {
        Map<String, Integer> truth = Shingles.of("a b c d a b c d");
        Map<String, Integer> predicted = Shingles.of("a b c d a b c d a b c d");
        // truth: abcd x2, bcda, cdab, dabc (5); predicted: abcd x3, bcda x2, cdab x2, dabc x2 (9).
        assertArrayEquals(new long[] {5, 4, 0}, Shingles.compare(truth, predicted));
    }
}
