package org.newslens.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.eval.ExtractionEval;
import org.newslens.eval.ExtractionScores;
import org.newslens.eval.ScrapinghubEval;
import org.newslens.eval.ShingleScores;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval extraction}: main-content and metadata extraction scores. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {"Score article extraction.",
            "trafilatura format: evaldata.json with must-contain/must-not-contain snippets; precision, recall,"
                + " accuracy, F, plus title/date/author accuracy.",
            "scrapinghub format: ground-truth.json and html/<id>.html.gz; shingle precision, recall, F1."})
final class EvalExtractionCommand implements Callable<Integer> {
    enum Format { trafilatura, scrapinghub }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Dataset directory.")
    Path data;

    @Option(names = "--format", defaultValue = "trafilatura", paramLabel = "FORMAT",
            description = "Dataset layout: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--pages", paramLabel = "FILE", description = "Write per-page outcomes as JSON Lines (trafilatura format).")
    Path pages;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Pipeline pipeline = new Pipeline(PipelineOptions.extractionOnly());
        Map<String, Double> metrics = new LinkedHashMap<>();
        String digest;
        if (format == Format.scrapinghub) {
            ShingleScores s = ScrapinghubEval.run(data, pipeline, threads);
            metrics.put("precision", s.precision());
            metrics.put("recall", s.recall());
            metrics.put("f1", s.f1());
            digest = ScrapinghubEval.digest(data);
            print(out, "scrapinghub", s.pages(), s.failures(), metrics);
        } else {
            ExtractionScores s = runTrafilatura(pipeline);
            metrics.put("precision", s.precision());
            metrics.put("recall", s.recall());
            metrics.put("accuracy", s.accuracy());
            metrics.put("f", s.f());
            metrics.put("title", s.title().value());
            metrics.put("date", s.date().value());
            metrics.put("author", s.author().value());
            metrics.put("completed", s.pages() == 0 ? 0 : (s.pages() - s.failures()) / (double) s.pages());
            digest = ExtractionEval.digest(data);
            if (json) {
                print(out, "trafilatura", s.pages(), s.failures(), metrics);
            } else {
                printTable(out, s);
            }
        }
        out.flush();
        return floors.check("extraction", metrics, digest, out, err);
    }

    private ExtractionScores runTrafilatura(Pipeline pipeline) throws IOException {
        if (pages == null) {
            return ExtractionEval.run(data, pipeline, threads, null);
        }
        try (BufferedWriter w = Files.newBufferedWriter(pages)) {
            return ExtractionEval.run(data, pipeline, threads, o -> {
                try {
                    w.write(ResultJson.mapper().writeValueAsString(o));
                    w.newLine();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private void print(PrintWriter out, String set, int pageCount, int failures, Map<String, Double> metrics)
            throws IOException {
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "extraction");
            node.put("format", set);
            node.put("data", data.toString());
            node.put("pages", pageCount);
            node.put("failures", failures);
            metrics.forEach(node::put);
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
            return;
        }
        out.printf(Locale.ROOT, "extraction (%s format): %d pages, %d failed%n", set, pageCount, failures);
        metrics.forEach((k, v) -> out.printf(Locale.ROOT, "  %-10s %.4f%n", k, v));
    }

    private static void printTable(PrintWriter out, ExtractionScores s) {
        out.printf(Locale.ROOT, "extraction (trafilatura format): %d pages, %d failed%n", s.pages(), s.failures());
        out.printf(Locale.ROOT, "%-10s %6s %9s %6s %8s %6s   %s%n", "language", "pages", "precision", "recall",
                "accuracy", "F", "title   date    author");
        row(out, "all", s);
        s.byLanguage().entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue().pages(), a.getValue().pages()))
                .forEach(e -> row(out, e.getKey(), e.getValue()));
        out.printf(Locale.ROOT, "snippets: TP %d  FP %d  FN %d  TN %d%n", s.tp(), s.fp(), s.fn(), s.tn());
        out.printf(Locale.ROOT, "metadata: title %d/%d, date %d/%d, author %d/%d%n", s.title().correct(),
                s.title().total(), s.date().correct(), s.date().total(), s.author().correct(), s.author().total());
    }

    private static void row(PrintWriter out, String name, ExtractionScores s) {
        out.printf(Locale.ROOT, "%-10s %6d %9.4f %6.4f %8.4f %6.4f   %.3f   %.3f   %.3f%n", name, s.pages(),
                s.precision(), s.recall(), s.accuracy(), s.f(), s.title().value(), s.date().value(),
                s.author().value());
    }
}
