package org.newslens.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.IngestStats;
import org.newslens.ingest.PageReader;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Result;

/**
 * A resumable batch: reads inputs with {@link PageReader}, runs the pipeline on them in parallel with
 * {@link WindowedMap}, and writes one {@code newslens/1} JSON line per page in input order to a {@link ResultLog}.
 * Each line is exactly what {@code newslens analyze --json} (or {@code extract --json} without layers) prints for
 * that page as a JSON line, so the output does not depend on the number of threads or on interruptions.
 *
 * <pre>{@code
 * BatchRun.Summary s = BatchRun.run(new BatchRun.Settings(List.of("crawl.warc.gz"), IngestOptions.defaults(),
 *         PipelineOptions.allLayers(), 2, 64, Path.of("out.jsonl.gz"), false), BatchRun.Progress.NONE);
 * }</pre>
 */
public final class BatchRun {
    /** Window per thread unless configured: enough queued pages to hide a slow page behind fast ones. */
    public static final int DEFAULT_WINDOW_PER_THREAD = 32;
    /**
     * Checkpoint this often unless configured: at most this much work is done again after a kill, while forcing
     * the output to disk stays a negligible share of the run.
     */
    public static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(5);

    private BatchRun() {
    }

    /**
     * What to run.
     *
     * @param inputs files, directories and archives, as {@link PageReader} reads them
     * @param ingest how to read them
     * @param pipeline which layers, with which limits (its {@code now} is replaced by the stored one on resume)
     * @param threads worker threads
     * @param window pages in flight at most
     * @param out the JSON Lines output ({@code .gz} for gzip)
     * @param resume continue the interrupted run that wrote {@code out} rather than start anew (a run killed
     *     before it wrote anything starts anew)
     * @param checkpointEvery how often to checkpoint
     */
    public record Settings(List<String> inputs, IngestOptions ingest, PipelineOptions pipeline, int threads,
            int window, Path out, boolean resume, Duration checkpointEvery) {
        public Settings {
            inputs = List.copyOf(inputs);
            Objects.requireNonNull(ingest, "ingest");
            Objects.requireNonNull(pipeline, "pipeline");
            Objects.requireNonNull(out, "out");
            Objects.requireNonNull(checkpointEvery, "checkpointEvery");
        }

        /** Settings that checkpoint every {@link #CHECKPOINT_EVERY}. */
        public Settings(List<String> inputs, IngestOptions ingest, PipelineOptions pipeline, int threads, int window,
                Path out, boolean resume) {
            this(inputs, ingest, pipeline, threads, window, out, resume, CHECKPOINT_EVERY);
        }
    }

    /** Where a run is, for progress displays; called on the run's own thread after each line. */
    public interface Progress {
        /** Reports nothing. */
        Progress NONE = status -> { };

        void update(Status status);
    }

    /**
     * A run's state.
     *
     * @param lines lines in the output (including those before a resume)
     * @param errors error records among them
     * @param linesThisRun lines written since this run started
     * @param bytesRead input bytes read so far (including those skipped on resume)
     * @param bytesTotal input bytes in all (0 when unknown, as for standard input)
     * @param elapsed time since this run started
     */
    public record Status(long lines, long errors, long linesThisRun, long bytesRead, long bytesTotal,
            Duration elapsed) {
    }

    /**
     * What a run did.
     *
     * @param lines lines in the output
     * @param errors error records among them
     * @param resumedFrom lines that were already there (0 for a new run)
     * @param ingest what reading the inputs yielded, over the whole input
     * @param timedOut pages stopped by the watchdog in this run
     * @param abandoned worker threads still running on a page past its limit when the run ended
     * @param seconds time this run took, model loading excluded
     * @param warmUpSeconds time spent loading models
     * @param alreadyComplete whether a resume found the run finished already (nothing was done)
     */
    public record Summary(long lines, long errors, long resumedFrom, IngestStats ingest, long timedOut,
            int abandoned, double seconds, double warmUpSeconds, boolean alreadyComplete) {
    }

    /**
     * Runs the batch to the end of its inputs.
     *
     * @throws IllegalArgumentException when asked to resume without a checkpoint, or with other inputs or options
     *     than the interrupted run had
     * @throws IOException when the output cannot be written
     */
    public static Summary run(Settings settings, Progress progress) throws IOException {
        return run(settings, progress, null);
    }

