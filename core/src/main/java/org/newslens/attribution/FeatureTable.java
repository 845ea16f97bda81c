package org.newslens.attribution;

/**
 * An open-addressing map from feature hashes to row numbers, without boxing: the lookups the taggers make for
 * every token stay a few array reads. Key 0 marks an empty slot, so a hash of 0 is stored as 1.
 */
final class FeatureTable {
    private int[] keys;
    private int[] rows;
    private int size;

    FeatureTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new int[capacity];
        rows = new int[capacity];
    }

    int size() {
        return size;
    }

    /** The row of {@code key}, or -1. */
    int get(int key) {
        key = key == 0 ? 1 : key;
        int mask = keys.length - 1;
        for (int slot = key & mask;; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == key) {
                return rows[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** The row of {@code key}, adding it as the next row when absent. */
    int add(int key) {
        key = key == 0 ? 1 : key;
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int slot = key & mask;; slot = (slot + 1) & mask) {
            int k = keys[slot];
            if (k == key) {
                return rows[slot];
            }
            if (k == 0) {
                keys[slot] = key;
                rows[slot] = size;
                return size++;
            }
        }
    }

    /** Keys in row order. */
    int[] keysByRow() {
        int[] out = new int[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != 0) {
                out[rows[slot]] = keys[slot];
            }
        }
        return out;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldRows = rows;
        keys = new int[oldKeys.length * 2];
        rows = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = oldKeys[i] & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                rows[slot] = oldRows[i];
            }
        }
    }
}
