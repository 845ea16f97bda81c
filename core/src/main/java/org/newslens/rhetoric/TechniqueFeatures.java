package org.newslens.rhetoric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Features of a span for the technique model (which technique does this span use?): its words and word pairs, its
 * first and last words, its length, the words just around it and the rest of its sentence, lexicon flags counted over
 * it, whether its wording recurs in the article, its punctuation and capitals. Names count only as their type.
 */
final class TechniqueFeatures {
    /** Hash buckets per class: 2^18 holds the ~150,000 features PTC train yields with few collisions. */
    static final int DIM = 1 << 18;
    /** Long spans contribute their first and last words only: bounded cost on a run-on sentence. */
    private static final int MAX_SPAN_WORDS = 60;
    /**
     * Words on either side of a span read as its context by the technique model: 5 gave dev accuracy 0.596 against
     * 0.563 for 30; the embedding of the span with its context carries the rest.
     */
    static final int TECHNIQUE_CONTEXT = 5;
    /** The same for the candidate filter, which gains from more context (dev span F1 0.373 against 0.370 with 5). */
    static final int FILTER_CONTEXT = 30;

    private final ArticleView view;
    private final SentenceFacts facts;
    /** How often each normalised phrase of one to four words occurs, filled lazily for the repetition feature. */
    private Map<String, Integer> phraseCounts;

    /** The other spans being classified in this article, as {start, end} offsets, with their wording. */
    private List<int[]> peers = List.of();
    private Map<String, Integer> peerTexts = Map.of();

    private final int context;

    /** Features for the technique model. */
    TechniqueFeatures(ArticleView view, SentenceFacts facts) {
        this(view, facts, TECHNIQUE_CONTEXT);
    }

    /** @param context words on either side read as context */
    TechniqueFeatures(ArticleView view, SentenceFacts facts, int context) {
        this.view = view;
        this.facts = facts;
        this.context = context;
    }

    /**
     * Sets the spans classified together with the coming ones (all spans flagged in the article, or the gold spans
     * in the corpus task): a span whose wording another one repeats, or that sits inside another, reads differently.
     */
    void peers(List<int[]> spans) {
        peers = List.copyOf(spans);
        peerTexts = new HashMap<>();
        for (int[] s : spans) {
            peerTexts.merge(wording(s[0], s[1]), 1, Integer::sum);
        }
    }

    private String wording(int start, int end) {
        return view.text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
    }

    private void peerFeatures(int start, int end, Features.Sink sink) {
        if (peers.isEmpty()) {
            return;
        }
        int same = peerTexts.getOrDefault(wording(start, end), 1) - 1;
        sink.add("peer-same", same == 0 ? "0" : same == 1 ? "1" : "2+");
        boolean inside = false;
        boolean holds = false;
        for (int[] p : peers) {
            if (p[0] == start && p[1] == end) {
                continue;
            }
            inside |= p[0] <= start && p[1] >= end;
            holds |= p[0] >= start && p[1] <= end;
        }
        if (inside) {
            sink.add("peer-in", "");
        }
        if (holds) {
            sink.add("peer-holds", "");
        }
    }

    /** Features of the span from token {@code a} up to {@code b} (exclusive), {@code b > a}. */
    void span(int a, int b, int charLength, Features.Sink sink) {
        span(a, b, view.starts[a], view.starts[a] + charLength, sink);
    }

