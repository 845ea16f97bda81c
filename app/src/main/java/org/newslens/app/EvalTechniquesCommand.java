package org.newslens.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.eval.PtcCorpus;
import org.newslens.eval.TechniqueEval;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval techniques}: SemEval-2020 Task 11 span identification or technique classification on PTC. */
@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = {"Score persuasion techniques on PTC with the SemEval-2020 Task 11 measures.",
            "si: span identification, character-overlap P/R/F1 (code points); tc: technique of each gold span,"
                + " micro-F1. Both print P/R/F1 per technique."})
final class EvalTechniquesCommand implements Callable<Integer> {
    enum Task { si, tc }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PTC folder.")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT",
            description = "train or dev (default: ${DEFAULT-VALUE}); tune and report on dev.")
    String split;

    @Option(names = "--task", required = true, paramLabel = "TASK", description = "si or tc.")
    Task task;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "si: also write the predicted spans in the corpus's technique format (ID, technique, start, end).")
    Path predictions;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        List<PtcCorpus.PtcArticle> articles = PtcCorpus.read(data, split);
        TechniqueEval.Scores s;
        if (task == Task.si) {
            Pipeline pipeline = new Pipeline(new PipelineOptions(EnumSet.of(Layer.TECHNIQUES),
                    PipelineOptions.DEFAULT_TIME_LIMIT, Instant.parse("2026-01-01T00:00:00Z"), null));
            if (predictions == null) {
                s = TechniqueEval.spans(articles, pipeline);
            } else {
                List<String> lines = new java.util.ArrayList<>();
                s = TechniqueEval.spans(articles, pipeline, lines::add);
                Files.write(predictions, lines);
            }
        } else {
            s = TechniqueEval.techniques(articles);
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("precision", s.overall().precision());
        metrics.put("recall", s.overall().recall());
        metrics.put("f1", s.overall().f1());
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "techniques-" + task);
            node.put("data", data.toString());
            node.put("split", split);
            node.put("articles", s.articles());
            node.put("failures", s.failures());
            metrics.forEach(node::put);
            node.set("perTechnique", ResultJson.mapper().valueToTree(s.perTechnique()));
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            print(out, s);
        }
        out.flush();
        return floors.check("techniques-" + task, metrics, PtcCorpus.digest(data, split), out,
                spec.commandLine().getErr());
    }

    private void print(PrintWriter out, TechniqueEval.Scores s) {
        out.printf(Locale.ROOT, "techniques %s on PTC %s: %d articles, %d failed%n", task, split, s.articles(),
                s.failures());
        out.printf(Locale.ROOT, "%-36s %9s %6s %6s %9s %6s%n", "technique", "precision", "recall", "F1",
                task == Task.si ? "predicted" : "predicted", "gold");
        row(out, task == Task.si ? "all (SI measure)" : "all (micro)", s.overall());
        s.perTechnique().forEach((name, prf) -> row(out, name, prf));
    }

    private static void row(PrintWriter out, String name, TechniqueEval.Prf p) {
        out.printf(Locale.ROOT, "%-36s %9.4f %6.4f %6.4f %9d %6d%n", name, p.precision(), p.recall(), p.f1(),
                p.predicted(), p.gold());
    }
}
