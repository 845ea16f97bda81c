package org.newslens.app;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Distils a static word-piece table from all-MiniLM-L6-v2 (quantized ONNX export, Apache-2.0, as packaged by
 * langchain4j): every vocabulary piece is run through the model alone, as "[CLS] piece [SEP]", and its vector is the
 * mean of the three output states, which is the sentence embedding the model gives that one piece (Model2Vec's
 * distillation, Tulkens and van Dongen 2024). One thread and fixed batches, so the result is the same on every run of
 * the same machine kind; about 7 s here.
 */
final class MiniLmDistiller {
    static final String MODEL = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";
    private static final int BATCH = 512;

    private MiniLmDistiller() {
    }

    /** The vocabulary in id order and one row of vectors per piece. */
    record Table(List<String> vocabulary, int dimensions, float[] vectors) {
    }

    static Table distil() throws IOException {
        List<String> vocabulary = vocabulary();
        int cls = vocabulary.indexOf("[CLS]");
        int sep = vocabulary.indexOf("[SEP]");
        byte[] model = resource(MODEL);
        try (OrtEnvironment env = OrtEnvironment.getEnvironment();
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            try (OrtSession session = env.createSession(model, options)) {
                int n = vocabulary.size();
                float[] vectors = null;
                int dimensions = 0;
                for (int start = 0; start < n; start += BATCH) {
                    int size = Math.min(BATCH, n - start);
                    long[][] ids = new long[size][];
                    long[][] mask = new long[size][];
                    long[][] types = new long[size][3];
                    for (int i = 0; i < size; i++) {
                        ids[i] = new long[] {cls, start + i, sep};
                        mask[i] = new long[] {1, 1, 1};
                    }
                    float[][][] states = run(env, session, ids, mask, types);
                    if (vectors == null) {
                        dimensions = states[0][0].length;
                        vectors = new float[n * dimensions];
                    }
                    for (int i = 0; i < size; i++) {
                        for (int d = 0; d < dimensions; d++) {
                            vectors[(start + i) * dimensions + d] =
                                    (states[i][0][d] + states[i][1][d] + states[i][2][d]) / 3f;
                        }
                    }
                }
                return new Table(vocabulary, dimensions, vectors);
            }
        } catch (OrtException e) {
            throw new IOException("ONNX Runtime failed on " + MODEL + ": " + e.getMessage(), e);
        }
    }

    private static float[][][] run(OrtEnvironment env, OrtSession session, long[][] ids, long[][] mask,
            long[][] types) throws OrtException {
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(env, ids));
            inputs.put("attention_mask", OnnxTensor.createTensor(env, mask));
            if (session.getInputNames().contains("token_type_ids")) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(env, types));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                return (float[][][]) result.get(0).getValue();
            }
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    /** The WordPiece vocabulary of the model's tokenizer.json, in id order. */
    static List<String> vocabulary() throws IOException {
        JsonNode vocab = new ObjectMapper().readTree(resource(TOKENIZER)).path("model").path("vocab");
        if (!vocab.isObject() || vocab.size() == 0) {
            throw new IOException(TOKENIZER + " has no model.vocab");
        }
        String[] pieces = new String[vocab.size()];
        var fields = vocab.fields();
        while (fields.hasNext()) {
            var e = fields.next();
            int id = e.getValue().asInt(-1);
            if (id < 0 || id >= pieces.length || pieces[id] != null) {
                throw new IOException(TOKENIZER + ": vocabulary ids are not 0.." + (pieces.length - 1));
            }
            pieces[id] = e.getKey();
        }
        return Arrays.asList(pieces);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = MiniLmDistiller.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing " + name + " on the class path (the langchain4j-embeddings-"
                        + "all-minilm-l6-v2-q jar)");
            }
            return in.readAllBytes();
        }
    }
}
