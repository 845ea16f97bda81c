package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.testing.SpanChecks;

/** "There have been reports of ...": hearsay on no one's authority; invented sentences. */
class ReportNounsTest {
    private static List<Quote> quotes(String text) {
        Article article = Fixtures.article(text);
        Language language = LanguageAnalyzer.analyze(article, true);
        List<Quote> quotes = QuoteFinder.find(article, language);
        SpanChecks.assertLayer("quote", text, quotes, false);
        return quotes;
    }

    @Test
    void reportsWithoutAReporterAreVague() {
        String text = "The dam held through the storm. However, there have been unconfirmed reports of cracks in the"
                + " northern wall. There were rumours that the mayor would resign.";
        List<Quote> quotes = quotes(text);
        Quote cracks = quotes.stream().filter(q -> q.textOf(text).startsWith("cracks")).findFirst().orElseThrow();
        assertEquals("cracks in the northern wall", cracks.textOf(text));
        assertEquals("there have been unconfirmed reports", cracks.cue().textOf(text));
        assertEquals(null, cracks.speaker());
        assertEquals(SourceKind.VAGUE, cracks.source());
        Quote mayor = quotes.stream().filter(q -> q.textOf(text).startsWith("that the mayor")).findFirst().orElseThrow();
        assertEquals("that the mayor would resign", mayor.textOf(text));
        assertEquals("There were rumours", mayor.cue().textOf(text));
    }

    @Test
    void signsAndPlainExistenceAreNoReports() {
        String text = "There are few signs of a campaign in the town. There were reports on the table, and there is"
                + " a report.";
        for (Quote q : quotes(text)) {
            assertTrue(!q.cue().textOf(text).toLowerCase().startsWith("there"), q.toString());
        }
    }
}
