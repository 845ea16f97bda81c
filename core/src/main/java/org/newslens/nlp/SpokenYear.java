package org.newslens.nlp;

/**
 * A year written in words, as broadcast transcripts do: "nineteen ninety-four", "nineteen eighty eight",
 * "two thousand", "two thousand and one".
 *
 * @param end the token after the year
 */
record SpokenYear(int end, int year) {
    static SpokenYear at(TimeTokens t, int i) {
        Integer first = TimeWords.NUMBERS.get(t.word(i));
        if (first == null) {
            return null;
        }
        if (first == 2 && t.is(i + 1, "thousand")) {
            int j = t.is(i + 2, "and") ? i + 3 : i + 2;
            int[] rest = belowHundred(t, j);
            return rest == null ? new SpokenYear(i + 2, 2000) : new SpokenYear(rest[1], 2000 + rest[0]);
        }
        if (first < 10 || first > 20) {
            return null;
        }
        int[] rest = belowHundred(t, i + 1);
        if (rest == null || rest[0] < 10) {
            return null;
        }
        return new SpokenYear(rest[1], first * 100 + rest[0]);
    }

    /** {value, end} of a number from 1 to 99 in words ("ninety-four", "eighty eight", "twelve"), or null. */
    private static int[] belowHundred(TimeTokens t, int i) {
        Integer tens = TimeWords.NUMBERS.get(t.word(i));
        if (tens == null) {
            return null;
        }
        if (tens >= 20 && tens % 10 == 0) {
            int j = t.is(i + 1, "-") && t.glued(i + 1) ? i + 2 : i + 1;
            Integer unit = TimeWords.NUMBERS.get(t.word(j));
            if (unit != null && unit < 10) {
                return new int[] {tens + unit, j + 1};
            }
        }
        return new int[] {tens, i + 1};
    }
}
