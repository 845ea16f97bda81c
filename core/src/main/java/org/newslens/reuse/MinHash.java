package org.newslens.reuse;

import java.util.Random;

/**
 * MinHash signatures (Broder, "On the resemblance and containment of documents", 1997): for each of {@code k}
 * hash functions, the smallest hash over a document's shingles. Two signatures agree at a position with probability
 * equal to the Jaccard similarity of the two shingle sets. The hash functions are the shingle hash XOR a seed put
 * through {@link Hashing#mix}, the seeds drawn from a fixed-seed generator so that signatures are the same on every
 * run.
 */
final class MinHash {
    private final long[] seeds;

    MinHash(int k, long seed) {
        if (k < 1) {
            throw new IllegalArgumentException("MinHash needs at least one hash function, got " + k);
        }
        Random random = new Random(seed);
        seeds = new long[k];
        for (int i = 0; i < k; i++) {
            seeds[i] = random.nextLong();
        }
    }

    int size() {
        return seeds.length;
    }

    /** The signature of a set of shingle hashes; all {@code Long.MAX_VALUE} for an empty set. */
    long[] signature(long[] shingles) {
        long[] sig = new long[seeds.length];
        java.util.Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = Hashing.mix(s ^ seeds[i]);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** The share of positions where two signatures agree: an estimate of the Jaccard similarity. */
    static double estimate(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) a.length;
    }
}
