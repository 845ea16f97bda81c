package org.newslens.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.newslens.attribution.AttributionRelation;
import org.newslens.attribution.QuoteFinder;
import org.newslens.model.Article;
import org.newslens.model.Paragraph;
import org.newslens.model.Quote;
import org.newslens.model.Span;
import org.newslens.model.Token;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;

/**
 * Scores quotation finding on PolNeAR (read by {@link PolnearCorpus}) with the measures BBC's citron reports on
 * PARC 3.0 (Newell, Cox and Jordan, 2018), so the figures compare.
 *
 * <p>Predicted relations: the {@link Quote}s sharing one cue span form one relation; their contents are its content
 * fragments and their speaker its source. A quote without a cue is a relation of its own. All spans are trimmed of
 * white space and touching fragments merged before comparing.
 *
 * <ul>
 *   <li><b>Exact</b>, per role. Cue: a predicted cue is right when a gold cue has exactly its offsets. Source and
 *       content: a predicted relation's source (content) is right when a gold relation whose cue overlaps its cue
 *       has exactly the same source (the same content fragments). Precision counts right predicted spans over
 *       predicted relations with that role; recall counts gold relations with that role that some prediction gets
 *       right over all gold relations with that role. Relations without a source do not count for source.</li>
 *   <li><b>Overlap</b>, per role: token-weighted. Precision is the share of the tokens in predicted spans of a role
 *       that lie in gold spans of that role; recall the share of gold tokens of the role that predicted spans cover.
 *       Tokens are the language stage's, counted once per article.</li>
 *   <li><b>Relation</b>: a predicted relation matches a gold one when their cues overlap, their contents overlap,
 *       and either both have no source or their sources overlap; each gold relation matches at most one prediction
 *       (greedy, in text order). <b>Relation exact</b> asks for exact cue, source and content instead.</li>
 * </ul>
 */
public final class AttributionEval {
    private AttributionEval() {
    }

    /** One article's gold and predicted relations, for error reports. */
    public record ArticleOutcome(String name, String text, List<AttributionRelation> gold,
            List<AttributionRelation> predicted) {
    }

    /**
     * Reads {@code split} of the corpus under {@code dir}, analyses every article and scores the quotations.
     *
     * @param perArticle receives each article's relations, in name order; may be null
     */
    public static AttributionScores run(Path dir, String split, Consumer<ArticleOutcome> perArticle) throws IOException {
        QuoteFinder.warmUp();
        return score(analyse(PolnearCorpus.read(dir, split)), QuoteFinder::find, perArticle);
    }

    /** An article of the corpus with its language layers. */
    public record Analysed(PolnearCorpus.Document document, Article article, Language language) {
    }

    /** Runs the language stage over the documents. */
    public static List<Analysed> analyse(List<PolnearCorpus.Document> documents) {
        List<Analysed> out = new ArrayList<>();
        for (PolnearCorpus.Document d : documents) {
            Article article = article(d.text());
            out.add(new Analysed(d, article, LanguageAnalyzer.analyze(article, true)));
        }
        return out;
    }

