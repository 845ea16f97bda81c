package org.newslens.reuse;

import java.util.Arrays;

/**
 * The words of a text as reuse detection compares them: runs of letters and digits, case-folded, each with its
 * character offsets. Scripts written without spaces (Han, kana, Thai and the like) count each character as a word,
 * so that their shingles are still short phrases.
 */
final class Words {
    final int[] starts;
    final int[] ends;
    /** A 64-bit hash of each case-folded word. */
    final long[] hashes;

    private Words(int[] starts, int[] ends, long[] hashes) {
        this.starts = starts;
        this.ends = ends;
        this.hashes = hashes;
    }

    int size() {
        return hashes.length;
    }

    static Words of(String text) {
        int n = text.length();
        int cap = Math.max(16, n / 6);
        int[] starts = new int[cap];
        int[] ends = new int[cap];
        long[] hashes = new long[cap];
        int count = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!Character.isLetterOrDigit(cp)) {
                i += width;
                continue;
            }
            int start = i;
            long h = FNV_OFFSET;
            if (isUnspaced(cp)) {
                h = mixIn(h, Character.toLowerCase(cp));
                i += width;
            } else {
                while (i < n) {
                    cp = text.codePointAt(i);
                    // Combining marks stay inside a word (decomposed accents), unspaced scripts end it.
                    boolean inWord = Character.isLetterOrDigit(cp) && !isUnspaced(cp)
                            || Character.getType(cp) == Character.NON_SPACING_MARK;
                    if (!inWord) {
                        break;
                    }
                    h = mixIn(h, Character.toLowerCase(cp));
                    i += Character.charCount(cp);
                }
            }
            if (count == starts.length) {
                int grown = count * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            starts[count] = start;
            ends[count] = i;
            hashes[count] = Hashing.mix(h);
            count++;
        }
        return new Words(Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count));
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private static long mixIn(long h, int codePoint) {
        return (h ^ codePoint) * FNV_PRIME;
    }

    /** Scripts that do not separate words with spaces. */
    static boolean isUnspaced(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.THAI
                || s == Character.UnicodeScript.LAO || s == Character.UnicodeScript.KHMER
                || s == Character.UnicodeScript.MYANMAR || s == Character.UnicodeScript.TIBETAN;
    }
}
