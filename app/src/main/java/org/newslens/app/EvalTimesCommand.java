package org.newslens.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.eval.TimeEval;
import org.newslens.eval.TimeScores;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval times}: time expressions on TimeML files, TempEval-3 metrics. */
@Command(name = "times", mixinStandardHelpOptions = true,
        description = {"Score time expressions on TimeML files (TimeBank, AQUAINT, TempEval-3).",
            "Each document's creation time (DCT) is its publication date. TempEval-3 metrics: strict (equal spans)"
                + " and relaxed (overlapping spans) precision, recall, F1; value F1 = relaxed F1 x value accuracy;"
                + " type accuracy."})
final class EvalTimesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Folder of .tml files (searched recursively).")
    Path data;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE",
            description = "Write every gold and found expression that is not fully right as JSON Lines.")
    Path errors;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        List<TimeScores.Pair> pairs = new ArrayList<>();
        TimeScores s = TimeEval.run(data, pairs);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("strict_precision", s.strictPrecision());
        metrics.put("strict_recall", s.strictRecall());
        metrics.put("strict_f1", s.strictF1());
        metrics.put("relaxed_precision", s.relaxedPrecision());
        metrics.put("relaxed_recall", s.relaxedRecall());
        metrics.put("relaxed_f1", s.relaxedF1());
        metrics.put("value_accuracy", s.valueAccuracy());
        metrics.put("value_f1", s.valueF1());
        metrics.put("type_accuracy", s.typeAccuracy());
        Map<TimeScores.Outcome, Integer> outcomes = TimeEval.outcomes(pairs);
        if (json) {
            printJson(out, s, metrics, outcomes);
        } else {
            printTable(out, s, outcomes);
        }
        if (errors != null) {
            writeErrors(pairs);
        }
        out.flush();
        return floors.check("times", metrics, TimeEval.digest(data), out, spec.commandLine().getErr());
    }

    private void printJson(PrintWriter out, TimeScores s, Map<String, Double> metrics,
            Map<TimeScores.Outcome, Integer> outcomes) throws IOException {
        ObjectNode node = ResultJson.mapper().createObjectNode();
        node.put("task", "times");
        node.put("data", data.toString());
        node.put("digest", TimeEval.digest(data));
        node.put("documents", s.documents());
        node.put("gold", s.gold());
        node.put("found", s.found());
        node.put("tagger_ms_per_document", s.millis() / Math.max(1, s.documents()));
        metrics.forEach(node::put);
        ObjectNode types = node.putObject("by_type");
        s.byType().forEach((type, t) -> {
            ObjectNode n = types.putObject(type);
            n.put("gold", t.gold());
            n.put("found", t.found());
            n.put("relaxed_precision", t.relaxedPrecision());
            n.put("relaxed_recall", t.relaxedRecall());
            n.put("value_accuracy", t.valueAccuracy());
            n.put("type_accuracy", t.typeAccuracy());
        });
        ObjectNode o = node.putObject("outcomes");
        outcomes.forEach((k, v) -> o.put(k.name().toLowerCase(Locale.ROOT), v));
        out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
    }

    private static void printTable(PrintWriter out, TimeScores s, Map<TimeScores.Outcome, Integer> outcomes) {
        out.printf(Locale.ROOT, "times (TimeML): %d documents, %d gold expressions, %d found; tagger %.2f ms/document%n",
                s.documents(), s.gold(), s.found(), s.millis() / Math.max(1, s.documents()));
        out.printf(Locale.ROOT, "%-9s %9s %7s %7s%n", "", "precision", "recall", "F1");
        out.printf(Locale.ROOT, "%-9s %9.4f %7.4f %7.4f%n", "strict", s.strictPrecision(), s.strictRecall(),
                s.strictF1());
        out.printf(Locale.ROOT, "%-9s %9.4f %7.4f %7.4f%n", "relaxed", s.relaxedPrecision(), s.relaxedRecall(),
                s.relaxedF1());
        out.printf(Locale.ROOT, "value F1 %.4f (value accuracy %.4f on %d relaxed matches); type accuracy %.4f%n",
                s.valueF1(), s.valueAccuracy(), s.relaxedGold(), s.typeAccuracy());
        out.println();
        out.printf(Locale.ROOT, "%-9s %6s %6s %9s %7s %9s %9s%n", "type", "gold", "found", "precision", "recall",
                "value acc", "type acc");
        s.byType().forEach((type, t) -> out.printf(Locale.ROOT, "%-9s %6d %6d %9.4f %7.4f %9.4f %9.4f%n", type,
                t.gold(), t.found(), t.relaxedPrecision(), t.relaxedRecall(), t.valueAccuracy(), t.typeAccuracy()));
        out.println();
        StringBuilder sb = new StringBuilder("outcomes:");
        outcomes.forEach((k, v) -> sb.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(v));
        out.println(sb);
    }

    private void writeErrors(List<TimeScores.Pair> pairs) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(errors)) {
            for (TimeScores.Pair p : pairs) {
                if (p.outcome() == TimeScores.Outcome.CORRECT) {
                    continue;
                }
                ObjectNode n = ResultJson.mapper().createObjectNode();
                n.put("document", p.document());
                n.put("outcome", p.outcome().name().toLowerCase(Locale.ROOT));
                if (p.gold() != null) {
                    n.set("gold", ResultJson.mapper().valueToTree(p.gold()));
                }
                if (p.found() != null) {
                    n.set("found", ResultJson.mapper().valueToTree(p.found()));
                }
                w.write(ResultJson.mapper().writeValueAsString(n));
                w.newLine();
            }
        }
    }
}
