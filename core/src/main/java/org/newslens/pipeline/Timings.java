package org.newslens.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Time spent per stage, summed over every page a pipeline ran with this object; safe to share between threads.
 * For benchmarks and progress reports: {@code newslens bench analysis} prints the share of each stage.
 */
public final class Timings {
    /** Records nothing: for callers that do not ask. */
    static final Timings NONE = new Timings();

    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();
    private final Map<String, Integer> order = new ConcurrentHashMap<>();

    void add(String stage, long elapsedNanos) {
        if (this == NONE) {
            return;
        }
        order.putIfAbsent(stage, order.size());
        nanos.computeIfAbsent(stage, s -> new LongAdder()).add(elapsedNanos);
    }

    /** Nanoseconds per stage, in pipeline order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        order.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .forEach(e -> out.put(e.getKey(), nanos.get(e.getKey()).sum()));
        return out;
    }
}
