package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Claim;
import org.newslens.model.Page;
import org.newslens.model.Paragraph;
import org.newslens.model.Quote;
import org.newslens.model.Result;
import org.newslens.model.Sentence;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;
import org.newslens.model.Token;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.testing.SpanChecks;

class ClaimFinderTest {
    // Invented news prose: three checkable statements, an opinion, a question and a promise.
    static final String TEXT = "The city council approved a budget of 45 million euros on Tuesday."
            + " Unemployment in the region fell to 6.1 percent last year, according to the statistics office."
            + " Three people were injured when the bridge collapsed in 2019."
            + " I think the mayor is doing a wonderful job."
            + " What will the council do next?"
            + " We must do better for our children.";

    static Article article(String text) {
        List<Paragraph> p = text.isEmpty() ? List.of() : List.of(new Paragraph(0, text.length(), Paragraph.Kind.PARAGRAPH));
        return new Article(null, List.of(), null, null, null, List.of(), null, null, null, text, p, List.of(), null);
    }

    static Map<String, Claim> claimsBySentence(String text, List<Claim> claims) {
        return claims.stream().collect(Collectors.toMap(c -> c.textOf(text), Function.identity()));
    }

    @Test
    void factualSentencesAreClaimsOpinionsQuestionsAndPromisesAreNot() {
        Article a = article(TEXT);
        Language language = LanguageAnalyzer.analyze(a, true);
        assertEquals(6, language.sentences().size());
        List<Claim> claims = ClaimFinder.find(a, language, List.of());
        SpanChecks.assertLayer("claim", TEXT, claims, true);
        Map<String, Claim> bySentence = claimsBySentence(TEXT, claims);
        assertEquals(3, claims.size(), bySentence.keySet().toString());
        Claim budget = bySentence.get("The city council approved a budget of 45 million euros on Tuesday.");
        assertTrue(budget.score() >= CheckWorthiness.standard().threshold() && budget.score() <= 1);
        assertTrue(budget.reason().startsWith("check-worthy ("), budget.reason());
        assertTrue(budget.reason().contains("a figure"), budget.reason());
        assertTrue(bySentence.containsKey("Three people were injured when the bridge collapsed in 2019."));
        for (Claim c : claims) {
            assertEquals(SourceKind.NONE, c.attribution().kind());
        }
    }

    @Test
    void subheadingsAreNotClaims() {
        // The same factual wording as a subheading and as a paragraph: only the paragraph is a claim.
        String heading = "Council approved a budget of 45 million euros in 2023";
        String body = "The city council approved a budget of 45 million euros on Tuesday.";
        String text = heading + "\n\n" + body;
        int bodyStart = heading.length() + 2;
        Article a = new Article(null, List.of(), null, null, null, List.of(), null, null, null, text,
                List.of(new Paragraph(0, heading.length(), Paragraph.Kind.HEADING),
                        new Paragraph(bodyStart, text.length(), Paragraph.Kind.PARAGRAPH)), List.of(), null);
        List<Claim> claims = ClaimFinder.find(a, LanguageAnalyzer.analyze(a, true), List.of());
        assertEquals(1, claims.size());
        SpanChecks.assertCovers(text, claims.get(0), body);
    }

    @Test
    void opinionScoresBelowTheFactsItSitsAmong() {
        CheckWorthiness model = CheckWorthiness.standard();
        double opinion = model.judge("I think the mayor is doing a wonderful job.").score();
        double fact = model.judge("Three people were injured when the bridge collapsed in 2019.").score();
        assertTrue(opinion < 0.1 && fact > 0.9, opinion + " vs " + fact);
        CheckWorthiness.Verdict v = model.judge("What will the council do next?");
        assertFalse(v.checkWorthy());
        assertTrue(v.reason().startsWith("not check-worthy (0.00): a question"), v.reason());
    }

    @Test
    void claimsInsideQuotesTakeTheirSource() {
        String text = "The ministry said that 1,200 teachers left the profession in 2022.";
        Article a = article(text);
        Language language = LanguageAnalyzer.analyze(a, true);
        Quote quote = new Quote(23, 65, Quote.Kind.INDIRECT, new Span(13, 17), new Speaker(0, 12, null),
                SourceKind.NAMED, 0.9, "invented");
        SpanChecks.assertCovers(text, quote, "1,200 teachers left the profession in 2022");
        List<Claim> claims = ClaimFinder.find(a, language, List.of(quote));
        assertEquals(1, claims.size());
        assertEquals(SourceKind.NAMED, claims.get(0).attribution().kind());
        SpanChecks.assertCovers(text, claims.get(0).attribution().source(), "The ministry");
        SpanChecks.assertCovers(text, claims.get(0).attribution().cue(), "said");
    }

