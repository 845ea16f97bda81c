package org.newslens.reuse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the passages two texts share, word for word or lightly reworded. Every word trigram the two texts have in
 * common is a seed; seeds that follow each other in both texts, with short gaps, are chained into one passage, the
 * way BLAST chains word hits into local alignments (Altschul et al., 1990) and passage-reuse tools such as
 * TextMatcher and passim chain n-gram anchors. A reworded word breaks only the three trigrams around it, so a copy
 * with one word in five changed still keeps about half of its trigrams, and the gaps they leave are bridged.
 * Reordered or dropped paragraphs end one chain and start another, which is why the result is a list of passages.
 */
final class Aligner {
    /** Seeds are word trigrams: long enough that chance matches between unrelated texts are rare. */
    static final int SEED_WORDS = 3;
    /** Words between two seeds of one passage: a run of rewording up to this long is bridged. */
    static final int MAX_GAP = 12;
    /** How far the two sides may drift apart between seeds: words added or dropped in one of them. */
    static final int MAX_SHIFT = 4;
    /** A trigram that one text repeats more often than this is a set phrase, too ambiguous to anchor on. */
    static final int MAX_OCCURRENCES = 4;
    /** Matched words a chain needs to count as a passage: below this it is a shared phrase, not a passage. */
    static final int MIN_MATCHED = 8;

    private Aligner() {
    }

    /**
     * A passage shared by texts a and b, in word indices (end exclusive).
     *
     * @param matched words of the a side covered by seeds (the rest of the span was reworded or dropped)
     */
    record Match(int aFrom, int aTo, int bFrom, int bTo, int matched) {
        int aWords() {
            return aTo - aFrom;
        }

        int bWords() {
            return bTo - bFrom;
        }
    }

    /**
     * The passages shared by {@code a} and {@code b}, disjoint on both sides and sorted by their start in a.
     *
     * @param maskA words of a to ignore (its site's boilerplate), or null
     * @param maskB words of b to ignore, or null
     */
    static List<Match> align(Words a, boolean[] maskA, Words b, boolean[] maskB) {
        Map<Long, int[]> inB = trigramPositions(b, maskB);
        if (inB.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> countInA = new HashMap<>();
        long[] aKeys = new long[Math.max(0, a.size() - SEED_WORDS + 1)];
        for (int i = 0; i < aKeys.length; i++) {
            aKeys[i] = usable(maskA, i) ? Hashing.sequence(a.hashes, i, SEED_WORDS) : 0;
            if (aKeys[i] != 0) {
                countInA.merge(aKeys[i], 1, Integer::sum);
            }
        }
        List<Chain> active = new ArrayList<>();
        List<Chain> done = new ArrayList<>();
        for (int i = 0; i < aKeys.length; i++) {
            if (aKeys[i] == 0 || countInA.get(aKeys[i]) > MAX_OCCURRENCES) {
                continue;
            }
            int[] js = inB.get(aKeys[i]);
            if (js == null) {
                continue;
            }
            retire(active, done, i);
            for (int j : js) {
                Chain best = null;
                for (Chain c : active) {
                    if (c.accepts(i, j) && (best == null || c.betterThan(best, i, j))) {
                        best = c;
                    }
                }
                if (best == null) {
                    active.add(new Chain(i, j));
                } else {
                    best.extend(i, j);
                }
            }
        }
        done.addAll(active);
        return disjoint(done);
    }

    private static boolean usable(boolean[] mask, int from) {
        if (mask == null) {
            return true;
        }
        for (int k = from; k < from + SEED_WORDS; k++) {
            if (mask[k]) {
                return false;
            }
        }
        return true;
    }

    /** Positions of every usable trigram of {@code b}; trigrams repeated too often are left out. */
    private static Map<Long, int[]> trigramPositions(Words b, boolean[] maskB) {
        Map<Long, int[]> positions = new HashMap<>();
        for (int j = 0; j + SEED_WORDS <= b.size(); j++) {
            if (!usable(maskB, j)) {
                continue;
            }
            long key = Hashing.sequence(b.hashes, j, SEED_WORDS);
            int[] old = positions.get(key);
            if (old == null) {
                positions.put(key, new int[] {j});
            } else if (old.length <= MAX_OCCURRENCES) {
                int[] grown = java.util.Arrays.copyOf(old, old.length + 1);
                grown[old.length] = j;
                positions.put(key, grown);
            }
        }
        positions.values().removeIf(js -> js.length > MAX_OCCURRENCES);
        return positions;
    }

    /** Moves chains that no seed at or after {@code i} can extend to {@code done}. */
    private static void retire(List<Chain> active, List<Chain> done, int i) {
        for (int k = active.size() - 1; k >= 0; k--) {
            if (i - active.get(k).lastI > MAX_GAP + 1) {
                done.add(active.remove(k));
            }
        }
    }

    /** Keeps the passages with most matched words that overlap no better one on either side. */
    private static List<Match> disjoint(List<Chain> chains) {
        List<Match> candidates = new ArrayList<>();
        for (Chain c : chains) {
            if (c.matched >= MIN_MATCHED) {
                candidates.add(new Match(c.firstI, c.lastI + SEED_WORDS, c.firstJ, c.lastJ + SEED_WORDS, c.matched));
            }
        }
        candidates.sort(Comparator.comparingInt(Match::matched).reversed().thenComparingInt(Match::aFrom));
        List<Match> kept = new ArrayList<>();
        for (Match m : candidates) {
            boolean clash = false;
            for (Match k : kept) {
                if (m.aFrom() < k.aTo() && k.aFrom() < m.aTo() || m.bFrom() < k.bTo() && k.bFrom() < m.bTo()) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::aFrom));
        return kept;
    }

    /** Seeds chained so far: the first and last, and how many words of a they cover. */
    private static final class Chain {
        final int firstI;
        final int firstJ;
        int lastI;
        int lastJ;
        int matched;
        /** One past the last word of a covered by a seed, so overlapping trigrams are not counted twice. */
        int coveredTo;

        Chain(int i, int j) {
            firstI = i;
            firstJ = j;
            lastI = i;
            lastJ = j;
            matched = SEED_WORDS;
            coveredTo = i + SEED_WORDS;
        }

        boolean accepts(int i, int j) {
            int di = i - lastI;
            int dj = j - lastJ;
            return di > 0 && dj > 0 && di <= MAX_GAP + 1 && dj <= MAX_GAP + 1 && Math.abs(di - dj) <= MAX_SHIFT;
        }

        /** Prefers the chain the seed continues most straightly, then the nearest one. */
        boolean betterThan(Chain other, int i, int j) {
            int shift = Math.abs((j - lastJ) - (i - lastI));
            int otherShift = Math.abs((j - other.lastJ) - (i - other.lastI));
            if (shift != otherShift) {
                return shift < otherShift;
            }
            return lastI > other.lastI;
        }

        void extend(int i, int j) {
            matched += i + SEED_WORDS - Math.max(i, coveredTo);
            coveredTo = i + SEED_WORDS;
            lastI = i;
            lastJ = j;
        }
    }
}
