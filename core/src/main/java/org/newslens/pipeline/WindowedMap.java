package org.newslens.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Maps a stream of inputs on worker threads and hands the outputs back in input order, with at most
 * {@code window} inputs read but not yet handed back. Memory therefore depends on the window, never on the length
 * of the stream: a 10 GB archive is read a window at a time, like a 10 MB one.
 *
 * <p>Every input gets a hard time limit. A watchdog looks at the running inputs; one that has run past its limit
 * is answered at once with {@link Fallback#timedOut}, its worker thread is interrupted (the pipeline checks for
 * that between stages) and abandoned, and a fresh worker takes its place, so the run goes on at full strength. An
 * abandoned thread that ever finishes drops its late result and ends. Threads are not killed ({@code Thread.stop}
 * releases locks mid-update, can poison a class caught in its static initialiser for every later page, and is
 * gone from Java 20 on); {@link #abandoned()} counts the ones that had to be left running.
 *
 * <p>The caller's thread reads the inputs and takes the outputs; it is the only thread that touches the source.
 * Not thread-safe for several callers.
 *
 * @param <I> input type
 * @param <O> output type
 */
public final class WindowedMap<I, O> implements Iterator<O>, AutoCloseable {
    /** Outputs for the inputs that could not be mapped normally. */
    public interface Fallback<I, O> {
        /** The output for an input that ran past the time limit. */
        O timedOut(I input, Duration limit);

        /** The output for an input whose mapping threw. */
        O crashed(I input, Throwable error);
    }

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int TIMED_OUT = 3;

    private final Iterator<I> source;
    private final Function<I, O> work;
    private final Fallback<I, O> fallback;
    private final int window;
    private final Duration limit;
    private final ArrayDeque<Task> inFlight = new ArrayDeque<>();
    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Set<Task> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workerIds = new AtomicInteger();
    private final AtomicInteger abandoned = new AtomicInteger();
    private final AtomicLong timedOut = new AtomicLong();
    private final Thread watchdog;
    private volatile boolean closed;

    private WindowedMap(Iterator<I> source, Function<I, O> work, Fallback<I, O> fallback, int threads, int window,
            Duration limit) {
        this.source = source;
        this.work = work;
        this.fallback = fallback;
        this.window = window;
        this.limit = limit;
        for (int i = 0; i < threads; i++) {
            startWorker();
        }
        watchdog = new Thread(this::watch, "newslens-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /**
     * Starts mapping {@code source}.
     *
     * @param threads worker threads, at least 1
     * @param window inputs in flight at most, at least {@code threads}
     * @param limit the time one input may take on its worker
     * @throws IllegalArgumentException for fewer than one thread, a window smaller than the threads, or a limit
     *     that is not positive
     */
    public static <I, O> WindowedMap<I, O> start(Iterator<I> source, Function<I, O> work, Fallback<I, O> fallback,
            int threads, int window, Duration limit) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(limit, "limit");
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("need threads >= 1 and window >= threads, got threads=" + threads
                    + ", window=" + window);
        }
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + limit);
        }
        return new WindowedMap<>(source, work, fallback, threads, window, limit);
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    /** The output for the oldest input not yet handed back; waits for it. */
    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Task head = inFlight.poll();
        // Refill before waiting, so the workers stay busy while the caller writes this output.
        fill();
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return head.result.get();
                } catch (InterruptedException e) {
                    // The caller's interruption must not lose an output; it is restored below.
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a task completed exceptionally", e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Inputs that ran past the time limit so far. */
    public long timedOut() {
        return timedOut.get();
    }

    /** Worker threads left running on an input past its limit that have not finished yet. */
    public int abandoned() {
        return abandoned.get();
    }

    /** Stops the workers; inputs not yet handed back are dropped. */
    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
        queue.clear();
        for (Task t : running) {
            Thread runner = t.runner;
            if (runner != null) {
                runner.interrupt();
            }
        }
        // Idle workers wait on the queue; a poison task per worker ends them.
        for (int i = 0; i < workerIds.get(); i++) {
            queue.offer(new Task(null));
        }
    }

    private void fill() {
        while (inFlight.size() < window && !closed && source.hasNext()) {
            Task t = new Task(source.next());
            inFlight.add(t);
            queue.add(t);
        }
    }

    private void startWorker() {
        Thread t = new Thread(this::serve, "newslens-worker-" + workerIds.incrementAndGet());
        // Daemon, so that a thread abandoned on a runaway page never keeps the JVM alive.
        t.setDaemon(true);
        t.start();
    }

    private void serve() {
        while (!closed) {
            Task t;
            try {
                t = queue.take();
            } catch (InterruptedException e) {
                continue;
            }
            if (t.input == null || !t.state.compareAndSet(QUEUED, RUNNING)) {
                continue;
            }
            t.runner = Thread.currentThread();
            t.started = System.nanoTime();
            running.add(t);
            O out;
            try {
                out = work.apply(t.input);
            } catch (Throwable e) {
                out = safeCrash(t.input, e);
            }
            running.remove(t);
            t.runner = null;
            if (t.state.compareAndSet(RUNNING, DONE)) {
                t.result.complete(out);
                Thread.interrupted();
            } else {
                // The watchdog answered this input already and started a replacement: this thread bows out.
                abandoned.decrementAndGet();
                return;
            }
        }
    }

    private O safeCrash(I input, Throwable e) {
        try {
            return fallback.crashed(input, e);
        } catch (RuntimeException again) {
            throw new IllegalStateException("fallback failed for a crashed input", again);
        }
    }

    private void watch() {
        long limitNanos = limit.toNanos();
        // Look ten times per limit, but no more often than every 10 ms and no less than every 200 ms.
        long pause = Math.max(10, Math.min(200, limit.toMillis() / 10));
        while (!closed) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                continue;
            }
            long now = System.nanoTime();
            for (Task t : running) {
                Thread runner = t.runner;
                if (runner != null && now - t.started > limitNanos && t.state.compareAndSet(RUNNING, TIMED_OUT)) {
                    running.remove(t);
                    abandoned.incrementAndGet();
                    timedOut.incrementAndGet();
                    t.result.complete(fallback.timedOut(t.input, limit));
                    runner.interrupt();
                    startWorker();
                }
            }
        }
    }

    /** One input on its way through. */
    private final class Task {
        final I input;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        final CompletableFuture<O> result = new CompletableFuture<>();
        volatile Thread runner;
        volatile long started;

        Task(I input) {
            this.input = input;
        }
    }
}
