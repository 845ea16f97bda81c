package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {
    private static List<String> words(String text) {
        Words w = Words.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            out.add(text.substring(w.starts[i], w.ends[i]));
        }
        return out;
    }

    @Test
    void wordsAreRunsOfLettersAndDigitsWithTheirOffsets() {
        assertEquals(List.of("The", "pier", "cost", "4", "5", "million", "don", "t", "über", "Straße"),
                words("The pier—cost 4.5 million; don't (über) «Straße»!"));
    }

    @Test
    void caseIsFoldedButNotAccents() {
        Words w = Words.of("Pier PIER pier pièr");
        assertEquals(w.hashes[0], w.hashes[1]);
        assertEquals(w.hashes[0], w.hashes[2]);
        assertNotEquals(w.hashes[0], w.hashes[3]);
    }

    @Test
    void unspacedScriptsCountEachCharacterAsAWord() {
        assertEquals(List.of("港", "口", "重", "开", "pier", "2024"), words("港口重开 pier 2024"));
    }

    @Test
    void combiningMarksStayInsideTheirWord() {
        assertEquals(List.of("cafe\u0301", "bar"), words("cafe\u0301 bar"));
    }

    @Test
    void surrogatePairsAndControlCharactersDoNotBreakOffsets() {
        String text = "a😀b \u0000c 𝐀𝐁";
        assertEquals(List.of("a", "b", "c", "𝐀𝐁"), words(text));
    }
}