    /**
     * Scores {@code finder} on analysed articles.
     *
     * @param perArticle receives each article's relations, in order; may be null
     */
    public static AttributionScores score(List<Analysed> articles, BiFunction<Article, Language, List<Quote>> finder,
            Consumer<ArticleOutcome> perArticle) {
        Counts counts = new Counts();
        // Timed after a warm-up pass so the JIT has compiled the hot loops; CPU time beside wall time, since wall
        // time on a machine shared with other jobs measures the other jobs too.
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, articles.size()); i++) {
            finder.apply(articles.get(i).article(), articles.get(i).language());
        }
        long nanos = 0;
        long cpu = 0;
        for (Analysed a : articles) {
            PolnearCorpus.Document d = a.document();
            long c0 = cpuNanos();
            long t0 = System.nanoTime();
            List<Quote> quotes = finder.apply(a.article(), a.language());
            nanos += System.nanoTime() - t0;
            cpu += cpuNanos() - c0;
            List<AttributionRelation> predicted = relations(quotes);
            score(d.text(), a.language().tokens(), d.relations(), predicted, counts);
            if (perArticle != null) {
                perArticle.accept(new ArticleOutcome(d.name(), d.text(), d.relations(), predicted));
            }
        }
        int n = Math.max(1, articles.size());
        return counts.scores(articles.size(), nanos / 1e6 / n, cpu / 1e6 / n);
    }

    /** How far annotators agree with one another, with the measures the system is scored by. */
    public record Agreement(int articles, int pairs, AttributionScores scores) {
    }

    /**
     * Scores every annotator of {@code split} against every other on the articles that several people annotated,
     * each ordered pair once (so precision and recall pool to the same figure): the ceiling a system scored against
     * one annotator can expect. The language stage runs only for the token-weighted overlap measures.
     */
    public static Agreement agreement(Path dir, String split) throws IOException {
        Counts counts = new Counts();
        int articles = 0;
        int pairs = 0;
        for (List<PolnearCorpus.Document> annotations : PolnearCorpus.readAll(dir, split).values()) {
            if (annotations.size() < 2) {
                continue;
            }
            articles++;
            String text = annotations.get(0).text();
            List<Token> tokens = LanguageAnalyzer.analyze(article(text), true).tokens();
            for (PolnearCorpus.Document gold : annotations) {
                for (PolnearCorpus.Document other : annotations) {
                    if (gold != other) {
                        score(text, tokens, gold.relations(), other.relations(), counts);
                        pairs++;
                    }
                }
            }
        }
        return new Agreement(articles, pairs, counts.scores(articles, 0, 0));
    }

    /** Articles run untimed before the timed pass. */
    static final int WARM_UP_ARTICLES = 20;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** This thread's CPU time, or wall time where the JVM cannot tell it. */
    private static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    /** A PolNeAR text as an article: each non-blank line a paragraph (the corpus writes one per line). */
    public static Article article(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int lineEnd = text.indexOf('\n', i);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int a = i;
            int b = lineEnd;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            if (b > a) {
                paragraphs.add(new Paragraph(a, b, Paragraph.Kind.PARAGRAPH));
            }
            i = lineEnd + 1;
        }
        return new Article(null, List.of(), null, null, null, List.of(), "en", null, null, text, paragraphs, List.of(),
                null);
    }

    /** Groups quotations into relations: one per cue span, in text order. */
    public static List<AttributionRelation> relations(List<Quote> quotes) {
        Map<Object, List<Quote>> byCue = new LinkedHashMap<>();
        for (Quote q : quotes) {
            Object key = q.cue() == null ? q : q.cue();
            byCue.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<AttributionRelation> out = new ArrayList<>();
        for (List<Quote> group : byCue.values()) {
            Quote first = group.get(0);
            List<Span> content = new ArrayList<>();
            for (Quote q : group) {
                content.add(new Span(q.start(), q.end()));
            }
            List<Span> source = first.speaker() == null ? List.of()
                    : List.of(new Span(first.speaker().start(), first.speaker().end()));
            out.add(new AttributionRelation(source, first.cue(), content));
        }
        out.sort(Comparator.comparingInt(r -> r.cue() == null ? r.content().get(0).start() : r.cue().start()));
        return out;
    }

    private static final class Counts {
        final long[] exactPredicted = new long[3];
        final long[] exactPredictedHits = new long[3];
        final long[] exactGold = new long[3];
        final long[] exactGoldHits = new long[3];
        final long[] overlapPredicted = new long[3];
        final long[] overlapGold = new long[3];
        final long[] overlapShared = new long[3];
        long gold;
        long predicted;
        long relationHits;
        long relationExactHits;

        AttributionScores scores(int articles, double millis, double cpuMillis) {
            AttributionScores.Prf[] exact = new AttributionScores.Prf[3];
            AttributionScores.Prf[] overlap = new AttributionScores.Prf[3];
            for (int r = 0; r < 3; r++) {
                exact[r] = AttributionScores.Prf.of(exactPredictedHits[r], exactPredicted[r], exactGoldHits[r], exactGold[r]);
                overlap[r] = AttributionScores.Prf.of(overlapShared[r], overlapPredicted[r], overlapShared[r], overlapGold[r]);
            }
            return new AttributionScores(articles, (int) gold, (int) predicted, exact[SOURCE], overlap[SOURCE],
                    exact[CUE], overlap[CUE], exact[CONTENT], overlap[CONTENT],
                    AttributionScores.Prf.of(relationHits, predicted, relationHits, gold),
                    AttributionScores.Prf.of(relationExactHits, predicted, relationExactHits, gold), millis, cpuMillis);
        }
    }

    private static final int SOURCE = 0;
    private static final int CUE = 1;
    private static final int CONTENT = 2;

    /** One role of a relation, normalised. */
    private static List<Span> role(String text, AttributionRelation r, int role) {
        return switch (role) {
            case SOURCE -> SpanMatch.normalise(text, r.source());
            case CUE -> r.cue() == null ? List.of() : SpanMatch.normalise(text, List.of(r.cue()));
            default -> SpanMatch.normalise(text, r.content());
        };
    }

    private static void score(String text, List<Token> tokens, List<AttributionRelation> gold,
            List<AttributionRelation> predicted, Counts c) {
        c.gold += gold.size();
        c.predicted += predicted.size();
        for (int role = 0; role < 3; role++) {
            for (AttributionRelation p : predicted) {
                List<Span> ps = role(text, p, role);
                if (ps.isEmpty()) {
                    continue;
                }
                c.exactPredicted[role]++;
                for (AttributionRelation g : gold) {
                    if (exactRole(text, p, g, role)) {
                        c.exactPredictedHits[role]++;
                        break;
                    }
                }
            }
            for (AttributionRelation g : gold) {
                if (role(text, g, role).isEmpty()) {
                    continue;
                }
                c.exactGold[role]++;
                for (AttributionRelation p : predicted) {
                    if (exactRole(text, p, g, role)) {
                        c.exactGoldHits[role]++;
                        break;
                    }
                }
            }
            boolean[] inPredicted = coveredTokens(text, tokens, predicted, role);
            boolean[] inGold = coveredTokens(text, tokens, gold, role);
            for (int t = 0; t < tokens.size(); t++) {
                c.overlapPredicted[role] += inPredicted[t] ? 1 : 0;
                c.overlapGold[role] += inGold[t] ? 1 : 0;
                c.overlapShared[role] += inPredicted[t] && inGold[t] ? 1 : 0;
            }
        }
        boolean[] used = new boolean[gold.size()];
        boolean[] usedExact = new boolean[gold.size()];
        for (AttributionRelation p : predicted) {
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && relationMatch(text, p, gold.get(g))) {
                    used[g] = true;
                    c.relationHits++;
                    break;
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                AttributionRelation gr = gold.get(g);
                if (!usedExact[g] && exactRole(text, p, gr, CUE) && exactRole(text, p, gr, CONTENT)
                        && role(text, p, SOURCE).equals(role(text, gr, SOURCE))) {
                    usedExact[g] = true;
                    c.relationExactHits++;
                    break;
                }
            }
        }
    }

    private static boolean exactRole(String text, AttributionRelation p, AttributionRelation g, int role) {
        List<Span> ps = role(text, p, role);
        List<Span> gs = role(text, g, role);
        if (ps.isEmpty() || !ps.equals(gs)) {
            return false;
        }
        return role == CUE || SpanMatch.overlap(role(text, p, CUE), role(text, g, CUE));
    }

    private static boolean relationMatch(String text, AttributionRelation p, AttributionRelation g) {
        List<Span> ps = role(text, p, SOURCE);
        List<Span> gs = role(text, g, SOURCE);
        boolean sources = ps.isEmpty() && gs.isEmpty() || SpanMatch.overlap(ps, gs);
        return sources && SpanMatch.overlap(role(text, p, CUE), role(text, g, CUE))
                && SpanMatch.overlap(role(text, p, CONTENT), role(text, g, CONTENT));
    }

    private static boolean[] coveredTokens(String text, List<Token> tokens, List<AttributionRelation> relations, int role) {
        boolean[] covered = new boolean[tokens.size()];
        for (AttributionRelation r : relations) {
            for (Span s : role(text, r, role)) {
                int lo = 0;
                int hi = tokens.size();
                while (lo < hi) {
                    int mid = (lo + hi) >>> 1;
                    if (tokens.get(mid).end() <= s.start()) {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                for (int t = lo; t < tokens.size() && tokens.get(t).start() < s.end(); t++) {
                    covered[t] = true;
                }
            }
        }
        return covered;
    }
}
