package org.newslens.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newslens.pipeline.BatchRun;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.PipelineOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newslens batch}: many pages, all cores, one JSON line per page in input order, resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Analyse WARC archives, directories and files on all cores into JSON Lines, one line per page "
            + "in input order (the lines 'analyze --json' prints), with an error record for every page that fails.",
            "A checkpoint beside the output lets --resume continue after an interruption without losing or "
            + "repeating a line."})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions inputs;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "JSON Lines output; gzip when the name ends in .gz. A checkpoint FILE.checkpoint lies beside it.")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: the number of cores, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--window", paramLabel = "N",
            description = "Pages in flight at most; memory depends on this, not on the input (default: "
                + BatchRun.DEFAULT_WINDOW_PER_THREAD + " per thread).")
    Integer window;

    @Option(names = "--resume", description = "Continue the interrupted run that wrote --out.")
    boolean resume;

    @Option(names = "--overwrite", description = "Replace an existing --out instead of refusing.")
    boolean overwrite;

    @Option(names = "--extract-only", description = "The article alone, no analysis layers (the lines 'extract --json' prints).")
    boolean extractOnly;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Per-page time limit in seconds; a page over it becomes an error record (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Resolve relative time expressions against this date instead of the publication date.")
    LocalDate date;

    @Option(names = "--checkpoint-seconds", paramLabel = "SECONDS", hidden = true,
            description = "How often to checkpoint (default: every 5 s); tests set it low to kill runs often.")
    double checkpointSeconds = BatchRun.CHECKPOINT_EVERY.toMillis() / 1000.0;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (a bar on a terminal, else a line every 10 s), bar, lines or none (default: ${DEFAULT-VALUE}).")
    BatchProgress.Mode progress;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        if (!(timeLimitSeconds > 0) || inputs.maxBytes <= 0 || threads < 1) {
            throw new CommandLine.ParameterException(cl, "--time-limit, --max-bytes and --threads must be positive");
        }
        int inFlight = window == null ? threads * BatchRun.DEFAULT_WINDOW_PER_THREAD : window;
        if (inFlight < threads) {
            throw new CommandLine.ParameterException(cl, "--window must be at least --threads (" + threads + ")");
        }
        if (resume && overwrite) {
            throw new CommandLine.ParameterException(cl, "--resume and --overwrite exclude each other");
        }
        if (!resume && !overwrite && Files.exists(out)) {
            throw new CommandLine.ParameterException(cl, out + " exists: --resume continues it, --overwrite replaces it");
        }
        Set<Layer> layers = extractOnly ? Set.of() : EnumSet.allOf(Layer.class);
        Duration limit = Duration.ofMillis(Math.max(1, (long) (timeLimitSeconds * 1000)));
        PipelineOptions options = new PipelineOptions(layers, limit, Instant.now(), date);
        BatchRun.Settings settings = new BatchRun.Settings(inputs.inputs, inputs.toIngestOptions(), options, threads,
                inFlight, out, resume, Duration.ofMillis((long) (Math.max(0, checkpointSeconds) * 1000)));
        PrintWriter err = cl.getErr();
        BatchRun.Summary s;
        try (BatchProgress bar = BatchProgress.create(progress, err)) {
            s = BatchRun.run(settings, bar, System.in);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage());
        }
        err.println(summary(s, threads, out));
        err.flush();
        return s.errors() > 0 ? 1 : 0;
    }

    static String summary(BatchRun.Summary s, int threads, Path out) {
        if (s.alreadyComplete()) {
            return "newslens: " + out + " is complete already: " + s.lines() + " lines, " + s.errors() + " errors";
        }
        StringBuilder b = new StringBuilder("newslens: ").append(s.lines()).append(" pages: ")
                .append(s.lines() - s.errors()).append(" results, ").append(s.errors()).append(" errors");
        if (s.resumedFrom() > 0) {
            b.append(" (").append(s.resumedFrom()).append(" from before the resume)");
        }
        if (s.ingest().skippedTotal() > 0) {
            b.append("; ").append(s.ingest().skippedTotal()).append(" records skipped (");
            String sep = "";
            for (var e : s.ingest().skippedSorted().entrySet()) {
                b.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                sep = ", ";
            }
            b.append(')');
        }
        long done = s.lines() - s.resumedFrom();
        b.append(String.format(Locale.ROOT, "; %.1f pages/s on %d threads (%.1f s loading models)",
                done / Math.max(1e-9, s.seconds()), threads, s.warmUpSeconds()));
        if (s.timedOut() > 0) {
            b.append("; ").append(s.timedOut()).append(" pages stopped at the time limit");
            if (s.abandoned() > 0) {
                b.append(", ").append(s.abandoned()).append(" of them still running when the run ended");
            }
        }
        return b.append(" -> ").append(out).toString();
    }
}
