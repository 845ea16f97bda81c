package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Named features hashed into a fixed number of weights (the "hashing trick": no feature dictionary to store). The
 * same extraction code either hashes ({@link Hashed}) or keeps the names ({@link Named}) for a reason to quote.
 */
final class Features {
    private Features() {
    }

    /** Receives features as a name and a value; the feature is the pair. */
    interface Sink {
        void add(String name, String value);
    }

    /** FNV-1a, 64 bits, over the name, a separator and the value; then folded into {@code dim} buckets. */
    static int index(String name, String value, int dim) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < name.length(); i++) {
            h = (h ^ name.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0x1f) * 0x100000001b3L;
        for (int i = 0; i < value.length(); i++) {
            h = (h ^ value.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 29;
        return (int) (h & (dim - 1));
    }

    /** Collects the bucket of every feature; {@link #toArray()} gives them sorted, duplicates kept. */
    static final class Hashed implements Sink {
        private final int dim;
        private int[] buffer = new int[64];
        private int size;

        Hashed(int dim) {
            this.dim = dim;
        }

        @Override
        public void add(String name, String value) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
            buffer[size++] = index(name, value, dim);
        }

        int[] toArray() {
            int[] out = Arrays.copyOf(buffer, size);
            size = 0;
            return out;
        }
    }

    /** Keeps the names, for explanations. */
    static final class Named implements Sink {
        final List<String[]> features = new ArrayList<>();

        @Override
        public void add(String name, String value) {
            features.add(new String[] {name, value});
        }
    }
}
