package org.newslens.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.newslens.model.Article;
import org.newslens.model.Entity;
import org.newslens.model.Paragraph;
import org.newslens.model.Span;
import org.newslens.model.Token;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;

/**
 * How check-worthy a sentence is: the probability, by a logistic regression trained on ClaimBuster (Arslan et al.,
 * ICWSM 2020), that it states a fact someone could verify, with the cues that weighed most. Thread-safe and
 * immutable; {@link #standard()} is the model that ships in the jar ({@value #RESOURCE}).
 */
public final class CheckWorthiness {
    /** The committed model, rebuilt by {@code newslens train claims}. */
    public static final String RESOURCE = "org/newslens/attribution/claim-model.tsv";

    /** The committed static embedding table, rebuilt by {@code newslens train claims}. */
    public static final String EMBEDDINGS_RESOURCE = "org/newslens/attribution/claim-embeddings.bin";

    /** A cue enters the reason only when it moves the log-odds by at least this much. */
    private static final double REASON_MIN_WEIGHT = 0.15;

    /** At most this many cues are named on each side, so a reason stays one line. */
    private static final int REASON_CUES = 3;

    /** The n-grams together enter the reason when they move the log-odds by at least this much. */
    private static final double REASON_MIN_WORDING = 0.5;

    private static final class Standard {
        static final StaticEmbeddings EMBEDDINGS = loadEmbeddings();
        static final CheckWorthiness MODEL = loadStandard();
    }

    private final ClaimModel model;
    private final StaticEmbeddings embeddings;

    CheckWorthiness(ClaimModel model, StaticEmbeddings embeddings) {
        int dimensions = embeddings == null ? 0 : embeddings.dimensions();
        if (model.embeddingWeights.length != dimensions) {
            throw new IllegalArgumentException("the model expects " + model.embeddingWeights.length
                    + " embedding dimensions, the table has " + dimensions);
        }
        this.model = model;
        this.embeddings = embeddings;
    }

    /** The committed model, loaded once. */
    public static CheckWorthiness standard() {
        return Standard.MODEL;
    }

