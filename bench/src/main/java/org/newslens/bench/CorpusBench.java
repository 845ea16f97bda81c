package org.newslens.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.Interval;
import org.newslens.corpus.SearchRequest;
import org.newslens.corpus.SortOrder;
import org.newslens.reuse.ReuseReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens bench corpus}: the corpus's own costs on analyses already computed (so the pipeline is not part
 * of it): articles indexed per second, search latency with facet counts (one- and two-word queries drawn from the
 * articles' titles, with and without a filter), a timeline, a complete export and reuse detection over the whole
 * index.
 */
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = "Index rate, search and timeline latency (p50/p99), export and reuse time on newslens/1 analyses.")
final class CorpusBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--analyses", required = true, paramLabel = "FILE",
            description = "newslens/1 JSON Lines, as 'newslens analyze --json' writes them.")
    Path analyses;

    @Option(names = "--queries", defaultValue = "500", description = "Searches to time (default: ${DEFAULT-VALUE}).")
    int queries;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<String> docs = new ArrayList<>();
        List<String> words = new ArrayList<>();
        try (MappingIterator<JsonNode> it = new ObjectMapper().readerFor(JsonNode.class).readValues(analyses.toFile())) {
            while (it.hasNextValue()) {
                JsonNode d = it.nextValue();
                if (d.has("article")) {
                    docs.add(d.toString());
                    for (String w : d.path("article").path("title").asText("").toLowerCase(Locale.ROOT).split("\\W+")) {
                        if (w.length() > 3) {
                            words.add(w);
                        }
                    }
                }
            }
        }
        if (docs.isEmpty() || words.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no analyses with titles in " + analyses);
        }
        Path dir = Files.createTempDirectory("newslens-bench-corpus");
        try (Corpus corpus = Corpus.open(dir)) {
            long t0 = System.nanoTime();
            for (String d : docs) {
                corpus.add(d);
            }
            corpus.commit();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "index: %d articles in %.2f s (%.0f articles/s), %.1f MB on disk%n", docs.size(),
                    indexSeconds, docs.size() / indexSeconds, size(dir) / 1e6);
            Random random = new Random(1);
            // Warm-up: the first searches load the index files and JIT-compile the search path.
            for (int i = 0; i < 50; i++) {
                corpus.search(SearchRequest.of(words.get(random.nextInt(words.size()))));
            }
            long[] plain = new long[queries];
            long[] filtered = new long[queries];
            long hits = 0;
            for (int i = 0; i < queries; i++) {
                String q = words.get(random.nextInt(words.size()))
                        + (i % 2 == 0 ? "" : " OR " + words.get(random.nextInt(words.size())));
                long s = System.nanoTime();
                hits += corpus.search(SearchRequest.of(q)).total();
                plain[i] = System.nanoTime() - s;
                s = System.nanoTime();
                corpus.search(SearchRequest.of(q).withFilter("language", "en").withSort(SortOrder.NEWEST));
                filtered[i] = System.nanoTime() - s;
            }
            out.printf(Locale.ROOT, "search with facet counts: p50 %.2f ms, p99 %.2f ms (%d queries, %.1f hits"
                    + " on average)%n", ms(plain, 0.5), ms(plain, 0.99), queries, hits / (double) queries);
            out.printf(Locale.ROOT, "search + filter + date sort: p50 %.2f ms, p99 %.2f ms%n", ms(filtered, 0.5),
                    ms(filtered, 0.99));
            long s = System.nanoTime();
            corpus.timeline(SearchRequest.all(), Interval.WEEK);
            out.printf(Locale.ROOT, "timeline of every article by week: %.1f ms%n", (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            long exported = corpus.export(SearchRequest.all(), h -> { });
            out.printf(Locale.ROOT, "export of all %d articles: %.1f ms%n", exported, (System.nanoTime() - s) / 1e6);
            s = System.nanoTime();
            ReuseReport r = corpus.reuse();
            out.printf(Locale.ROOT, "reuse over the index: %.2f s, %d candidates aligned, %d pairs, %d clusters%n",
                    (System.nanoTime() - s) / 1e9, r.candidates(), r.pairs().size(), r.clusters().size());
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        out.flush();
        return 0;
    }

    private static double ms(long[] nanos, double quantile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))] / 1e6;
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
