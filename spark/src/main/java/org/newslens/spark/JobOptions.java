package org.newslens.spark;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newslens.ingest.IngestOptions;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.PipelineOptions;

/**
 * What the job was asked to do; travels to the executors, so it holds plain values only.
 *
 * @param inputs WARC paths, directories or globs on any Hadoop file system
 * @param output the directory to write {@code jsonl/}, {@code parquet/} and {@code reuse/} under
 * @param extractOnly the article alone, no analysis layers
 * @param timeLimitMillis per-page time limit
 * @param maxBytes pages larger than this become error records
 * @param nowEpochMillis the fetch time assumed for pages without one, fixed once on the driver for every executor
 * @param partitions output files per format (0: one per input file)
 * @param reuse whether to run the corpus-wide reuse stage
 */
public record JobOptions(List<String> inputs, String output, boolean extractOnly, long timeLimitMillis, long maxBytes,
        long nowEpochMillis, int partitions, boolean reuse) implements Serializable {
    private static final long serialVersionUID = 1L;

    public JobOptions {
        inputs = List.copyOf(inputs);
    }

    static final String USAGE = "usage: NewslensJob --input PATH[,PATH...] --output DIR [--extract-only] "
            + "[--time-limit SECONDS] [--max-bytes N] [--partitions N] [--no-reuse]";

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException with the usage for a bad command line
     */
    public static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        boolean extractOnly = false;
        double timeLimit = PipelineOptions.DEFAULT_TIME_LIMIT.toSeconds();
        long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;
        int partitions = 0;
        boolean reuse = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--input" -> {
                    for (String p : value(args, ++i, a).split(",")) {
                        if (!p.isBlank()) {
                            inputs.add(p.trim());
                        }
                    }
                }
                case "--output" -> output = value(args, ++i, a);
                case "--extract-only" -> extractOnly = true;
                case "--time-limit" -> timeLimit = Double.parseDouble(value(args, ++i, a));
                case "--max-bytes" -> maxBytes = Long.parseLong(value(args, ++i, a));
                case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                case "--no-reuse" -> reuse = false;
                default -> throw new IllegalArgumentException("unknown argument " + a + "\n" + USAGE);
            }
        }
        if (inputs.isEmpty() || output == null || !(timeLimit > 0) || maxBytes <= 0 || partitions < 0) {
            throw new IllegalArgumentException(USAGE);
        }
        return new JobOptions(inputs, output, extractOnly, (long) (timeLimit * 1000), maxBytes,
                Instant.now().toEpochMilli(), partitions, reuse);
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
        }
        return args[i];
    }

    /** The pipeline options every executor builds the same pipeline from. */
    PipelineOptions pipelineOptions() {
        Set<Layer> layers = extractOnly ? Set.of() : EnumSet.allOf(Layer.class);
        return new PipelineOptions(layers, Duration.ofMillis(timeLimitMillis), Instant.ofEpochMilli(nowEpochMillis),
                null);
    }

    IngestOptions ingestOptions() {
        return IngestOptions.defaults().withMaxBytes(maxBytes);
    }
}
