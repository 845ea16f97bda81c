package org.newslens.attribution;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A linear-chain tagger: each label scores a position by summing the weights of the position's features, each pair
 * of neighbouring labels adds a transition weight, and Viterbi finds the best sequence. Labels follow the BIO
 * convention ({@code O}, {@code B-X}, {@code I-X}); {@code I-X} may only follow {@code B-X} or {@code I-X}, so every
 * decoded span is well formed. Immutable and thread-safe once built.
 */
final class LinearChain {
    final String[] labels;
    private final FeatureTable table;
    /** rows × labels. */
    private final float[] weights;
    /** (labels + 1) × labels; the last row holds the weights of starting with each label. */
    private final float[] transitions;
    private final boolean[] allowed;

    LinearChain(String[] labels, FeatureTable table, float[] weights, float[] transitions) {
        this.labels = labels.clone();
        this.table = table;
        this.weights = weights;
        this.transitions = transitions;
        this.allowed = allowedTransitions(labels);
    }

    int labelCount() {
        return labels.length;
    }

    int featureCount() {
        return table.size();
    }

    /** Whether label {@code to} may follow {@code from}; {@code from == labels.length} is the start of a sequence. */
    static boolean[] allowedTransitions(String[] labels) {
        int l = labels.length;
        boolean[] allowed = new boolean[(l + 1) * l];
        for (int from = 0; from <= l; from++) {
            for (int to = 0; to < l; to++) {
                String t = labels[to];
                allowed[from * l + to] = !t.startsWith("I-")
                        || from < l && labels[from].substring(1).equals(t.substring(1));
            }
        }
        return allowed;
    }

    /** Adds each label's score at one position into {@code scores}. */
    void emissions(int[] features, float[] scores) {
        int l = labels.length;
        java.util.Arrays.fill(scores, 0f);
        for (int f : features) {
            int row = table.get(f);
            if (row >= 0) {
                int base = row * l;
                for (int y = 0; y < l; y++) {
                    scores[y] += weights[base + y];
                }
            }
        }
    }

    /**
     * The best label sequence.
     *
     * @param emissions filled with each position's label scores, for confidence estimates; may be null
     */
    int[] decode(int[][] features, float[][] emissions) {
        return decode(features, emissions, 0f);
    }

    /** As {@link #decode(int[][], float[][])}, with {@code outsideBias} added to label 0's score at every position. */
    int[] decode(int[][] features, float[][] emissions, float outsideBias) {
        int n = features.length;
        int l = labels.length;
        float[][] e = emissions != null ? emissions : new float[n][l];
        for (int i = 0; i < n; i++) {
            emissions(features[i], e[i]);
            e[i][0] += outsideBias;
        }
        return viterbi(e, transitions, allowed, l);
    }

    static int[] viterbi(float[][] e, float[] transitions, boolean[] allowed, int l) {
        int n = e.length;
        int[] best = new int[n];
        if (n == 0) {
            return best;
        }
        float[] score = new float[l];
        float[] next = new float[l];
        int[][] back = new int[n][l];
        for (int y = 0; y < l; y++) {
            score[y] = allowed[l * l + y] ? transitions[l * l + y] + e[0][y] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int y = 0; y < l; y++) {
                float top = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < l; p++) {
                    if (!allowed[p * l + y]) {
                        continue;
                    }
                    float s = score[p] + transitions[p * l + y];
                    if (s > top) {
                        top = s;
                        arg = p;
                    }
                }
                next[y] = top + e[i][y];
                back[i][y] = arg;
            }
            float[] swap = score;
            score = next;
            next = swap;
        }
        int arg = 0;
        for (int y = 1; y < l; y++) {
            if (score[y] > score[arg]) {
                arg = y;
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            best[i] = arg;
            arg = back[i][arg];
        }
        return best;
    }

    /** This model without the features whose every weight is below {@code minWeight} in size. */
    LinearChain pruned(float minWeight) {
        int l = labels.length;
        int[] keys = table.keysByRow();
        FeatureTable kept = new FeatureTable(keys.length);
        float[] out = new float[weights.length];
        int k = 0;
        for (int row = 0; row < keys.length; row++) {
            float max = 0;
            for (int y = 0; y < l; y++) {
                max = Math.max(max, Math.abs(weights[row * l + y]));
            }
            if (max >= minWeight) {
                System.arraycopy(weights, row * l, out, k * l, l);
                kept.add(keys[row]);
                k++;
            }
        }
        return new LinearChain(labels, kept, java.util.Arrays.copyOf(out, k * l), transitions);
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(labels.length);
        for (String label : labels) {
            out.writeUTF(label);
        }
        for (float t : transitions) {
            out.writeFloat(t);
        }
        int[] keys = table.keysByRow();
        out.writeInt(keys.length);
        for (int k : keys) {
            out.writeInt(k);
        }
        for (float w : weights) {
            out.writeFloat(w);
        }
    }

    static LinearChain read(DataInputStream in) throws IOException {
        int l = in.readInt();
        if (l <= 0 || l > 64) {
            throw new IOException("corrupt model: " + l + " labels");
        }
        String[] labels = new String[l];
        for (int i = 0; i < l; i++) {
            labels[i] = in.readUTF();
        }
        float[] transitions = new float[(l + 1) * l];
        for (int i = 0; i < transitions.length; i++) {
            transitions[i] = in.readFloat();
        }
        int rows = in.readInt();
        if (rows < 0 || rows > 50_000_000 / l) {
            throw new IOException("corrupt model: " + rows + " features");
        }
        FeatureTable table = new FeatureTable(rows);
        for (int i = 0; i < rows; i++) {
            table.add(in.readInt());
        }
        float[] weights = new float[rows * l];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = in.readFloat();
        }
        return new LinearChain(labels, table, weights, transitions);
    }
}
