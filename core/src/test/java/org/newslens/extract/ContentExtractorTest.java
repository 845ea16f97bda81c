package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ContentExtractorTest {
    private static ContentExtractor.Body extract(String html, String title) {
        Document doc = HtmlParser.parse(html, "");
        return ContentExtractor.extract(doc.body(), title);
    }

    @Test
    void deepNestingDoesNotExhaustTheStack() {
        String html = "<div>".repeat(20_000) + "<p>" + "Deeply nested text, still readable. ".repeat(5) + "</p>"
                + "</div>".repeat(20_000);
        ContentExtractor.Body body = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extract(html, null));
        assertTrue(body.text().contains("Deeply nested text"));
    }

    @Test
    void manyHeadingsOverLongRunsOfLinksStayLinear() {
        StringBuilder html = new StringBuilder("<article><p>").append("An opening paragraph of real prose. ".repeat(6))
                .append("</p>");
        for (int i = 0; i < 3_000; i++) {
            html.append("<h3>Section ").append(i).append("</h3><ul>");
            for (int j = 0; j < 20; j++) {
                html.append("<li><a href='/x'>link ").append(j).append("</a></li>");
            }
            html.append("</ul>");
        }
        html.append("</article>");
        ContentExtractor.Body body = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> extract(html.toString(), null));
        assertTrue(body.text().startsWith("An opening paragraph"));
        assertTrue(!body.text().contains("Section 1"), "headings over link lists are furniture");
    }

    @Test
    void brokenMarkupAndEmptyPagesGiveABodyNotAnError() {
        assertEquals("", extract("", null).text());
        extract("<div><span></div></p></td><<<>>>", "x");
        extract("<table><tr><td><p>Cell text that is long enough to count as a paragraph of prose for the scorer."
                + "</table></td><li><h1>", "Cell text");
    }

    @Test
    void headingEqualToTheTitleIsLeftOut() {
        String html = "<article><h1>The  Title</h1><p>" + "Body text that follows the headline at length. ".repeat(4)
                + "</p></article>";
        assertTrue(extract(html, "the title").text().startsWith("Body text"));
    }
}
