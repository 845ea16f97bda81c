package org.newslens.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens bench batch}: pages/s per core of {@code newslens batch} on a generated CC-NEWS-shaped WARC, for
 * extraction alone and for the full analysis, on 1 and 2 threads, with each run's peak RSS. Every run is a JVM of
 * its own (model loading is timed apart, not counted in the rate), and the load average before each run is printed
 * beside it, since a shared machine makes thread scaling noisy. For the same reason each run also reports pages
 * per CPU-second of the whole process: the cost of a page, which other processes' load does not change much.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Pages/s per core of newslens batch on a generated WARC: extraction only and full analysis, 1 vs 2 threads.")
final class BatchBench implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "trafilatura-eval directory (holding html/).")
    Path data;

    // 24,000 pages (about 80 s on one core): in shorter runs the JIT compilers' own CPU time, spent once per JVM,
    // weighs on the rate (6,000 pages gave 133 pages per CPU-second, 24,000 gave 209), and a crawl file is longer.
    @Option(names = "--extract-pages", defaultValue = "24000", description = "Pages in the extraction-only runs (default: ${DEFAULT-VALUE}).")
    int extractPages;

    @Option(names = "--full-pages", defaultValue = "600", description = "Pages in the full-analysis runs (default: ${DEFAULT-VALUE}).")
    int fullPages;

    @Option(names = "--threads", split = ",", defaultValue = "1,2", description = "Thread counts to run (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--modes", split = ",", defaultValue = "extract,full", description = "extract and/or full (default: ${DEFAULT-VALUE}).")
    List<String> modes;

    @Option(names = "--work", paramLabel = "DIR", description = "Where the WARC and outputs go (default: a temporary directory, removed after).")
    Path work;

    @Option(names = "--jvm-opts", defaultValue = "-Xmx2g", description = "Options for each measured JVM (default: ${DEFAULT-VALUE}).")
    String jvmOpts;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        boolean temporary = work == null;
        Path dir = temporary ? Files.createTempDirectory("newslens-bench-batch") : Files.createDirectories(work);
        try {
            List<byte[]> pages = BenchWarc.pages(data);
            if (pages.isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no pages under " + data.resolve("html"));
            }
            out.printf(Locale.ROOT, "batch benchmark: %d trafilatura-eval pages repeated into CC-NEWS-shaped WARCs; "
                    + "%d cores; JVM %s%n", pages.size(), Runtime.getRuntime().availableProcessors(), jvmOpts);
            out.printf(Locale.ROOT, "%-8s %7s %6s %6s %8s %13s %8s %11s %6s %10s %s%n", "mode", "threads", "pages",
                    "errors", "seconds", "pages/s/core", "speedup", "pages/CPU-s", "load", "peak RSS", "(models s)");
            out.flush();
            for (String mode : modes) {
                int count = "full".equals(mode) ? fullPages : extractPages;
                Path warc = dir.resolve("bench-" + mode + ".warc.gz");
                long html = BenchWarc.write(pages, count, 20240301L, warc);
                double oneThread = 0;
                for (int t : threads) {
                    String load = loadAverage();
                    String[] r = measure(warc, dir.resolve("out-" + mode + "-" + t + ".jsonl.gz"), mode, t);
                    long n = Long.parseLong(r[0]);
                    double seconds = Double.parseDouble(r[2]);
                    double rate = n / seconds;
                    if (t == threads.get(0)) {
                        oneThread = rate / t;
                    }
                    out.printf(Locale.ROOT, "%-8s %7d %6d %6s %8.1f %13.1f %7.2fx %11.1f %6s %7d MB (%s)%n", mode, t,
                            n, r[1], seconds, rate / t, rate / (oneThread * threads.get(0)),
                            n / Double.parseDouble(r[5]), load, Long.parseLong(r[4]) / 1024, r[3]);
                    out.flush();
                }
                // WARC bytes per page turn a crawl's size in TiB into pages, and so into core-hours.
                long warcBytes = Files.size(warc);
                out.printf(Locale.ROOT, "  (%s: %.1f MB of HTML, %.0f KB per page; %.1f MB of WARC, %.1f KB per page)%n",
                        mode, html / 1e6, html / 1e3 / count, warcBytes / 1e6, warcBytes / 1e3 / count);
            }
            return 0;
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
    }

    /** Runs one measured JVM; its single output line, split. */
    private String[] measure(Path warc, Path output, String mode, int t) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String opt : jvmOpts.trim().split("\\s+")) {
            if (!opt.isEmpty()) {
                command.add(opt);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BatchBenchRun.class.getName(),
                warc.toString(), output.toString(), mode, Integer.toString(t)));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0 || line.isEmpty()) {
            throw new IOException("measured run failed (exit " + p.exitValue() + "): " + line);
        }
        String[] last = line.lines().reduce((a, b) -> b).orElse("").split(" ");
        return last;
    }

    /** The 1-minute load average, or "?" off Linux. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
