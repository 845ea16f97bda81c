package org.newslens.attribution;

import java.util.Arrays;

/**
 * Trains a {@link LinearChain} with the averaged structured perceptron (Collins 2002): decode each training
 * sequence with the current weights and, where the result differs from the gold labels, move the weights towards
 * the gold features and away from the predicted ones. The final weights are the average over every step, which
 * generalises much better than the last ones. Averaging uses the usual lazy trick: alongside each weight keep the
 * sum of its updates times the step they happened at, so the average is {@code w - u / steps}.
 */
final class ChainTrainer {
    private final String[] labels;
    private final int l;
    private final boolean[] allowed;
    private final FeatureTable table = new FeatureTable(1 << 16);
    private float[] w = new float[1 << 16];
    private float[] u = new float[1 << 16];
    private final float[] tw;
    private final float[] tu;
    private int step = 1;

    ChainTrainer(String... labels) {
        this.labels = labels.clone();
        this.l = labels.length;
        this.allowed = LinearChain.allowedTransitions(labels);
        tw = new float[(l + 1) * l];
        tu = new float[(l + 1) * l];
    }

    /** Decodes one sequence with the current weights, updates them where it errs; returns the number of errors. */
    int learn(int[][] features, int[] gold) {
        int n = features.length;
        float[][] e = new float[n][l];
        for (int i = 0; i < n; i++) {
            for (int f : features[i]) {
                int row = table.get(f);
                if (row >= 0) {
                    for (int y = 0; y < l; y++) {
                        e[i][y] += w[row * l + y];
                    }
                }
            }
        }
        int[] predicted = LinearChain.viterbi(e, tw, allowed, l);
        int errors = 0;
        for (int i = 0; i < n; i++) {
            int prevGold = i == 0 ? l : gold[i - 1];
            int prevPred = i == 0 ? l : predicted[i - 1];
            if (predicted[i] != gold[i]) {
                errors++;
                for (int f : features[i]) {
                    int row = row(f);
                    update(w, u, row * l + gold[i], 1);
                    update(w, u, row * l + predicted[i], -1);
                }
            }
            if (predicted[i] != gold[i] || prevGold != prevPred) {
                update(tw, tu, prevGold * l + gold[i], 1);
                update(tw, tu, prevPred * l + predicted[i], -1);
            }
        }
        step++;
        return errors;
    }

    private void update(float[] weights, float[] sums, int index, float delta) {
        weights[index] += delta;
        sums[index] += step * delta;
    }

    private int row(int feature) {
        int row = table.add(feature);
        if ((row + 1) * l > w.length) {
            w = Arrays.copyOf(w, w.length * 2);
            u = Arrays.copyOf(u, u.length * 2);
        }
        return row;
    }

    /** The averaged model, without features whose every averaged weight is below {@code minWeight} in size. */
    LinearChain average(float minWeight) {
        int rows = table.size();
        int[] keys = table.keysByRow();
        FeatureTable kept = new FeatureTable(rows);
        float[] out = new float[rows * l];
        int k = 0;
        for (int row = 0; row < rows; row++) {
            boolean keep = false;
            for (int y = 0; y < l; y++) {
                float avg = w[row * l + y] - u[row * l + y] / step;
                out[k * l + y] = avg;
                keep |= Math.abs(avg) >= minWeight;
            }
            if (keep) {
                kept.add(keys[row]);
                k++;
            }
        }
        float[] transitions = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            transitions[i] = tw[i] - tu[i] / step;
        }
        return new LinearChain(labels, kept, Arrays.copyOf(out, k * l), transitions);
    }
}
