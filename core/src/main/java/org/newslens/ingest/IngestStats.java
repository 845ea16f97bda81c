package org.newslens.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * What reading the inputs yielded so far: pages, error records, and records skipped by reason (WARC request
 * records, non-HTML responses, ...). Every record read is counted in exactly one of the three.
 *
 * @param pages items that are pages
 * @param failures items that are error records
 * @param skipped records passed over, by reason
 */
public record IngestStats(long pages, long failures, Map<String, Long> skipped) {
    public IngestStats {
        skipped = Map.copyOf(skipped);
    }

    /** Records skipped for any reason. */
    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Skip reasons sorted by name, for stable reports. */
    public Map<String, Long> skippedSorted() {
        return new TreeMap<>(skipped);
    }
}
