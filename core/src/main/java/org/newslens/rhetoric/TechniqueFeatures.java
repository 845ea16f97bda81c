package org.newslens.rhetoric;

import java.util.HashMap;
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
    private static final int MAX_CONTEXT_WORDS = 60;

    private final ArticleView view;
    private final SentenceFacts facts;
    /** How often each normalised phrase of one to four words occurs, filled lazily for the repetition feature. */
    private Map<String, Integer> phraseCounts;

    TechniqueFeatures(ArticleView view, SentenceFacts facts) {
        this.view = view;
        this.facts = facts;
    }

    /** Features of the span from token {@code a} up to {@code b} (exclusive), {@code b > a}. */
    void span(int a, int b, int charLength, Features.Sink sink) {
        String[] norms = view.norms;
        sink.add("b", "");
        int n = b - a;
        for (int i = a; i < b; i++) {
            if (i - a < MAX_SPAN_WORDS / 2 || b - i <= MAX_SPAN_WORDS / 2) {
                sink.add("w", norms[i]);
                if (i + 1 < b) {
                    sink.add("ww", norms[i] + " " + norms[i + 1]);
                }
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
        int context = 0;
        for (int i = first; i < last && context < MAX_CONTEXT_WORDS; i++) {
            if (i < a || i >= b) {
                sink.add("ctx", norms[i]);
                context++;
            }
        }
        int[] flagCounts = new int[Lexicon.FLAG_COUNT];
        int capitalised = 0;
        int allCaps = 0;
        boolean number = false;
        boolean exclamation = false;
        boolean superlative = false;
        for (int i = a; i < b; i++) {
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
        for (int i = a; i < b; i++) {
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
        if (n == 1) {
            sink.add("rep1", SpanFeatures.bucket(view.count(norms[a]), 1, 2, 3, 5));
        }
        if (s == 0) {
            sink.add("title", "");
        }
    }

    /** How often the span's words (up to four) occur in this order in the article, itself included. */
    private int repeats(int a, int b) {
        if (b - a > 4) {
            return 1;
        }
        if (phraseCounts == null) {
            phraseCounts = new HashMap<>();
            for (int i = 0; i < view.size(); i++) {
                StringBuilder sb = new StringBuilder();
                for (int k = i; k < Math.min(view.size(), i + 4); k++) {
                    sb.append(k > i ? " " : "").append(view.norms[k]);
                    phraseCounts.merge(sb.toString(), 1, Integer::sum);
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = a; k < b; k++) {
            sb.append(k > a ? " " : "").append(view.norms[k]);
        }
        return phraseCounts.getOrDefault(sb.toString(), 1);
    }
}
