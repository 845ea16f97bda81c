package org.newslens.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How the pipeline runs. Defaults live here and nowhere else.
 *
 * @param layers which analysis layers to compute
 * @param timeLimit per-document limit; a page that takes longer becomes an error record
 * @param now the time assumed as fetch time for pages that do not carry one (no later date is accepted)
 * @param date the date relative time expressions are resolved against, overriding the publication date; may be
 *     null
 */
public record PipelineOptions(Set<Layer> layers, Duration timeLimit, Instant now, LocalDate date) {
    /** Per-document time limit unless configured: two orders of magnitude above a typical page. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public PipelineOptions {
        layers = Set.copyOf(Layer.withDependencies(layers));
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(now, "now");
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive, got " + timeLimit);
        }
    }

    /** Extraction only, default limit, the current time. */
    public static PipelineOptions extractionOnly() {
        return new PipelineOptions(Set.of(), DEFAULT_TIME_LIMIT, Instant.now(), null);
    }

    /** Every layer, default limit, the current time. */
    public static PipelineOptions allLayers() {
        return new PipelineOptions(EnumSet.allOf(Layer.class), DEFAULT_TIME_LIMIT, Instant.now(), null);
    }

    public PipelineOptions withLayers(Set<Layer> newLayers) {
        return new PipelineOptions(newLayers, timeLimit, now, date);
    }

    public PipelineOptions withTimeLimit(Duration limit) {
        return new PipelineOptions(layers, limit, now, date);
    }

    public PipelineOptions withNow(Instant instant) {
        return new PipelineOptions(layers, timeLimit, instant, date);
    }

    /** These options resolving relative times against {@code day} rather than the publication date. */
    public PipelineOptions withDate(LocalDate day) {
        return new PipelineOptions(layers, timeLimit, now, day);
    }
}
