package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a content to relations the role tagger left with a source and nothing said, in the three shapes where the
 * sentence alone decides what was said. Such a relation would otherwise be dropped, and with it a cue the tagger found.
 *
 * <ul>
 *   <li>A report nested in a report: "He said [he did not mention the ties ...]", "Lynch said [she was asked to
 *       ...]". The tagger sees the second cue and stops (or gives the outer report only the sentence's tail, which
 *       the nearer inner cue then takes); PolNeAR annotates the outer report, whose content holds the inner one
 *       (univocal annotation: the inner cue is part of what is said).</li>
 *   <li>"According to X, [...]": the source ends at the first comma and the rest of the sentence is the content; after
 *       a clause ("[...], according to X.") the clause before the comma is.</li>
 *   <li>A trailing report: "[The losses would outstrip the gains], said Batchelder." The source is what follows the
 *       cue, the content the sentence before the comma.</li>
 * </ul>
 */
final class EmptyContents {
    private EmptyContents() {
    }

    /** The farthest a nested report's cue may stand after the outer cue, in tokens ("said [the former governor] had"). */
    static final int MAX_NESTED_GAP = 8;

    /** The longest source taken after "according to" or a trailing cue, in tokens. */
    static final int MAX_SOURCE = 15;

    /** Relations in cue order; those with a source but no content get one where the sentence shape gives it. */
    static List<RelationTagger.Tagged> repair(TokenSheet s, List<RelationTagger.Tagged> tagged) {
        List<RelationTagger.Tagged> out = new ArrayList<>(tagged.size());
        for (int k = 0; k < tagged.size(); k++) {
            RelationTagger.Tagged r = tagged.get(k);
            RelationTagger.Tagged next = k + 1 < tagged.size() ? tagged.get(k + 1) : null;
            if (r.sources().isEmpty()) {
                out.add(r);
                continue;
            }
            if (!r.contents().isEmpty()) {
                // The tagger may also have given the outer report only the tail of the sentence, past the inner
                // cue, which then owns it: the same nested shape.
                RelationTagger.Tagged repaired = nested(s, r, next);
                out.add(repaired == null ? r : repaired);
                continue;
            }
            RelationTagger.Tagged repaired = according(s, r);
            if (repaired == null) {
                repaired = nested(s, r, next);
            }
            if (repaired == null) {
                repaired = trailing(s, r);
            }
            out.add(repaired == null ? r : repaired);
        }
        return out;
    }

    private static RelationTagger.Tagged according(TokenSheet s, RelationTagger.Tagged r) {
        if (!s.norm[r.cueStart()].equals("according")) {
            return null;
        }
        int sentence = s.sentence[r.cueStart()];
        int end = contentEnd(s, s.sentenceEnd[sentence]);
        int comma = nextComma(s, r.cueEnd(), end);
        if (opensSentence(s, r.cueStart()) && comma > r.cueEnd() && comma - r.cueEnd() <= MAX_SOURCE && end > comma + 1) {
            return new RelationTagger.Tagged(r.cueStart(), r.cueEnd(), List.of(new int[] {r.cueEnd(), comma}),
                    List.of(new int[] {comma + 1, end}), r.cueScore());
        }
        return trailing(s, r);
    }

    private static RelationTagger.Tagged nested(TokenSheet s, RelationTagger.Tagged r, RelationTagger.Tagged next) {
        if (next == null || s.sentence[next.cueStart()] != s.sentence[r.cueStart()]
                || next.cueStart() - r.cueEnd() > MAX_NESTED_GAP || next.cueStart() <= r.cueEnd()
                || hasComma(s, r.cueEnd(), next.cueStart())) {
            return null;
        }
        // The tagger may have taken the inner subject for a second source ("Lynch said [she] was asked"): it is
        // part of what is said.
        List<int[]> sources = new ArrayList<>();
        for (int[] span : r.sources()) {
            if (span[1] <= r.cueStart()) {
                sources.add(span);
            } else if (span[0] < r.cueEnd() || span[1] > next.cueStart()) {
                return null;
            }
        }
        if (sources.isEmpty()) {
            return null;
        }
        for (int[] c : r.contents()) {
            if (c[0] < next.cueStart()) {
                return null; // the outer report's content already starts before the inner cue
            }
        }
        int end = next.cueEnd();
        for (List<int[]> role : List.of(next.contents(), r.contents())) {
            for (int[] c : role) {
                end = Math.max(end, c[1]);
            }
        }
        end = Math.max(end, contentEnd(s, s.sentenceEnd[s.sentence[r.cueStart()]]));
        return new RelationTagger.Tagged(r.cueStart(), r.cueEnd(), sources, List.of(new int[] {r.cueEnd(), end}),
                r.cueScore());
    }

    private static RelationTagger.Tagged trailing(TokenSheet s, RelationTagger.Tagged r) {
        int sentence = s.sentence[r.cueStart()];
        int first = s.sentenceStart[sentence];
        if (r.cueStart() - 1 <= first || !s.word[r.cueStart() - 1].equals(",")) {
            return null;
        }
        int end = contentEnd(s, s.sentenceEnd[sentence]);
        if (end <= r.cueEnd() || end - r.cueEnd() > MAX_SOURCE || hasComma(s, r.cueEnd(), end)
                && !s.norm[r.cueStart()].equals("according")) {
            return null;
        }
        int sourceEnd = s.norm[r.cueStart()].equals("according") ? Math.min(end, nextCommaOr(s, r.cueEnd(), end)) : end;
        return new RelationTagger.Tagged(r.cueStart(), r.cueEnd(), List.of(new int[] {r.cueEnd(), sourceEnd}),
                List.of(new int[] {first, r.cueStart() - 1}), r.cueScore());
    }

    /** The sentence's end less a final full stop, question or exclamation mark outside quotation marks. */
    static int contentEnd(TokenSheet s, int sentenceEnd) {
        int end = sentenceEnd;
        if (end > 0 && (s.word[end - 1].equals(".") || s.word[end - 1].equals("!") || s.word[end - 1].equals("?"))
                && s.quotes.inside[end - 1] < 0) {
            end--;
        }
        return end;
    }

    /** The cue opens its sentence, perhaps after a conjunction or an opening mark ("But according to ..."). */
    private static boolean opensSentence(TokenSheet s, int cue) {
        int first = s.sentenceStart[s.sentence[cue]];
        for (int i = first; i < cue; i++) {
            String w = s.norm[i];
            if (!(w.equals("but") || w.equals("and") || w.equals("yet") || w.equals("so") || w.equals("<q"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasComma(TokenSheet s, int from, int to) {
        return nextComma(s, from, to) >= 0;
    }

    private static int nextComma(TokenSheet s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.word[i].equals(",")) {
                return i;
            }
        }
        return -1;
    }

    private static int nextCommaOr(TokenSheet s, int from, int to) {
        int comma = nextComma(s, from, to);
        return comma < 0 ? to : comma;
    }
}
