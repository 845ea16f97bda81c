package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.attribution.AttributionRelation;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;
import org.newslens.nlp.LanguageAnalyzer;

class AttributionEvalTest {
    static final String TEXT = "Jane Doe said the vote was close. Officials say turnout rose.";

    static Span span(String s) {
        int i = TEXT.indexOf(s);
        return new Span(i, i + s.length());
    }

    static AttributionRelation relation(String source, String cue, String content) {
        return new AttributionRelation(source == null ? List.of() : List.of(span(source)), span(cue), List.of(span(content)));
    }

    static Quote quote(String content, String cue, String source) {
        Span c = span(content);
        Speaker speaker = source == null ? null : new Speaker(span(source).start(), span(source).end(), null);
        return new Quote(c.start(), c.end(), Quote.Kind.INDIRECT, span(cue), speaker, SourceKind.NAMED, 0.5, "test");
    }

    /** Expected values worked out by hand from the definitions in AttributionEval's javadoc. */
    @Test
    void scoresExactOverlapAndRelationsAsDefined() {
        Article article = AttributionEval.article(TEXT);
        PolnearCorpus.Document gold = new PolnearCorpus.Document("t", "a", TEXT, List.of(
                relation("Jane Doe", "said", "the vote was close"), relation("Officials", "say", "turnout rose")));
        List<Quote> predicted = List.of(quote("the vote was close", "said", "Jane Doe"), quote("turnout rose.", "say", null));
        AttributionScores s = AttributionEval.score(
                List.of(new AttributionEval.Analysed(gold, article, LanguageAnalyzer.analyze(article, false))),
                (a, l) -> predicted, null);
        assertEquals(2, s.gold());
        assertEquals(2, s.predicted());
        assertEquals(1.0, s.cueExact().f1(), 1e-9);
        // One predicted source, right; two gold sources, one found.
        assertEquals(1.0, s.sourceExact().precision(), 1e-9);
        assertEquals(0.5, s.sourceExact().recall(), 1e-9);
        // Source tokens: predicted {Jane, Doe}, gold {Jane, Doe, Officials}.
        assertEquals(1.0, s.sourceOverlap().precision(), 1e-9);
        assertEquals(2 / 3.0, s.sourceOverlap().recall(), 1e-9);
        // "turnout rose." takes the full stop the gold span leaves out: not exact, 2 of its 3 tokens overlap.
        assertEquals(0.5, s.contentExact().precision(), 1e-9);
        assertEquals(0.5, s.contentExact().recall(), 1e-9);
        assertEquals(6 / 7.0, s.contentOverlap().precision(), 1e-9);
        assertEquals(1.0, s.contentOverlap().recall(), 1e-9);
        // The second relation lacks the source the gold one has: only the first matches.
        assertEquals(0.5, s.relation().f1(), 1e-9);
        assertEquals(0.5, s.relationExact().f1(), 1e-9);
    }

    @Test
    void quotesSharingACueFormOneRelation() {
        String text = "“Yes,” she said. “No.”";
        Span cue = new Span(text.indexOf("said"), text.indexOf("said") + 4);
        Speaker she = new Speaker(text.indexOf("she"), text.indexOf("she") + 3, null);
        List<AttributionRelation> r = AttributionEval.relations(List.of(
                new Quote(0, 7, Quote.Kind.DIRECT, cue, she, SourceKind.NAMED, 1, "a"),
                new Quote(text.indexOf("“No"), text.length(), Quote.Kind.DIRECT, cue, she, SourceKind.NAMED, 1, "b")));
        assertEquals(1, r.size());
        assertEquals(2, r.get(0).content().size());
        assertEquals(List.of(new Span(she.start(), she.end())), r.get(0).source());
    }

    @Test
    void articleParagraphsAreTheNonBlankLines() {
        Article a = AttributionEval.article("Title\n\n  First line.  \nSecond.\n");
        assertEquals(3, a.paragraphs().size());
        assertEquals("First line.", a.paragraphs().get(1).textOf(a.text()));
    }
}
