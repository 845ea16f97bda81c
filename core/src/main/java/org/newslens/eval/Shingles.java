package org.newslens.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Token shingles as the issue defines them: tokens are maximal runs of letters, decimal digits, letter numbers,
 * other numbers or '_', case kept; shingles are windows of four consecutive tokens, or one shingle of all tokens
 * when there are one to three.
 */
final class Shingles {
    static final int SIZE = 4;

    private Shingles() {
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!isTokenChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isTokenChar(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    static boolean isTokenChar(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The multiset of shingles: shingle → count. */
    static Map<String, Integer> of(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SIZE) {
            counts.put(String.join("\u0001", tokens), 1);
            return counts;
        }
        for (int i = 0; i + SIZE <= tokens.size(); i++) {
            counts.merge(String.join("\u0001", tokens.subList(i, i + SIZE)), 1, Integer::sum);
        }
        return counts;
    }

    /** {tp, fp, fn} between a truth and a prediction multiset. */
    static long[] compare(Map<String, Integer> truth, Map<String, Integer> predicted) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (Map.Entry<String, Integer> e : predicted.entrySet()) {
            int t = truth.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<String, Integer> e : truth.entrySet()) {
            fn += Math.max(0, e.getValue() - predicted.getOrDefault(e.getKey(), 0));
        }
        return new long[] {tp, fp, fn};
    }
}
