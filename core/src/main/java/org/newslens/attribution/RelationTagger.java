package org.newslens.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the two taggers over an article: cues first (per paragraph), then, for each cue, its source and content
 * inside the cue's window. Then makes the result univocal as PolNeAR annotates it: a cue inside another relation's
 * content belongs to that content ("AFP reported that Rouhani asked ..." is one relation, AFP's), and a token
 * claimed by two relations goes to the nearer cue.
 */
final class RelationTagger {
    private RelationTagger() {
    }

    /** A relation in token indices; every range is [start, end). */
    record Tagged(int cueStart, int cueEnd, List<int[]> sources, List<int[]> contents, float cueScore) {
    }

    /**
     * Added to the "outside" label's score before decoding cues. The tagger, trained to fit every token, is
     * conservative: on a fifth of PolNeAR train held out from training, -20 (about a fifth of a typical cue's
     * margin) raised cue recall 0.58 to 0.61 for 0.04 of precision, and source exact F1 by 0.01; -40 lost F1.
     */
    static final float CUE_BIAS = bias("cue", -20f);
    /** The same for the role tagger: more sources and contents found around each cue (+0.005 source exact F1). */
    static final float ROLE_BIAS = bias("role", -20f);

    /** A bias, overridable by the system property {@code newslens.attribution.<name>Bias} for experiments. */
    private static float bias(String name, float standard) {
        String v = System.getProperty("newslens.attribution." + name + "Bias");
        return v == null ? standard : Float.parseFloat(v);
    }

    /** The cue spans, each as {start, end, score * 1000}; {@code bias} goes to the outside label ({@link #CUE_BIAS}). */
    static List<int[]> cues(TokenSheet s, LinearChain chain, float bias) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.n) {
            int j = i;
            while (j < s.n && s.paragraph[j] == s.paragraph[i]) {
                j++;
            }
            int[][] features = new int[j - i][];
            for (int t = i; t < j; t++) {
                features[t - i] = CueFeatures.of(s, t);
            }
            float[][] e = new float[j - i][chain.labelCount()];
            int[] labels = chain.decode(features, e, bias);
            for (int[] span : spans(labels, 1, 2)) {
                float score = 0;
                for (int t = span[0]; t < span[1]; t++) {
                    score += e[t][labels[t]] - e[t][0];
                }
                out.add(new int[] {span[0] + i, span[1] + i, Math.round(1000 * score / (span[1] - span[0]))});
            }
            i = j;
        }
        return out;
    }

    /**
     * At most this many cues per sentence go to the role tagger, the strongest first. News sentences hold one or
     * two; the cap keeps a pathological "sentence" (2 MB of text without a full stop) from costing a role-tagger
     * window per word.
     */
    static final int MAX_CUES_PER_SENTENCE = 6;

    static List<Tagged> tag(TokenSheet s, AttributionModel model) {
        SpeakerLabels.Layout layout = SpeakerLabels.find(s).plus(ReportNouns.find(s));
        List<int[]> cues = cues(s, model.cues, CUE_BIAS);
        boolean[] isCue = new boolean[s.n];
        for (int[] c : cues) {
            Arrays.fill(isCue, c[0], c[1], true);
        }
        cues.addAll(CueRules.find(s, isCue));
        cues.sort((a, b) -> Integer.compare(a[0], b[0]));
        cues = strongest(s, cues);
        Arrays.fill(isCue, false);
        for (int[] c : cues) {
            Arrays.fill(isCue, c[0], c[1], true);
        }
        List<Tagged> tagged = new ArrayList<>();
        for (int[] c : cues) {
            RoleFeatures.Window w = RoleFeatures.window(s, c[0], c[1]);
            int[] labels = model.roles.decode(RoleFeatures.of(s, w, isCue), null, ROLE_BIAS);
            List<int[]> sources = shift(spans(labels, 1, 2), w.start());
            List<int[]> contents = shift(spans(labels, 3, 4), w.start());
            tagged.add(new Tagged(c[0], c[1], sources, contents, c[2] / 1000f));
        }
        List<Tagged> repaired = EmptyContents.repair(s, tagged);
        return SpeakerLabels.merge(s.n, Frames.apply(s, univocal(s.n, trimmedAtOtherSentences(s, repaired))), layout);
    }

    /** The cues, at most {@link #MAX_CUES_PER_SENTENCE} per sentence (the highest scores), in text order. */
    private static List<int[]> strongest(TokenSheet s, List<int[]> cues) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < cues.size()) {
            int j = i;
            while (j < cues.size() && s.sentence[cues.get(j)[0]] == s.sentence[cues.get(i)[0]]) {
                j++;
            }
            List<int[]> sentence = new ArrayList<>(cues.subList(i, j));
            if (sentence.size() > MAX_CUES_PER_SENTENCE) {
                sentence.sort((a, b) -> Integer.compare(b[2], a[2]));
                sentence = new ArrayList<>(sentence.subList(0, MAX_CUES_PER_SENTENCE));
                sentence.sort((a, b) -> Integer.compare(a[0], b[0]));
            }
            out.addAll(sentence);
            i = j;
        }
        return out;
    }

    /**
     * A content that runs into another sentence holding a cue of its own, outside any quotation, stops short of
     * that sentence: the other cue opens a new report ("X said A. Y argued B.") rather than being said by X. Within
     * a quotation the words are the speaker's own, cues included, so nothing is cut there. (On a fifth of PolNeAR
     * train held out: content exact F1 +0.004, the rest unchanged.)
     */
    static List<Tagged> trimmedAtOtherSentences(TokenSheet s, List<Tagged> tagged) {
        // Relations come in cue order and a content lies in its cue's window: look only at the cues within the
        // content's reach, so a long text with a cue in every sentence stays linear.
        List<Tagged> out = new ArrayList<>(tagged.size());
        for (int k = 0; k < tagged.size(); k++) {
            Tagged a = tagged.get(k);
            if (a.contents().isEmpty()) {
                out.add(a);
                continue;
            }
            int firstSentence = s.sentence[a.contents().get(0)[0]];
            int lastSentence = s.sentence[a.contents().get(a.contents().size() - 1)[1] - 1];
            int cueSentence = s.sentence[a.cueStart()];
            int from = 0;
            int to = s.n;
            for (int b = k + 1; b < tagged.size() && s.sentence[tagged.get(b).cueStart()] <= lastSentence; b++) {
                int other = s.sentence[tagged.get(b).cueStart()];
                if (other != cueSentence && s.quotes.inside[tagged.get(b).cueStart()] < 0) {
                    to = s.sentenceStart[other];
                    break;
                }
            }
            for (int b = k - 1; b >= 0 && s.sentence[tagged.get(b).cueStart()] >= firstSentence; b--) {
                int other = s.sentence[tagged.get(b).cueStart()];
                if (other != cueSentence && s.quotes.inside[tagged.get(b).cueStart()] < 0) {
                    from = s.sentenceEnd[other];
                    break;
                }
            }
            if (from == 0 && to == s.n) {
                out.add(a);
                continue;
            }
            List<int[]> contents = new ArrayList<>();
            for (int[] c : a.contents()) {
                int start = Math.max(c[0], from);
                int end = Math.min(c[1], to);
                if (end > start) {
                    contents.add(new int[] {start, end});
                }
            }
            out.add(new Tagged(a.cueStart(), a.cueEnd(), a.sources(), contents, a.cueScore()));
        }
        return out;
    }

    /** Drops relations whose cue lies in another's content; gives each doubly claimed token to the nearer cue. */
    static List<Tagged> univocal(int n, List<Tagged> tagged) {
        // Relations come in cue order, and a content lies within its cue's window: compare each relation only with
        // the cues inside its contents' reach, found by binary search, so long texts stay linear.
        int[] cueStarts = new int[tagged.size()];
        for (int r = 0; r < tagged.size(); r++) {
            cueStarts[r] = tagged.get(r).cueStart();
        }
        boolean[] drop = new boolean[tagged.size()];
        for (int a = 0; a < tagged.size(); a++) {
            if (drop[a] || tagged.get(a).contents().isEmpty()) {
                continue;
            }
            List<int[]> contents = tagged.get(a).contents();
            int from = contents.get(0)[0];
            int to = contents.get(contents.size() - 1)[1];
            int b = lowerBound(cueStarts, from);
            for (; b < tagged.size() && cueStarts[b] < to; b++) {
                if (b != a && inside(cueStarts[b], contents)) {
                    boolean mutual = inside(tagged.get(a).cueStart(), tagged.get(b).contents());
                    if (!mutual || tagged.get(a).cueScore() >= tagged.get(b).cueScore()) {
                        drop[b] = true;
                    }
                }
            }
        }
        int[] owner = new int[n];
        int[] distance = new int[n];
        Arrays.fill(owner, -1);
        Arrays.fill(distance, Integer.MAX_VALUE);
        for (int r = 0; r < tagged.size(); r++) {
            if (drop[r]) {
                continue;
            }
            Tagged t = tagged.get(r);
            Arrays.fill(owner, t.cueStart(), t.cueEnd(), -2);
            for (List<int[]> role : List.of(t.sources(), t.contents())) {
                for (int[] span : role) {
                    for (int i = span[0]; i < span[1]; i++) {
                        int d = i < t.cueStart() ? t.cueStart() - i : i - t.cueEnd();
                        if (owner[i] != -2 && d < distance[i]) {
                            distance[i] = d;
                            owner[i] = r;
                        }
                    }
                }
            }
        }
        // A subject shared by coordinated or participial cues ("X said ..., adding ...") is each one's source, as
        // PolNeAR annotates it (one in eight sourced relations in train shares its source span): a source token
        // stays with every relation that claims it as source unless it is a cue or some relation's content.
        boolean[] content = new boolean[n];
        for (int r = 0; r < tagged.size(); r++) {
            if (!drop[r]) {
                for (int[] span : tagged.get(r).contents()) {
                    for (int i = span[0]; i < span[1]; i++) {
                        content[i] |= owner[i] == r;
                    }
                }
            }
        }
        List<Tagged> out = new ArrayList<>();
        for (int r = 0; r < tagged.size(); r++) {
            if (drop[r]) {
                continue;
            }
            Tagged t = tagged.get(r);
            out.add(new Tagged(t.cueStart(), t.cueEnd(), sharedSources(t.sources(), owner, content),
                    owned(t.contents(), owner, r),
                    t.cueScore()));
        }
        return out;
    }

    private static int lowerBound(int[] sorted, int key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static boolean inside(int token, List<int[]> spans) {
        for (int[] s : spans) {
            if (token >= s[0] && token < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** The source fragments less the tokens that are a cue or another relation's content. */
    private static List<int[]> sharedSources(List<int[]> spans, int[] owner, boolean[] content) {
        return kept(spans, i -> owner[i] != -2 && !content[i]);
    }

    private static List<int[]> owned(List<int[]> spans, int[] owner, int r) {
        return kept(spans, i -> owner[i] == r);
    }

    /** The runs of tokens in {@code spans} that pass {@code keep}: each span split wherever a token fails it. */
    static List<int[]> kept(List<int[]> spans, java.util.function.IntPredicate keep) {
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int i = s[0];
            while (i < s[1]) {
                while (i < s[1] && !keep.test(i)) {
                    i++;
                }
                int j = i;
                while (j < s[1] && keep.test(j)) {
                    j++;
                }
                if (j > i) {
                    out.add(new int[] {i, j});
                }
                i = j;
            }
        }
        return out;
    }

    /** The [start, end) ranges labelled {@code begin} followed by any number of {@code inside}. */
    static List<int[]> spans(int[] labels, int begin, int inside) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < labels.length) {
            if (labels[i] == begin) {
                int j = i + 1;
                while (j < labels.length && labels[j] == inside) {
                    j++;
                }
                out.add(new int[] {i, j});
                i = j;
            } else {
                i++;
            }
        }
        return out;
    }

    private static List<int[]> shift(List<int[]> spans, int by) {
        for (int[] s : spans) {
            s[0] += by;
            s[1] += by;
        }
        return spans;
    }
}
