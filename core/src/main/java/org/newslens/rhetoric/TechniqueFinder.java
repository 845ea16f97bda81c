package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.newslens.model.Article;
import org.newslens.model.LoadedWord;
import org.newslens.model.PersuasionTechnique;
import org.newslens.model.Span;
import org.newslens.model.Technique;
import org.newslens.nlp.Language;

/**
 * The rhetoric stage: finds spans that use one of the 14 PTC persuasion techniques, names the technique with a
 * reason, and marks loaded words. Reads the article's tokens, sentences and entities (names are masked to their
 * type). Text that is not English is reported out of scope with no findings. Thread-safe; the model loads once.
 *
 * <p>Three linear models: the span model scores each token as inside a persuasive span or not ({@link
 * SpanFeatures}); the decoder joins tokens into spans; the candidate filter drops spans unlikely to overlap a
 * persuasive one; the technique model names the technique of each span kept ({@link TechniqueFeatures}). The filter
 * and the technique model also read MiniLM embeddings of the span and its context ({@link SpanEncoder}), computed
 * once per span for both.
 */
public final class TechniqueFinder {
    private TechniqueFinder() {
    }

    /** A name for timings and error records. */
    public static String name() {
        return "rhetoric";
    }

    /** Loads the model now; returns the time it took in milliseconds. */
    public static long warmUp() {
        long t = System.nanoTime();
        TechniqueModel.bundled();
        return (System.nanoTime() - t) / 1_000_000;
    }

    /** The rhetoric layers of {@code article}, with the bundled model. */
    public static Rhetoric find(Article article, Language language) {
        return find(TechniqueModel.bundled(), article, language);
    }

    /**
     * The techniques of spans given by someone else (PTC's technique classification task), most likely first.
     *
     * @return per span, every technique ranked by probability
     */
    public static List<List<PersuasionTechnique>> classify(Article article, Language language, List<Span> spans) {
        Objects.requireNonNull(spans, "spans");
        TechniqueModel model = TechniqueModel.bundled();
        ArticleView view = view(model, article, language);
        TechniqueFeatures features = new TechniqueFeatures(view, new SentenceFacts(view));
        Features.Hashed hashed = new Features.Hashed(TechniqueFeatures.DIM);
        features.peers(spans.stream().map(s -> new int[] {s.start(), s.end()}).toList());
        List<int[]> ranges = new ArrayList<>();
        for (Span s : spans) {
            int[] range = tokenRange(view, s.start(), s.end());
            if (range != null) {
                ranges.add(new int[] {range[0], range[1], s.start(), s.end()});
            }
        }
        float[][] embeddings = SpanEncoder.embedSpans(view, ranges, Integer.MAX_VALUE);
        List<List<PersuasionTechnique>> out = new ArrayList<>();
        int k = 0;
        for (Span s : spans) {
            if (k == ranges.size() || ranges.get(k)[2] != s.start() || ranges.get(k)[3] != s.end()) {
                // No token under the span: the commonest technique, as a guess.
                out.add(List.of(PersuasionTechnique.LOADED_LANGUAGE));
                continue;
            }
            int[] r = ranges.get(k);
            features.span(r[0], r[1], r[2], r[3], hashed);
            out.add(ranked(model.techniqueProbabilities(hashed.toArray(), embeddings[k])));
            k++;
        }
        return out;
    }

