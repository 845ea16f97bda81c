package org.newslens.rhetoric;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;

/**
 * Logistic regression over hashed binary features: one weight vector for a yes/no model, one per class for a
 * multi-class (softmax) model. Trained with AdaGrad and L2 on the active weights, in a fixed order from a fixed seed,
 * so that the same data gives the same bytes.
 */
final class LinearModel {
    final int classes;
    final int dim;
    final float[][] weights;
    /** Dense inputs (an embedding) read beside the hashed features; 0 when there are none. */
    final int denseDim;
    final float[][] dense;

    LinearModel(int classes, int dim) {
        this(classes, dim, 0);
    }

    LinearModel(int classes, int dim, int denseDim) {
        if (Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("dim must be a power of two, got " + dim);
        }
        this.classes = classes;
        this.dim = dim;
        this.weights = new float[classes][dim];
        this.denseDim = denseDim;
        this.dense = new float[classes][denseDim];
    }

    double score(int cls, int[] features) {
        return score(cls, features, null);
    }

    double score(int cls, int[] features, float[] x) {
        float[] w = weights[cls];
        double s = 0;
        for (int f : features) {
            s += w[f];
        }
        if (x != null && denseDim > 0) {
            float[] v = dense[cls];
            for (int j = 0; j < denseDim; j++) {
                s += v[j] * x[j];
            }
        }
        return s;
    }

    /** For a yes/no model: the probability of yes. */
    double probability(int[] features) {
        return sigmoid(score(0, features));
    }

    /** As {@link #probability(int[])}, with dense inputs {@code x} (or null). */
    double probability(int[] features, float[] x) {
        return sigmoid(score(0, features, x));
    }

    /** For a multi-class model: a probability per class. */
    double[] probabilities(int[] features) {
        return probabilities(features, null);
    }

    /** As {@link #probabilities(int[])}, with dense inputs {@code x} (or null). */
    double[] probabilities(int[] features, float[] x) {
        double[] p = new double[classes];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            p[c] = score(c, features, x);
            max = Math.max(max, p[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            p[c] = Math.exp(p[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < classes; c++) {
            p[c] /= sum;
        }
        return p;
    }

    static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /**
     * Trains in place.
     *
     * @param examples hashed features per example
     * @param labels class per example (0/1 for a yes/no model)
     * @param exampleWeights weight per example (class balance), or null for 1
     */
    void train(int[][] examples, int[] labels, float[] exampleWeights, int epochs, double rate, double l2,
            long seed) {
        train(examples, null, 0, labels, exampleWeights, epochs, rate, l2, seed);
    }

    /**
     * As above, with dense inputs per example ({@code denseX}, or null), each left out of an update with probability
     * {@code denseDropout} so that the model also does well on examples that come without them.
     */
    void train(int[][] examples, float[][] denseX, double denseDropout, int[] labels, float[] exampleWeights,
            int epochs, double rate, double l2, long seed) {
        float[][] g2 = new float[classes][dim];
        float[][] d2 = new float[classes][denseDim];
        int[] order = new int[examples.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        double[] grad = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int idx : order) {
                int[] x = examples[idx];
                float[] dx = denseX == null || denseDropout > 0 && random.nextDouble() < denseDropout ? null
                        : denseX[idx];
                double weight = exampleWeights == null ? 1 : exampleWeights[idx];
                if (classes == 1) {
                    grad[0] = (sigmoid(score(0, x, dx)) - labels[idx]) * weight;
                } else {
                    double[] p = probabilities(x, dx);
                    for (int c = 0; c < classes; c++) {
                        grad[c] = (p[c] - (labels[idx] == c ? 1 : 0)) * weight;
                    }
                }
                for (int c = 0; c < classes; c++) {
                    if (grad[c] == 0) {
                        continue;
                    }
                    float[] w = weights[c];
                    float[] g = g2[c];
                    for (int f : x) {
                        double gf = grad[c] + l2 * w[f];
                        g[f] += (float) (gf * gf);
                        w[f] -= (float) (rate * gf / Math.sqrt(g[f] + 1e-8));
                    }
                    if (dx != null) {
                        float[] v = dense[c];
                        float[] dg = d2[c];
                        for (int j = 0; j < denseDim; j++) {
                            double gj = grad[c] * dx[j] + l2 * v[j];
                            dg[j] += (float) (gj * gj);
                            v[j] -= (float) (rate * gj / Math.sqrt(dg[j] + 1e-8));
                        }
                    }
                }
            }
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(classes);
        out.writeInt(dim);
        out.writeInt(denseDim);
        for (float[] v : dense) {
            for (float f : v) {
                out.writeFloat(f);
            }
        }
        for (float[] w : weights) {
            int nonZero = 0;
            for (float v : w) {
                if (v != 0) {
                    nonZero++;
                }
            }
            out.writeInt(nonZero);
            int previous = 0;
            for (int i = 0; i < w.length; i++) {
                if (w[i] != 0) {
                    // Gaps rather than indices: small numbers that compress well.
                    out.writeInt(i - previous);
                    out.writeFloat(w[i]);
                    previous = i;
                }
            }
        }
    }

    static LinearModel read(DataInputStream in) throws IOException {
        LinearModel m = new LinearModel(in.readInt(), in.readInt(), in.readInt());
        for (float[] v : m.dense) {
            for (int j = 0; j < v.length; j++) {
                v[j] = in.readFloat();
            }
        }
        for (float[] w : m.weights) {
            int nonZero = in.readInt();
            int index = 0;
            for (int k = 0; k < nonZero; k++) {
                index += in.readInt();
                w[index] = in.readFloat();
            }
        }
        return m;
    }

    /**
     * Adds {@code other}'s weights times {@code factor}: averaging models trained in different orders averages
     * their scores, an ensemble at the cost of one model.
     */
    void addScaled(LinearModel other, double factor) {
        for (int c = 0; c < classes; c++) {
            for (int i = 0; i < dim; i++) {
                weights[c][i] += (float) (other.weights[c][i] * factor);
            }
            for (int j = 0; j < denseDim; j++) {
                dense[c][j] += (float) (other.dense[c][j] * factor);
            }
        }
    }

    /** Drops weights smaller than {@code epsilon} in magnitude: they change no decision and bloat the file. */
    void prune(float epsilon) {
        for (float[] w : weights) {
            for (int i = 0; i < w.length; i++) {
                if (Math.abs(w[i]) < epsilon) {
                    w[i] = 0;
                }
            }
        }
    }
}
