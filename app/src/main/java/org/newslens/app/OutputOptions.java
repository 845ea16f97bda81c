package org.newslens.app;

import java.time.Duration;
import org.newslens.pipeline.PipelineOptions;
import picocli.CommandLine.Option;

/** Output format and per-document limits; shared by extract and analyze. */
final class OutputOptions {
    @Option(names = "--json", description = "Write JSON (one object; JSON Lines when there are several results).")
    boolean json;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Per-document time limit in seconds (default: ${DEFAULT-VALUE}).")
    double timeLimitSeconds;

    Duration timeLimit() {
        if (!(timeLimitSeconds > 0)) {
            return PipelineOptions.DEFAULT_TIME_LIMIT;
        }
        return Duration.ofMillis((long) (timeLimitSeconds * 1000));
    }
}
