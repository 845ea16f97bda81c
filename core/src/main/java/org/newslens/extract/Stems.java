package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A cheap necessary condition for a name pattern: the token holds one of a few stems, optionally only where a
 * segment of the token starts (at its beginning or after '-' or '_'). A token without one cannot match the pattern,
 * so the pattern itself runs only on the few tokens that pass. Java's regex engine tries every alternative at every
 * position; these scans cost a tenth of that.
 */
final class Stems {
    private final String[][] byFirstChar = new String[128][];
    private final boolean atSegmentStart;

    private Stems(boolean atSegmentStart, String... stems) {
        this.atSegmentStart = atSegmentStart;
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String stem : stems) {
            char first = stem.charAt(0);
            if (first >= 128 || stem.chars().anyMatch(c -> c >= 'A' && c <= 'Z')) {
                throw new IllegalArgumentException("stems are lower-case ASCII: " + stem);
            }
            buckets.get(first).add(stem);
        }
        for (int i = 0; i < 128; i++) {
            if (!buckets.get(i).isEmpty()) {
                byFirstChar[i] = buckets.get(i).toArray(new String[0]);
            }
        }
    }

    /** Stems that may occur anywhere in a token. */
    static Stems anywhere(String... stems) {
        return new Stems(false, stems);
    }

    /** Stems that must start a segment of the token. */
    static Stems atSegmentStart(String... stems) {
        return new Stems(true, stems);
    }

    /** False only when the token cannot match the pattern these stems stand for. */
    boolean mayMatch(String token) {
        int n = token.length();
        for (int i = 0; i < n; i++) {
            if (atSegmentStart && i > 0) {
                char before = token.charAt(i - 1);
                if (before != '-' && before != '_' && !Character.isWhitespace(before)) {
                    continue;
                }
            }
            char c = token.charAt(i);
            String[] bucket = c < 128 ? byFirstChar[c] : null;
            if (bucket != null) {
                for (String stem : bucket) {
                    if (token.startsWith(stem, i)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
