package org.newslens.attribution;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Trains the check-worthiness model from labelled sentences. Deterministic: the same examples and options give the
 * same model file, byte for byte (see {@link LogisticRegression}).
 */
public final class ClaimTraining {
    private ClaimTraining() {
    }

    /** A sentence and whether annotators judged it a check-worthy factual statement. */
    public record Example(String text, boolean checkWorthy) {
        public Example {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Training settings.
     *
     * @param l2Cues L2 penalty on the cue weights
     * @param l2Ngrams L2 penalty on the n-gram weights
     * @param positiveWeight the cost of a missed check-worthy sentence relative to a false alarm
     * @param iterations the most L-BFGS iterations
     * @param threshold the score at or above which a sentence is a claim
     */
    public record Options(double l2Cues, double l2Ngrams, double l2Embedding, double positiveWeight, int iterations,
            double threshold) {
        /**
         * The settings of the committed model. The penalties were chosen on a validation fold of the training part
         * (sentence_id mod 5 = 1), never on the held-out part; see {@code newslens train claims --help}.
         */
        public static final Options DEFAULT = new Options(1e-4, 1e-5, 1e-4, 1.5, 400, 0.4);
    }

    /**
     * A trained model.
     *
     * @param modelText the model file's content (UTF-8)
     * @param model the same model, ready to judge
     */
    public record Trained(String modelText, CheckWorthiness model, int examples, int positives) {
    }

    /** Sentences already turned into features, so that several models can be fitted without analysing twice. */
    public static final class Prepared {
        final List<ClaimFeatures.Vector> vectors;
        final boolean[] labels;
        final StaticEmbeddings embeddings;

        Prepared(List<ClaimFeatures.Vector> vectors, boolean[] labels, StaticEmbeddings embeddings) {
            this.vectors = vectors;
            this.labels = labels;
            this.embeddings = embeddings;
        }

        /** Number of sentences. */
        public int size() {
            return vectors.size();
        }
    }

    /**
     * Builds the static embedding table from distilled vectors (see {@link StaticEmbeddings}) and returns the
     * bytes of its file.
     *
     * @param vocabulary the word pieces in id order
     * @param vectors one row of {@code dimensions} values per piece
     */
    public static byte[] embeddingTable(List<String> vocabulary, int dimensions, float[] vectors) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            StaticEmbeddings.of(vocabulary, dimensions, vectors).write(out);
        } catch (IOException e) {
            throw new IllegalStateException("a byte array stream does not fail", e);
        }
        return out.toByteArray();
    }

    /**
     * Analyses each example (tokens and names) and extracts its features.
     *
     * @param embeddingTable the bytes of an embedding table file, or null for the committed one
     * @throws IOException when the table cannot be read
     */
    public static Prepared prepare(List<Example> examples, byte[] embeddingTable) throws IOException {
        StaticEmbeddings embeddings = embeddingTable == null ? CheckWorthiness.standardEmbeddings()
                : StaticEmbeddings.read(new java.io.ByteArrayInputStream(embeddingTable));
        List<ClaimFeatures.Vector> vectors = new ArrayList<>(examples.size());
        boolean[] labels = new boolean[examples.size()];
        for (int i = 0; i < examples.size(); i++) {
            vectors.add(CheckWorthiness.featuresOf(examples.get(i).text(), embeddings));
            labels[i] = examples.get(i).checkWorthy();
        }
        return new Prepared(vectors, labels, embeddings);
    }

    /**
     * Fits a model.
     *
     * @param comment the lines written at the top of the model file (source, licence, command)
     */
    public static Trained train(Prepared data, Options options, String comment) {
        LogisticRegression lr = new LogisticRegression(data.vectors, data.labels, options.l2Cues(),
                options.l2Ngrams(), options.positiveWeight(), options.l2Embedding());
        double[] w = lr.fit(options.iterations());
        int cues = ClaimCue.values().length;
        double[] cueWeights = new double[cues];
        System.arraycopy(w, 1, cueWeights, 0, cues);
        int dims = data.vectors.isEmpty() ? 0 : data.vectors.get(0).embedding().length;
        double[] embeddingWeights = new double[dims];
        System.arraycopy(w, 1 + cues, embeddingWeights, 0, dims);
        float[] ngramWeights = new float[ClaimFeatures.BUCKETS];
        for (int b = 0; b < ngramWeights.length; b++) {
            ngramWeights[b] = (float) w[1 + cues + dims + b];
        }
        ClaimModel model = new ClaimModel(w[0], cueWeights, embeddingWeights, ngramWeights, options.threshold(),
                comment);
        StringWriter text = new StringWriter();
        try {
            model.write(text);
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        // Judge with the weights as written (rounded), so that a fresh model and the same model read back agree.
        ClaimModel written;
        try {
            written = ClaimModel.read(new java.io.BufferedReader(new java.io.StringReader(text.toString())));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back the model just written", e);
        }
        int positives = 0;
        for (boolean b : data.labels) {
            positives += b ? 1 : 0;
        }
        return new Trained(text.toString(), new CheckWorthiness(written, data.embeddings), data.size(), positives);
    }

    /** The verdicts of {@code model} on prepared sentences, in order. */
    public static List<CheckWorthiness.Verdict> judge(CheckWorthiness model, Prepared data) {
        List<CheckWorthiness.Verdict> out = new ArrayList<>(data.size());
        for (ClaimFeatures.Vector v : data.vectors) {
            out.add(model.judge(v));
        }
        return out;
    }
}
