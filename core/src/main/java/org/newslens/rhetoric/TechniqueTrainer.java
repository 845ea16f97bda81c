package org.newslens.rhetoric;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newslens.model.Article;
import org.newslens.model.PersuasionTechnique;
import org.newslens.nlp.Language;

/**
 * Trains the rhetoric models ({@code newslens train techniques}): the span model on every token of the training
 * articles, the technique model on every gold span, the candidate filter on cross-fitted decoded spans ({@link
 * FilterTrainer}), then the decoder's thresholds on the tuning articles ({@link DecoderTuner}).
 * Deterministic: one thread, fixed seeds, fixed order, so the same data gives the same file.
 */
public final class TechniqueTrainer {
    /** Passes over the tokens: 2 to 4 score alike on PTC dev (span F1 0.345-0.351); more overfits rare words. */
    static final int SPAN_EPOCHS = 4;
    /**
     * Span models averaged, each trained in its own order: 3 gave dev span F1 0.381 against 0.375 for one (the
     * decoder and filter retuned each time); 5, with 3 averaged filters, 0.376.
     */
    static final int SPAN_RUNS = 3;
    /** AdaGrad's base rate; 0.2 lost 3 points of technique accuracy on dev against 0.05. */
    static final double SPAN_RATE = 0.05;
    /** L2 on the active weights: 1e-4 beat 1e-5 slightly on dev span F1. */
    static final double SPAN_L2 = 1e-4;
    /** Passes over the gold spans: 6 to 25 give dev accuracy 0.529-0.534. */
    static final int TECHNIQUE_EPOCHS = 12;
    static final double TECHNIQUE_RATE = 0.05;
    static final double TECHNIQUE_L2 = 1e-4;
    /** Models averaged, each trained in its own order: 4 gave dev accuracy 0.602 against 0.599 for one. */
    static final int TECHNIQUE_RUNS = 4;
    /** Share of updates without the embedding: spans past {@link SpanEncoder#MAX_SPANS} come without one. */
    static final double EMBEDDING_DROPOUT = 0.1;
    static final long SEED = 20200911L;
    /** Weights this small change no decision; dropping them keeps the file small. */
    static final float PRUNE_BELOW = 1e-3f;

    private TechniqueTrainer() {
    }

    /** A training or tuning article with its gold spans (UTF-16 offsets into the article text). */
    public record Document(String id, Article article, Language language, List<Gold> gold) {
        public Document {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(article, "article");
            Objects.requireNonNull(language, "language");
            gold = List.copyOf(gold);
        }
    }

    /** A gold span and its technique. */
    public record Gold(int start, int end, PersuasionTechnique technique) {
    }

    /**
     * Trains on {@code train}, tunes the decoder on {@code tune}, and writes the model to {@code out}.
     *
     * @param lexicons the shared lexicon folder (MPQA and Hutto's lists are read from it)
     * @param log progress and tuning figures
     */
    public static void train(Path lexicons, List<Document> train, List<Document> tune, OutputStream out,
            PrintWriter log) throws IOException {
        SpanEncoder.remember();
        try {
            trainRemembering(lexicons, train, tune, out, log);
        } finally {
            SpanEncoder.forget();
        }
    }

    private static void trainRemembering(Path lexicons, List<Document> train, List<Document> tune, OutputStream out,
            PrintWriter log) throws IOException {
        Map<String, Integer> published = Lexicon.readPublished(lexicons);
        Lexicon lexicon = Lexicon.withCues(published);
        LinearModel spans = trainSpans(train, lexicon, log);
        LinearModel techniques = trainTechniques(train, lexicon, log);
        TechniquePrior prior = tunePrior(techniques, train, tune, lexicon, log);
        LinearModel filter = FilterTrainer.train(train, FilterTrainer.crossFitted(train, lexicon, log), lexicon, log);
        spans.prune(PRUNE_BELOW);
        techniques.prune(PRUNE_BELOW);
        filter.prune(PRUNE_BELOW);
        TechniqueModel model = new TechniqueModel(published, spans, techniques, filter, FilterTrainer.CANDIDATES,
                prior);
        model = model.withDecoder(DecoderTuner.tune(model, tune, log));
        model.write(out);
    }

