package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    /** Sentences with a figure are positive, questions negative; one n-gram bucket each, two embedding values. */
    static List<ClaimFeatures.Vector> examples(boolean[] labels) {
        List<ClaimFeatures.Vector> v = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            double[] cues = new double[ClaimCue.values().length];
            boolean positive = i % 3 != 0;
            labels[i] = positive;
            cues[(positive ? ClaimCue.FIGURE : ClaimCue.QUESTION).ordinal()] = 1;
            v.add(new ClaimFeatures.Vector(cues, new int[] {positive ? 7 : 11}, 1, new float[] {positive ? 1 : 0,
                positive ? 0 : 1}));
        }
        return v;
    }

    @Test
    void learnsTheSignsOfSeparableCues() {
        boolean[] labels = new boolean[30];
        List<ClaimFeatures.Vector> data = examples(labels);
        double[] w = new LogisticRegression(data, labels, 1e-3, 1e-3, 1, 1e-3).fit(200);
        int cues = ClaimCue.values().length;
        assertTrue(w[1 + ClaimCue.FIGURE.ordinal()] > 1, "figure weight " + w[1 + ClaimCue.FIGURE.ordinal()]);
        assertTrue(w[1 + ClaimCue.QUESTION.ordinal()] < -1);
        assertTrue(w[1 + cues] > 0 && w[1 + cues + 1] < 0, "embedding weights");
        assertTrue(w[1 + cues + 2 + 7] > 0 && w[1 + cues + 2 + 11] < 0, "n-gram weights");
        // A feature that never fires keeps weight 0 under the L2 penalty.
        assertEquals(0, w[1 + ClaimCue.HEDGE.ordinal()], 1e-12);
    }

    @Test
    void sameDataSameWeights() {
        boolean[] labels = new boolean[30];
        List<ClaimFeatures.Vector> data = examples(labels);
        double[] a = new LogisticRegression(data, labels, 1e-3, 1e-3, 1.5, 1e-3).fit(200);
        double[] b = new LogisticRegression(data, labels, 1e-3, 1e-3, 1.5, 1e-3).fit(200);
        assertArrayEquals(a, b, 0);
    }

    @Test
    void modelFileRoundTrips() throws IOException {
        double[] cues = new double[ClaimCue.values().length];
        cues[ClaimCue.FIGURE.ordinal()] = 1.25;
        float[] ngrams = new float[ClaimFeatures.BUCKETS];
        ngrams[42] = -0.5f;
        ClaimModel model = new ClaimModel(-0.75, cues, new double[] {0.5, -2}, ngrams, 0.4, "a test model\nline two");
        StringWriter text = new StringWriter();
        model.write(text);
        assertTrue(text.toString().startsWith("# a test model\n# line two\nformat\tnewslens-claims/1\n"));
        ClaimModel back = ClaimModel.read(new BufferedReader(new StringReader(text.toString())));
        assertEquals(-0.75, back.bias);
        assertEquals(0.4, back.threshold);
        assertEquals(1.25, back.cueWeights[ClaimCue.FIGURE.ordinal()]);
        assertArrayEquals(new double[] {0.5, -2}, back.embeddingWeights);
        assertEquals(-0.5f, back.ngramWeights[42]);
        assertEquals(0f, back.ngramWeights[43]);
    }
}
