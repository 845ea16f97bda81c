package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
    @Test
    void theSameSeedGivesTheSameSignatureAndAnotherSeedAnother() {
        long[] set = LongStream.range(0, 300).toArray();
        assertArrayEquals(new MinHash(64, 7).signature(set), new MinHash(64, 7).signature(set));
        assertTrue(MinHash.estimate(new MinHash(64, 7).signature(set), new MinHash(64, 8).signature(set)) < 0.1);
    }

    @Test
    void signaturesIgnoreOrderAndRepeats() {
        MinHash m = new MinHash(32, 1);
        assertArrayEquals(m.signature(new long[] {5, 9, 2}), m.signature(new long[] {2, 2, 9, 5, 9}));
    }

    @Test
    void agreementEstimatesJaccardSimilarity() {
        MinHash m = new MinHash(512, 42);
        // A = 0..999, B = 500..1499: Jaccard similarity 500 / 1500 = 1/3.
        double estimate = MinHash.estimate(m.signature(LongStream.range(0, 1000).toArray()),
                m.signature(LongStream.range(500, 1500).toArray()));
        // 512 values give a standard error of about 0.02; with this fixed seed the estimate is within 0.05.
        assertEquals(1 / 3.0, estimate, 0.05);
        assertEquals(1.0, MinHash.estimate(m.signature(new long[] {1, 2, 3}), m.signature(new long[] {3, 2, 1})));
        assertEquals(0.0, MinHash.estimate(m.signature(LongStream.range(0, 100).toArray()),
                m.signature(LongStream.range(100, 200).toArray())));
    }

    @Test
    void needsAtLeastOneFunction() {
        assertThrows(IllegalArgumentException.class, () -> new MinHash(0, 1));
    }
}