    static LinearModel trainSpans(List<Document> docs, Lexicon lexicon, PrintWriter log) {
        List<int[]> examples = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        int positive = 0;
        for (Document d : docs) {
            ArticleView view = view(d, lexicon);
            SpanFeatures features = new SpanFeatures(view);
            boolean[] inside = inside(view, d.gold());
            Features.Hashed hashed = new Features.Hashed(SpanFeatures.DIM);
            for (int i = 0; i < view.size(); i++) {
                features.token(i, hashed);
                examples.add(hashed.toArray());
                labels.add(inside[i] ? 1 : 0);
                positive += inside[i] ? 1 : 0;
            }
        }
        log.printf(Locale.ROOT, "span model: %d tokens, %.1f%% inside a span%n", examples.size(),
                100.0 * positive / Math.max(1, examples.size()));
        log.flush();
        LinearModel model = new LinearModel(1, SpanFeatures.DIM);
        int[][] x = examples.toArray(new int[0][]);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < SPAN_RUNS; k++) {
            LinearModel run = new LinearModel(1, SpanFeatures.DIM);
            run.train(x, y, null, SPAN_EPOCHS, SPAN_RATE, SPAN_L2, SEED + k);
            model.addScaled(run, 1.0 / SPAN_RUNS);
        }
        return model;
    }

    private static LinearModel trainTechniques(List<Document> docs, Lexicon lexicon, PrintWriter log) {
        List<int[]> examples = new ArrayList<>();
        List<float[]> embeddings = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Document d : docs) {
            ArticleView view = view(d, lexicon);
            TechniqueFeatures features = new TechniqueFeatures(view, new SentenceFacts(view));
            Features.Hashed hashed = new Features.Hashed(TechniqueFeatures.DIM);
            Set<Gold> seen = new LinkedHashSet<>(d.gold());
            features.peers(peers(d.gold()));
            List<int[]> spans = new ArrayList<>();
            for (Gold g : seen) {
                int[] range = TechniqueFinder.tokenRange(view, g.start(), g.end());
                if (range == null) {
                    continue;
                }
                features.span(range[0], range[1], g.start(), g.end(), hashed);
                examples.add(hashed.toArray());
                spans.add(new int[] {range[0], range[1], g.start(), g.end()});
                labels.add(g.technique().ordinal());
            }
            embeddings.addAll(List.of(SpanEncoder.embedSpans(view, spans, Integer.MAX_VALUE)));
        }
        log.printf(Locale.ROOT, "technique model: %d spans%n", examples.size());
        log.flush();
        LinearModel model = new LinearModel(PersuasionTechnique.values().length, TechniqueFeatures.DIM,
                SpanEncoder.INPUTS);
        int[][] x = examples.toArray(new int[0][]);
        float[][] e = embeddings.toArray(new float[0][]);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < TECHNIQUE_RUNS; k++) {
            LinearModel run = new LinearModel(model.classes, model.dim, model.denseDim);
            run.train(x, e, EMBEDDING_DROPOUT, y, null, TECHNIQUE_EPOCHS, TECHNIQUE_RATE, TECHNIQUE_L2, SEED + k);
            model.addScaled(run, 1.0 / TECHNIQUE_RUNS);
        }
        return model;
    }

    /** A tuning span: the model's probabilities and the gold techniques at those offsets. */
    private record Scored(double[] p, Set<Integer> gold) {
    }

    /**
     * Tunes the prior correction's one parameter on the tuning articles: the share of spans whose top technique is
     * one of their gold techniques, for alpha from 0 to 1.
     */
    private static TechniquePrior tunePrior(LinearModel model, List<Document> train, List<Document> docs,
            Lexicon lexicon, PrintWriter log) {
        int[] counts = new int[PersuasionTechnique.values().length];
        for (Document d : train) {
            for (Gold g : new LinkedHashSet<>(d.gold())) {
                counts[g.technique().ordinal()]++;
            }
        }
        List<Scored> scored = new ArrayList<>();
        for (Document d : docs) {
            ArticleView view = view(d, lexicon);
            TechniqueFeatures features = new TechniqueFeatures(view, new SentenceFacts(view));
            Features.Hashed hashed = new Features.Hashed(TechniqueFeatures.DIM);
            features.peers(peers(d.gold()));
            java.util.Map<String, Set<Integer>> goldAt = new java.util.LinkedHashMap<>();
            for (Gold g : d.gold()) {
                goldAt.computeIfAbsent(g.start() + ":" + g.end(), k -> new java.util.HashSet<>())
                        .add(g.technique().ordinal());
            }
            List<int[]> spans = new ArrayList<>();
            List<Set<Integer>> labels = new ArrayList<>();
            for (Gold g : d.gold()) {
                int[] range = TechniqueFinder.tokenRange(view, g.start(), g.end());
                if (range != null) {
                    spans.add(new int[] {range[0], range[1], g.start(), g.end()});
                    labels.add(goldAt.get(g.start() + ":" + g.end()));
                }
            }
            float[][] embeddings = SpanEncoder.embedSpans(view, spans, Integer.MAX_VALUE);
            for (int k = 0; k < spans.size(); k++) {
                int[] r = spans.get(k);
                features.span(r[0], r[1], r[2], r[3], hashed);
                scored.add(new Scored(model.probabilities(hashed.toArray(), embeddings[k]), labels.get(k)));
            }
        }
        TechniquePrior best = TechniquePrior.fromCounts(counts, 0);
        double bestAccuracy = -1;
        for (int a = 0; a <= 20; a++) {
            TechniquePrior prior = best.withAlpha(a / 20.0);
            int right = 0;
            for (Scored s : scored) {
                right += s.gold().contains(TechniqueFinder.argmax(prior.adjust(s.p()))) ? 1 : 0;
            }
            double accuracy = scored.isEmpty() ? 0 : right / (double) scored.size();
            if (a == 0) {
                log.printf(Locale.ROOT, "technique model: accuracy %.4f on the tuning set%n", accuracy);
            }
            if (accuracy > bestAccuracy + 1e-9) {
                bestAccuracy = accuracy;
                best = prior;
            }
        }
        log.printf(Locale.ROOT, "technique prior: alpha %.2f, accuracy %.4f on the tuning set%n", best.alpha(),
                bestAccuracy);
        log.flush();
        return best;
    }

    /** The distinct gold spans of an article: what the corpus task gives a classifier along with each span. */
    private static List<int[]> peers(List<Gold> gold) {
        List<int[]> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Gold g : gold) {
            if (seen.add(g.start() + ":" + g.end())) {
                out.add(new int[] {g.start(), g.end()});
            }
        }
        return out;
    }

    private static boolean[] inside(ArticleView view, List<Gold> gold) {
        boolean[] in = new boolean[view.size()];
        for (Gold g : gold) {
            for (int i = view.tokenEndingAfter(g.start()); i < view.size() && view.starts[i] < g.end(); i++) {
                in[i] = true;
            }
        }
        return in;
    }

    static ArticleView view(Document d, Lexicon lexicon) {
        return new ArticleView(d.article().text(), d.language().sentences(), d.language().tokens(),
                d.language().entities(), lexicon);
    }
}
