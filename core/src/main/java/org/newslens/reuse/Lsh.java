package org.newslens.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Locality-sensitive hashing by banding (Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3.4): a
 * signature is cut into {@code bands} bands of {@code rows} values; two documents whose signatures agree on every
 * value of at least one band become a candidate pair. A pair with Jaccard similarity {@code s} is a candidate with
 * probability {@code 1 - (1 - s^rows)^bands}.
 */
final class Lsh {
    private final int bands;
    private final int rows;
    private final List<Map<Long, List<Integer>>> buckets;

    Lsh(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("LSH needs at least one band of one row, got " + bands + " x " + rows);
        }
        this.bands = bands;
        this.rows = rows;
        this.buckets = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            buckets.add(new HashMap<>());
        }
    }

    /** Files document {@code doc} (an index chosen by the caller) under each band of its signature. */
    void add(int doc, long[] signature) {
        if (signature.length < bands * rows) {
            throw new IllegalArgumentException("signature of " + signature.length + " values is shorter than "
                    + bands + " bands x " + rows + " rows");
        }
        for (int b = 0; b < bands; b++) {
            long key = Hashing.sequence(signature, b * rows, rows);
            buckets.get(b).computeIfAbsent(key, k -> new ArrayList<>(2)).add(doc);
        }
    }

    /**
     * Every pair of documents sharing a bucket in some band, each pair once, as {@code (long) low << 32 | high} with
     * {@code low < high}, sorted.
     */
    long[] candidates() {
        java.util.HashSet<Long> pairs = new java.util.HashSet<>();
        for (Map<Long, List<Integer>> band : buckets) {
            for (List<Integer> docs : band.values()) {
                for (int i = 0; i < docs.size(); i++) {
                    for (int j = i + 1; j < docs.size(); j++) {
                        int x = docs.get(i);
                        int y = docs.get(j);
                        if (x != y) {
                            pairs.add(pack(Math.min(x, y), Math.max(x, y)));
                        }
                    }
                }
            }
        }
        return pairs.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    static long pack(int low, int high) {
        return (long) low << 32 | (high & 0xffffffffL);
    }

    static int low(long pair) {
        return (int) (pair >>> 32);
    }

    static int high(long pair) {
        return (int) pair;
    }

    /** The chance that a pair with Jaccard similarity {@code s} becomes a candidate. */
    double probability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }
}
