package org.newslens.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.CorpusException;
import org.newslens.corpus.IndexOutcome;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Result;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import org.newslens.pipeline.Timings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens index}: analyses pages and adds them to the corpus, replacing earlier versions. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Analyse pages and add them to the corpus index (created when missing).",
            "An article indexed again replaces itself: the same address, or the same text on the same site. The same"
                + " text on another site is kept (that is reuse, see 'newslens reuse'). Articles already indexed"
                + " with the same text are not analysed again unless --force.",
            "With --analyses, the inputs are newslens/1 JSON or JSON Lines (as 'newslens analyze --json' writes)"
                + " and are indexed as they are."})
final class IndexCommand implements Callable<Integer> {
    /** Changes are made durable every this many articles, so an interrupted run keeps most of its work. */
    static final int COMMIT_EVERY = 500;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputOptions output;

    @Mixin
    IndexOption index;

    @Option(names = "--analyses", description = "Inputs are newslens/1 analyses (JSON or JSON Lines), not pages.")
    boolean analyses;

    @Option(names = "--force", description = "Analyse and store every input again, even when already indexed.")
    boolean force;

    @Option(names = "--threads", paramLabel = "N", description = "Pages analysed at once (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final Tally tally = new Tally();
    private final Timings timings = new Timings();
    private Corpus corpus;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
        }
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        int size;
        try (Corpus opened = Corpus.open(index.directory)) {
            corpus = opened;
            if (analyses) {
                indexAnalyses();
            } else {
                indexPages();
            }
            size = corpus.size();
        } catch (CorpusException e) {
            err.println("newslens index: " + e.getMessage());
            err.flush();
            return 1;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "newslens: %d inputs: %d added, %d replaced, %d unchanged, %d failed; %s holds %d"
                + " articles (%.1f s, %.1f inputs/s)%n", tally.total(), tally.added, tally.replaced, tally.unchanged,
                tally.failed, index.directory, size, seconds, tally.total() / Math.max(seconds, 1e-9));
        err.flush();
        return tally.failed > 0 ? 1 : 0;
    }

    private void indexPages() throws IOException, InterruptedException {
        PipelineOptions options = new PipelineOptions(EnumSet.allOf(Layer.class), output.timeLimit(), Instant.now(),
                null);
        Pipeline extraction = new Pipeline(options.withLayers(Set.of()));
        Pipeline analysis = new Pipeline(options);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        // Reading runs ahead of analysis by at most two pages per thread, so memory stays bounded.
        Semaphore ahead = new Semaphore(threads * 2);
        try (PageReader reader = PageReader.open(inputs.inputs, inputs.toIngestOptions(), System.in)) {
            while (reader.hasNext()) {
                Item item = reader.next();
                ahead.acquire();
                pool.execute(() -> {
                    try {
                        indexPage(item, extraction, analysis);
                    } finally {
                        ahead.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
        }
    }

    private void indexPage(Item item, Pipeline extraction, Pipeline analysis) {
        String uri = item.source().uri();
        try {
            Result extracted = extraction.run(item);
            if (extracted instanceof Failure f) {
                failed(uri, f.stage() + ": " + f.reason());
                return;
            }
            Article a = ((Analysis) extracted).article();
            var key = Corpus.keyOf(item.source().url(), a.canonicalUrl(), a.siteName(), a.text());
            if (!force && corpus.isIndexed(key)) {
                done(uri, new IndexOutcome(key.id(), IndexOutcome.Status.UNCHANGED, 0));
                return;
            }
            Result result = analysis.analyze(item.source(), a, timings);
            if (result instanceof Failure f) {
                failed(uri, f.stage() + ": " + f.reason());
                return;
            }
            done(uri, corpus.add(ResultJson.toLine(result, true)));
        } catch (IOException | RuntimeException e) {
            failed(uri, "index: " + e.getMessage());
        }
    }

    private void indexAnalyses() throws IOException {
        for (String input : inputs.inputs) {
            Path file = Path.of(input);
            if (!Files.isRegularFile(file)) {
                failed(input, "no such file");
                continue;
            }
            int n = 0;
            try (MappingIterator<JsonNode> it = ResultJson.mapper().readerFor(JsonNode.class).readValues(file.toFile())) {
                while (it.hasNextValue()) {
                    JsonNode doc = it.nextValue();
                    n++;
                    String where = input + "#" + n;
                    if (doc.has("error")) {
                        failed(where, "an error record, not an analysis: " + doc.path("error").path("reason").asText());
                        continue;
                    }
                    try {
                        done(where, corpus.add(doc.toString()));
                    } catch (IllegalArgumentException e) {
                        failed(where, e.getMessage());
                    }
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                failed(input + "#" + (n + 1), "not JSON: " + e.getOriginalMessage());
            }
        }
    }

    private synchronized void done(String uri, IndexOutcome o) throws IOException {
        switch (o.status()) {
            case ADDED -> tally.added++;
            case REPLACED -> tally.replaced++;
            case UNCHANGED -> tally.unchanged++;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            ObjectNode n = ResultJson.mapper().createObjectNode();
            n.put("input", uri).put("id", o.id()).put("status", o.status().name().toLowerCase(Locale.ROOT))
                    .put("replaced", o.replaced());
            out.println(n);
        } else {
            out.println(o.status().name().toLowerCase(Locale.ROOT) + "\t" + o.id() + "\t" + uri);
        }
        out.flush();
        if ((tally.added + tally.replaced) % COMMIT_EVERY == 0 && o.status() != IndexOutcome.Status.UNCHANGED) {
            corpus.commit();
        }
    }

    private synchronized void failed(String uri, String reason) {
        tally.failed++;
        PrintWriter err = spec.commandLine().getErr();
        err.println("newslens: " + uri + ": " + reason);
        err.flush();
    }


    /** Counts of outcomes. */
    private static final class Tally {
        int added;
        int replaced;
        int unchanged;
        int failed;

        int total() {
            return added + replaced + unchanged + failed;
        }
    }
}
