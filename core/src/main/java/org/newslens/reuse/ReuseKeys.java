package org.newslens.reuse;

import java.util.List;
import java.util.Objects;
import org.newslens.model.ReusePair;

/**
 * The detector cut in two for a corpus that does not fit one machine: {@link #bandKeys} gives each text the LSH band
 * keys that {@link ReuseDetector} would file it under, so that a cluster can bring together the texts sharing a key
 * by a shuffle, and {@link #verify} confirms one candidate pair by passage alignment with the detector's own
 * thresholds. What is lost against {@link ReuseDetector#detect}: site boilerplate is not removed (it needs every
 * page of a site in one place), so a caller should drop oversized buckets instead. Thread-safe.
 */
public final class ReuseKeys {
    private final ReuseOptions options;
    private final MinHash minHash;
    private final ReuseDetector detector;

    public ReuseKeys(ReuseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.minHash = new MinHash(options.bands() * options.rows(), options.seed());
        this.detector = new ReuseDetector(options);
    }

    public ReuseOptions options() {
        return options;
    }

    /**
     * One key per band, each mixed with its band's number so that keys of different bands never meet; empty for a
     * text too short to compare (the detector skips it too).
     */
    public long[] bandKeys(String text) {
        Words words = Words.of(Objects.requireNonNull(text, "text"));
        long[] own = java.util.Arrays.stream(ReuseDetector.shingles(words, options.shingleWords())).distinct()
                .toArray();
        if (own.length < ReuseDetector.MIN_SHINGLES || words.size() < options.minSharedWords()) {
            return new long[0];
        }
        long[] signature = minHash.signature(own);
        long[] keys = new long[options.bands()];
        for (int b = 0; b < keys.length; b++) {
            // The golden-ratio step spreads band numbers over all 64 bits before mixing.
            keys[b] = Hashing.mix(Hashing.sequence(signature, b * options.rows(), options.rows())
                    ^ (b + 1) * 0x9E3779B97F4A7C15L);
        }
        return keys;
    }

    /**
     * The reuse between two candidate texts as the detector reports it (ids {@code idA} and {@code idB}, source
     * first by id since no dates are given), or null when they share too little.
     */
    public ReusePair verify(String idA, String textA, String idB, String textB) {
        List<ReusePair> pairs = detector.detect(List.of(new ReuseDocument(idA, null, null, textA),
                new ReuseDocument(idB, null, null, textB))).pairs();
        return pairs.isEmpty() ? null : pairs.get(0);
    }
}