    /** A model that scores every sentence 0.3, under its threshold of 0.4: only the reported-speech bar decides. */
    static CheckWorthiness flatModel() {
        double logit = Math.log(0.3 / 0.7);
        return new CheckWorthiness(new ClaimModel(logit, new double[ClaimCue.values().length], new double[0],
                new float[ClaimFeatures.BUCKETS], 0.4, ""), null);
    }

    @Test
    void reportedSpeechNeedsOnlyTheLowerBar() {
        String text = "Critics say the plan is late. The plan is late.";
        Article a = article(text);
        Language language = new Language(List.of(new Sentence(0, 29), new Sentence(30, 47)),
                ClaimFeaturesTest.tokens(text), List.of());
        Quote vague = new Quote(12, 28, Quote.Kind.INDIRECT, new Span(8, 11), new Speaker(0, 7, null),
                SourceKind.VAGUE, 0.8, "invented");
        SpanChecks.assertCovers(text, vague, "the plan is late");
        List<Claim> claims = ClaimFinder.find(a, language, List.of(vague), flatModel());
        assertEquals(1, claims.size());
        SpanChecks.assertCovers(text, claims.get(0), "Critics say the plan is late.");
        assertEquals(0.3, claims.get(0).score(), 1e-9);
        assertEquals(SourceKind.VAGUE, claims.get(0).attribution().kind());
        assertTrue(claims.get(0).reason().startsWith("check-worthy as reported speech, which needs 0.2 (0.30)"),
                claims.get(0).reason());
        assertEquals(List.of(), ClaimFinder.find(a, language, List.of(), flatModel()));
    }

    @Test
    void randomTextGivesWellFormedClaims() {
        Random random = new Random(17);
        for (int i = 0; i < 60; i++) {
            String text = SpanChecks.randomText(random, 400);
            Article a = article(text);
            List<Claim> claims = ClaimFinder.find(a, LanguageAnalyzer.analyze(a, true), List.of());
            SpanChecks.assertLayer("claim", text, claims, true);
            for (Claim c : claims) {
                assertTrue(c.score() >= 0 && c.score() <= 1 && !c.reason().isBlank());
            }
        }
    }

    @Test
    void noSentencesNoClaims() {
        Article a = article("");
        assertEquals(List.of(), ClaimFinder.find(a, LanguageAnalyzer.analyze(a, true), List.of()));
    }

    @Test
    void aTwoMegabyteSentenceWithoutPunctuationIsScoredPromptly() {
        String text = "word1 tenth Lorem ".repeat(2_000_000 / 18);
        List<Token> tokens = ClaimFeaturesTest.tokens(text);
        Language language = new Language(List.of(new Sentence(0, text.length())), tokens, List.of());
        List<Claim> claims = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ClaimFinder.find(article(text), language, List.of()));
        SpanChecks.assertLayer("claim", text, claims, true);
    }

    /** The shared sample (issue 3, section 6), read from ../shared when it is there. */
    @Test
    void sampleFactsAreClaimsAndItsOpinionsAreNot() throws IOException {
        Path sample = Path.of("../../shared/samples/000_d6ea1a5e81e65654.txt");
        assumeTrue(Files.exists(sample), "the shared sample is not beside the repository");
        Result r = new Pipeline(PipelineOptions.allLayers()).run(Page.text(sample.toString(), Files.readString(sample)));
        Analysis analysis = assertInstanceOf(Analysis.class, r);
        String text = analysis.article().text();
        SpanChecks.assertLayer("claim", text, analysis.claims(), true);
        List<String> claimed = new ArrayList<>();
        for (Claim c : analysis.claims()) {
            claimed.add(c.textOf(text));
        }
        for (String start : List.of("Furthermore, at the beginning of this year, it was reported by Agence",
                "The Dutch intelligence service stated in 2012", "It has been posited that the Iranian embassy",
                "Anne Singleton, recognised as an Iranian spy", "More than 30,000 political prisoners")) {
            assertTrue(claimed.stream().anyMatch(c -> c.startsWith(start)), start + " is not among " + claimed);
        }
        for (String start : List.of("The MEK is clearly the biggest threat", "The MEK represents freedom")) {
            assertTrue(claimed.stream().noneMatch(c -> c.startsWith(start)), start + " should not be a claim");
        }
        CheckWorthiness model = CheckWorthiness.standard();
        double opinion = model.judge("The MEK is clearly the biggest threat to the Iranian regime.").score();
        for (Claim c : analysis.claims()) {
            if (c.textOf(text).startsWith("Furthermore") || c.textOf(text).startsWith("The Dutch")) {
                assertTrue(c.score() > opinion + 0.3, c.score() + " vs opinion " + opinion);
            }
        }
    }
}
