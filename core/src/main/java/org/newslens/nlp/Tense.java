package org.newslens.nlp;

/**
 * Whether the words around an expression look back or ahead, for choosing between last March and next March. No
 * part-of-speech tagger runs (too slow for the default path), so this reads cue words: the nearest one within the
 * sentence decides, "will" and "scheduled" ahead, "said" and "-ed" verbs back. HeidelTime does the same with the
 * tense of the nearest verb.
 */
final class Tense {
    static final int PAST = -1;
    static final int UNKNOWN = 0;
    static final int FUTURE = 1;
    /** The word right before is "since" or "ended": the date lies in the past whatever the verb. */
    static final int SINCE = -2;

    /** How far to look for a cue, in tokens, before and after the expression. */
    private static final int BEFORE = 10;
    private static final int AFTER = 6;

    private Tense() {
    }

    /**
     * The tense around tokens {@code [first, end)}, looking no further than {@code [from, to)} (the sentence).
     */
    static int around(TimeTokens t, int first, int end, int from, int to) {
        if (first > from && (t.is(first - 1, "since") || t.is(first - 1, "ended"))) {
            return SINCE;
        }
        // The verb that governs a time expression mostly comes before it ("will meet on Thursday", "said Friday"):
        // look back first, then ahead. Auxiliaries and reporting verbs are read first; a word ending in -ed only
        // when none shows, as it may be an adjective ("a still unspecified date").
        // A verb right before the expression governs it whatever else the sentence says ("announced Friday").
        int near = t.is(first - 1, "on") && first - 2 >= from ? first - 2 : first - 1;
        if (near >= from && cue(t, near, true) == PAST) {
            return PAST;
        }
        for (boolean weak : new boolean[] {false, true}) {
            for (int i = first - 1; i >= Math.max(from, first - BEFORE); i--) {
                int cue = cue(t, i, weak);
                if (cue != UNKNOWN) {
                    return cue;
                }
            }
            for (int i = end; i < Math.min(to, end + AFTER); i++) {
                int cue = cue(t, i, weak);
                if (cue != UNKNOWN) {
                    return cue;
                }
            }
        }
        return UNKNOWN;
    }

    private static int cue(TimeTokens t, int i, boolean weak) {
        String w = t.word(i);
        if (weak) {
            // A past participle after "be" is passive; a capitalised word ending in -ed is a name ("United States").
            boolean participle = w.length() > 4 && w.endsWith("ed") && !t.capitalised(i)
                    && !TimeWords.PASSIVE_BEFORE.contains(t.word(i - 1));
            return participle ? PAST : UNKNOWN;
        }
        boolean ahead = TimeWords.FUTURE_CUES.contains(w)
                || t.is(i + 1, "to") && TimeWords.FUTURE_BEFORE_TO.contains(w)
                || w.equals("be") && t.is(i - 1, "to");
        if (ahead) {
            // "had been due to expire", "was expected": a plan seen from the past.
            boolean seenFromPast = TimeWords.PAST_CUES.contains(t.word(i - 1))
                    || t.is(i - 1, "been") && TimeWords.PAST_CUES.contains(t.word(i - 2));
            return seenFromPast ? PAST : FUTURE;
        }
        // "will be held", "has been made": a participle, not the past tense.
        boolean participle = TimeWords.PASSIVE_BEFORE.contains(t.word(i - 1)) || t.is(i - 1, "have")
                || t.is(i - 1, "has");
        return TimeWords.PAST_CUES.contains(w) && !participle ? PAST : UNKNOWN;
    }
}