    /**
     * A model from a file written by {@code newslens train claims}, with the committed embedding table.
     *
     * @throws IOException when the file cannot be read or is not a claim model for that table
     */
    public static CheckWorthiness read(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new CheckWorthiness(ClaimModel.read(in), Standard.EMBEDDINGS);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** Loads the committed model now; returns the time it took in milliseconds. */
    public static long warmUp() {
        long t0 = System.nanoTime();
        standard().threshold();
        return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The score at or above which a sentence is a claim. */
    public double threshold() {
        return model.threshold;
    }

    /**
     * A verdict on one sentence.
     *
     * @param score check-worthiness in [0, 1]
     * @param checkWorthy whether the score reaches the threshold
     * @param cuesFor the cues that raised the score most, in plain words, strongest first
     * @param cuesAgainst the cues that lowered it most
     */
    public record Verdict(double score, boolean checkWorthy, List<String> cuesFor, List<String> cuesAgainst) {
        public Verdict {
            cuesFor = List.copyOf(cuesFor);
            cuesAgainst = List.copyOf(cuesAgainst);
        }

        /** The verdict in plain words: "check-worthy (0.82): a figure, ...; against it: ...". */
        public String reason() {
            return reason(checkWorthy ? "check-worthy" : "not check-worthy");
        }

        /** The same with another opening, for a caller that decides on other grounds too. */
        String reason(String verdict) {
            List<String> first = checkWorthy ? cuesFor : cuesAgainst;
            List<String> second = checkWorthy ? cuesAgainst : cuesFor;
            StringBuilder sb = new StringBuilder(verdict).append(String.format(Locale.ROOT, " (%.2f)", score));
            if (!first.isEmpty()) {
                sb.append(": ").append(String.join(", ", first));
            }
            if (!second.isEmpty()) {
                sb.append(checkWorthy ? "; against it: " : "; for it: ").append(String.join(", ", second));
            }
            return sb.toString();
        }
    }

    /**
     * Judges {@code statement} as one sentence on its own, running the language analyser (tokens, names) first.
     * Used for evaluation and training data, where every item is a lone sentence.
     */
    public Verdict judge(String statement) {
        Objects.requireNonNull(statement, "statement");
        return judge(featuresOf(statement, embeddings));
    }

    Verdict judge(ClaimFeatures.Vector v) {
        double cueSum = model.cueSum(v);
        // The embedding and the n-grams are "wording": no single word or dimension explains them.
        double wording = model.ngramSum(v) + model.embeddingSum(v);
        double score = ClaimModel.sigmoid(model.bias + cueSum + wording);
        List<String> pro = new ArrayList<>();
        List<String> con = new ArrayList<>();
        List<ClaimCue> order = new ArrayList<>(List.of(ClaimCue.values()));
        // Strongest first; the cue order breaks ties so that a reason reads the same on every run.
        order.sort(Comparator.comparingDouble((ClaimCue c) -> -Math.abs(contribution(v, c))));
        for (ClaimCue c : order) {
            double x = contribution(v, c);
            if (x >= REASON_MIN_WEIGHT && pro.size() < REASON_CUES) {
                pro.add(c.phrase());
            } else if (x <= -REASON_MIN_WEIGHT && con.size() < REASON_CUES) {
                con.add(c.phrase());
            }
        }
        if (wording >= REASON_MIN_WORDING) {
            pro.add("wording typical of checkable statements");
        } else if (wording <= -REASON_MIN_WORDING) {
            con.add("wording typical of opinions, promises and small talk");
        }
        return new Verdict(score, score >= model.threshold, pro, con);
    }

    /** The features of a sentence of an analysed article. */
    ClaimFeatures.Vector featuresOf(String text, List<Token> tokens, List<ClaimFeatures.Name> names) {
        return ClaimFeatures.extract(text, tokens, names, embeddings);
    }

    /** The features of a lone statement, as training and evaluation see it. */
    static ClaimFeatures.Vector featuresOf(String statement, StaticEmbeddings embeddings) {
        List<Paragraph> paragraphs = statement.isEmpty() ? List.of()
                : List.of(new Paragraph(0, statement.length(), Paragraph.Kind.PARAGRAPH));
        Article article = new Article(null, List.of(), null, null, null, List.of(), null, null, null, statement,
                paragraphs, List.of(), null);
        Language language = LanguageAnalyzer.analyze(article, true);
        return ClaimFeatures.extract(statement, language.tokens(), names(language.entities()), embeddings);
    }

    /** Every mention of every entity, with its type, sorted by start. */
    static List<ClaimFeatures.Name> names(List<Entity> entities) {
        List<ClaimFeatures.Name> names = new ArrayList<>();
        for (Entity e : entities) {
            for (Span m : e.mentions()) {
                names.add(new ClaimFeatures.Name(m.start(), m.end(), e.type()));
            }
        }
        names.sort(Comparator.comparingInt(ClaimFeatures.Name::start));
        return names;
    }

    private double contribution(ClaimFeatures.Vector v, ClaimCue c) {
        return model.cueWeights[c.ordinal()] * v.cues()[c.ordinal()];
    }

    private static CheckWorthiness loadStandard() {
        InputStream in = CheckWorthiness.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE + " (rebuild it: newslens train claims)");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return new CheckWorthiness(ClaimModel.read(r), Standard.EMBEDDINGS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static StaticEmbeddings loadEmbeddings() {
        InputStream in = CheckWorthiness.class.getClassLoader().getResourceAsStream(EMBEDDINGS_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + EMBEDDINGS_RESOURCE
                    + " (rebuild it: newslens train claims)");
        }
        try (in) {
            return StaticEmbeddings.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EMBEDDINGS_RESOURCE, e);
        }
    }

    /** The committed embedding table. */
    static StaticEmbeddings standardEmbeddings() {
        return Standard.EMBEDDINGS;
    }

}
