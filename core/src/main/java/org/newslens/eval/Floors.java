package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Evaluation floors, as committed in a floors file: per task, the digest of the data the floors were measured on,
 * a tolerance for run-to-run noise, and a floor per metric. A score below its floor minus the tolerance fails; a
 * changed dataset fails too, since its floors no longer mean anything. Floors only ratchet up: lowering one is an
 * explicit, reviewed edit of the file.
 *
 * <pre>{@code
 * {"extraction": {"digest": "b443…", "tolerance": 0.003, "floors": {"f": 0.90, "title": 0.85}}}
 * }</pre>
 */
public final class Floors {
    private final JsonNode task;
    private final String name;

    private Floors(String name, JsonNode task) {
        this.name = name;
        this.task = task;
    }

    /**
     * Reads the floors of {@code taskName} from {@code file}.
     *
     * @throws IOException when the file cannot be read or has no entry for the task
     */
    public static Floors read(Path file, String taskName) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode task = root.get(taskName);
        if (task == null || task.get("floors") == null) {
            throw new IOException(file + " has no floors for task '" + taskName + "'");
        }
        return new Floors(taskName, task);
    }

    /** One metric compared with its floor. */
    public record Check(String metric, double score, double floor, double tolerance) {
        public boolean passes() {
            return score >= floor - tolerance;
        }

        /** Whether the floor could be raised: the score clears it by more than the tolerance. */
        public boolean canRatchet() {
            return score - tolerance > floor + 1e-9;
        }

        @Override
        public String toString() {
            String verdict = passes() ? (canRatchet() ? "ok (floor can rise to " + fmt(score - tolerance) + ")" : "ok")
                    : "BELOW FLOOR";
            return String.format(Locale.ROOT, "%-10s %.4f  floor %.4f  %s", metric, score, floor, verdict);
        }
    }

    /** Compares {@code scores} with the floors; metrics with a floor but no score fail. */
    public List<Check> check(Map<String, Double> scores) {
        double tolerance = task.path("tolerance").asDouble(0);
        List<Check> checks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = task.get("floors").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            Double score = scores.get(e.getKey());
            checks.add(new Check(e.getKey(), score == null ? Double.NaN : score, e.getValue().asDouble(), tolerance));
        }
        return checks;
    }

    /** Null when the data matches the recorded digest, else the reason it does not. */
    public String digestMismatch(String actualDigest) {
        String expected = task.path("digest").asText("");
        if (expected.isEmpty() || expected.equals(actualDigest)) {
            return null;
        }
        return "the " + name + " data changed (digest " + actualDigest + ", floors were set on " + expected + ")";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
