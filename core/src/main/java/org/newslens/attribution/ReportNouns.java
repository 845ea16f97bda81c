package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reports that exist without anyone making them: "there have been reports of a rising number of plots", "there were
 * rumours that the minister would resign". News uses the frame to put a claim on no one's authority; the issue's
 * "vague" attribution covers it. The cue is the frame up to its noun, the content what the reports are of, and
 * there is no source. The trained tagger rarely marks it (PolNeAR has few), so it is found by its wording.
 */
final class ReportNouns {
    private ReportNouns() {
    }

    /**
     * Nouns for things said or believed by people nobody names. Not "signs" or "indications": "there are few signs of
     * a campaign" reports an observation, not hearsay.
     */
    static final Set<String> NOUNS = Set.of("reports", "rumours", "rumors", "claims", "allegations", "suggestions",
            "accounts", "suspicions", "fears", "speculation", "talk");

    /** Forms of "be" after "there" ("there have been", "there were", "there is"). */
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "has", "have", "had",
            "'s", "’s");

    /** The most words between the forms of "be" and the noun ("there have been unconfirmed, widespread reports"). */
    static final int MAX_MODIFIERS = 3;

    /** The cue score given to these relations (the tagger's units): a fairly sure cue. */
    static final float SCORE = 100f;

    /** The relations, in text order, none inside a quotation. */
    static List<RelationTagger.Tagged> find(TokenSheet s) {
        List<RelationTagger.Tagged> out = new ArrayList<>();
        for (int i = 0; i + 3 < s.n; i++) {
            if (!s.norm[i].equals("there") || s.quotes.inside[i] >= 0) {
                continue;
            }
            int j = i + 1;
            while (j < s.n && j - i <= 3 && BE.contains(s.norm[j])) {
                j++;
            }
            if (j == i + 1) {
                continue;
            }
            int noun = j;
            while (noun < s.n && noun - j <= MAX_MODIFIERS && !NOUNS.contains(s.norm[noun])
                    && s.sentence[noun] == s.sentence[i] && !s.shape[noun].equals("p")) {
                noun++;
            }
            if (noun >= s.n - 2 || !NOUNS.contains(s.norm[noun]) || s.sentence[noun] != s.sentence[i]) {
                continue;
            }
            String link = s.norm[noun + 1];
            if (!link.equals("of") && !link.equals("that")) {
                continue;
            }
            int end = EmptyContents.contentEnd(s, s.sentenceEnd[s.sentence[i]]);
            int contentStart = link.equals("of") ? noun + 2 : noun + 1;
            if (end - contentStart < 2) {
                continue;
            }
            out.add(new RelationTagger.Tagged(i, noun + 1, List.of(), List.of(new int[] {contentStart, end}), SCORE));
            i = end;
        }
        return out;
    }
}
