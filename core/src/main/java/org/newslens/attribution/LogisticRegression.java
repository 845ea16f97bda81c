package org.newslens.attribution;

import java.util.List;

/**
 * L2-regularised logistic regression over {@link ClaimFeatures}, fitted with L-BFGS (Nocedal, "Updating quasi-Newton
 * matrices with limited storage", 1980; the two-loop recursion of Nocedal and Wright, Numerical Optimization,
 * algorithm 7.4) and a backtracking line search. The objective is strictly convex, so the weights it finds do not
 * depend on the order of the examples, and every step is plain double arithmetic: the same data gives the same
 * model on any machine.
 */
final class LogisticRegression {
    /** Past steps kept for the curvature estimate; 10 is the usual choice and plenty for this size. */
    private static final int MEMORY = 10;

    /** Stop when the gradient is this small relative to the weights. */
    private static final double TOLERANCE = 1e-6;

    private final List<ClaimFeatures.Vector> examples;
    private final boolean[] labels;
    private final double l2Cues;
    private final double l2Ngrams;
    private final double positiveWeight;
    private final double l2Embedding;
    private final int cues = ClaimCue.values().length;
    private final int dims;
    private final int size;

    /**
     * @param l2Cues penalty on the cue weights (few, general features: a light one)
     * @param l2Ngrams penalty on the n-gram weights (many, specific features: a heavier one)
     * @param positiveWeight how much more a missed check-worthy sentence costs than a false alarm
     */
    LogisticRegression(List<ClaimFeatures.Vector> examples, boolean[] labels, double l2Cues, double l2Ngrams,
            double positiveWeight, double l2Embedding) {
        this.l2Embedding = l2Embedding;
        this.dims = examples.isEmpty() ? 0 : examples.get(0).embedding().length;
        this.size = 1 + cues + dims + ClaimFeatures.BUCKETS;
        this.examples = examples;
        this.labels = labels;
        this.l2Cues = l2Cues;
        this.l2Ngrams = l2Ngrams;
        this.positiveWeight = positiveWeight;
    }

    /** Fits the weights; layout: bias, the cue weights, the embedding weights, the n-gram weights. */
    double[] fit(int maxIterations) {
        double[] w = new double[size];
        double[] g = new double[size];
        double f = evaluate(w, g);
        double[][] s = new double[MEMORY][];
        double[][] y = new double[MEMORY][];
        double[] rho = new double[MEMORY];
        int stored = 0;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            if (norm(g) <= TOLERANCE * Math.max(1, norm(w))) {
                break;
            }
            double[] direction = direction(g, s, y, rho, stored, iteration);
            double slope = dot(g, direction);
            if (slope >= 0) {
                // Not a descent direction (curvature estimate broke down): restart from steepest descent.
                stored = 0;
                direction = scaled(g, -1 / Math.max(1, norm(g)));
                slope = dot(g, direction);
            }
            double step = 1;
            double[] wNext = new double[size];
            double[] gNext = new double[size];
            double fNext;
            while (true) {
                for (int i = 0; i < size; i++) {
                    wNext[i] = w[i] + step * direction[i];
                }
                fNext = evaluate(wNext, gNext);
                if (fNext <= f + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            double[] sNew = new double[size];
            double[] yNew = new double[size];
            for (int i = 0; i < size; i++) {
                sNew[i] = wNext[i] - w[i];
                yNew[i] = gNext[i] - g[i];
            }
            double sy = dot(sNew, yNew);
            if (sy > 1e-12) {
                int slot = stored < MEMORY ? stored++ : shift(s, y, rho);
                s[slot] = sNew;
                y[slot] = yNew;
                rho[slot] = 1 / sy;
            }
            boolean converged = f - fNext <= 1e-10 * Math.max(1, Math.abs(f));
            w = wNext;
            g = gNext;
            f = fNext;
            if (converged) {
                break;
            }
        }
        return w;
    }

    /** Drops the oldest pair; returns the free last slot. */
    private static int shift(double[][] s, double[][] y, double[] rho) {
        for (int i = 1; i < MEMORY; i++) {
            s[i - 1] = s[i];
            y[i - 1] = y[i];
            rho[i - 1] = rho[i];
        }
        return MEMORY - 1;
    }

    private double[] direction(double[] g, double[][] s, double[][] y, double[] rho, int stored, int iteration) {
        double[] q = g.clone();
        double[] alpha = new double[stored];
        for (int i = stored - 1; i >= 0; i--) {
            alpha[i] = rho[i] * dot(s[i], q);
            axpy(-alpha[i], y[i], q);
        }
        double gamma = stored == 0 ? (iteration == 0 ? 1 / Math.max(1, norm(g)) : 1)
                : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
        for (int i = 0; i < size; i++) {
            q[i] *= gamma;
        }
        for (int i = 0; i < stored; i++) {
            double beta = rho[i] * dot(y[i], q);
            axpy(alpha[i] - beta, s[i], q);
        }
        for (int i = 0; i < size; i++) {
            q[i] = -q[i];
        }
        return q;
    }

    /** The mean weighted log loss plus the penalties at {@code w}; fills {@code gradient}. */
    private double evaluate(double[] w, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        double loss = 0;
        double total = 0;
        for (int e = 0; e < examples.size(); e++) {
            total += labels[e] ? positiveWeight : 1;
        }
        for (int e = 0; e < examples.size(); e++) {
            ClaimFeatures.Vector v = examples.get(e);
            double z = w[0];
            for (int c = 0; c < cues; c++) {
                z += w[1 + c] * v.cues()[c];
            }
            float[] emb = v.embedding();
            for (int d = 0; d < dims; d++) {
                z += w[1 + cues + d] * emb[d];
            }
            int base = 1 + cues + dims;
            double ngramSum = 0;
            for (int b : v.ngrams()) {
                ngramSum += w[base + b];
            }
            z += ngramSum * v.ngramValue();
            double weight = (labels[e] ? positiveWeight : 1) / total;
            // log(1 + exp(-m)) computed without overflow for large |m|.
            double margin = labels[e] ? z : -z;
            loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
            double residual = weight * (ClaimModel.sigmoid(z) - (labels[e] ? 1 : 0));
            gradient[0] += residual;
            for (int c = 0; c < cues; c++) {
                gradient[1 + c] += residual * v.cues()[c];
            }
            for (int d = 0; d < dims; d++) {
                gradient[1 + cues + d] += residual * emb[d];
            }
            double r = residual * v.ngramValue();
            for (int b : v.ngrams()) {
                gradient[base + b] += r;
            }
        }
        for (int i = 1; i < size; i++) {
            double l2 = i <= cues ? l2Cues : i <= cues + dims ? l2Embedding : l2Ngrams;
            loss += 0.5 * l2 * w[i] * w[i];
            gradient[i] += l2 * w[i];
        }
        return loss;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] scaled(double[] a, double factor) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * factor;
        }
        return out;
    }
}
