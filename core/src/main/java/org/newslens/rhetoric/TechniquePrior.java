package org.newslens.rhetoric;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * A correction of the technique model towards rarer techniques: probabilities are divided by the training share of
 * each technique raised to {@code alpha}, then renormalised. The model learns PTC train's skew (a third of the spans
 * are loaded language) and overuses the common labels; {@code alpha} is tuned on PTC dev, one number for all classes.
 *
 * @param logShare the log of each technique's share of the training spans
 * @param alpha 0 leaves the model as trained; 1 divides out the training distribution entirely
 */
record TechniquePrior(double[] logShare, double alpha) {
    /** Lets the probabilities through unchanged. */
    static TechniquePrior none(int classes) {
        return new TechniquePrior(new double[classes], 0);
    }

    static TechniquePrior fromCounts(int[] counts, double alpha) {
        double total = 0;
        for (int c : counts) {
            total += c + 1;
        }
        double[] log = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            log[i] = Math.log((counts[i] + 1) / total);
        }
        return new TechniquePrior(log, alpha);
    }

    TechniquePrior withAlpha(double a) {
        return new TechniquePrior(logShare, a);
    }

    double[] adjust(double[] p) {
        if (alpha == 0) {
            return p;
        }
        double[] out = new double[p.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            out[i] = p[i] * Math.exp(-alpha * logShare[i]);
            sum += out[i];
        }
        for (int i = 0; i < p.length; i++) {
            out[i] /= sum;
        }
        return out;
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(logShare.length);
        for (double v : logShare) {
            out.writeDouble(v);
        }
        out.writeDouble(alpha);
    }

    static TechniquePrior read(DataInputStream in) throws IOException {
        double[] log = new double[in.readInt()];
        for (int i = 0; i < log.length; i++) {
            log[i] = in.readDouble();
        }
        return new TechniquePrior(log, in.readDouble());
    }
}
