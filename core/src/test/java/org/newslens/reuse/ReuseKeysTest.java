package org.newslens.reuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslens.model.ReusePair;

class ReuseKeysTest {
    static final ReuseKeys KEYS = new ReuseKeys(ReuseOptions.defaults());
    static final String WIRE = Prose.sentences(10, 14);

    @Test
    void aCopyHasTheSameKeysAndAnUnrelatedTextAlmostNone() {
        long[] original = KEYS.bandKeys(WIRE);
        assertEquals(ReuseOptions.DEFAULT_BANDS, original.length);
        assertArrayEquals(original, KEYS.bandKeys(WIRE));
        // Three words put in front add three shingles to about 150: a band keeps its key unless one of them takes
        // its minimum, which happens to about 3 bands in 128.
        assertTrue(shared(original, KEYS.bandKeys("Read more below. " + WIRE)) >= 115);
        // Another text of the same small vocabulary shares a shingle now and then, so a key or two may meet by
        // chance.
        long chance = shared(original, KEYS.bandKeys(Prose.sentences(11, 14)));
        assertTrue(chance <= 4, chance + " keys shared with an unrelated text");
    }

    private static long shared(long[] a, long[] b) {
        Set<Long> other = new HashSet<>();
        Arrays.stream(b).forEach(other::add);
        return Arrays.stream(a).filter(other::contains).count();
    }

    @Test
    void keysOfDifferentBandsNeverCoincide() {
        // One shingle repeated: every band's MinHash is that shingle's hash, yet each band has its own key.
        String echo = "the harbour council met again today ".repeat(40);
        long[] keys = KEYS.bandKeys(echo);
        assertEquals(0, keys.length, "one distinct shingle is too little to compare");
        long[] wire = KEYS.bandKeys(WIRE);
        assertEquals(wire.length, Arrays.stream(wire).distinct().count());
    }

    @Test
    void tooShortATextHasNoKeys() {
        assertEquals(0, KEYS.bandKeys("").length);
        assertEquals(0, KEYS.bandKeys("A short note about the harbour.").length);
    }

    @Test
    void verifyConfirmsACopyAndRejectsAnUnrelatedText() {
        ReusePair p = KEYS.verify("a", WIRE, "b", "Subscribe for more. " + WIRE);
        assertNotNull(p);
        assertEquals("a", p.a());
        assertEquals(1.0, p.similarity(), 1e-9);
        assertTrue(p.confidence() > 0.5 && p.confidence() <= 1, p.toString());
        assertTrue(p.reason().contains("100% of the shorter article"), p.reason());
        assertNull(KEYS.verify("a", WIRE, "b", Prose.sentences(11, 14)));
    }

    @Test
    void aTwoMegabyteTextGivesKeysQuickly() {
        String big = "x".repeat(2_000_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(0, KEYS.bandKeys(big).length);
            assertEquals(ReuseOptions.DEFAULT_BANDS, KEYS.bandKeys(Prose.sentences(3, 20_000)).length);
        });
    }
}
