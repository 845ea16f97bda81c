package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.Entity;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.testing.SpanChecks;

/** Behaviour of the quotation stage on invented news text, with the committed model. */
class QuoteFinderTest {
    static final String NEWS = """
            “We will rebuild the bridge by spring,” said Maria Lopez, the mayor of Riverton.

            Lopez said that the county had already set aside the money. She told reporters the work would start in March.

            According to the Northern Weather Agency, the river will stay high until Friday. The agency said residents should avoid the banks.

            Analysts say the repairs could cost twice as much. A source familiar with the talks said the state would pay half. A senior official who asked not to be named said the contract was signed last week.

            It has been suggested that the old bridge was never inspected. The delay was first reported by the Riverton Gazette.

            The Riverton Fire Service stated in 2019 that the bridge was “no longer safe for heavy traffic” and closed it.

            The water is cold, the mayor added.
            """;

    static List<Quote> quotes;
    static List<Entity> entities;

    @BeforeAll
    static void analyse() {
        Article article = Fixtures.article(NEWS);
        Language language = LanguageAnalyzer.analyze(article, true);
        entities = language.entities();
        quotes = QuoteFinder.find(article, language);
    }

    /** The quote whose content starts with {@code prefix}. */
    static Quote quote(String prefix) {
        return quotes.stream().filter(q -> q.textOf(NEWS).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "' in " + quotes));
    }

    static String entity(String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().id();
    }

    static void assertQuote(Quote q, Quote.Kind kind, String cue, String speaker, SourceKind source) {
        assertEquals(kind, q.kind(), q.toString());
        assertEquals(cue, q.cue().textOf(NEWS), q.toString());
        assertEquals(speaker, q.speaker() == null ? null : q.speaker().textOf(NEWS), q.toString());
        assertEquals(source, q.source(), q.toString());
        assertTrue(q.confidence() > 0 && q.confidence() <= 1, q.toString());
        assertTrue(q.reason().contains(cue), q.reason());
    }

    @Test
    void layerIsWellFormed() {
        SpanChecks.assertLayer("quote", NEWS, quotes, false);
        for (Quote q : quotes) {
            SpanChecks.assertLayer("cue", NEWS, List.of(q.cue()), false);
            if (q.speaker() != null) {
                SpanChecks.assertLayer("speaker", NEWS, List.of(q.speaker()), false);
            }
        }
    }

    @Test
    void aRoleWithANameInAppositionIsThatPerson() {
        String text = "The council leader, Tom Reyes, said the works would start in the summer.";
        Article article = Fixtures.article(text);
        Language language = LanguageAnalyzer.analyze(article, true);
        Quote q = QuoteFinder.find(article, language).stream().filter(x -> x.speaker() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no sourced quotation"));
        assertTrue(q.speaker().textOf(text).contains("Tom Reyes"), q.toString());
        String reyes = language.entities().stream().filter(e -> e.name().equals("Tom Reyes")).findFirst()
                .orElseThrow().id();
        assertEquals(reyes, q.speaker().entity());
    }

    @Test
    void directQuoteBeforeSaidNamesTheSpeakerAfterIt() {
        Quote q = quote("“We will rebuild");
        assertQuote(q, Quote.Kind.DIRECT, "said", "Maria Lopez, the mayor of Riverton", SourceKind.NAMED);
        assertEquals("“We will rebuild the bridge by spring,”", q.textOf(NEWS));
        assertEquals(entity("Maria Lopez"), q.speaker().entity());
    }

    @Test
    void saidThatKeepsThatInTheContent() {
        Quote q = quote("that the county");
        assertQuote(q, Quote.Kind.INDIRECT, "said", "Lopez", SourceKind.NAMED);
        assertEquals("that the county had already set aside the money", q.textOf(NEWS));
    }

    @Test
    void aPronounSpeakerResolvesToTheLastSpeaker() {
        Quote q = quote("the work would start");
        assertQuote(q, Quote.Kind.INDIRECT, "told", "She", SourceKind.NAMED);
        assertEquals(entity("Maria Lopez"), q.speaker().entity());
    }

    @Test
    void accordingToAndABareRoleResolveToTheOrganisation() {
        Quote q = quote("the river will stay high");
        assertQuote(q, Quote.Kind.INDIRECT, "According to", "the Northern Weather Agency", SourceKind.NAMED);
        Quote agency = quote("residents should avoid");
        assertQuote(agency, Quote.Kind.INDIRECT, "said", "The agency", SourceKind.NAMED);
        assertEquals(entity("Northern Weather Agency"), agency.speaker().entity());
    }

    @Test
    void aRoleResolvesToTheSpeakerItDescribed() {
        Quote q = quote("The water is cold");
        assertQuote(q, Quote.Kind.INDIRECT, "added", "the mayor", SourceKind.NAMED);
        assertEquals(entity("Maria Lopez"), q.speaker().entity());
    }

    @Test
    void groupsAreVagueAndHiddenSourcesAnonymous() {
        assertQuote(quote("the repairs could cost"), Quote.Kind.INDIRECT, "say", "Analysts", SourceKind.VAGUE);
        assertQuote(quote("the state would pay half"), Quote.Kind.INDIRECT, "said", "A source familiar with the talks",
                SourceKind.ANONYMOUS);
        Quote official = quote("the contract was signed");
        assertEquals(SourceKind.ANONYMOUS, official.source(), official.toString());
        assertNull(official.speaker().entity());
    }

    @Test
    void anImpersonalPassiveHasAVagueAndEmptySource() {
        Quote q = quote("that the old bridge");
        assertEquals(SourceKind.VAGUE, q.source());
        assertNull(q.speaker());
        assertEquals("has been suggested", q.cue().textOf(NEWS));
    }

    @Test
    void thePassiveAgentIsTheSource() {
        Quote q = quote("The delay");
        assertEquals("the Riverton Gazette", q.speaker().textOf(NEWS));
        assertEquals(entity("Riverton Gazette"), q.speaker().entity());
        assertEquals(SourceKind.NAMED, q.source());
    }

    @Test
    void aQuotationInsideReportedSpeechKeepsItsSpeaker() {
        Quote mixed = quote("that the bridge was");
        assertQuote(mixed, Quote.Kind.MIXED, "stated", "The Riverton Fire Service", SourceKind.NAMED);
        Quote direct = quote("“no longer safe");
        assertQuote(direct, Quote.Kind.DIRECT, "stated", "The Riverton Fire Service", SourceKind.NAMED);
        assertEquals("“no longer safe for heavy traffic”", direct.textOf(NEWS));
    }

    @Test
    void aQuotationOverSeveralParagraphsIsOneQuote() {
        String text = "The minister spoke for an hour. “We will open the archives,” she said. “Then we will count what"
                + " is missing.\n\n“Nobody has looked at those boxes in thirty years. It is time.”";
        Article article = Fixtures.article(text);
        List<Quote> found = QuoteFinder.find(article, LanguageAnalyzer.analyze(article, true));
        Quote last = found.get(found.size() - 1);
        assertEquals(Quote.Kind.DIRECT, last.kind());
        assertEquals("“Then we will count what is missing.\n\n“Nobody has looked at those boxes in thirty years. It is time.”",
                last.textOf(text));
        assertEquals("said", last.cue().textOf(text));
    }

    @Test
    void guillemetsAndDoubledApostrophesQuoteToo() {
        String text = "The mayor said: «We will rebuild the bridge before the winter.»\n\n''We are not worried,'' said"
                + " Tom Baker, a spokesman for the union.";
        Article article = Fixtures.article(text);
        List<Quote> found = QuoteFinder.find(article, LanguageAnalyzer.analyze(article, true));
        assertEquals(2, found.size(), found.toString());
        assertEquals("«We will rebuild the bridge before the winter.»", found.get(0).textOf(text));
        assertEquals(Quote.Kind.DIRECT, found.get(1).kind());
        assertEquals("''We are not worried,''", found.get(1).textOf(text));
    }

    @Test
    void badInputGivesAResultQuickly() {
        String[] inputs = {"", "   \n\n  ", "“", "\"\"\"\"", "He said “that it never closes.\n\nAnd said “again",
            "中文 said “你好” and Иван сказал «привет» 😀 said.", "said said said said that that that"};
        for (String text : inputs) {
            Article article = Fixtures.article(text);
            List<Quote> found = QuoteFinder.find(article, LanguageAnalyzer.analyze(article, true));
            SpanChecks.assertLayer("quote", text, found, false);
        }
    }

    @Test
    void aLongSentenceWithoutPunctuationStaysCheap() {
        StringBuilder sb = new StringBuilder();
        String[] words = {"officials", "said", "that", "the", "plan", "“", "was", "told", "reporters", "according", "to"};
        Random random = new Random(3);
        while (sb.length() < 2_000_000) {
            sb.append(words[random.nextInt(words.length)]).append(' ');
        }
        String text = sb.toString();
        Article article = Fixtures.article(text);
        Language language = LanguageAnalyzer.analyze(article, false);
        List<Quote> found = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> QuoteFinder.find(article, language));
        SpanChecks.assertLayer("quote", text, found, false);
    }

    @Test
    void randomTextGivesAWellFormedLayer() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            String text = SpanChecks.randomText(random, 400);
            Article article = Fixtures.article(text);
            List<Quote> found = QuoteFinder.find(article, LanguageAnalyzer.analyze(article, true));
            SpanChecks.assertLayer("quote", text, found, false);
            for (Quote q : found) {
                assertNotNull(q.reason());
                if (q.cue() != null) {
                    SpanChecks.assertLayer("cue", text, List.of(q.cue()), false);
                }
            }
        }
    }
}
