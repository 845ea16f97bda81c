package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LshTest {
    @Test
    void documentsSharingOneWholeBandAreCandidates() {
        Lsh lsh = new Lsh(3, 2);
        lsh.add(0, new long[] {1, 2, 3, 4, 5, 6});
        lsh.add(1, new long[] {9, 9, 3, 4, 9, 9});   // band 1 equal to doc 0
        lsh.add(2, new long[] {1, 9, 9, 4, 5, 9});   // single values equal, no whole band
        lsh.add(3, new long[] {7, 7, 7, 7, 5, 6});   // band 2 equal to doc 0
        assertArrayEquals(new long[] {Lsh.pack(0, 1), Lsh.pack(0, 3)}, lsh.candidates());
    }

    @Test
    void pairsAreReportedOnceSortedLowFirst() {
        Lsh lsh = new Lsh(2, 1);
        lsh.add(5, new long[] {1, 2});
        lsh.add(2, new long[] {1, 2});
        long[] c = lsh.candidates();
        assertEquals(1, c.length);
        assertEquals(2, Lsh.low(c[0]));
        assertEquals(5, Lsh.high(c[0]));
    }

    @Test
    void candidateProbabilityFollowsTheBandingCurve() {
        Lsh lsh = new Lsh(20, 5);
        assertEquals(1 - Math.pow(1 - Math.pow(0.5, 5), 20), lsh.probability(0.5), 1e-12);
        assertEquals(0.0, lsh.probability(0), 1e-12);
        assertEquals(1.0, lsh.probability(1), 1e-12);
    }

    @Test
    void realSignaturesOfNearDuplicatesCollideAndOfStrangersDoNot() {
        MinHash m = new MinHash(128, 3);
        Lsh lsh = new Lsh(128, 1);
        lsh.add(0, m.signature(LongStream.range(0, 1000).toArray()));
        lsh.add(1, m.signature(LongStream.range(100, 1100).toArray()));
        lsh.add(2, m.signature(LongStream.range(5000, 6000).toArray()));
        assertArrayEquals(new long[] {Lsh.pack(0, 1)}, lsh.candidates());
    }

    @Test
    void shortSignaturesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Lsh(4, 4).add(0, new long[8]));
    }
}