    static Rhetoric find(TechniqueModel model, Article article, Language language) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        ArticleView view = view(model, article, language);
        String scope = LanguageScope.check(view);
        if (!scope.equals(LanguageScope.IN_SCOPE)) {
            return new Rhetoric(List.of(), List.of(), RhetoricSummary.summarise(scope, view, List.of(), List.of()));
        }
        SpanFeatures spanFeatures = new SpanFeatures(view);
        double[] p = tokenProbabilities(model, view, spanFeatures);
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates(model, view, p, model.decoder)) {
            if (c.keep() >= model.decoder.keep()) {
                kept.add(c);
            }
        }
        TechniqueFeatures techniqueFeatures = new TechniqueFeatures(view, spanFeatures.facts());
        techniqueFeatures.peers(offsets(view, kept.stream().map(Candidate::span).toList()));
        Features.Hashed hashed = new Features.Hashed(TechniqueFeatures.DIM);
        List<Technique> techniques = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            Candidate c = kept.get(k);
            SpanDecoder.TokenSpan ts = c.span();
            int start = view.starts[ts.first()];
            int end = view.ends[ts.last()];
            techniqueFeatures.span(ts.first(), ts.last() + 1, start, end, hashed);
            double[] probs = model.techniqueProbabilities(hashed.toArray(), c.embedding());
            int best = argmax(probs);
            PersuasionTechnique technique = PersuasionTechnique.values()[best];
            String reason = technique.title() + ": " + Reasons.explain(view, techniqueFeatures, model.techniques,
                    best, ts.first(), ts.last() + 1, end - start);
            double confidence = Math.min(1, Math.max(0, c.keep() * probs[best]));
            techniques.add(new Technique(start, end, technique, round(confidence), reason));
        }
        techniques.sort(Comparator.comparingInt(Technique::start).thenComparingInt(Technique::end));
        List<LoadedWord> loaded = LoadedWordMarker.mark(view, p);
        return new Rhetoric(techniques, loaded, RhetoricSummary.summarise(scope, view, techniques, loaded));
    }

    /**
     * A decoded span, its embedding (zeros past the cap on encoded spans) and the filter's probability that it
     * overlaps a persuasive span.
     */
    record Candidate(SpanDecoder.TokenSpan span, float[] embedding, double keep) {
    }

    /**
     * The spans {@code decoder} finds in {@code p}, each scored by the candidate filter. The spans the span model is
     * surest of are encoded, up to {@link SpanEncoder#MAX_SPANS}; the filter and the technique model both read that
     * embedding, so each span is encoded once.
     */
    static List<Candidate> candidates(TechniqueModel model, ArticleView view, double[] p, SpanDecoder decoder) {
        List<SpanDecoder.TokenSpan> found = decoder.decode(view, p);
        float[][] embeddings = embeddings(view, found, SpanEncoder.MAX_SPANS);
        TechniqueFeatures features = new TechniqueFeatures(view, new SentenceFacts(view),
                TechniqueFeatures.FILTER_CONTEXT);
        features.peers(offsets(view, found));
        Features.Hashed hashed = new Features.Hashed(CandidateFeatures.DIM);
        List<Candidate> out = new ArrayList<>(found.size());
        for (int k = 0; k < found.size(); k++) {
            SpanDecoder.TokenSpan ts = found.get(k);
            CandidateFeatures.candidate(view, features, ts, p, hashed);
            out.add(new Candidate(ts, embeddings[k], model.filter.probability(hashed.toArray(), embeddings[k])));
        }
        return out;
    }

    /** Embeddings of decoded spans, in their order; the {@code limit} most confident are encoded, the rest zeros. */
    static float[][] embeddings(ArticleView view, List<SpanDecoder.TokenSpan> found, int limit) {
        Integer[] order = new Integer[found.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -found.get(k).confidence())
                .thenComparingInt(k -> k));
        List<int[]> ranges = new ArrayList<>(order.length);
        for (Integer k : order) {
            SpanDecoder.TokenSpan ts = found.get(k);
            ranges.add(new int[] {ts.first(), ts.last() + 1, view.starts[ts.first()], view.ends[ts.last()]});
        }
        float[][] byConfidence = SpanEncoder.embedSpans(view, ranges, limit);
        float[][] out = new float[found.size()][];
        for (int k = 0; k < order.length; k++) {
            out[order[k]] = byConfidence[k];
        }
        return out;
    }

    /** Character offsets of token spans, as {start, end}. */
    static List<int[]> offsets(ArticleView view, List<SpanDecoder.TokenSpan> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (SpanDecoder.TokenSpan ts : spans) {
            out.add(new int[] {view.starts[ts.first()], view.ends[ts.last()]});
        }
        return out;
    }

    /** The span model's probability for every token. */
    static double[] tokenProbabilities(TechniqueModel model, ArticleView view, SpanFeatures features) {
        double[] p = new double[view.size()];
        Features.Hashed hashed = new Features.Hashed(SpanFeatures.DIM);
        for (int i = 0; i < p.length; i++) {
            features.token(i, hashed);
            p[i] = model.spans.probability(hashed.toArray());
        }
        return p;
    }

    static ArticleView view(TechniqueModel model, Article article, Language language) {
        return new ArticleView(article.text(), language.sentences(), language.tokens(), language.entities(),
                model.lexicon);
    }

    /**
     * Tokens {@code [a, b)} covering the characters {@code [start, end)}, within the sentence of the first one; null
     * when no token does.
     */
    static int[] tokenRange(ArticleView view, int start, int end) {
        int a = view.tokenEndingAfter(start);
        if (a >= view.size() || view.starts[a] >= end) {
            return null;
        }
        int b = Math.max(a + 1, view.firstTokenAtOrAfter(end));
        // Technique features read one sentence; a span that runs on is judged by its first sentence.
        int sentenceEnd = view.sentenceStarts[view.sentence[a] + 1];
        return new int[] {a, Math.min(b, Math.max(a + 1, sentenceEnd))};
    }

    static List<PersuasionTechnique> ranked(double[] p) {
        List<PersuasionTechnique> all = new ArrayList<>(List.of(PersuasionTechnique.values()));
        all.sort(Comparator.comparingDouble((PersuasionTechnique t) -> -p[t.ordinal()]));
        return all;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