    /** As above, with the span's own character offsets (they may cut into a token). */
    void span(int a, int b, int start, int end, Features.Sink sink) {
        int charLength = view.maskedLength(start, end);
        peerFeatures(start, end, sink);
        String[] norms = view.norms;
        sink.add("b", "");
        int n = b - a;
        for (int i = a; i < b; i++) {
            if (i == a + MAX_SPAN_WORDS / 2) {
                // Long spans: the first and the last words only.
                i = Math.max(i, b - MAX_SPAN_WORDS / 2);
            }
            sink.add("w", norms[i]);
            if (i + 1 < b) {
                sink.add("ww", norms[i] + " " + norms[i + 1]);
            }
        }
        sink.add("first", norms[a]);
        sink.add("last", norms[b - 1]);
        sink.add("ntok", SpanFeatures.bucket(n, 1, 2, 3, 4, 6, 9, 14, 20, 30));
        sink.add("nchar", SpanFeatures.bucket(charLength, 1, 8, 16, 25, 40, 60, 90, 130, 200));
        int s = view.sentence[a];
        int first = view.sentenceStarts[s];
        int last = view.sentenceStarts[s + 1];
        sink.add("w-1", a > first ? norms[a - 1] : "<s>");
        sink.add("w-2", a - 1 > first ? norms[a - 2] : "<s>");
        sink.add("w+1", b < last ? norms[b] : "</s>");
        sink.add("w+2", b + 1 < last ? norms[b + 1] : "</s>");
        int sentenceLength = last - first;
        double covered = n / (double) Math.max(1, sentenceLength);
        sink.add("cover", covered >= 0.9 ? "all" : covered >= 0.5 ? "most" : covered >= 0.2 ? "part" : "little");
        // The nearest words of the sentence on either side: bounded work per span even in a run-on sentence.
        for (int i = a - 1; i >= first && i >= a - context; i--) {
            sink.add("ctx", norms[i]);
        }
        for (int i = b; i < last && i < b + context; i++) {
            sink.add("ctx", norms[i]);
        }
        int[] flagCounts = new int[Lexicon.FLAG_COUNT];
        int capitalised = 0;
        int allCaps = 0;
        boolean number = false;
        boolean exclamation = false;
        boolean superlative = false;
        for (int i = a; i < b && i < a + MAX_SPAN_WORDS; i++) {
            int f = view.flags[i];
            for (int k = 0; f != 0 && k < Lexicon.FLAG_COUNT; k++) {
                if ((f & (1 << k)) != 0) {
                    flagCounts[k]++;
                }
            }
            String w = view.lower[i];
            char c = view.text.charAt(view.starts[i]);
            if (Character.isUpperCase(c) && view.entityType[i] == null) {
                capitalised++;
                if (w.length() > 1 && view.text.substring(view.starts[i], view.ends[i]).equals(w.toUpperCase())) {
                    allCaps++;
                }
            }
            number |= Character.isDigit(c);
            exclamation |= w.equals("!");
            superlative |= w.endsWith("est") && w.length() > 5 || w.equals("most") || w.equals("least");
        }
        for (int k = 0; k < Lexicon.FLAG_COUNT; k++) {
            if (flagCounts[k] > 0) {
                sink.add("flag", Lexicon.FLAG_NAMES[k] + (flagCounts[k] > 1 ? "+" : ""));
            }
        }
        if (capitalised > 0) {
            sink.add("caps", capitalised == n ? "all-words" : "some");
        }
        if (allCaps > 0) {
            sink.add("shout", "");
        }
        if (number) {
            sink.add("number", "");
        }
        if (exclamation || facts.exclamation(s)) {
            sink.add("exclaim", exclamation ? "span" : "sentence");
        }
        if (facts.question(s)) {
            sink.add("question", "");
        }
        if (superlative) {
            sink.add("superlative", "");
        }
        if (facts.insideQuotes(a)) {
            sink.add("quoted", "");
        }
        if (a > 0 && view.lower[a - 1].equals("\"") && b < view.size() && view.lower[b].equals("\"")) {
            sink.add("in-marks", "");
        }
        boolean names = false;
        for (int i = a; i < b && i < a + MAX_SPAN_WORDS; i++) {
            if (view.entityType[i] != null) {
                names = true;
                sink.add("name", view.entityType[i]);
            }
        }
        if (!names) {
            sink.add("name", "none");
        }
        int repeats = repeats(a, b);
        sink.add("rep", SpanFeatures.bucket(repeats, 1, 2, 3, 4, 6));
        sink.add("repw", SpanFeatures.bucket(contentRepeats(a, b), 0, 1, 2, 3, 5, 8));
        for (int i = a; i < b && i < a + MAX_SPAN_WORDS; i++) {
            String w = norms[i];
            if (view.entityType[i] == null && w.length() > 5) {
                sink.add("suf", w.substring(w.length() - 3));
            }
        }
        if (s == 0) {
            sink.add("title", "");
        }
    }

    /** Longest phrase whose recurrence is counted: PTC's repeated phrases are short (median 13 characters). */
    static final int MAX_REPEATED_WORDS = 6;

    /**
     * How often the span's words (up to {@link #MAX_REPEATED_WORDS}) occur in this order in the article, itself
     * included. Counted over the words as written, names too: swapping two names keeps every count.
     */
    private int repeats(int a, int b) {
        if (b - a > MAX_REPEATED_WORDS) {
            return 1;
        }
        if (phraseCounts == null) {
            phraseCounts = new HashMap<>();
            for (int i = 0; i < view.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < Math.min(view.size(), i + MAX_REPEATED_WORDS); k++) {
                    sb.append(k > i ? " " : "").append(view.lower[k]);
                    phraseCounts.merge(sb.toString(), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            sb.append(k > a ? " " : "").append(view.lower[k]);
        }
        return phraseCounts.getOrDefault(sb.toString(), 1);
    }

    /** The highest article count among the span's content words. */
    private int contentRepeats(int a, int b) {
        int max = 0;
        for (int i = a; i < b && i < a + MAX_SPAN_WORDS; i++) {
            String w = view.lower[i];
            if (w.length() > 3 && !Stopwords.is(w)) {
                max = Math.max(max, view.countLower(w));
            }
        }
        return max;
    }
}
