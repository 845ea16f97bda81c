package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class LinearChainTest {
    static final String[] LABELS = {"O", "B-X", "I-X"};

    /** Words as one feature each: "a" starts an X span, "b" continues it, anything else is outside. */
    static int[][] features(String... words) {
        int[][] f = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            f[i] = new int[] {Hashing.of(1, words[i]), Hashing.of(2, "bias")};
        }
        return f;
    }

    static LinearChain trained() {
        ChainTrainer t = new ChainTrainer(LABELS);
        for (int epoch = 0; epoch < 5; epoch++) {
            t.learn(features("x", "a", "b", "b", "x"), new int[] {0, 1, 2, 2, 0});
            t.learn(features("a", "x", "a", "b"), new int[] {1, 0, 1, 2});
        }
        return t.average(0f);
    }

    @Test
    void learnsASeparableTaggingAndDecodesIt() {
        LinearChain chain = trained();
        assertArrayEquals(new int[] {0, 1, 2, 0, 1}, chain.decode(features("x", "a", "b", "x", "a"), null));
    }

    @Test
    void insideLabelsOnlyFollowTheirBeginning() {
        boolean[] allowed = LinearChain.allowedTransitions(LABELS);
        int l = LABELS.length;
        assertFalse(allowed[0 * l + 2], "O -> I-X");
        assertTrue(allowed[1 * l + 2], "B-X -> I-X");
        assertFalse(allowed[l * l + 2], "start -> I-X");
        // "b" alone scores I-X, but a sequence may not start inside a span.
        int[] labels = trained().decode(features("b", "b"), null);
        assertTrue(labels[0] != 2, "first label " + labels[0]);
    }

    @Test
    void writesAndReadsBackTheSameModel() throws IOException {
        LinearChain chain = trained();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        chain.write(new DataOutputStream(bytes));
        LinearChain read = LinearChain.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
        assertEquals(chain.featureCount(), read.featureCount());
        int[][] f = features("a", "b", "x", "a");
        assertArrayEquals(chain.decode(f, null), read.decode(f, null));
    }

    @Test
    void pruningDropsOnlyFeaturesWithSmallWeights() {
        LinearChain chain = trained();
        assertEquals(chain.featureCount(), chain.pruned(0f).featureCount());
        assertTrue(chain.pruned(1e6f).featureCount() == 0);
    }

    @Test
    void anEmptySequenceDecodesToNothing() {
        assertEquals(0, trained().decode(new int[0][], null).length);
    }
}
