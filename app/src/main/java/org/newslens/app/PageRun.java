package org.newslens.app;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.newslens.ingest.IngestStats;
import org.newslens.ingest.PageReader;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Result;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;
import picocli.CommandLine;

/**
 * What extract and analyze share: read the inputs, run the pipeline on each page, print each result as it comes,
 * and account for every input at the end. Results go to the command's output; errors and counts to its error
 * stream, so that {@code --json} output stays parseable.
 */
final class PageRun {
    private PageRun() {
    }

    static int execute(CommandLine.Model.CommandSpec spec, InputOptions in, OutputOptions out, Set<Layer> layers,
            LocalDate date, InputStream stdin) {
        if (!(out.timeLimitSeconds > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--time-limit must be positive");
        }
        if (in.maxBytes <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-bytes must be positive");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Duration limit = out.timeLimit();
        Pipeline pipeline = new Pipeline(new PipelineOptions(layers, limit, Instant.now(), date));
        boolean withLayers = !layers.isEmpty();
        int results = 0;
        int failures = 0;
        Result pending = null;
        try (PageReader reader = PageReader.open(in.inputs, in.toIngestOptions(), stdin)) {
            while (reader.hasNext()) {
                Item item = reader.next();
                Result result = pipeline.run(item);
                if (result instanceof Failure f) {
                    failures++;
                    stderr.println("newslens: " + f.source().uri() + ": " + f.stage() + ": " + f.reason());
                } else {
                    results++;
                }
                if (out.json) {
                    // One result prints as an indented object; from the second on, everything is JSON Lines.
                    if (pending != null) {
                        stdout.println(ResultJson.toLine(pending, withLayers));
                        pending = null;
                        stdout.println(ResultJson.toLine(result, withLayers));
                    } else if (results + failures == 1) {
                        pending = result;
                    } else {
                        stdout.println(ResultJson.toLine(result, withLayers));
                    }
                } else if (!(result instanceof Failure)) {
                    Report.print(stdout, result, withLayers);
                }
                stdout.flush();
            }
            if (pending != null) {
                stdout.println(ResultJson.toPrettyString(pending, withLayers));
            }
            IngestStats stats = reader.stats();
            if (results + failures != 1 || stats.skippedTotal() > 0 || failures > 0) {
                stderr.println(summary(results, failures, stats));
            }
        }
        stdout.flush();
        stderr.flush();
        return failures > 0 ? 1 : 0;
    }

    static String summary(int results, int failures, IngestStats stats) {
        StringBuilder s = new StringBuilder("newslens: ").append(results + failures).append(" pages read: ")
                .append(results).append(results == 1 ? " result, " : " results, ")
                .append(failures).append(failures == 1 ? " error" : " errors");
        if (stats.skippedTotal() > 0) {
            s.append("; ").append(stats.skippedTotal()).append(" records skipped (");
            String sep = "";
            for (var e : stats.skippedSorted().entrySet()) {
                s.append(sep).append(e.getValue()).append(' ').append(e.getKey());
                sep = ", ";
            }
            s.append(')');
        }
        return s.toString();
    }
}
