package org.newslens.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.eval.ReuseBenchmark;
import org.newslens.eval.ReuseEval;
import org.newslens.eval.ReuseScores;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import org.newslens.reuse.ReuseDetector;
import org.newslens.reuse.ReuseOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens eval reuse}: text-reuse detection on copies generated from the trafilatura-eval pages. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = {"Score text-reuse detection on a benchmark generated from the trafilatura-eval pages.",
            "The pages are extracted with newslens; each copy drops or reorders paragraphs, rewords 0-50%% of its"
                + " words and adds its site's boilerplate; some originals stay uncopied or move to a copying site."
                + " All of it follows from --seed.",
            "Precision over all reported pairs (right when both come from one original); recall over"
                + " original-copy pairs by rewording band; source accuracy; how well passages cover the copied text.",
            "Floors: precision, recall_le20 (copies with at most 20%% rewording), and the per-band recalls."})
final class EvalReuseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The trafilatura-eval folder.")
    Path data;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the generated copies (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-similarity", paramLabel = "X",
            description = "Detection threshold: share of the shorter article in shared passages (default: "
                    + ReuseOptions.DEFAULT_MIN_SIMILARITY + ").")
    Double minSimilarity;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--bands", paramLabel = "N", description = "LSH bands (default: " + ReuseOptions.DEFAULT_BANDS + ").")
    Integer bands;

    @Option(names = "--rows", paramLabel = "N", description = "LSH rows per band (default: " + ReuseOptions.DEFAULT_ROWS + ").")
    Integer rows;

    @Option(names = "--min-agreeing", paramLabel = "N",
            description = "MinHash values a candidate must share to be aligned (default: " + ReuseOptions.DEFAULT_MIN_AGREEING + ").")
    Integer minAgreeing;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--wrong", paramLabel = "FILE",
            description = "Write the wrongly reported pairs, and the pages found to share text already, to FILE.")
    Path wrong;

    @Mixin
    FloorOptions floors;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        List<ReuseBenchmark.Original> originals = ReuseEval.originals(data,
                new Pipeline(PipelineOptions.extractionOnly()), threads);
        double extractSeconds = (System.nanoTime() - t0) / 1e9;
        List<ReuseBenchmark.Doc> docs = ReuseBenchmark.generate(originals, seed);
        long sharing = docs.stream().filter(d -> d.original() && !d.family().equals(d.id())).count();
        ReuseOptions options = ReuseOptions.defaults();
        if (minSimilarity != null) {
            options = options.withMinSimilarity(minSimilarity);
        }
        if (bands != null || rows != null) {
            options = options.withBanding(bands == null ? options.bands() : bands, rows == null ? options.rows() : rows);
        }
        if (minAgreeing != null) {
            options = options.withMinAgreeing(minAgreeing);
        }
        ReuseScores s = ReuseEval.score(docs, new ReuseDetector(options));
        Map<String, Double> metrics = s.metrics();
        if (wrong != null) {
            List<String> lines = new java.util.ArrayList<>(s.wrong());
            docs.stream().filter(d -> d.original() && !d.family().equals(d.id()))
                    .forEach(d -> lines.add("# " + d.id() + " shares text with " + d.family() + " (one family)"));
            Files.write(wrong, lines);
        }
        if (json) {
            ObjectNode node = ResultJson.mapper().createObjectNode();
            node.put("task", "reuse");
            node.put("data", data.toString());
            node.put("seed", seed);
            node.put("digest", ReuseEval.digest(data, seed));
            node.put("minSimilarity", options.minSimilarity());
            node.put("originals", originals.size());
            node.put("documents", s.documents());
            node.put("originalsSharingText", sharing);
            node.put("reported", s.reported());
            node.put("correct", s.correct());
            node.put("candidates", s.candidates());
            node.put("detectSeconds", round(s.seconds()));
            ObjectNode bands = node.putObject("bands");
            double[] b = ReuseBenchmark.REWORDING_BANDS;
            for (int i = 0; i < b.length; i++) {
                ObjectNode band = bands.putObject(String.format(Locale.ROOT, "%.0f%%", b[i] * 100));
                band.put("pairs", s.goldByBand()[i]);
                band.put("found", s.foundByBand()[i]);
                band.put("recall", round(s.recallOfBand(i)));
            }
            metrics.forEach((k, v) -> node.put(k, round(v)));
            out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } else {
            out.printf(Locale.ROOT, "reuse: %d originals extracted in %.1f s; benchmark of %d documents (seed %d)%n",
                    originals.size(), extractSeconds, s.documents(), seed);
            out.printf(Locale.ROOT, "originals that share text with an earlier one (same family): %d%n", sharing);
            out.printf(Locale.ROOT, "detection: %.2f s, %d candidate pairs aligned, %d pairs reported, %d right%n",
                    s.seconds(), s.candidates(), s.reported(), s.correct());
            out.printf(Locale.ROOT, "precision %.4f   recall (<= 20%% reworded) %.4f   threshold %.2f%n",
                    s.precision(), s.recallUpTo(0.2), options.minSimilarity());
            out.println("recall by rewording:");
            double[] b = ReuseBenchmark.REWORDING_BANDS;
            for (int i = 0; i < b.length; i++) {
                out.printf(Locale.ROOT, "  %3.0f%%  %4d / %4d  %.4f%n", b[i] * 100, s.foundByBand()[i],
                        s.goldByBand()[i], s.recallOfBand(i));
            }
            out.printf(Locale.ROOT, "copies of one original found together: %d / %d (%.4f)%n", s.copyPairsFound(),
                    s.copyPairs(), metrics.get("copy_pairs_recall"));
            out.printf(Locale.ROOT, "source named right: %d / %d clusters (%.4f)%n", s.sourcesRight(), s.clusters(),
                    s.sourceAccuracy());
            out.printf(Locale.ROOT, "passages: %.4f of their characters are copied text, covering %.4f of it"
                    + " (copies with <= 20%% rewording: %.4f, covering %.4f)%n", s.passagePrecision(),
                    s.passageRecall(), s.passagePrecisionUpTo20(), s.passageRecallUpTo20());
        }
        out.flush();
        return floors.check("reuse", metrics, ReuseEval.digest(data, seed), out, spec.commandLine().getErr());
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
