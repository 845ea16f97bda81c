package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPiecesTest {
    static final List<String> VOCAB = List.of("[PAD]", "[UNK]", "un", "##aff", "##able", "cafe", "the", "##s", "run");

    static List<Integer> split(String word) {
        WordPieces.IntList out = new WordPieces.IntList();
        new WordPieces(VOCAB).split(word, out);
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            ids.add(out.get(i));
        }
        return ids;
    }

    @Test
    void longestPieceFirstThenContinuations() {
        assertEquals(List.of(2, 3, 4), split("unaffable"));
        assertEquals(List.of(8, 7), split("runs"));
    }

    @Test
    void lowerCaseWithoutAccents() {
        assertEquals(List.of(5), split("Café"));
        assertEquals(List.of(6), split("THE"));
    }

    @Test
    void aWordWithNoFittingPieceIsUnknownWhole() {
        assertEquals(List.of(1), split("unx"));
        assertEquals(List.of(1), split("x".repeat(500)));
        assertEquals(List.of(), split(""));
    }
}
