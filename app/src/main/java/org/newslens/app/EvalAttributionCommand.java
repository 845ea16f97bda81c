package org.newslens.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslens.attribution.AttributionRelation;
import org.newslens.eval.AttributionEval;
import org.newslens.eval.AttributionScores;
import org.newslens.eval.PolnearCorpus;
import org.newslens.model.Span;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval attribution}: quotation cues, sources and contents scored on PolNeAR. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Score quotations and speakers on PolNeAR (brat standoff: text/ and attributions/ per split).",
            "Exact and token-overlap precision, recall and F1 for source, cue and content spans, and relation F1;"
                + " definitions in AttributionEval's javadoc. One annotator per article: the lowest id."})
final class EvalAttributionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PolNeAR folder (holding train/, dev/).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", paramLabel = "SPLIT", description = "Split to score (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--agreement", description = "Instead of scoring the system, score the annotators against one"
            + " another on the articles several people annotated (the corpus's own ceiling); no floors.")
    boolean agreement;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write each article's gold and predicted relations as JSON Lines.")
    Path errors;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data.resolve(split))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no split '" + split + "' under " + data);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (agreement) {
            AttributionEval.Agreement a = AttributionEval.agreement(data, split);
            out.printf(Locale.ROOT, "annotator agreement (PolNeAR %s): %d articles annotated by several people, %d"
                    + " ordered annotator pairs%n", split, a.articles(), a.pairs());
            if (a.pairs() == 0) {
                out.println("no article of this split has more than one annotation");
            } else {
                printRows(out, a.scores());
            }
            out.flush();
            return 0;
        }
        AttributionScores s;
        if (errors == null) {
            s = AttributionEval.run(data, split, null);
        } else {
            try (BufferedWriter w = Files.newBufferedWriter(errors)) {
                s = AttributionEval.run(data, split, o -> write(w, o));
            }
        }
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "attribution");
            node.put("data", data.toString());
            node.put("split", split);
            node.put("articles", s.articles());
            node.put("goldRelations", s.gold());
            node.put("predictedRelations", s.predicted());
            node.put("quoteMillisPerArticle", s.quoteMillis());
            node.put("quoteCpuMillisPerArticle", s.quoteCpuMillis());
            s.metrics().forEach(node::put);
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            printTable(out, s);
        }
        out.flush();
        return floors.check("attribution", s.metrics(), PolnearCorpus.digest(data, split), out,
                spec.commandLine().getErr());
    }

    private void printTable(PrintWriter out, AttributionScores s) {
        out.printf(Locale.ROOT, "attribution (PolNeAR %s): %d articles, %d gold relations, %d predicted%n", split,
                s.articles(), s.gold(), s.predicted());
        printRows(out, s);
        out.printf(Locale.ROOT, "quotation stage: %.1f ms per article (%.1f ms of CPU)%n", s.quoteMillis(),
                s.quoteCpuMillis());
    }

    private static void printRows(PrintWriter out, AttributionScores s) {
        out.printf(Locale.ROOT, "%-9s %-8s %9s %7s %7s%n", "span", "match", "precision", "recall", "F1");
        row(out, "source", "exact", s.sourceExact());
        row(out, "source", "overlap", s.sourceOverlap());
        row(out, "cue", "exact", s.cueExact());
        row(out, "cue", "overlap", s.cueOverlap());
        row(out, "content", "exact", s.contentExact());
        row(out, "content", "overlap", s.contentOverlap());
        row(out, "relation", "overlap", s.relation());
        row(out, "relation", "exact", s.relationExact());
    }

    private static void row(PrintWriter out, String span, String match, AttributionScores.Prf p) {
        out.printf(Locale.ROOT, "%-9s %-8s %9.4f %7.4f %7.4f%n", span, match, p.precision(), p.recall(), p.f1());
    }

    private static void write(BufferedWriter w, AttributionEval.ArticleOutcome o) {
        ObjectNode node = ResultJson.mapper().createObjectNode();
        node.put("name", o.name());
        relations(node.putArray("gold"), o.text(), o.gold());
        relations(node.putArray("predicted"), o.text(), o.predicted());
        try {
            w.write(ResultJson.mapper().writeValueAsString(node));
            w.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void relations(ArrayNode array, String text, List<AttributionRelation> relations) {
        for (AttributionRelation r : relations) {
            ObjectNode n = array.addObject();
            n.put("source", join(text, r.source()));
            n.put("cue", r.cue() == null ? null : text.substring(r.cue().start(), r.cue().end()));
            n.put("content", join(text, r.content()));
            n.put("cueStart", r.cue() == null ? -1 : r.cue().start());
        }
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(sb.length() == 0 ? "" : " | ").append(text, s.start(), s.end());
        }
        return sb.toString();
    }
}
