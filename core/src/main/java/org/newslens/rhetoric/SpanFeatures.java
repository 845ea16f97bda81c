package org.newslens.rhetoric;

/**
 * Features of one token for the span model (is this token inside a persuasive span?): the word and its neighbours,
 * lexicon flags around it, and what its sentence and the article hold (strong words, questions, exclamations,
 * quotation marks, cue words, repetition). Names count only as their type.
 */
final class SpanFeatures {
    /** Hash buckets of the span model: 2^21 keeps collisions rare for the ~1M features PTC train yields. */
    static final int DIM = 1 << 21;

    /** Flags worth seeing on the neighbours too (the rest only on the token itself). */
    private static final int NEIGHBOUR_FLAGS = Lexicon.STRONG_SUBJECTIVE | Lexicon.NEGATIVE | Lexicon.POSITIVE
            | Lexicon.BOOSTER | Lexicon.VALUE_LADEN | Lexicon.CUE_EXTREME;

    private final ArticleView view;
    private final SentenceFacts facts;

    SpanFeatures(ArticleView view) {
        this.view = view;
        this.facts = new SentenceFacts(view);
    }

    SentenceFacts facts() {
        return facts;
    }

    void token(int i, Features.Sink sink) {
        String[] norms = view.norms;
        int s = view.sentence[i];
        int first = view.sentenceStarts[s];
        int last = view.sentenceStarts[s + 1] - 1;
        sink.add("b", "");
        String w = norms[i];
        sink.add("w", w);
        String prev = i > first ? norms[i - 1] : "<s>";
        String next = i < last ? norms[i + 1] : "</s>";
        sink.add("w-1", prev);
        sink.add("w+1", next);
        sink.add("w-2", i - 1 > first ? norms[i - 2] : "<s>");
        sink.add("w+2", i + 1 < last ? norms[i + 2] : "</s>");
        sink.add("w-1w", prev + " " + w);
        sink.add("ww+1", w + " " + next);
        if (view.entityType[i] == null && w.length() > 4) {
            sink.add("suf", w.substring(w.length() - 3));
        }
        // A name's look ("McCain", "AT&T") would tell one side from another; it reads as its mask.
        sink.add("shape", view.entityType[i] != null ? view.entityType[i]
                : shape(view.text, view.starts[i], view.ends[i]));
        flags("f", view.flags[i], -1, sink);
        if (i > first) {
            flags("f-1", view.flags[i - 1], NEIGHBOUR_FLAGS, sink);
        }
        if (i < last) {
            flags("f+1", view.flags[i + 1], NEIGHBOUR_FLAGS, sink);
        }
        int count = view.count(w);
        if (view.entityType[i] == null && w.length() > 3 && !Stopwords.is(w) && count > 1) {
            sink.add("rep", bucket(count, 2, 3, 5, 9));
        }
        if (i < last && view.entityType[i] == null && view.countBigram(i) > 1) {
            sink.add("rep2", view.countBigram(i) > 2 ? "3+" : "2");
        }
        if (i > first && view.entityType[i - 1] == null && view.countBigram(i - 1) > 1) {
            sink.add("rep2-1", "");
        }
        sink.add("inq", facts.insideQuotes(i) ? "y" : "n");
        int length = last - first + 1;
        int position = i - first;
        sink.add("pos", position == 0 ? "first" : position == length - 1 ? "last"
                : position * 4 / Math.max(1, length) + "");
        facts.sentence(s, sink);
    }

    static void flags(String name, int flags, int mask, Features.Sink sink) {
        int f = flags & mask;
        for (int b = 0; f != 0 && b < Lexicon.FLAG_COUNT; b++) {
            if ((f & (1 << b)) != 0) {
                sink.add(name, Lexicon.FLAG_NAMES[b]);
            }
        }
    }

    static String bucket(int n, int... bounds) {
        for (int b = bounds.length - 1; b >= 0; b--) {
            if (n >= bounds[b]) {
                return bounds[b] + "+";
            }
        }
        return "<" + bounds[0];
    }

    /** The look of a token: case pattern and character classes, runs collapsed ("Xx", "x-x", "d.d"). */
    static String shape(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(4);
        char previous = 0;
        for (int i = start; i < end && sb.length() < 5; i++) {
            char c = text.charAt(i);
            char k = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
            if (k != previous) {
                sb.append(k);
                previous = k;
            }
        }
        return sb.toString();
    }
}
