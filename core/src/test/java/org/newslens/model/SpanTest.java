package org.newslens.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanTest {
    @Test
    void rejectsNegativeAndReversedOffsetsShowingTheValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 3));
        assertTrue(e.getMessage().contains("start=5") && e.getMessage().contains("end=3"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Span(-1, 3));
    }

    @Test
    void emptySpanIsAllowedAndOverlapsNothing() {
        Span empty = new Span(4, 4);
        assertEquals(0, empty.length());
        assertFalse(empty.overlaps(new Span(0, 10)));
        assertTrue(new Span(0, 5).overlaps(new Span(4, 6)));
        assertFalse(new Span(0, 5).overlaps(new Span(5, 6)));
    }

    @Test
    void articleRejectsParagraphsOutsideOrOutOfOrder() {
        assertThrows(IllegalArgumentException.class, () -> article("abc", List.of(new Paragraph(0, 4, Paragraph.Kind.PARAGRAPH))));
        assertThrows(IllegalArgumentException.class, () -> article("abcdef", List.of(
                new Paragraph(3, 5, Paragraph.Kind.PARAGRAPH), new Paragraph(0, 2, Paragraph.Kind.PARAGRAPH))));
    }

    @Test
    void articleCopiesListsOnTheWayIn() {
        java.util.ArrayList<Paragraph> paragraphs = new java.util.ArrayList<>(List.of(new Paragraph(0, 3, Paragraph.Kind.HEADING)));
        Article a = article("abc", paragraphs);
        paragraphs.clear();
        assertEquals(1, a.paragraphs().size());
        assertThrows(UnsupportedOperationException.class, () -> a.paragraphs().add(null));
    }

    @Test
    void dateValueNeedsAnIsoDate() {
        assertEquals("2018-02-03", new DateValue("2018-02-03T10:00:00Z", DateValue.Origin.META).date().toString());
        assertThrows(RuntimeException.class, () -> new DateValue("03.02.2018", DateValue.Origin.TEXT));
    }

    static Article article(String text, List<Paragraph> paragraphs) {
        return new Article(null, List.of(), null, null, null, List.of(), null, null, null, text, paragraphs, List.of(), null);
    }

    @Test
    void articleFromTextKeepsTheTextAndCutsParagraphsAtBlankLines() {
        String text = "Title line\n\nFirst para,\nstill first.  \n \n\nSecond para.\n";
        Article a = Article.fromText(text);
        assertEquals(text, a.text());
        assertEquals(List.of("Title line", "First para,\nstill first.", "Second para."),
                a.paragraphs().stream().map(p -> p.textOf(text)).toList());
    }
}
