package org.newslens.app;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newslens.pipeline.BatchRun;

/**
 * Shows how a batch is going: on a terminal a progress bar over the input bytes (so its ETA holds for archives,
 * whose page count is unknown until read) with pages/s beside it; elsewhere a plain line every ten seconds, which
 * a log file keeps readably.
 */
abstract class BatchProgress implements BatchRun.Progress, AutoCloseable {
    /** How to show progress. */
    enum Mode { auto, bar, lines, none }

    /** Plain lines this often: often enough to see a run is alive, rare enough for a log. */
    static final long LINE_EVERY_NANOS = 10_000_000_000L;

    static BatchProgress create(Mode mode, PrintWriter err) {
        Mode m = mode == Mode.auto ? (System.console() != null ? Mode.bar : Mode.lines) : mode;
        return switch (m) {
            case bar -> new Bar();
            case lines -> new Lines(err);
            default -> new Silent();
        };
    }

    @Override
    public void close() {
    }

    static String rate(BatchRun.Status s) {
        double seconds = s.elapsed().toNanos() / 1e9;
        return String.format(Locale.ROOT, "%.1f pages/s", seconds > 0 ? s.linesThisRun() / seconds : 0.0);
    }

    /** Nothing at all. */
    private static final class Silent extends BatchProgress {
        @Override
        public void update(BatchRun.Status status) {
        }
    }

    /** A line every ten seconds: pages, errors, rate, share of the input read and the time left. */
    private static final class Lines extends BatchProgress {
        private final PrintWriter err;
        private long last = System.nanoTime();

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(BatchRun.Status s) {
            long now = System.nanoTime();
            if (now - last < LINE_EVERY_NANOS) {
                return;
            }
            last = now;
            StringBuilder b = new StringBuilder("newslens: ").append(s.lines()).append(" pages, ").append(s.errors())
                    .append(" errors, ").append(rate(s));
            if (s.bytesTotal() > 0) {
                double share = Math.min(1.0, s.bytesRead() / (double) s.bytesTotal());
                b.append(String.format(Locale.ROOT, ", %.1f%% of the input", 100 * share));
                double seconds = s.elapsed().toNanos() / 1e9;
                if (share > 0 && share < 1) {
                    long left = (long) (seconds * (1 - share) / share);
                    b.append(String.format(Locale.ROOT, ", about %d:%02d:%02d left", left / 3600, left / 60 % 60, left % 60));
                }
            }
            err.println(b);
            err.flush();
        }
    }

    /** The terminal bar, drawn on standard error so that standard output stays clean. */
    private static final class Bar extends BatchProgress {
        private ProgressBar bar;

        @Override
        public void update(BatchRun.Status s) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName("newslens").setInitialMax(Math.max(1, s.bytesTotal()))
                        .setUnit(" MB", 1 << 20).setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                        .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                        .setUpdateIntervalMillis(500).build();
            }
            bar.stepTo(Math.min(s.bytesRead(), Math.max(1, s.bytesTotal())));
            bar.setExtraMessage(s.lines() + " pages, " + s.errors() + " errors, " + rate(s));
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
