package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticEmbeddingsTest {
    static final List<String> VOCAB = List.of("[UNK]", "rain", "sun");

    static StaticEmbeddings table() {
        // Rows: [UNK] = (0, 0), rain = (1, 0), sun = (0, 2).
        return StaticEmbeddings.of(VOCAB, 2, new float[] {0, 0, 1, 0, 0, 2});
    }

    @Test
    void aSentenceIsTheUnitLengthMeanOfItsPieces() {
        StaticEmbeddings t = table();
        assertArrayEquals(new float[] {1, 0}, t.embed(List.of("rain")), 1e-6f);
        assertArrayEquals(new float[] {0, 1}, t.embed(List.of("Sun")), 1e-6f);
        // Ids 1 and 2 fall before the first whole-word id, so both get the same weight: (1, 0) + (0, 2), normalised.
        float r = (float) (1 / Math.sqrt(5));
        assertArrayEquals(new float[] {r, 2 * r}, t.embed(List.of("rain", "sun")), 1e-6f);
        assertArrayEquals(new float[] {0, 0}, t.embed(List.of("fog")), 0f);
    }

    @Test
    void writesAndReadsBackTheSameTable() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table().write(bytes);
        StaticEmbeddings back = StaticEmbeddings.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(2, back.dimensions());
        assertArrayEquals(table().embed(List.of("rain", "sun")), back.embed(List.of("rain", "sun")), 0f);
    }

    @Test
    void rejectsAnotherFile() {
        assertThrows(IOException.class, () -> StaticEmbeddings.read(new ByteArrayInputStream(new byte[] {0, 3, 'a',
            'b', 'c'})));
    }
}
