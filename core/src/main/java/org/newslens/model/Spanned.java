package org.newslens.model;

/**
 * Anything that covers a stretch of {@link Article#text()}: start inclusive, end exclusive, in UTF-16 code units
 * (the indices Java and JavaScript strings use).
 */
public interface Spanned {
    /** First code unit covered. */
    int start();

    /** One past the last code unit covered. */
    int end();

    /** Number of code units covered. */
    default int length() {
        return end() - start();
    }

    /** The covered slice of {@code text}, which must be the text the offsets refer to. */
    default String textOf(String text) {
        return text.substring(start(), end());
    }

    /** Whether the two stretches share at least one code unit. */
    default boolean overlaps(Spanned other) {
        return length() > 0 && other.length() > 0 && start() < other.end() && other.start() < end();
    }

    /**
     * Validates offsets the way every record that implements this interface does in its constructor.
     *
     * @throws IllegalArgumentException when {@code 0 <= start <= end} does not hold; the message shows the values
     */
    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span offsets must satisfy 0 <= start <= end, got start=" + start + ", end=" + end);
        }
    }

    /**
     * Validates a layer: every span inside a text of {@code textLength} code units and sorted by start, without
     * overlaps when {@code disjoint} is set.
     *
     * @throws IllegalArgumentException naming the layer and the first bad span
     */
    static void checkLayer(String layer, java.util.List<? extends Spanned> spans, int textLength, boolean disjoint) {
        int previousStart = 0;
        int previousEnd = 0;
        for (Spanned s : spans) {
            if (s.end() > textLength || s.start() < previousStart || (disjoint && s.start() < previousEnd)) {
                throw new IllegalArgumentException(layer + " span [" + s.start() + ", " + s.end()
                        + ") is out of order, overlapping or outside a text of length " + textLength);
            }
            previousStart = s.start();
            previousEnd = s.end();
        }
    }
}
