package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.testing.SpanChecks;

/** Speaker labels and signed quotations, on invented text. */
class SpeakerLabelsTest {
    private static List<Quote> quotes(String text) {
        Article article = Fixtures.article(text);
        Language language = LanguageAnalyzer.analyze(article, true);
        List<Quote> quotes = QuoteFinder.find(article, language);
        SpanChecks.assertLayer("quote", text, quotes, false);
        return quotes;
    }

    private static Quote startingWith(String text, List<Quote> quotes, String prefix) {
        return quotes.stream().filter(q -> q.textOf(text).startsWith(prefix)).findFirst().orElse(null);
    }

    @Test
    void transcriptLinesAreSpokenByTheirLabels() {
        String text = """
                The host questioned the senator on Sunday. A partial transcript follows.

                "HARLOW: Will you vote for the bridge bill next week?

                "BRANDT: I have not made up my mind, and I will read every page first.

                "HARLOW: Thank you for joining us."
                """;
        List<Quote> quotes = quotes(text);
        Quote answer = startingWith(text, quotes, "I have not made up my mind");
        assertNotNull(answer, quotes.toString());
        assertEquals("I have not made up my mind, and I will read every page first.", answer.textOf(text));
        assertEquals(":", answer.cue().textOf(text));
        assertEquals("BRANDT", answer.speaker().textOf(text));
        assertTrue(answer.reason().contains("speaker label \"BRANDT:\""), answer.reason());
        Quote last = startingWith(text, quotes, "Thank you");
        assertNotNull(last, quotes.toString());
        // The closing mark of the whole transcript is not the host's words.
        assertEquals("Thank you for joining us.", last.textOf(text));
        assertEquals("HARLOW", last.speaker().textOf(text));
        assertTrue(last.confidence() > 0.8, last.toString());
    }

    @Test
    void aLoneCapitalisedHeadingIsNoSpeaker() {
        String text = """
                UPDATE: The council has moved the vote to Thursday evening.

                SPOILER: the bridge stays closed for another month, officials expect.
                """;
        List<Quote> quotes = quotes(text);
        for (Quote q : quotes) {
            assertTrue(!q.cue().textOf(text).equals(":"), q.toString());
        }
    }

    @Test
    void aTallyIsNoSpeech() {
        String text = """
                The count after the first round, by candidate.

                Maria Lopez: 1,204.

                Tom Reyes: 998.
                """;
        for (Quote q : quotes(text)) {
            assertTrue(!q.cue().textOf(text).equals(":"), q.toString());
        }
    }

    @Test
    void aSignedQuotationIsSpokenByTheSigner() {
        String text = """
                We asked readers what the flood meant to them.

                “The water took our shop and our savings in one night.” ― Dana Whitfield

                “Nobody from the county has called us back.” ― Omar de la Vega, 52, Riverton

                “It was a long week.” ― the editors
                """;
        List<Quote> quotes = quotes(text);
        Quote first = startingWith(text, quotes, "“The water");
        assertNotNull(first, quotes.toString());
        assertEquals("“The water took our shop and our savings in one night.”", first.textOf(text));
        assertEquals("―", first.cue().textOf(text));
        assertEquals("Dana Whitfield", first.speaker().textOf(text));
        assertTrue(first.reason().contains("signed \"― Dana Whitfield\""), first.reason());
        assertEquals(Quote.Kind.DIRECT, first.kind());
        Quote second = startingWith(text, quotes, "“Nobody");
        assertNotNull(second, quotes.toString());
        assertEquals("Omar de la Vega", second.speaker().textOf(text));
        // A lower-case signature is no name.
        Quote third = startingWith(text, quotes, "“It was a long week");
        assertTrue(third == null || !"―".equals(third.cue().textOf(text)), String.valueOf(third));
    }

    @Test
    void aDashInsideASentenceSignsNothing() {
        String text = "The mayor called the plan “a fair start” — Riverton needs more than that, she said.";
        List<Quote> quotes = quotes(text);
        for (Quote q : quotes) {
            assertTrue(!q.cue().textOf(text).equals("—"), q.toString());
        }
    }
}
