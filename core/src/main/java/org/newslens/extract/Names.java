package org.newslens.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * What a class or id value says about its element, worked out once per distinct token of a page. The same few
 * hundred tokens recur on every element of a page, while the rules behind them are regular expressions: matching
 * each element afresh took about a third of extraction time. The memory is per page and per thread (cleared by
 * {@link #forgetPage()}) so that a benchmark repeating the same pages measures what a new page costs.
 */
final class Names {
    static final int FURNITURE = 1;
    static final int COMMENT = 2;
    static final int CAPTION = 4;
    static final int CONTENT = 8;
    static final int POSITIVE_HINT = 16;
    static final int NEGATIVE_HINT = 32;
    static final int WALL = 64;

    private static final ThreadLocal<Map<String, Integer>> VERDICTS = ThreadLocal.withInitial(HashMap::new);

    private Names() {
    }

    /**
     * The flags of {@code names} (a class value, an id, or both joined by a space); 0 for a blank value. Every rule
     * behind the flags judges whitespace-separated tokens one by one, so verdicts are kept per token: tokens recur
     * across pages and sites far more than whole class values do.
     */
    static int of(String names) {
        int flags = 0;
        int n = names.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(names.charAt(i))) {
                i++;
            }
            if (i > start) {
                flags |= ofToken(lowerAscii(start == 0 && i == n ? names : names.substring(start, i)));
            }
        }
        return flags;
    }

    /** Starts a new page: verdicts of the last one are forgotten. */
    static void forgetPage() {
        VERDICTS.get().clear();
    }

    private static int ofToken(String token) {
        Map<String, Integer> verdicts = VERDICTS.get();
        Integer known = verdicts.get(token);
        if (known != null) {
            return known;
        }
        int flags = (Boilerplate.FURNITURE_STEMS.mayMatch(token) && Boilerplate.hasFurnitureName(token) ? FURNITURE : 0)
                | (Boilerplate.COMMENT_STEMS.mayMatch(token) && Boilerplate.hasCommentName(token) ? COMMENT : 0)
                | (Boilerplate.CAPTION_STEMS.mayMatch(token) && Boilerplate.CAPTION_NAMES.matcher(token).find() ? CAPTION : 0)
                | (Boilerplate.CONTENT_STEMS.mayMatch(token) && Boilerplate.CONTENT_NAMES.matcher(token).find() ? CONTENT : 0)
                | (Boilerplate.POSITIVE_STEMS.mayMatch(token) && Boilerplate.POSITIVE_HINTS.matcher(token).find()
                        ? POSITIVE_HINT : 0)
                | (Boilerplate.NEGATIVE_STEMS.mayMatch(token) && Boilerplate.NEGATIVE_HINTS.matcher(token).find()
                        ? NEGATIVE_HINT : 0)
                | (Truncations.WALL_STEMS.mayMatch(token) && Truncations.WALL_NAMES.matcher(token).find() ? WALL : 0);
        verdicts.put(token, flags);
        return flags;
    }

    /** Lower case for ASCII letters only: class names are ASCII in practice, and the rules are written in ASCII. */
    private static String lowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int k = i; k < chars.length; k++) {
                    if (chars[k] >= 'A' && chars[k] <= 'Z') {
                        chars[k] += 'a' - 'A';
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }

    static boolean has(String names, int flag) {
        return (of(names) & flag) != 0;
    }
}
