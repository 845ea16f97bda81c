package org.newslens.rhetoric;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Trains the candidate filter on spans the span model decodes from articles it did not see: the training articles
 * are cut into folds, a span model is trained on all folds but one and decodes that one (cross-fitting), so that the
 * filter learns from false alarms as they happen on new text rather than on memorised text.
 */
final class FilterTrainer {
    static final int FOLDS = 3;
    /** A permissive decoder: the filter, not the span threshold, should have the last word. */
    static final SpanDecoder CANDIDATES = new SpanDecoder(0.15, 0.05, 3, 0);
    static final int EPOCHS = 6;
    static final double RATE = 0.05;
    static final double L2 = 1e-4;

    private FilterTrainer() {
    }

    static LinearModel train(List<TechniqueTrainer.Document> docs, Lexicon lexicon, PrintWriter log) {
        List<int[]> examples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int positive = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TechniqueTrainer.Document> rest = new ArrayList<>();
            List<TechniqueTrainer.Document> held = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                (i % FOLDS == fold ? held : rest).add(docs.get(i));
            }
            LinearModel spans = TechniqueTrainer.trainSpans(rest, lexicon, log);
            TechniqueModel partial = new TechniqueModel(java.util.Map.of(), spans, null, null, CANDIDATES, null);
            for (TechniqueTrainer.Document d : held) {
                ArticleView view = TechniqueTrainer.view(d, lexicon);
                SpanFeatures spanFeatures = new SpanFeatures(view);
                double[] p = TechniqueFinder.tokenProbabilities(partial, view, spanFeatures);
                List<SpanDecoder.TokenSpan> found = CANDIDATES.decode(view, p);
                TechniqueFeatures features = new TechniqueFeatures(view, spanFeatures.facts(),
                        TechniqueFeatures.FILTER_CONTEXT);
                features.peers(TechniqueFinder.offsets(view, found));
                Features.Hashed hashed = new Features.Hashed(CandidateFeatures.DIM);
                for (SpanDecoder.TokenSpan ts : found) {
                    CandidateFeatures.candidate(view, features, ts, p, hashed);
                    examples.add(hashed.toArray());
                    boolean hit = overlapsGold(view.starts[ts.first()], view.ends[ts.last()], d.gold());
                    labels.add(hit ? 1 : 0);
                    positive += hit ? 1 : 0;
                }
            }
        }
        log.printf(Locale.ROOT, "candidate filter: %d cross-fitted candidates, %.1f%% overlap a gold span%n",
                examples.size(), 100.0 * positive / Math.max(1, examples.size()));
        log.flush();
        LinearModel filter = new LinearModel(1, CandidateFeatures.DIM);
        filter.train(examples.toArray(new int[0][]), labels.stream().mapToInt(Integer::intValue).toArray(), null,
                EPOCHS, RATE, L2, TechniqueTrainer.SEED);
        return filter;
    }

    static boolean overlapsGold(int start, int end, List<TechniqueTrainer.Gold> gold) {
        for (TechniqueTrainer.Gold g : gold) {
            if (Math.min(end, g.end()) > Math.max(start, g.start())) {
                return true;
            }
        }
        return false;
    }
}
