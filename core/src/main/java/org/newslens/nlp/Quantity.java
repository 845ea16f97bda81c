package org.newslens.nlp;

import java.util.Locale;

/**
 * A count written before a unit: "three", "24", "twenty four", "a", "a couple of", "several", "two and a half".
 *
 * @param end the token after the count
 * @param value the count; NaN when it is vague ("several", "a few"), which TIMEX3 writes as X
 * @param approximate whether the words make it approximate ("a couple of")
 */
record Quantity(int end, double value, boolean approximate) {
    /** The longest count starting at token {@code i}, or null. */
    static Quantity at(TimeTokens t, int i) {
        String w = t.word(i);
        if (t.isNumber(i)) {
            return digits(t, i);
        }
        if (w.equals("a") || w.equals("an") || w.equals("one")) {
            if (t.is(i + 1, "couple") && t.is(i + 2, "of")) {
                return new Quantity(i + 3, 2, true);
            }
            if (t.is(i + 1, "few")) {
                return new Quantity(i + 2, Double.NaN, false);
            }
            if (TimeWords.MULTIPLIERS.containsKey(t.word(i + 1))) {
                return new Quantity(i + 2, TimeWords.MULTIPLIERS.get(t.word(i + 1)), false);
            }
            return new Quantity(i + 1, 1, false);
        }
        if (TimeWords.VAGUE_COUNTS.contains(w)) {
            return new Quantity(i + 1, Double.NaN, false);
        }
        if (w.equals("couple") && t.is(i + 1, "of")) {
            return new Quantity(i + 2, 2, true);
        }
        if (w.equals("half") && (t.is(i + 1, "a") || t.is(i + 1, "an"))) {
            return new Quantity(i + 2, 0.5, false);
        }
        return words(t, i);
    }

    /** "24", "5 1/2", "2.5". */
    private static Quantity digits(TimeTokens t, int i) {
        double v = t.number(i);
        int end = i + 1;
        if (t.is(end, ".") && t.glued(end) && t.isNumber(end + 1) && t.glued(end + 1)) {
            v = Double.parseDouble(t.word(i).replace(",", "") + "." + t.word(end + 1));
            end += 2;
        } else if (t.number(end) == 1 && t.is(end + 1, "/") && t.number(end + 2) == 2) {
            v += 0.5;
            end += 3;
        }
        return half(t, new Quantity(end, v, false));
    }

    /** "twenty four", "twenty-four", "one hundred", "two thousand". */
    private static Quantity words(TimeTokens t, int i) {
        Integer first = TimeWords.NUMBERS.get(t.word(i));
        if (first == null) {
            return null;
        }
        long value = first;
        int end = i + 1;
        if (first >= 20 && first % 10 == 0) {
            int j = t.is(end, "-") && t.glued(end) ? end + 1 : end;
            Integer unit = TimeWords.NUMBERS.get(t.word(j));
            if (unit != null && unit < 10) {
                value += unit;
                end = j + 1;
            }
        }
        Integer multiplier = TimeWords.MULTIPLIERS.get(t.word(end));
        if (multiplier != null) {
            value *= multiplier;
            end++;
        }
        return half(t, new Quantity(end, value, false));
    }

    /** "two and a half": adds the half. */
    private static Quantity half(TimeTokens t, Quantity q) {
        int e = q.end;
        if (t.is(e, "and") && t.is(e + 1, "a") && t.is(e + 2, "half")) {
            return new Quantity(e + 3, q.value + 0.5, q.approximate);
        }
        return q;
    }

    boolean vague() {
        return Double.isNaN(value);
    }

    /** The count as written in a TIMEX3 value: "3", "2.5", or "X" when vague. */
    String text() {
        if (vague()) {
            return "X";
        }
        if (value == Math.rint(value)) {
            return String.valueOf((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }
}
