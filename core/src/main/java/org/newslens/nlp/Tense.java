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

    /** How far to look for a cue, in tokens, before and after the expression. */
    private static final int BEFORE = 10;
    private static final int AFTER = 6;

    private Tense() {
    }

    /**
     * The tense around tokens {@code [first, end)}, looking no further than {@code [from, to)} (the sentence).
     */
    static int around(TimeTokens t, int first, int end, int from, int to) {
        // The verb that governs a time expression mostly comes before it ("will meet on Thursday", "said Friday"):
        // look back first, then ahead.
        for (int i = first - 1; i >= Math.max(from, first - BEFORE); i--) {
            int cue = cue(t, i);
            if (cue != UNKNOWN) {
                return cue;
            }
        }
        for (int i = end; i < Math.min(to, end + AFTER); i++) {
            int cue = cue(t, i);
            if (cue != UNKNOWN) {
                return cue;
            }
        }
        return UNKNOWN;
    }

    private static int cue(TimeTokens t, int i) {
        String w = t.word(i);
        if (TimeWords.FUTURE_CUES.contains(w) || t.is(i + 1, "to") && TimeWords.FUTURE_BEFORE_TO.contains(w)) {
            return FUTURE;
        }
        if (TimeWords.PAST_CUES.contains(w)) {
            return PAST;
        }
        // A past participle after "be" is passive ("must be returned by"), not past.
        if (w.length() > 4 && w.endsWith("ed") && !TimeWords.PASSIVE_BEFORE.contains(t.word(i - 1))) {
            return PAST;
        }
        return UNKNOWN;
    }
}
