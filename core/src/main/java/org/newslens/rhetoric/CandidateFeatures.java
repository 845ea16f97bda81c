package org.newslens.rhetoric;

/**
 * Features of a decoded span for the candidate filter (does it overlap a persuasive span at all?): everything the
 * technique model reads of a span, plus how sure the span model was of its tokens.
 */
final class CandidateFeatures {
    /** Hash buckets of the filter: a few thousand candidates per fold need no more. */
    static final int DIM = 1 << 19;

    private CandidateFeatures() {
    }

    static void candidate(ArticleView view, TechniqueFeatures features, SpanDecoder.TokenSpan ts, double[] p,
            Features.Sink sink) {
        features.span(ts.first(), ts.last() + 1, view.starts[ts.first()], view.ends[ts.last()], sink);
        double max = 0;
        double min = 1;
        for (int i = ts.first(); i <= ts.last(); i++) {
            max = Math.max(max, p[i]);
            min = Math.min(min, p[i]);
        }
        sink.add("p.mean", bin(ts.confidence()));
        sink.add("p.max", bin(max));
        sink.add("p.min", bin(min));
    }

    /** Tenths of a probability. */
    private static String bin(double x) {
        return Integer.toString((int) Math.min(9, Math.floor(x * 10)));
    }
}
