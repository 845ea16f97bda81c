package org.newslens.attribution;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.newslens.model.Article;
import org.newslens.model.Span;
import org.newslens.nlp.Language;

/**
 * Trains the attribution model from annotated articles (PolNeAR train): the cue tagger on every paragraph, then
 * the role tagger on every cue's window. The role tagger must learn from the cues the cue tagger will really give
 * it, misses and false alarms included, so its training cues come from a cross-validated run of the cue tagger
 * (each fold tagged by a model that never saw it), plus the gold cues that run missed. Deterministic: the same
 * examples and options give the same bytes.
 */
public final class AttributionTrainer {
    private AttributionTrainer() {
    }

    /** An annotated article, analysed by the language stage. */
    public record Example(Article article, Language language, List<AttributionRelation> relations) {
        public Example {
            relations = List.copyOf(relations);
        }
    }

    /**
     * Training settings.
     *
     * @param cueEpochs passes over the data for the cue tagger
     * @param roleEpochs passes for the role tagger
     * @param folds cross-validation folds for the cues the role tagger trains on
     * @param seed for the order of training sequences
     */
    public record Options(int cueEpochs, int roleEpochs, int folds, long seed) {
        /** The settings the committed model was built with. */
        public static final Options DEFAULT = new Options(12, 12, 5, 17);
    }

    /**
     * Features whose averaged weights all stay below this are dropped from the model: it halves the file and the
     * load time for a loss under 0.001 F1 in cross-validation on PolNeAR train (a weight of 1 is one perceptron
     * update kept for the whole run).
     */
    static final float MIN_WEIGHT = 1f;

    /** One sequence: a paragraph for the cue tagger, a cue's window for the role tagger. */
    private record Sequence(int[][] features, int[] labels) {
    }

    /**
     * Trains on {@code examples} and writes the model to {@code out}.
     *
     * @param log receives progress lines
     * @throws IOException when writing fails
     */
    public static void train(List<Example> examples, Options options, OutputStream out, PrintWriter log)
            throws IOException {
        AttributionModel model = fit(examples, options, log);
        model.write(out);
        log.printf(Locale.ROOT, "model: %d cue features, %d role features, calibration a=%.3f b=%.3f%n",
                model.cues.featureCount(), model.roles.featureCount(), model.calibrationA, model.calibrationB);
        log.flush();
    }

    static AttributionModel fit(List<Example> examples, Options options, PrintWriter log) {
        List<TokenSheet> sheets = new ArrayList<>();
        List<int[]> cueGold = new ArrayList<>();
        List<List<Sequence>> cueSequences = new ArrayList<>();
        for (Example e : examples) {
            TokenSheet s = TokenSheet.of(e.article(), e.language());
            sheets.add(s);
            int[] gold = cueLabels(s, e.relations());
            cueGold.add(gold);
            cueSequences.add(paragraphSequences(s, gold));
        }
        // Cross-validated cues for the role tagger and for calibrating confidence.
        List<List<int[]>> heldOutCues = new ArrayList<>(Collections.nCopies(examples.size(), null));
        for (int fold = 0; fold < options.folds(); fold++) {
            List<Sequence> train = new ArrayList<>();
            for (int d = 0; d < examples.size(); d++) {
                if (d % options.folds() != fold) {
                    train.addAll(cueSequences.get(d));
                }
            }
            LinearChain chain = fit(AttributionModel.CUE_LABELS, train, options.cueEpochs(), options.seed() + fold, null);
            for (int d = fold; d < examples.size(); d += options.folds()) {
                // Unbiased, as when the committed model was built: the bias is a decoding choice tuned afterwards.
                heldOutCues.set(d, RelationTagger.cues(sheets.get(d), chain, 0f));
            }
            log.printf(Locale.ROOT, "cue tagger, fold %d of %d trained%n", fold + 1, options.folds());
            log.flush();
        }
        List<Sequence> allCues = new ArrayList<>();
        cueSequences.forEach(allCues::addAll);
        LinearChain cues = fit(AttributionModel.CUE_LABELS, allCues, options.cueEpochs(), options.seed(), log);
        float[] calibration = calibrate(sheets, cueGold, heldOutCues);

        List<Sequence> roleSequences = new ArrayList<>();
        for (int d = 0; d < examples.size(); d++) {
            roleSequences.addAll(roleSequences(sheets.get(d), examples.get(d).relations(), heldOutCues.get(d)));
        }
        LinearChain roles = fit(AttributionModel.ROLE_LABELS, roleSequences, options.roleEpochs(), options.seed(), log);
        return new AttributionModel(cues, roles, calibration[0], calibration[1]);
    }

    private static LinearChain fit(String[] labels, List<Sequence> data, int epochs, long seed, PrintWriter log) {
        ChainTrainer trainer = new ChainTrainer(labels);
        List<Sequence> order = new ArrayList<>(data);
        for (int epoch = 0; epoch < epochs; epoch++) {
            Collections.shuffle(order, new Random(seed * 31 + epoch));
            long errors = 0;
            long tokens = 0;
            for (Sequence s : order) {
                errors += trainer.learn(s.features(), s.labels());
                tokens += s.labels().length;
            }
            if (log != null) {
                log.printf(Locale.ROOT, "%s tagger, epoch %d: %.4f of %d tokens mislabelled%n",
                        labels[1].substring(2).toLowerCase(Locale.ROOT), epoch + 1, errors / (double) tokens, tokens);
                log.flush();
            }
        }
        return trainer.average(MIN_WEIGHT);
    }

