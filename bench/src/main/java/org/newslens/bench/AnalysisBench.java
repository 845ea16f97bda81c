package org.newslens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Result;
import org.newslens.model.Source;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.Timings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens bench analysis}: articles/s per core for the analysis layers over the PolNeAR texts (clean article
 * text, so extraction is not part of it), the share of each stage, and what the first article costs with model
 * loading.
 */
@Command(name = "analysis", mixinStandardHelpOptions = true,
        description = "Articles/s per core of the analysis layers on the PolNeAR texts, with the share of each stage.")
final class AnalysisBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "PolNeAR directory (holding dev/text, train/text).")
    Path data;

    @Option(names = "--split", defaultValue = "dev", description = "Which texts (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(names = "--layers", split = ",", paramLabel = "LAYER",
            description = "Layers to compute (default: all): ${COMPLETION-CANDIDATES}.")
    List<Layer> layers;

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws IOException {
        Path dir = data.resolve(split).resolve("text");
        if (!Files.isDirectory(dir) || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no texts under " + dir + ", or --rounds < 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                articles.add(Article.fromText(Files.readString(f, StandardCharsets.UTF_8)));
            }
        }
        EnumSet<Layer> wanted = layers == null || layers.isEmpty() ? EnumSet.allOf(Layer.class) : EnumSet.copyOf(layers);
        Pipeline pipeline = new Pipeline(PipelineOptions.allLayers().withLayers(wanted).withNow(Instant.now()));
        Source source = new Source("bench", null, null);

        long t0 = System.nanoTime();
        Result first = pipeline.analyze(source, articles.get(0), new Timings());
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        if (!(first instanceof Analysis)) {
            out.println("the first article failed: " + first);
            return 1;
        }
        // One unmeasured pass lets the JIT compile the hot paths, as a long batch run would have.
        for (Article a : articles) {
            pipeline.analyze(source, a, new Timings());
        }
        Timings timings = new Timings();
        long tokens = 0;
        // CPU time of the process as well as wall time: on a machine shared with other work the wall clock counts
        // time spent waiting for a core, and "per core" means per CPU-second. The process's time, not this
        // thread's: the pipeline runs each document on a worker thread under its time limit (and GC and JIT
        // threads work for the run too).
        long cpuStart = BatchBenchRun.cpuNanos();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Article a : articles) {
                Result result = pipeline.analyze(source, a, timings);
                if (result instanceof Analysis analysis) {
                    tokens += analysis.tokens().size();
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (BatchBenchRun.cpuNanos() - cpuStart) / 1e9;
        int n = articles.size() * rounds;
        out.printf(Locale.ROOT, "analysis benchmark: %d PolNeAR %s articles x %d rounds, one thread, layers %s%n",
                articles.size(), split, rounds, wanted);
        out.printf(Locale.ROOT, "first article, models loading included: %.1f s%n", firstSeconds);
        out.printf(Locale.ROOT, "%.1f articles/s per core, %.0f tokens/s, %.1f ms per article (%.0f tokens on average)%n",
                n / seconds, tokens / seconds, 1000 * seconds / n, tokens / (double) n);
        out.printf(Locale.ROOT, "by CPU time of the process: %.1f articles per CPU-second, %.1f ms per article%s%n",
                n / cpuSeconds, 1000 * cpuSeconds / n,
                seconds > 1.2 * cpuSeconds ? " (the wall clock ran slower: other work shared the cores)" : "");
        long total = timings.snapshot().values().stream().mapToLong(Long::longValue).sum();
        for (Map.Entry<String, Long> e : timings.snapshot().entrySet()) {
            out.printf(Locale.ROOT, "  %-10s %6.1f ms/article  %5.1f%%%n", e.getKey(), e.getValue() / 1e6 / n,
                    100.0 * e.getValue() / Math.max(1, total));
        }
        return 0;
    }
}
