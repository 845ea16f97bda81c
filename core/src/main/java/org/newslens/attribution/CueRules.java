package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cues the trained tagger may miss because its corpus rarely shows the verb, found by frames that leave little
 * doubt: a report verb taking a that-clause ("The service stated in 2012 that ..."), and the impersonal passive ("It
 * has been posited that ..."). Each found cue still needs the role tagger to find content for it, or it is dropped.
 */
final class CueRules {
    private CueRules() {
    }

    /** Report verbs that rarely take a that-clause, so the frame says nothing about them. */
    private static final Set<String> NO_THAT_CLAUSE = Set.of("want", "wish", "seek", "plan", "intend", "prefer",
            "favor", "favour", "support", "oppose", "back", "call", "ask", "urge", "invite", "encourage", "endorse",
            "praise", "attack", "blame", "defend", "quote", "cite", "label", "brand", "dub", "term", "read", "hear",
            "post", "tweet", "mock", "slam", "blast", "condemn", "denounce", "dismiss", "reject", "question", "demand",
            "request", "order", "advise", "recommend", "describe", "recall", "point", "continue", "answer", "comment",
            "mention", "object", "document", "identify", "consider", "regard", "view", "deem", "judge", "see");

    /** Words that make the next word a noun: "the report that", "his claim that". */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "my", "your", "no", "any", "every", "each", "such");

    /** Auxiliaries and adverbs that PolNeAR counts as part of the cue: "has said", "also noted", "had been told". */
    static final Set<String> CUE_PREFIX = Set.of("has", "have", "had", "is", "are", "was", "were", "be", "been",
            "will", "would", "also", "previously", "later", "repeatedly", "once", "again", "already");

    /** How many words may stand between the verb and "that": "stated in 2012 that", "said on Tuesday that". */
    static final int MAX_GAP = 4;

    /** Cue spans as {start, end, score × 1000}, none overlapping {@code taken} or inside a quotation. */
    static List<int[]> find(TokenSheet s, boolean[] taken) {
        List<int[]> out = new ArrayList<>();
        for (int i = 1; i < s.n; i++) {
            if (taken[i] || s.quotes.inside[i] >= 0 || !Words.REPORT_VERBS.contains(s.lemma[i])
                    || NO_THAT_CLAUSE.contains(s.lemma[i]) || !verbForm(s, i)) {
                continue;
            }
            int that = thatAfter(s, i);
            if (that < 0) {
                continue;
            }
            int start = i;
            while (start > 0 && s.sentence[start - 1] == s.sentence[i] && CUE_PREFIX.contains(s.norm[start - 1])
                    && !taken[start - 1]) {
                start--;
            }
            if (DETERMINERS.contains(s.normAt(start - 1, i))) {
                continue;
            }
            out.add(new int[] {start, i + 1, 0});
            i = that;
        }
        return out;
    }

    /** Whether the word is written as a finite verb or participle: -ed, -s, an irregular past, or after an auxiliary. */
    private static boolean verbForm(TokenSheet s, int i) {
        String w = s.norm[i];
        if (!s.lemma[i].equals(w)) {
            return !w.endsWith("ing") || CUE_PREFIX.contains(s.normAt(i - 1, i));
        }
        return CUE_PREFIX.contains(s.normAt(i - 1, i)) || Words.PERSON_PRONOUNS.contains(s.normAt(i - 1, i))
                || s.normAt(i - 1, i).equals("they");
    }

    /** The "that" opening the verb's clause within {@link #MAX_GAP} words, or -1. */
    private static int thatAfter(TokenSheet s, int i) {
        for (int j = i + 1; j <= i + MAX_GAP + 1 && j < s.n && s.sentence[j] == s.sentence[i]; j++) {
            String w = s.norm[j];
            if (w.equals("that")) {
                return j;
            }
            if (s.shape[j].equals("p") || s.shape[j].equals("q") || Words.REPORT_VERBS.contains(s.lemma[j])) {
                return -1;
            }
        }
        return -1;
    }
}
