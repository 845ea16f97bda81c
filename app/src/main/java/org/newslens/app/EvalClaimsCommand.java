package org.newslens.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.attribution.CheckWorthiness;
import org.newslens.eval.ClaimBuster;
import org.newslens.eval.ClaimScores;
import org.newslens.eval.ClaimsEval;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval claims}: check-worthiness on the held-out ClaimBuster sentences and the 2020 debates. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Score check-worthy claim detection on ClaimBuster (Arslan et al., ICWSM 2020).",
            "Held out: every sentence whose sentence_id is divisible by 5 (the model never trained on them);"
                + " precision, recall and F1 of the check-worthy class on that part of each NCS set, and on"
                + " 2020_debate.tsv.",
            "Floors: f1, precision, recall (2xNCS held-out) and debate2020_f1."})
final class EvalClaimsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The claimbuster-ncs folder.")
    Path data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A claim-model.tsv to score instead of the committed one (same embedding table).")
    Path model;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        CheckWorthiness m = model == null ? CheckWorthiness.standard() : CheckWorthiness.read(model);
        long t0 = System.nanoTime();
        List<ClaimScores> scores = ClaimsEval.run(data, m);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (ClaimScores s : scores) {
            if (s.set().startsWith("2xNCS")) {
                metrics.put("precision", s.precision());
                metrics.put("recall", s.recall());
                metrics.put("f1", s.f1());
            } else if (s.set().startsWith("2020")) {
                metrics.put("debate2020_f1", s.f1());
            }
        }
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "claims");
            node.put("data", data.toString());
            node.put("heldOut", "sentence_id % " + ClaimBuster.HELD_OUT_MODULUS + " == 0");
            node.put("threshold", m.threshold());
            ArrayNode sets = node.putArray("sets");
            for (ClaimScores s : scores) {
                ObjectNode n = sets.addObject();
                n.put("set", s.set());
                n.put("sentences", s.sentences());
                n.put("tp", s.tp());
                n.put("fp", s.fp());
                n.put("fn", s.fn());
                n.put("tn", s.tn());
                n.put("precision", s.precision());
                n.put("recall", s.recall());
                n.put("f1", s.f1());
                n.put("accuracy", s.accuracy());
            }
            metrics.forEach(node::put);
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            out.printf(Locale.ROOT, "claims: check-worthy class, threshold %.2f, held out: sentence_id %% %d == 0"
                    + " (%.1f s)%n", m.threshold(), ClaimBuster.HELD_OUT_MODULUS, seconds);
            out.printf(Locale.ROOT, "%-18s %9s %6s %6s %6s %6s %9s %6s %6s %8s%n", "set", "sentences", "TP", "FP",
                    "FN", "TN", "precision", "recall", "F1", "accuracy");
            for (ClaimScores s : scores) {
                out.printf(Locale.ROOT, "%-18s %9d %6d %6d %6d %6d %9.4f %6.4f %6.4f %8.4f%n", s.set(), s.sentences(),
                        s.tp(), s.fp(), s.fn(), s.tn(), s.precision(), s.recall(), s.f1(), s.accuracy());
            }
        }
        out.flush();
        return floors.check("claims", metrics, ClaimBuster.digest(data), out, spec.commandLine().getErr());
    }
}
