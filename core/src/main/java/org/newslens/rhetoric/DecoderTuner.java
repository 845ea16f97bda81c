package org.newslens.rhetoric;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the span decoder's thresholds and the filter's keep threshold with the best span-overlap F1 on the tuning
 * articles (PTC dev), by grid search: token probabilities and candidates are computed once per setting.
 */
final class DecoderTuner {
    /** How far below the threshold a bridging token may fall, in hundredths (100: any token bridges). */
    static final int[] DROPS = {0, 5, 10, 20, 100};
    /** Gaps, in tokens, that may be bridged: wide gaps join a sentence's findings into one span. */
    static final int[] GAPS = {0, 1, 2, 3, 5, 8, 12, 20};

    private DecoderTuner() {
    }

    /** A decoded span with its filter probability. */
    private record Scored(int start, int end, double keep) {
    }

    static SpanDecoder tune(TechniqueModel model, List<TechniqueTrainer.Document> docs, PrintWriter log) {
        List<ArticleView> views = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        for (TechniqueTrainer.Document d : docs) {
            ArticleView view = TechniqueTrainer.view(d, model.lexicon);
            views.add(view);
            probabilities.add(TechniqueFinder.tokenProbabilities(model, view, new SpanFeatures(view)));
        }
        List<List<int[]>> gold = new ArrayList<>();
        for (TechniqueTrainer.Document d : docs) {
            List<int[]> spans = new ArrayList<>();
            for (TechniqueTrainer.Gold g : d.gold()) {
                spans.add(new int[] {g.start(), g.end()});
            }
            gold.add(merged(spans));
        }
        SpanDecoder best = null;
        double bestF1 = -1;
        for (int t = 10; t <= 50; t += 4) {
            for (int drop : DROPS) {
                for (int gap : GAPS) {
                    if (drop == 0 && gap > 0 || drop > 0 && gap == 0 || t - drop < 0) {
                        continue;
                    }
                    SpanDecoder candidates = new SpanDecoder(t / 100.0, Math.max(0, t - drop) / 100.0, gap, 0);
                    List<List<Scored>> scored = new ArrayList<>();
                    for (int k = 0; k < docs.size(); k++) {
                        scored.add(score(model, views.get(k), probabilities.get(k), candidates));
                    }
                    for (int keep = 0; keep <= 80; keep += 2) {
                        double f1 = overlapF1(scored, gold, keep / 100.0);
                        if (f1 > bestF1 + 1e-9) {
                            bestF1 = f1;
                            best = new SpanDecoder(candidates.threshold(), candidates.bridge(), gap, keep / 100.0);
                        }
                    }
                }
            }
        }
        log.printf(Locale.ROOT, "decoder: threshold %.2f, bridge %.2f, gap %d, keep %.2f: span F1 %.4f on the tuning"
                + " set%n", best.threshold(), best.bridge(), best.maxGap(), best.keep(), bestF1);
        log.flush();
        return best;
    }

    private static List<Scored> score(TechniqueModel model, ArticleView view, double[] p, SpanDecoder decoder) {
        List<Scored> out = new ArrayList<>();
        for (TechniqueFinder.Candidate c : TechniqueFinder.candidates(model, view, p, decoder)) {
            out.add(new Scored(view.starts[c.span().first()], view.ends[c.span().last()], c.keep()));
        }
        return out;
    }

    /**
     * SemEval-2020 Task 11 span F1 counted in UTF-16 units: the tuning objective only. The official measure, in code
     * points, is in the eval package; the two differ only around characters outside the BMP.
     */
    private static double overlapF1(List<List<Scored>> scored, List<List<int[]>> gold, double keep) {
        double precisionSum = 0;
        double recallSum = 0;
        int predicted = 0;
        int goldCount = 0;
        for (int k = 0; k < scored.size(); k++) {
            for (Scored s : scored.get(k)) {
                if (s.keep() < keep) {
                    continue;
                }
                predicted++;
                for (int[] t : gold.get(k)) {
                    int overlap = Math.min(s.end(), t[1]) - Math.max(s.start(), t[0]);
                    if (overlap > 0) {
                        precisionSum += overlap / (double) (s.end() - s.start());
                        recallSum += overlap / (double) (t[1] - t[0]);
                    }
                }
            }
            goldCount += gold.get(k).size();
        }
        double p = predicted == 0 ? 0 : precisionSum / predicted;
        double r = goldCount == 0 ? 0 : recallSum / goldCount;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static List<int[]> merged(List<int[]> spans) {
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            if (!out.isEmpty() && s[0] < out.get(out.size() - 1)[1]) {
                out.get(out.size() - 1)[1] = Math.max(out.get(out.size() - 1)[1], s[1]);
            } else {
                out.add(s.clone());
            }
        }
        return out;
    }
}
