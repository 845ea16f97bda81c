package org.newslens.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The weights of the check-worthiness model: logistic regression over {@link ClaimFeatures}. Stored as UTF-8 text,
 * one weight a line, so that a retrained model shows up in a diff and reads the same on every machine:
 *
 * <pre>
 * # comment lines
 * format     newslens-claims/1
 * buckets    262144
 * threshold  0.5
 * bias       -1.2
 * cue        FIGURE  1.9       (one line per ClaimCue)
 * ngram      17      0.031     (bucket and weight; buckets not listed weigh 0)
 * </pre>
 */
final class ClaimModel {
    static final String FORMAT = "newslens-claims/1";

    final double bias;
    final double[] cueWeights;
    final double[] embeddingWeights;
    final float[] ngramWeights;
    final double threshold;
    final String comment;

    ClaimModel(double bias, double[] cueWeights, double[] embeddingWeights, float[] ngramWeights, double threshold,
            String comment) {
        if (cueWeights.length != ClaimCue.values().length || ngramWeights.length != ClaimFeatures.BUCKETS) {
            throw new IllegalArgumentException("weights do not match the features: " + cueWeights.length + " cues, "
                    + ngramWeights.length + " buckets");
        }
        this.bias = bias;
        this.cueWeights = cueWeights;
        this.embeddingWeights = embeddingWeights;
        this.ngramWeights = ngramWeights;
        this.threshold = threshold;
        this.comment = comment;
    }

    /** The model's raw score (log-odds) for a sentence. */
    double logit(ClaimFeatures.Vector v) {
        return bias + cueSum(v) + embeddingSum(v) + ngramSum(v);
    }

    double embeddingSum(ClaimFeatures.Vector v) {
        double sum = 0;
        float[] e = v.embedding();
        for (int i = 0; i < embeddingWeights.length && i < e.length; i++) {
            sum += embeddingWeights[i] * e[i];
        }
        return sum;
    }

    double cueSum(ClaimFeatures.Vector v) {
        double sum = 0;
        for (int i = 0; i < cueWeights.length; i++) {
            sum += cueWeights[i] * v.cues()[i];
        }
        return sum;
    }

    double ngramSum(ClaimFeatures.Vector v) {
        double sum = 0;
        for (int b : v.ngrams()) {
            sum += ngramWeights[b];
        }
        return sum * v.ngramValue();
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    void write(Writer out) throws IOException {
        for (String line : comment.split("\n")) {
            out.write("# " + line + "\n");
        }
        out.write("format\t" + FORMAT + "\n");
        out.write("buckets\t" + ClaimFeatures.BUCKETS + "\n");
        out.write("threshold\t" + number(threshold) + "\n");
        out.write("bias\t" + number(bias) + "\n");
        for (ClaimCue cue : ClaimCue.values()) {
            out.write("cue\t" + cue.name() + "\t" + number(cueWeights[cue.ordinal()]) + "\n");
        }
        out.write("dimensions\t" + embeddingWeights.length + "\n");
        for (int i = 0; i < embeddingWeights.length; i++) {
            out.write("embedding\t" + i + "\t" + number(embeddingWeights[i]) + "\n");
        }
        for (int b = 0; b < ngramWeights.length; b++) {
            // Six significant digits: the scores move by far less than a rounding step of the threshold.
            if (Math.abs(ngramWeights[b]) >= 1e-6) {
                out.write("ngram\t" + b + "\t" + number(ngramWeights[b]) + "\n");
            }
        }
    }

    /**
     * Reads a model written by {@link #write}.
     *
     * @throws IOException when the text is not such a model
     */
    static ClaimModel read(BufferedReader in) throws IOException {
        double bias = 0;
        double threshold = 0.5;
        double[] cues = new double[ClaimCue.values().length];
        float[] ngrams = new float[ClaimFeatures.BUCKETS];
        double[] embedding = new double[0];
        boolean formatSeen = false;
        String line;
        int lineNumber = 0;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            try {
                switch (f[0]) {
                    case "format" -> {
                        if (!FORMAT.equals(f[1])) {
                            throw new IOException("unknown claim model format " + f[1]);
                        }
                        formatSeen = true;
                    }
                    case "buckets" -> {
                        if (Integer.parseInt(f[1]) != ClaimFeatures.BUCKETS) {
                            throw new IOException("model has " + f[1] + " buckets, this build hashes into "
                                    + ClaimFeatures.BUCKETS);
                        }
                    }
                    case "threshold" -> threshold = Double.parseDouble(f[1]);
                    case "bias" -> bias = Double.parseDouble(f[1]);
                    case "cue" -> cues[ClaimCue.valueOf(f[1]).ordinal()] = Double.parseDouble(f[2]);
                    case "dimensions" -> embedding = new double[Integer.parseInt(f[1])];
                    case "embedding" -> embedding[Integer.parseInt(f[1])] = Double.parseDouble(f[2]);
                    case "ngram" -> ngrams[Integer.parseInt(f[1])] = Float.parseFloat(f[2]);
                    default -> throw new IOException("unknown entry '" + f[0] + "'");
                }
            } catch (RuntimeException e) {
                throw new IOException("bad claim model line " + lineNumber + ": " + line, e);
            }
        }
        if (!formatSeen) {
            throw new IOException("not a claim model: no 'format " + FORMAT + "' line");
        }
        return new ClaimModel(bias, cues, embedding, ngrams, threshold, "");
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