    /** As {@link #run(Settings, Progress)}, with what {@code -} reads. */
    public static Summary run(Settings settings, Progress progress, InputStream stdin) throws IOException {
        PipelineOptions options = settings.pipeline();
        ResultLog log;
        ResultLog.Checkpoint checkpoint = settings.resume() ? ResultLog.readCheckpoint(settings.out()) : null;
        boolean nothingWritten = !Files.exists(settings.out()) || Files.size(settings.out()) == 0;
        if (settings.resume() && !(checkpoint == null && nothingWritten)) {
            if (checkpoint == null) {
                throw new IllegalArgumentException("cannot resume: no checkpoint " + ResultLog.checkpointOf(settings.out())
                        + " (was " + settings.out() + " written by newslens batch?)");
            }
            String differs = differences(fingerprint(settings), checkpoint.settings());
            if (differs != null) {
                throw new IllegalArgumentException("cannot resume " + settings.out() + ": " + differs);
            }
            if (checkpoint.complete()) {
                return new Summary(checkpoint.lines(), checkpoint.errors(), checkpoint.lines(),
                        new IngestStats(0, 0, Map.of()), 0, 0, 0, 0, true);
            }
            // The interrupted run's clock, so that pages without a fetch time come out as they would have.
            options = options.withNow(Instant.parse(checkpoint.settings().get("now")));
            log = ResultLog.resume(settings.out(), checkpoint);
        } else {
            Map<String, String> stored = new LinkedHashMap<>(fingerprint(settings));
            stored.put("now", options.now().toString());
            log = ResultLog.create(settings.out(), stored);
        }
        try {
            return execute(settings, new Pipeline(options), log, progress, stdin);
        } finally {
            log.close();
        }
    }

    private static Summary execute(Settings settings, Pipeline pipeline, ResultLog log, Progress progress,
            InputStream stdin) throws IOException {
        long warmStart = System.nanoTime();
        pipeline.warmUp();
        double warmUp = (System.nanoTime() - warmStart) / 1e9;
        boolean withLayers = !pipeline.options().layers().isEmpty();
        long total = PageReader.sizeOf(settings.inputs());
        long start = System.nanoTime();
        long lastCheckpoint = start;
        long timedOut;
        int abandoned;
        try (PageReader reader = PageReader.open(settings.inputs(), settings.ingest(), stdin)) {
            for (long skip = log.resumedLines(); skip > 0 && reader.hasNext(); skip--) {
                reader.next();
            }
            try (WindowedMap<Item, Result> results = WindowedMap.start(reader, pipeline::run, errorRecords(),
                    settings.threads(), settings.window(), pipeline.options().timeLimit())) {
                while (results.hasNext()) {
                    Result result = results.next();
                    log.append(ResultJson.toLine(result, withLayers), result instanceof Failure);
                    long now = System.nanoTime();
                    if (now - lastCheckpoint > settings.checkpointEvery().toNanos()) {
                        log.checkpoint(false);
                        lastCheckpoint = now;
                    }
                    progress.update(new Status(log.lines(), log.errors(), log.lines() - log.resumedLines(),
                            reader.bytesRead(), total, Duration.ofNanos(now - start)));
                }
                timedOut = results.timedOut();
                abandoned = results.abandoned();
            }
            log.finish();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Summary(log.lines(), log.errors(), log.resumedLines(), reader.stats(), timedOut, abandoned,
                    seconds, warmUp, false);
        }
    }

    /**
     * Error records for pages the pipeline could not finish (over the time limit, or crashed past its own guard),
     * shaped like the pipeline's own; shared with the cluster job so both write the same lines.
     */
    public static WindowedMap.Fallback<Item, Result> errorRecords() {
        return new WindowedMap.Fallback<>() {
            @Override
            public Result timedOut(Item input, Duration limit) {
                return new Failure(input.source(), "pipeline", "time limit of " + seconds(limit)
                        + " exceeded; the page was abandoned (raise it with --time-limit)");
            }

            @Override
            public Result crashed(Item input, Throwable error) {
                return new Failure(input.source(), "pipeline", "internal error: " + error);
            }
        };
    }

    /** The settings a resume must share with the run it continues: everything that changes the output. */
    static Map<String, String> fingerprint(Settings s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("inputs", String.join("\n", s.inputs()));
        f.put("layers", new TreeSet<>(s.pipeline().layers().stream().map(Enum::name).toList()).toString());
        f.put("maxBytes", Long.toString(s.ingest().maxBytes()));
        f.put("text", Boolean.toString(s.ingest().text()));
        f.put("url", String.valueOf(s.ingest().url()));
        LocalDate date = s.pipeline().date();
        f.put("date", String.valueOf(date));
        f.put("timeLimit", s.pipeline().timeLimit().toString());
        return f;
    }

    private static String differences(Map<String, String> now, Map<String, String> stored) {
        for (Map.Entry<String, String> e : now.entrySet()) {
            String before = stored.get(e.getKey());
            if (!e.getValue().equals(before)) {
                return e.getKey() + " was " + (before == null ? "not set" : "'" + before.replace("\n", " ") + "'")
                        + ", now '" + e.getValue().replace("\n", " ") + "'";
            }
        }
        return null;
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /** Whether {@code out} holds a batch output (a checkpoint lies beside it). */
    public static boolean hasCheckpoint(Path out) {
        return Files.exists(ResultLog.checkpointOf(out));
    }
}
