package org.newslens.rhetoric;

/**
 * Per-sentence facts the token and span features share, computed once per article: counts of strong and negative
 * words, question and exclamation marks, quotation marks, which cue lists occur, length; and for each token whether
 * it sits between quotation marks.
 */
final class SentenceFacts {
    private final ArticleView view;
    private final int[] strong;
    private final int[] negative;
    private final int[] cueFlags;
    private final boolean[] question;
    private final boolean[] exclamation;
    private final boolean[] quoted;
    private final boolean[] insideQuotes;

    SentenceFacts(ArticleView view) {
        this.view = view;
        int n = view.sentenceCount();
        strong = new int[n];
        negative = new int[n];
        cueFlags = new int[n];
        question = new boolean[n];
        exclamation = new boolean[n];
        quoted = new boolean[n];
        insideQuotes = new boolean[view.size()];
        for (int s = 0; s < n; s++) {
            boolean open = false;
            for (int i = view.sentenceStarts[s]; i < view.sentenceStarts[s + 1]; i++) {
                int f = view.flags[i];
                if ((f & Lexicon.STRONG_SUBJECTIVE) != 0) {
                    strong[s]++;
                }
                if ((f & Lexicon.NEGATIVE) != 0) {
                    negative[s]++;
                }
                cueFlags[s] |= f;
                String w = view.lower[i];
                if (w.equals("?")) {
                    question[s] = true;
                } else if (w.equals("!")) {
                    exclamation[s] = true;
                } else if (w.equals("\"")) {
                    quoted[s] = true;
                    open = !open;
                    continue;
                }
                insideQuotes[i] = open;
            }
        }
    }

    /** Article-wide shares, bucketed: some articles persuade throughout, others barely; a prior for every token. */
    private String[] articleFeatures;

    private String[] articleFeatures() {
        if (articleFeatures == null) {
            int tokens = Math.max(1, view.size());
            int strongTotal = 0;
            int negativeTotal = 0;
            int marks = 0;
            for (int s = 0; s < strong.length; s++) {
                strongTotal += strong[s];
                negativeTotal += negative[s];
                marks += (question[s] ? 1 : 0) + (exclamation[s] ? 1 : 0);
            }
            articleFeatures = new String[] {
                SpanFeatures.bucket(1000 * strongTotal / tokens, 0, 10, 20, 30, 40, 55),
                SpanFeatures.bucket(1000 * negativeTotal / tokens, 0, 10, 20, 30, 45),
                SpanFeatures.bucket(100 * marks / Math.max(1, strong.length), 0, 5, 10, 20, 35)};
        }
        return articleFeatures;
    }

    boolean insideQuotes(int token) {
        return insideQuotes[token];
    }

    boolean question(int s) {
        return question[s];
    }

    boolean exclamation(int s) {
        return exclamation[s];
    }

    /** Features of sentence {@code s}, shared by every token and span in it. */
    void sentence(int s, Features.Sink sink) {
        sink.add("s.strong", SpanFeatures.bucket(strong[s], 0, 1, 2, 3, 5));
        sink.add("s.neg", SpanFeatures.bucket(negative[s], 0, 1, 2, 4));
        int length = view.sentenceStarts[s + 1] - view.sentenceStarts[s];
        sink.add("s.len", SpanFeatures.bucket(length, 0, 6, 12, 25, 40, 60));
        if (question[s]) {
            sink.add("s.q", "");
        }
        if (exclamation[s]) {
            sink.add("s.!", "");
        }
        if (quoted[s]) {
            sink.add("s.quote", "");
        }
        if (s == 0) {
            sink.add("s.first", "");
        }
        String[] article = articleFeatures();
        sink.add("a.strong", article[0]);
        sink.add("a.neg", article[1]);
        sink.add("a.marks", article[2]);
        SpanFeatures.flags("s.cue", cueFlags[s], ~Lexicon.PUBLISHED, sink);
    }
}
