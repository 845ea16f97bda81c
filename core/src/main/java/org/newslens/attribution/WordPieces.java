package org.newslens.attribution;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece split of one word (Wu et al. 2016; Devlin et al. 2019): lower case, accents removed, then
 * the longest vocabulary entry from the left, continued with "##" pieces. The words come from our own tokenizer, so
 * the whitespace and punctuation splitting that BERT's basic tokenizer does first is already done.
 */
final class WordPieces {
    /** BERT gives up on words longer than this and maps them to the unknown piece. */
    private static final int MAX_WORD_CHARS = 100;

    private final Map<String, Integer> ids;
    private final int unknown;

    /** @param vocabulary the pieces in id order */
    WordPieces(List<String> vocabulary) {
        ids = new HashMap<>(vocabulary.size() * 2);
        for (int i = 0; i < vocabulary.size(); i++) {
            ids.putIfAbsent(vocabulary.get(i), i);
        }
        unknown = ids.getOrDefault("[UNK]", -1);
    }

    int size() {
        return ids.size();
    }

    /** Appends the piece ids of {@code word} to {@code out}; returns how many were added. */
    int split(String word, IntList out) {
        String w = normalise(word);
        if (w.isEmpty()) {
            return 0;
        }
        if (w.length() > MAX_WORD_CHARS) {
            return add(unknown, out);
        }
        int mark = out.size();
        int start = 0;
        while (start < w.length()) {
            int end = w.length();
            int found = -1;
            while (start < end) {
                String piece = start == 0 ? w.substring(start, end) : "##" + w.substring(start, end);
                Integer id = ids.get(piece);
                if (id != null) {
                    found = id;
                    break;
                }
                end--;
            }
            if (found < 0) {
                // No piece fits: BERT maps the whole word to the unknown piece.
                out.truncate(mark);
                return add(unknown, out);
            }
            out.add(found);
            start = end;
        }
        return out.size() - mark;
    }

    private static int add(int id, IntList out) {
        if (id < 0) {
            return 0;
        }
        out.add(id);
        return 1;
    }

    /** Lower case without accents, as the uncased BERT vocabulary expects. */
    static String normalise(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK && !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A growable list of ints without boxing. */
    static final class IntList {
        private int[] values = new int[64];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values[i];
        }

        int size() {
            return size;
        }

        void truncate(int newSize) {
            size = newSize;
        }
    }
}
