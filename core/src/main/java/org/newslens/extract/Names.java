package org.newslens.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a class or id value says about its element, worked out once per distinct value. The same few hundred values
 * recur on every element of a page and on every page of a site, while the rules behind them are regular
 * expressions: matching each element afresh took about a third of extraction time.
 */
final class Names {
    static final int FURNITURE = 1;
    static final int COMMENT = 2;
    static final int CAPTION = 4;
    static final int CONTENT = 8;
    static final int POSITIVE_HINT = 16;
    static final int NEGATIVE_HINT = 32;

    /** Distinct values remembered before the memory is cleared; a value costs a few dozen bytes. */
    static final int CAPACITY = 100_000;

    private static final Map<String, Integer> VERDICTS = new ConcurrentHashMap<>();

    private Names() {
    }

    /** The flags of {@code names} (a class value, an id, or both joined by a space); 0 for a blank value. */
    static int of(String names) {
        if (names.isBlank()) {
            return 0;
        }
        Integer known = VERDICTS.get(names);
        if (known != null) {
            return known;
        }
        int flags = (Boilerplate.hasFurnitureName(names) ? FURNITURE : 0)
                | (Boilerplate.hasCommentName(names) ? COMMENT : 0)
                | (Boilerplate.CAPTION_NAMES.matcher(names).find() ? CAPTION : 0)
                | (Boilerplate.CONTENT_NAMES.matcher(names).find() ? CONTENT : 0)
                | (Boilerplate.POSITIVE_HINTS.matcher(names).find() ? POSITIVE_HINT : 0)
                | (Boilerplate.NEGATIVE_HINTS.matcher(names).find() ? NEGATIVE_HINT : 0);
        if (VERDICTS.size() >= CAPACITY) {
            VERDICTS.clear();
        }
        VERDICTS.put(names, flags);
        return flags;
    }

    static boolean has(String names, int flag) {
        return (of(names) & flag) != 0;
    }
}
