package org.newslens.reuse;

/** The 64-bit hashing shared by words, shingles and MinHash. */
final class Hashing {
    private Hashing() {
    }

    /**
     * The SplitMix64 finaliser (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014): every
     * input bit affects every output bit, so XOR with a seed gives independent-looking hash functions for MinHash.
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A hash of {@code length} word hashes from {@code from}, in order. */
    static long sequence(long[] words, int from, int length) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = from; i < from + length; i++) {
            h = mix(h + words[i]);
        }
        return h;
    }
}
