package org.newslens.attribution;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A static word-piece embedding table distilled from all-MiniLM-L6-v2 (Reimers and Gurevych 2019; Wang et al.,
 * MiniLM, 2020): each vocabulary piece's vector is what the full model makes of that piece alone, the distillation
 * Model2Vec uses (Tulkens and van Dongen, 2024). A sentence is the weighted mean of its pieces' vectors: about a
 * microsecond per word instead of the ~6 ms per sentence the full model costs here (MEASURED.md), which is what lets
 * meaning, not just the exact words, reach the claim model within its budget.
 *
 * <p>Stored as one byte per value with a scale per row (11.7 MB for 30,522 pieces of 384 values, against 47 MB as
 * floats; the rounding moves a sentence vector by well under 1%).
 */
final class StaticEmbeddings {
    static final String MAGIC = "newslens-static-embeddings/1";

    /** First id of a whole word in BERT's vocabulary ("the"); the pieces before it are markers and characters. */
    static final int FIRST_WORD_ID = 1996;

    /**
     * Smoothing of the frequency weights, as in Arora, Liang and Ma's SIF ("A simple but tough-to-beat baseline for
     * sentence embeddings", 2017): a piece of estimated frequency p weighs a/(a+p).
     */
    static final double SIF_A = 1e-3;

    private final WordPieces pieces;
    private final List<String> vocabulary;
    private final int dimensions;
    private final byte[] values;
    private final float[] scales;
    private final float[] weights;

    private StaticEmbeddings(List<String> vocabulary, int dimensions, byte[] values, float[] scales, float[] weights) {
        this.vocabulary = List.copyOf(vocabulary);
        this.pieces = new WordPieces(vocabulary);
        this.dimensions = dimensions;
        this.values = values;
        this.scales = scales;
        this.weights = weights;
    }

    /**
     * Builds the table from the distilled vectors: rounds each row to bytes and weighs each piece by its estimated
     * frequency. BERT's vocabulary lists whole words roughly by frequency, so the estimate is Zipf's law on the id,
     * as Model2Vec does; markers and single characters before {@link #FIRST_WORD_ID} count as the most frequent.
     *
     * @param vectors {@code vocabulary.size() * dimensions} values, one row per piece
     */
    static StaticEmbeddings of(List<String> vocabulary, int dimensions, float[] vectors) {
        int n = vocabulary.size();
        if (vectors.length != n * dimensions) {
            throw new IllegalArgumentException(vectors.length + " values do not make " + n + " rows of " + dimensions);
        }
        byte[] values = new byte[vectors.length];
        float[] scales = new float[n];
        float[] weights = new float[n];
        for (int id = 0; id < n; id++) {
            float max = 0;
            for (int d = 0; d < dimensions; d++) {
                max = Math.max(max, Math.abs(vectors[id * dimensions + d]));
            }
            scales[id] = max / 127f;
            for (int d = 0; d < dimensions; d++) {
                values[id * dimensions + d] = max == 0 ? 0 : (byte) Math.round(vectors[id * dimensions + d] / scales[id]);
            }
            double rank = Math.max(1, id - FIRST_WORD_ID + 1);
            // Zipf: the word of rank r has a frequency of about 0.1 / r in English text.
            double p = 0.1 / rank;
            weights[id] = (float) (SIF_A / (SIF_A + p));
        }
        return new StaticEmbeddings(vocabulary, dimensions, values, scales, weights);
    }

    int dimensions() {
        return dimensions;
    }

    /** The unit-length weighted mean of the pieces of {@code words}; all zeros when none is known. */
    float[] embed(List<String> words) {
        WordPieces.IntList ids = new WordPieces.IntList();
        for (String w : words) {
            pieces.split(w, ids);
        }
        float[] sum = new float[dimensions];
        for (int i = 0; i < ids.size(); i++) {
            int id = ids.get(i);
            float weight = weights[id] * scales[id];
            int row = id * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += weight * values[row + d];
            }
        }
        double norm = 0;
        for (float v : sum) {
            norm += v * v;
        }
        if (norm > 0) {
            float scale = (float) (1 / Math.sqrt(norm));
            for (int d = 0; d < dimensions; d++) {
                sum[d] *= scale;
            }
        }
        return sum;
    }

    /** Writes the table: magic, sizes, the pieces, then per row its weight, scale and bytes. */
    void write(OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(vocabulary.size());
        out.writeInt(dimensions);
        for (String piece : vocabulary) {
            out.writeUTF(piece);
        }
        for (int id = 0; id < vocabulary.size(); id++) {
            out.writeFloat(weights[id]);
            out.writeFloat(scales[id]);
            out.write(values, id * dimensions, dimensions);
        }
        out.flush();
    }

    /**
     * Reads a table written by {@link #write}.
     *
     * @throws IOException when the stream is not such a table
     */
    static StaticEmbeddings read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        String magic = in.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a static embedding table: " + magic);
        }
        int n = in.readInt();
        int dimensions = in.readInt();
        if (n <= 0 || n > 1_000_000 || dimensions <= 0 || dimensions > 4096) {
            throw new IOException("implausible table size: " + n + " pieces of " + dimensions);
        }
        List<String> vocabulary = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            vocabulary.add(in.readUTF());
        }
        byte[] values = new byte[n * dimensions];
        float[] scales = new float[n];
        float[] weights = new float[n];
        for (int id = 0; id < n; id++) {
            weights[id] = in.readFloat();
            scales[id] = in.readFloat();
            in.readFully(values, id * dimensions, dimensions);
        }
        return new StaticEmbeddings(vocabulary, dimensions, values, scales, weights);
    }
}
