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

    /**
     * The span model's token probabilities for every training article, each from a span model trained on the other
     * folds: what the span model says on text it has not seen.
     */
    static List<double[]> crossFitted(List<TechniqueTrainer.Document> docs, Lexicon lexicon, PrintWriter log) {
        double[][] out = new double[docs.size()][];
        for (int fold = 0; fold < FOLDS; fold++) {
            List<TechniqueTrainer.Document> rest = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                if (i % FOLDS != fold) {
                    rest.add(docs.get(i));
                }
            }
            LinearModel spans = TechniqueTrainer.trainSpans(rest, lexicon, log);
            TechniqueModel partial = new TechniqueModel(java.util.Map.of(), spans, null, null, CANDIDATES, null);
            for (int i = fold; i < docs.size(); i += FOLDS) {
                ArticleView view = TechniqueTrainer.view(docs.get(i), lexicon);
                out[i] = TechniqueFinder.tokenProbabilities(partial, view, new SpanFeatures(view));
            }
        }
        return List.of(out);
    }

    /**
     * Trains the filter on the candidates decoded from {@code probabilities} (cross-fitted token probabilities, one
     * array per article).
     */
    static LinearModel train(List<TechniqueTrainer.Document> docs, List<double[]> probabilities, Lexicon lexicon,
            PrintWriter log) {
        List<int[]> examples = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int positive = 0;
        for (int di = 0; di < docs.size(); di++) {
            TechniqueTrainer.Document d = docs.get(di);
            ArticleView view = TechniqueTrainer.view(d, lexicon);
            SpanFeatures spanFeatures = new SpanFeatures(view);
            double[] p = probabilities.get(di);
            List<SpanDecoder.TokenSpan> found = CANDIDATES.decode(view, p);
            TechniqueFeatures features = new TechniqueFeatures(view, spanFeatures.facts(),
                    TechniqueFeatures.FILTER_CONTEXT);
            features.peers(TechniqueFinder.offsets(view, found));
            Features.Hashed hashed = new Features.Hashed(CandidateFeatures.DIM);
            embeddings.addAll(List.of(TechniqueFinder.embeddings(view, found, SpanEncoder.MAX_SPANS)));
            for (SpanDecoder.TokenSpan ts : found) {
                CandidateFeatures.candidate(view, features, ts, p, hashed);
                examples.add(hashed.toArray());
                boolean hit = overlapsGold(view.starts[ts.first()], view.ends[ts.last()], d.gold());
                labels.add(hit ? 1 : 0);
                positive += hit ? 1 : 0;
            }
        }
        log.printf(Locale.ROOT, "candidate filter: %d cross-fitted candidates, %.1f%% overlap a gold span%n",
                examples.size(), 100.0 * positive / Math.max(1, examples.size()));
        log.flush();
        LinearModel filter = new LinearModel(1, CandidateFeatures.DIM, SpanEncoder.INPUTS);
        filter.train(examples.toArray(new int[0][]), embeddings.toArray(new float[0][]), 0,
                labels.stream().mapToInt(Integer::intValue).toArray(), null, EPOCHS, RATE, L2, TechniqueTrainer.SEED);
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
