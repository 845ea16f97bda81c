package org.newslens.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds pages of the evaluation set that already share text, by a test independent of the detector under
 * evaluation: at least {@link #MIN_SHARED} distinct word 8-grams in common, verbatim. Such pages (one page saved
 * twice under two names, one story on two sites) are real reuse, so the benchmark puts them in one family.
 */
final class SharedText {
    /** Word 8-grams: a run this long shared verbatim is copied, not a stock phrase. */
    static final int GRAM = 8;
    /** Distinct 8-grams in common: about 30 words of identical text at the least. */
    static final int MIN_SHARED = 25;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SharedText() {
    }

    /** Maps each original's id to its family's id: the smallest id among originals linked by shared text. */
    static Map<String, String> families(List<ReuseBenchmark.Original> originals) {
        Map<String, List<Integer>> holders = new HashMap<>();
        for (int d = 0; d < originals.size(); d++) {
            for (String gram : grams(originals.get(d).text())) {
                holders.computeIfAbsent(gram, k -> new ArrayList<>(1)).add(d);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> docs : holders.values()) {
            for (int i = 0; i < docs.size(); i++) {
                for (int j = i + 1; j < docs.size(); j++) {
                    shared.merge((long) docs.get(i) << 32 | docs.get(j), 1, Integer::sum);
                }
            }
        }
        int[] parent = new int[originals.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        shared.forEach((pair, count) -> {
            if (count >= MIN_SHARED) {
                int a = root(parent, (int) (pair >>> 32));
                int b = root(parent, (int) (long) pair);
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        });
        Map<String, String> families = new HashMap<>();
        for (int d = 0; d < originals.size(); d++) {
            families.put(originals.get(d).id(), originals.get(root(parent, d)).id());
        }
        return families;
    }

    private static int root(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    private static Set<String> grams(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= words.size(); i++) {
            grams.add(String.join(" ", words.subList(i, i + GRAM)));
        }
        return grams;
    }
}
