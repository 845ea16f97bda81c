package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newslens.model.Article;
import org.newslens.model.Claim;
import org.newslens.model.Quote;
import org.newslens.model.Paragraph;
import org.newslens.model.Sentence;
import org.newslens.model.Token;
import org.newslens.nlp.Language;

/**
 * The claim stage: check-worthy sentences, each with the attribution it carries. Every sentence is scored by
 * {@link CheckWorthiness} (about 0.1 ms a sentence: cues, a static embedding and hashed n-grams through one linear
 * model); those at or above the model's threshold become claims, attributed through the quotations they overlap
 * ({@link ClaimAttributions}). Reads the sentences, tokens and entities of the language layer and the quotes.
 */
public final class ClaimFinder {
    /**
     * The lower bar for a sentence that carries reported speech with a cue ("experts say that ...", "the agency
     * stated that ..."): the article presents it as someone's assertion of fact, which is checkable in itself. Low
     * enough for a plain statement in the present tense (about 0.25 on its wording), high enough to keep out quoted
     * opinions, promises and questions (under 0.05).
     */
    static final double REPORTED_SPEECH_THRESHOLD = 0.2;

    private ClaimFinder() {
    }

    /** The stage's name in timings and error records. */
    public static String name() {
        return "claims";
    }

    /** The claims in the body, sorted and disjoint (one per check-worthy sentence). */
    public static List<Claim> find(Article article, Language language, List<Quote> quotes) {
        return find(article, language, quotes, CheckWorthiness.standard());
    }

    static List<Claim> find(Article article, Language language, List<Quote> quotes, CheckWorthiness model) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(quotes, "quotes");
        String text = article.text();
        List<Token> tokens = language.tokens();
        List<ClaimFeatures.Name> names = CheckWorthiness.names(language.entities());
        List<Claim> claims = new ArrayList<>();
        List<Paragraph> paragraphs = article.paragraphs();
        int p = 0;
        int t = 0;
        int n = 0;
        for (Sentence s : language.sentences()) {
            while (p < paragraphs.size() && paragraphs.get(p).end() <= s.start()) {
                p++;
            }
            // A subheading labels what follows ("Opposition from traders"); it asserts nothing to check.
            boolean heading = p < paragraphs.size() && paragraphs.get(p).start() <= s.start()
                    && paragraphs.get(p).kind() == Paragraph.Kind.HEADING;
            while (t < tokens.size() && tokens.get(t).start() < s.start()) {
                t++;
            }
            int tEnd = t;
            while (tEnd < tokens.size() && tokens.get(tEnd).end() <= s.end()) {
                tEnd++;
            }
            while (n < names.size() && names.get(n).start() < s.start()) {
                n++;
            }
            int nEnd = n;
            while (nEnd < names.size() && names.get(nEnd).end() <= s.end()) {
                nEnd++;
            }
            if (tEnd > t && !heading) {
                CheckWorthiness.Verdict v = model.judge(
                        model.featuresOf(text, tokens.subList(t, tEnd), names.subList(n, nEnd)));
                if (v.checkWorthy()) {
                    claims.add(new Claim(s.start(), s.end(), round(v.score()), ClaimAttributions.of(s, quotes, text),
                            v.reason()));
                } else if (v.score() >= REPORTED_SPEECH_THRESHOLD && reportsSpeech(s, quotes)) {
                    claims.add(new Claim(s.start(), s.end(), round(v.score()), ClaimAttributions.of(s, quotes, text),
                            new CheckWorthiness.Verdict(v.score(), true, v.cuesFor(), v.cuesAgainst())
                                    .reason("check-worthy as reported speech, which needs "
                                            + REPORTED_SPEECH_THRESHOLD)));
                }
            }
            t = tEnd;
            n = nEnd;
        }
        return claims;
    }

    /** Whether a quotation with a cue overlaps the sentence. */
    private static boolean reportsSpeech(Sentence s, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.cue() != null && q.overlaps(s)) {
                return true;
            }
        }
        return false;
    }

    /** Four decimals: enough to rank, and the JSON stays the same bytes across runs. */
    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }
}