    /** BIO cue labels per token: 0 outside, 1 first token of a cue, 2 the rest. */
    private static int[] cueLabels(TokenSheet s, List<AttributionRelation> relations) {
        int[] labels = new int[s.n];
        for (AttributionRelation r : relations) {
            if (r.cue() != null) {
                mark(s, List.of(r.cue()), labels, 1, 2);
            }
        }
        return labels;
    }

    /** Labels the tokens overlapping each span: {@code begin} on the first of each run, {@code inside} after. */
    private static void mark(TokenSheet s, List<Span> spans, int[] labels, int begin, int inside) {
        for (Span span : spans) {
            int i = s.firstTokenAtOrAfter(span.start());
            boolean first = true;
            while (i < s.n && s.start[i] < span.end()) {
                labels[i] = first ? begin : inside;
                first = false;
                i++;
            }
        }
    }

    private static List<Sequence> paragraphSequences(TokenSheet s, int[] gold) {
        List<Sequence> out = new ArrayList<>();
        int i = 0;
        while (i < s.n) {
            int j = i;
            while (j < s.n && s.paragraph[j] == s.paragraph[i]) {
                j++;
            }
            int[][] features = new int[j - i][];
            for (int t = i; t < j; t++) {
                features[t - i] = CueFeatures.of(s, t);
            }
            out.add(new Sequence(features, Arrays.copyOfRange(gold, i, j)));
            i = j;
        }
        return out;
    }

    /**
     * One sequence per cue the role tagger will see: the held-out predicted cues, labelled with the gold relation
     * whose cue they overlap (all outside when none: a false alarm should find no content), plus missed gold cues.
     */
    private static List<Sequence> roleSequences(TokenSheet s, List<AttributionRelation> relations, List<int[]> predicted) {
        List<int[]> cues = new ArrayList<>();
        List<AttributionRelation> matched = new ArrayList<>();
        boolean[] covered = new boolean[relations.size()];
        for (int[] c : predicted) {
            int best = -1;
            for (int r = 0; r < relations.size(); r++) {
                Span cue = relations.get(r).cue();
                if (cue != null && cue.start() < s.end[c[1] - 1] && s.start[c[0]] < cue.end()) {
                    best = r;
                    break;
                }
            }
            cues.add(c);
            matched.add(best < 0 ? null : relations.get(best));
            if (best >= 0) {
                covered[best] = true;
            }
        }
        for (int r = 0; r < relations.size(); r++) {
            Span cue = relations.get(r).cue();
            if (!covered[r] && cue != null) {
                int a = s.firstTokenAtOrAfter(cue.start());
                int b = a;
                while (b < s.n && s.start[b] < cue.end()) {
                    b++;
                }
                if (b > a) {
                    cues.add(new int[] {a, b, 0});
                    matched.add(relations.get(r));
                }
            }
        }
        boolean[] isCue = new boolean[s.n];
        for (int[] c : cues) {
            Arrays.fill(isCue, c[0], c[1], true);
        }
        List<Sequence> out = new ArrayList<>();
        for (int k = 0; k < cues.size(); k++) {
            int[] c = cues.get(k);
            RoleFeatures.Window w = RoleFeatures.window(s, c[0], c[1]);
            int[] all = new int[s.n];
            AttributionRelation r = matched.get(k);
            if (r != null) {
                mark(s, r.source(), all, 1, 2);
                mark(s, r.content(), all, 3, 4);
                Arrays.fill(all, c[0], c[1], 0);
                repairBio(all, c[0], c[1]);
            }
            int[] labels = Arrays.copyOfRange(all, w.start(), w.end());
            if (labels.length > 0 && (labels[0] == 2 || labels[0] == 4)) {
                labels[0]--;
            }
            out.add(new Sequence(RoleFeatures.of(s, w, isCue), labels));
        }
        return out;
    }

    /** After blanking the cue, a run that resumes right after it must begin again. */
    private static void repairBio(int[] labels, int cueStart, int cueEnd) {
        if (cueEnd < labels.length && (labels[cueEnd] == 2 || labels[cueEnd] == 4)) {
            labels[cueEnd]--;
        }
    }

    /**
     * Fits {@code confidence = 1 / (1 + exp(-(a * score + b)))} to whether each held-out predicted cue is exactly a
     * gold cue, by gradient descent on the log loss (one feature, so a few hundred steps suffice).
     */
    private static float[] calibrate(List<TokenSheet> sheets, List<int[]> gold, List<List<int[]>> predicted) {
        List<double[]> points = new ArrayList<>();
        for (int d = 0; d < sheets.size(); d++) {
            int[] g = gold.get(d);
            for (int[] c : predicted.get(d)) {
                boolean exact = g[c[0]] == 1 && (c[1] >= g.length || g[c[1]] != 2);
                for (int i = c[0] + 1; i < c[1]; i++) {
                    exact &= g[i] == 2;
                }
                points.add(new double[] {c[2] / 1000.0, exact ? 1 : 0});
            }
        }
        // Standardise the score so one learning rate suits any weight scale; convert back at the end.
        double mean = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
        double sd = Math.sqrt(points.stream().mapToDouble(p -> (p[0] - mean) * (p[0] - mean)).average().orElse(1));
        sd = sd > 0 ? sd : 1;
        double a = 0;
        double b = 0;
        for (int it = 0; it < 300 && !points.isEmpty(); it++) {
            double ga = 0;
            double gb = 0;
            for (double[] p : points) {
                double x = (p[0] - mean) / sd;
                double q = 1 / (1 + Math.exp(-(a * x + b)));
                ga += (q - p[1]) * x;
                gb += q - p[1];
            }
            a -= ga / points.size();
            b -= gb / points.size();
        }
        b -= a * mean / sd;
        a /= sd;
        return new float[] {(float) a, (float) b};
    }
}
