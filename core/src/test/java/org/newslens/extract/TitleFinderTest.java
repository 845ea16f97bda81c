package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TitleFinderTest {
    private static String title(String html, String url) {
        Document doc = HtmlParser.parse(html, url);
        JsonLd ld = JsonLd.of(doc);
        MetaTags meta = MetaTags.of(doc);
        SiteNames sites = SiteNames.of(url, meta.first("og:site_name"));
        return TitleFinder.find(doc, meta, ld.article(), sites);
    }

    @Test
    void blogNameInHeaderLosesToThePostHeading() {
        String html = "<title>Rain again | Garden Notes</title><body><header><h1><a href='/'>Garden Notes</a></h1>"
                + "<nav><a href='/a'>a</a></nav></header><article><h2 class='entry-title'>Rain again</h2>"
                + "<p>Text.</p></article>";
        assertEquals("Rain again", title(html, "https://garden.example/2020/rain"));
    }

    @Test
    void visibleHeadlineIsPreferredToTheSocialTitle() {
        String html = "<meta property='og:title' content='Harbour: wall approved'><title>Harbour: wall approved</title>"
                + "<h1>Council approves the harbour wall after ten years</h1>";
        assertEquals("Council approves the harbour wall after ten years", title(html, null));
    }

    @Test
    void kickerInsideTheHeadingIsDropped() {
        String html = "<title>Budget: Town saves money</title><h1><span class='topline'>Budget</span>"
                + "<span class='sr-only'>: </span> Town saves money</h1>";
        assertEquals("Town saves money", title(html, null));
    }

    @Test
    void unmarkedLeadingKickerIsDroppedWhenANewPhraseFollows() {
        String html = "<h1><em>Remembrance day </em>Names read out at the square</h1>";
        assertEquals("Names read out at the square", title(html, null));
    }

    @Test
    void leadingWordThatTheSentenceContinuesIsKept() {
        String html = "<h1><span class='mark'>Quarrel</span> of the neighbours escalates</h1>";
        assertEquals("Quarrel of the neighbours escalates", title(html, null));
    }

    @Test
    void softHyphensAreRemoved() {
        assertEquals("Schifffahrtsgesellschaft", title("<h1>Schiff\u00ADfahrts\u00ADgesellschaft</h1>", null));
    }

    @Test
    void siteNameIsStrippedFromTheDocumentTitleWhenThereIsNoHeading() {
        String html = "<title>Tide tables for May – Harbour Weekly</title><meta property='og:site_name' "
                + "content='Harbour Weekly'><body><p>Tables.</p>";
        assertEquals("Tide tables for May", title(html, "https://harbour.example/tides"));
    }

    @Test
    void siteNameBeforeTheHeadlineIsStripped() {
        String html = "<title>Harbour Weekly | Tide tables for the whole of May</title><body><p>Tables.</p>";
        assertEquals("Tide tables for the whole of May", title(html, "https://harbourweekly.example/tides"));
    }

    @Test
    void titleMisplacedInTheBodyStillCounts() {
        String html = "<body><title>Spring market opens | Town news</title><div><h2>Spring market opens</h2></div>";
        assertEquals("Spring market opens", title(html, null));
    }

    @Test
    void hostNameHeadingIsNotTheHeadline() {
        String html = "<title>Fines for speeding</title><h1>lawblog.example</h1><h2>Fines for speeding</h2>";
        assertEquals("Fines for speeding", title(html, "https://www.lawblog.example/fines"));
    }
}
