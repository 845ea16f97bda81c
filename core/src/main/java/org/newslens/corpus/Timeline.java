package org.newslens.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Counts of matching articles over time, by publication date.
 *
 * @param interval the bucket width
 * @param buckets from the first to the last bucket holding a match, contiguous (empty buckets included) unless that
 *     would take more than {@link #MAX_FILLED_BUCKETS} buckets, in which case only non-empty ones are listed
 * @param total matching articles
 * @param undated matching articles without a publication date (in no bucket)
 */
public record Timeline(Interval interval, List<Bucket> buckets, long total, long undated) {
    /** Ten years of days: beyond this, empty buckets are left out so a stray date cannot blow the list up. */
    public static final int MAX_FILLED_BUCKETS = 3660;

    public Timeline {
        Objects.requireNonNull(interval, "interval");
        buckets = List.copyOf(buckets);
    }

    /** One bucket: its first day and its count. */
    public record Bucket(LocalDate start, long count) {
    }
}
