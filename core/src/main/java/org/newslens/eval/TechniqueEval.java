package org.newslens.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.PersuasionTechnique;
import org.newslens.model.Result;
import org.newslens.model.Source;
import org.newslens.model.Span;
import org.newslens.model.Technique;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.Timings;
import org.newslens.rhetoric.TechniqueFinder;

/**
 * SemEval-2020 Task 11 on PTC: span identification (SI, {@link SpanOverlap} over code points) and technique
 * classification (TC, micro-F1 with gold spans given; where one span carries several gold techniques, the model's top
 * choices for it are matched to them in the best way). Both also report P/R/F1 per technique.
 */
public final class TechniqueEval {
    private TechniqueEval() {
    }

    /** Precision, recall and F1 with the counts behind them. */
    public record Prf(double precision, double recall, double f1, int predicted, int gold) {
        static Prf of(double p, double r, int predicted, int gold) {
            return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), predicted, gold);
        }
    }

    /**
     * Scores of one task.
     *
     * @param overall the task's measure
     * @param perTechnique the same per technique, by corpus label
     * @param failures articles the pipeline gave up on (scored as finding nothing)
     */
    public record Scores(String task, int articles, int failures, Prf overall, Map<String, Prf> perTechnique) {
    }

    /** SI: the pipeline's technique spans against the gold spans; per technique, spans of that technique only. */
    public static Scores spans(List<PtcCorpus.PtcArticle> articles, Pipeline pipeline) {
        return spans(articles, pipeline, null);
    }

    /**
     * As {@link #spans(List, Pipeline)}, also handing every predicted span to {@code predictions} as a line of the
     * corpus's technique format (ID, technique, start, end in code points; tab-separated), when it is not null.
     */
    public static Scores spans(List<PtcCorpus.PtcArticle> articles, Pipeline pipeline,
            java.util.function.Consumer<String> predictions) {
        SpanOverlap all = new SpanOverlap();
        Map<PersuasionTechnique, SpanOverlap> per = new EnumMap<>(PersuasionTechnique.class);
        for (PersuasionTechnique t : PersuasionTechnique.values()) {
            per.put(t, new SpanOverlap());
        }
        int failures = 0;
        for (PtcCorpus.PtcArticle a : articles) {
            Result r = pipeline.analyze(new Source("ptc:" + a.id(), null, null), Article.fromText(a.text()),
                    new Timings());
            List<Technique> found = r instanceof Analysis analysis ? analysis.techniques() : List.of();
            failures += r instanceof Analysis ? 0 : 1;
            List<int[]> predicted = new ArrayList<>();
            Map<PersuasionTechnique, List<int[]>> predictedBy = new EnumMap<>(PersuasionTechnique.class);
            for (Technique t : found) {
                int[] s = {a.toCodePoints(t.start()), a.toCodePoints(t.end())};
                predicted.add(s);
                if (predictions != null) {
                    predictions.accept(a.id() + "\t" + t.technique().label() + "\t" + s[0] + "\t" + s[1]);
                }
                predictedBy.computeIfAbsent(t.technique(), k -> new ArrayList<>()).add(s);
            }
            List<int[]> gold = new ArrayList<>();
            for (PtcCorpus.Label l : a.spans()) {
                gold.add(new int[] {l.start(), l.end()});
            }
            all.add(predicted, gold);
            Map<PersuasionTechnique, List<int[]>> goldBy = new EnumMap<>(PersuasionTechnique.class);
            for (PtcCorpus.Label l : a.techniques()) {
                goldBy.computeIfAbsent(PersuasionTechnique.ofLabel(l.technique()), k -> new ArrayList<>())
                        .add(new int[] {l.start(), l.end()});
            }
            for (PersuasionTechnique t : PersuasionTechnique.values()) {
                per.get(t).add(predictedBy.getOrDefault(t, List.of()), goldBy.getOrDefault(t, List.of()));
            }
        }
        Map<String, Prf> perTechnique = new LinkedHashMap<>();
        per.forEach((t, o) -> perTechnique.put(t.label(), Prf.of(o.precision(), o.recall(), o.predicted(), o.gold())));
        return new Scores("si", articles.size(), failures,
                Prf.of(all.precision(), all.recall(), all.predicted(), all.gold()), perTechnique);
    }

    /** TC: a technique for every gold span, micro-F1 over all of them. */
    public static Scores techniques(List<PtcCorpus.PtcArticle> articles) {
        Map<PersuasionTechnique, int[]> counts = new EnumMap<>(PersuasionTechnique.class);
        for (PersuasionTechnique t : PersuasionTechnique.values()) {
            counts.put(t, new int[3]); // predicted, gold, correct
        }
        int correct = 0;
        int total = 0;
        for (PtcCorpus.PtcArticle a : articles) {
            Article article = Article.fromText(a.text());
            Language language = LanguageAnalyzer.analyze(article, true);
            // Spans that carry several techniques appear once per technique: group them.
            Map<String, List<PersuasionTechnique>> goldBySpan = new LinkedHashMap<>();
            Map<String, Span> spanOf = new HashMap<>();
            for (PtcCorpus.Label l : a.techniques()) {
                String key = l.start() + ":" + l.end();
                goldBySpan.computeIfAbsent(key, k -> new ArrayList<>()).add(PersuasionTechnique.ofLabel(l.technique()));
                spanOf.put(key, new Span(a.toChars(l.start()), a.toChars(l.end())));
            }
            List<String> keys = new ArrayList<>(goldBySpan.keySet());
            List<Span> spans = keys.stream().map(spanOf::get).toList();
            List<List<PersuasionTechnique>> ranked = TechniqueFinder.classify(article, language, spans);
            for (int k = 0; k < keys.size(); k++) {
                List<PersuasionTechnique> gold = new ArrayList<>(goldBySpan.get(keys.get(k)));
                List<PersuasionTechnique> predicted = ranked.get(k).subList(0, Math.min(gold.size(), ranked.get(k).size()));
                for (PersuasionTechnique g : gold) {
                    counts.get(g)[1]++;
                }
                for (PersuasionTechnique p : predicted) {
                    counts.get(p)[0]++;
                    if (gold.remove(p)) {
                        counts.get(p)[2]++;
                        correct++;
                    }
                }
                total += goldBySpan.get(keys.get(k)).size();
            }
        }
        Map<String, Prf> perTechnique = new LinkedHashMap<>();
        counts.forEach((t, c) -> perTechnique.put(t.label(), Prf.of(c[0] == 0 ? 0 : c[2] / (double) c[0],
                c[1] == 0 ? 0 : c[2] / (double) c[1], c[0], c[1])));
        double micro = total == 0 ? 0 : correct / (double) total;
        return new Scores("tc", articles.size(), 0, Prf.of(micro, micro, total, total), perTechnique);
    }
}
