package org.newslens.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslens.ingest.IngestOptions;
import org.newslens.pipeline.BatchRun;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;

/**
 * One measured batch run in a JVM of its own, so that its peak RSS is its own: {@code WARC OUT full|extract
 * THREADS}. Prints one line: {@code pages errors seconds warmUpSeconds peakRssKb cpuSeconds}. The CPU time is the
 * whole process's (workers, JIT compiler, garbage collector) during the run, models loaded before it starts: on a
 * machine shared with other work it gives the cost per page that wall time cannot.
 */
public final class BatchBenchRun {
    private BatchBenchRun() {
    }

    public static void main(String[] args) throws IOException {
        Path warc = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Set<Layer> layers = "full".equals(args[2]) ? EnumSet.allOf(Layer.class) : Set.of();
        int threads = Integer.parseInt(args[3]);
        PipelineOptions options = new PipelineOptions(layers, PipelineOptions.DEFAULT_TIME_LIMIT, Instant.now(), null);
        long warmStart = System.nanoTime();
        new Pipeline(options).warmUp();
        double warmUp = (System.nanoTime() - warmStart) / 1e9;
        long cpu0 = cpuNanos();
        BatchRun.Summary s = BatchRun.run(new BatchRun.Settings(List.of(warc.toString()), IngestOptions.defaults(),
                options, threads, threads * BatchRun.DEFAULT_WINDOW_PER_THREAD, out, false), BatchRun.Progress.NONE);
        double cpu = (cpuNanos() - cpu0) / 1e9;
        System.out.printf(Locale.ROOT, "%d %d %.3f %.3f %d %.3f%n", s.lines(), s.errors(), s.seconds(), warmUp,
                peakRssKb(), cpu);
    }

    /** CPU time of the whole process so far. */
    static long cpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /** VmHWM from /proc (Linux): the most resident memory the process has had; -1 elsewhere. */
    static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
