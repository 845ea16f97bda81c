package org.newslens.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.eval.PtcCorpus;
import org.newslens.eval.SwapEval;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval swap}: do technique findings survive swapping the two most named entities? */
@Command(name = "swap", mixinStandardHelpOptions = true,
        description = {"Even-handedness on PTC: swap the two most frequent named entities in each article, analyse"
                + " again, and report the share of flagged spans whose technique is unchanged (target >= 0.95)."})
final class EvalSwapCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PTC folder.")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "train or dev (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        List<String> texts = PtcCorpus.read(data, split).stream().map(PtcCorpus.PtcArticle::text).toList();
        Pipeline pipeline = new Pipeline(new PipelineOptions(EnumSet.of(Layer.TECHNIQUES),
                PipelineOptions.DEFAULT_TIME_LIMIT, Instant.parse("2026-01-01T00:00:00Z"), null));
        SwapEval.Scores s = SwapEval.run(texts, pipeline);
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "swap");
            node.put("data", data.toString());
            node.put("split", split);
            node.put("articles", s.articles());
            node.put("skipped", s.skipped());
            node.put("findings", s.findings());
            node.put("kept", s.kept());
            node.put("share", s.share());
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            out.printf(Locale.ROOT, "swap on PTC %s: %d articles (%d skipped: fewer than two entities)%n", split,
                    s.articles(), s.skipped());
            out.printf(Locale.ROOT, "findings in both analyses %d, kept with the same technique %d: share %.4f%n",
                    s.findings(), s.kept(), s.share());
        }
        out.flush();
        return floors.check("swap", Map.of("share", s.share()), PtcCorpus.digest(data, split), out,
                spec.commandLine().getErr());
    }
}
