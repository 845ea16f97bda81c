package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Attribution;
import org.newslens.model.Quote;
import org.newslens.model.Sentence;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;
import org.newslens.testing.SpanChecks;

class ClaimAttributionsTest {
    // Invented: two sentences, the first reported by a named body, the second by unnamed experts.
    static final String TEXT = "The Harbour Trust said that ferry fares rose by a third in 2023."
            + " Analysts believe that the route loses money every winter.";
    static final Sentence FIRST = new Sentence(0, 64);
    static final Sentence SECOND = new Sentence(65, TEXT.length());

    static Quote named() {
        return new Quote(28, 63, Quote.Kind.INDIRECT, new Span(18, 22), new Speaker(0, 17, "e1"), SourceKind.NAMED,
                0.9, "invented");
    }

    static Quote vague() {
        return new Quote(87, 121, Quote.Kind.INDIRECT, new Span(74, 81), new Speaker(65, 73, null), SourceKind.VAGUE,
                0.8, "invented");
    }

    @Test
    void fixturesCoverWhatTheyClaim() {
        SpanChecks.assertCovers(TEXT, FIRST, "The Harbour Trust said that ferry fares rose by a third in 2023.");
        SpanChecks.assertCovers(TEXT, named(), "ferry fares rose by a third in 2023");
        SpanChecks.assertCovers(TEXT, named().speaker(), "The Harbour Trust");
        SpanChecks.assertCovers(TEXT, vague(), "the route loses money every winter");
        SpanChecks.assertCovers(TEXT, vague().cue(), "believe");
    }

    @Test
    void aClaimTakesTheSourceOfTheQuoteItHolds() {
        Attribution a = ClaimAttributions.of(FIRST, List.of(named(), vague()), TEXT);
        assertEquals(SourceKind.NAMED, a.kind());
        assertEquals("e1", a.source().entity());
        SpanChecks.assertCovers(TEXT, a.cue(), "said");
        assertEquals("part of an indirect quotation (\"said\") attributed to The Harbour Trust", a.reason());
        Attribution b = ClaimAttributions.of(SECOND, List.of(named(), vague()), TEXT);
        assertEquals(SourceKind.VAGUE, b.kind());
        assertNull(b.source().entity());
        assertTrue(b.reason().contains("\"Analysts\""), b.reason());
    }

    @Test
    void withoutAQuoteTheArticleAssertsIt() {
        Attribution a = ClaimAttributions.of(SECOND, List.of(named()), TEXT);
        assertEquals(SourceKind.NONE, a.kind());
        assertNull(a.source());
        assertNull(a.cue());
    }

    @Test
    void theQuoteOverlappingMostWins() {
        // An anonymous quote that only touches the end of the first sentence loses to the named one inside it.
        Quote anonymous = new Quote(60, 70, Quote.Kind.DIRECT, null, null, SourceKind.ANONYMOUS, 0.5, "invented");
        assertEquals(SourceKind.NAMED, ClaimAttributions.of(FIRST, List.of(anonymous, named()), TEXT).kind());
        assertEquals(SourceKind.ANONYMOUS, ClaimAttributions.of(FIRST, List.of(anonymous), TEXT).kind());
    }
}
