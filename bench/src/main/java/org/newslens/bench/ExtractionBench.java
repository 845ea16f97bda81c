package org.newslens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.newslens.extract.ArticleExtractor;
import org.newslens.eval.ExtractionEval;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Item;
import org.newslens.model.Page;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens bench extraction}: newslens and readability4j over the same decoded pages, one thread, in one
 * run. Rounds alternate which extractor goes first so that neither always runs on a warmer JIT or a fuller heap.
 * Pages are decoded before timing: the comparison is extraction, not file reading.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Pages/s of newslens vs readability4j on the trafilatura-eval pages (one thread, same run).")
final class ExtractionBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "trafilatura-eval directory.")
    Path data;

    @Option(names = "--warmup", defaultValue = "1", description = "Unmeasured rounds per extractor (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds per extractor (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--limit", defaultValue = "0", description = "Use only the first N pages (0: all).")
    int limit;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data) || rounds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "need an existing --data directory, --rounds >= 1, --warmup >= 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<ExtractionEval.Case> cases = ExtractionEval.load(data);
        if (limit > 0 && limit < cases.size()) {
            cases = cases.subList(0, limit);
        }
        List<Page> pages = new ArrayList<>();
        long bytes = 0;
        for (ExtractionEval.Case c : cases) {
            try (PageReader reader = PageReader.open(List.of(ExtractionEval.pageFile(data, c).toString()),
                    IngestOptions.defaults().withUrl(c.url()), null)) {
                Item item = reader.next();
                pages.add(item instanceof Page p ? p : Page.html(c.file(), c.url(), ""));
                bytes += pages.get(pages.size() - 1).content().length();
            }
        }
        Instant now = Instant.now();
        Function<Page, String> newslens = p -> ArticleExtractor.extract(p, now).text();
        Function<Page, String> readability = p -> {
            try {
                String text = new Readability4J(p.source().url() == null ? "" : p.source().url(), p.content()).parse().getTextContent();
                return text == null ? "" : text;
            } catch (RuntimeException e) {
                return "";
            }
        };
        out.printf(Locale.ROOT, "extraction benchmark: %d pages, %.1f M characters, one thread, %d warm-up + %d measured rounds%n",
                pages.size(), bytes / 1e6, warmup, rounds);
        out.flush();
        double[][] seconds = new double[2][rounds];
        // Process CPU time per round too: on a machine shared with other work the wall clock also counts the wait
        // for a core, which the alternation spreads over both extractors but does not remove.
        double[][] cpuSeconds = new double[2][rounds];
        String[][] texts = new String[2][];
        for (int r = 0; r < warmup + rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (r + k) % 2;
                String[] outputs = new String[pages.size()];
                long t0 = System.nanoTime();
                long cpu0 = BatchBenchRun.cpuNanos();
                Function<Page, String> extractor = which == 0 ? newslens : readability;
                for (int i = 0; i < pages.size(); i++) {
                    outputs[i] = extractor.apply(pages.get(i));
                }
                double s = (System.nanoTime() - t0) / 1e9;
                if (r >= warmup) {
                    seconds[which][r - warmup] = s;
                    cpuSeconds[which][r - warmup] = (BatchBenchRun.cpuNanos() - cpu0) / 1e9;
                }
                texts[which] = outputs;
            }
        }
        double[] pagesPerSecond = new double[2];
        double[] pagesPerCpuSecond = new double[2];
        for (int k = 0; k < 2; k++) {
            pagesPerSecond[k] = pages.size() / median(seconds[k]);
            pagesPerCpuSecond[k] = pages.size() / median(cpuSeconds[k]);
        }
        out.printf(Locale.ROOT, "%-14s %10s %14s %8s%n", "extractor", "pages/s", "pages/CPU-s", "F");
        out.printf(Locale.ROOT, "%-14s %10.1f %14.1f %8.4f%n", "newslens", pagesPerSecond[0], pagesPerCpuSecond[0],
                f(cases, texts[0]));
        out.printf(Locale.ROOT, "%-14s %10.1f %14.1f %8.4f%n", "readability4j", pagesPerSecond[1], pagesPerCpuSecond[1],
                f(cases, texts[1]));
        out.printf(Locale.ROOT, "ratio newslens / readability4j: %.2fx by wall time, %.2fx by CPU time (medians of %d rounds)%n",
                pagesPerSecond[0] / pagesPerSecond[1], pagesPerCpuSecond[0] / pagesPerCpuSecond[1], rounds);
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The snippet F of a set of outputs, with exactly the metric of {@code newslens eval extraction}. */
    private static double f(List<ExtractionEval.Case> cases, String[] outputs) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < cases.size(); i++) {
            int[] c = ExtractionEval.snippets(cases.get(i), outputs[i], null, null);
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return 2.0 * tp / (2.0 * tp + fp + fn);
    }
}
