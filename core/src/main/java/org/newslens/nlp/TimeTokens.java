package org.newslens.nlp;

import java.util.Arrays;
import java.util.Locale;

/**
 * The body cut into the pieces time expressions are made of: runs of letters (lower-cased), runs of digits (with
 * thousands groups such as "30,000" kept whole) and single punctuation marks. Cut here rather than taken from the
 * sentence tokenizer because time grammar needs the parts of "third-quarter", "mid-1990s", "Sept." and "p.m.".
 * One pass over the text, no regular expressions: a 2 MB paragraph costs a few milliseconds.
 */
final class TimeTokens {
    enum Kind { WORD, NUMBER, MARK }

    /** No space before the token. */
    static final int GLUED = 0;
    /** Spaces or a single line break before the token. */
    static final int SPACED = 1;
    /** A blank line before the token: expressions never run across it. */
    static final int BREAK = 2;

    final String text;
    private int size;
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private int[] gaps = new int[64];
    private Kind[] kinds = new Kind[64];
    private String[] lower = new String[64];
    private long[] numbers = new long[64];

    private TimeTokens(String text) {
        this.text = text;
    }

    /** Cuts {@code text[from, to)}. */
    static TimeTokens cut(String text, int from, int to) {
        TimeTokens t = new TimeTokens(text);
        int i = from;
        int newlines = 0;
        boolean space = false;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
                newlines += c == '\n' ? 1 : 0;
                i++;
                continue;
            }
            int gap = t.size == 0 ? BREAK : newlines >= 2 ? BREAK : space ? SPACED : GLUED;
            int end;
            if (Character.isLetter(c)) {
                end = i + 1;
                while (end < to && Character.isLetter(text.charAt(end))) {
                    end++;
                }
                t.add(i, end, gap, Kind.WORD, text.substring(i, end).toLowerCase(Locale.ROOT), 0);
            } else if (c >= '0' && c <= '9') {
                end = digits(text, i, to);
                // "30,000": a comma followed by exactly three digits continues the number.
                while (end + 4 <= to && text.charAt(end) == ',' && digits(text, end + 1, to) == end + 4) {
                    end += 4;
                }
                String raw = text.substring(i, end);
                t.add(i, end, gap, Kind.NUMBER, raw, parse(raw.replace(",", "")));
            } else {
                end = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
                t.add(i, end, gap, Kind.MARK, text.substring(i, end), 0);
            }
            i = end;
            space = false;
            newlines = 0;
        }
        return t;
    }

    private static int digits(String text, int i, int to) {
        int end = i;
        while (end < to && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return end;
    }

    private static long parse(String digits) {
        // Longer runs are no date part; cap them instead of overflowing.
        return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    private void add(int start, int end, int gap, Kind kind, String low, long number) {
        if (size == starts.length) {
            int n = size * 2;
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            gaps = Arrays.copyOf(gaps, n);
            kinds = Arrays.copyOf(kinds, n);
            lower = Arrays.copyOf(lower, n);
            numbers = Arrays.copyOf(numbers, n);
        }
        starts[size] = start;
        ends[size] = end;
        gaps[size] = gap;
        kinds[size] = kind;
        lower[size] = low;
        numbers[size] = number;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The space before token {@code i}: {@link #GLUED}, {@link #SPACED} or {@link #BREAK}. */
    int gap(int i) {
        return gaps[i];
    }

    Kind kind(int i) {
        return kinds[i];
    }

    /** The token lower-cased; "" past the end, so that lookahead needs no bounds checks. */
    String word(int i) {
        return i >= 0 && i < size ? lower[i] : "";
    }

    /** Whether token {@code i} is {@code w} (lower case). */
    boolean is(int i, String w) {
        return i >= 0 && i < size && lower[i].equals(w);
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.NUMBER;
    }

    /** The value of a number token; {@code -1} when token {@code i} is not a plain number. */
    long number(int i) {
        return isNumber(i) ? numbers[i] : -1;
    }

    /** The number of digits as written (commas excluded); 0 for other tokens. */
    int digitCount(int i) {
        return isNumber(i) ? lower[i].replace(",", "").length() : 0;
    }

    /** Whether token {@code i} starts with a capital letter in the text. */
    boolean capitalised(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.WORD && Character.isUpperCase(text.charAt(starts[i]));
    }

    /** Whether token {@code i} follows {@code i - 1} with no space between them. */
    boolean glued(int i) {
        return i > 0 && i < size && gaps[i] == GLUED;
    }

    /** Whether token {@code i} may continue an expression begun before it (same paragraph). */
    boolean joins(int i) {
        return i > 0 && i < size && gaps[i] != BREAK;
    }
}
