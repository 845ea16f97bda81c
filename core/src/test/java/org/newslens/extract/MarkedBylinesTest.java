package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newslens.model.Author;

class MarkedBylinesTest {
    private static List<String> find(String html) {
        Document doc = HtmlParser.parse(html, null);
        Element headline = doc.selectFirst("h1");
        return MarkedBylines.find(doc.body(), headline, a -> a.name().equals("Harbour Weekly")).stream()
                .map(Author::name).toList();
    }

    @Test
    void wrapperHoldingTheHeadlineIsNotASidebar() {
        String html = "<div class='one-sidebar'><div class='widget Blog'><h1>Tide</h1>"
                + "<span class='post-author vcard'>Posted by <span class='fn'>Anna Muster</span></span>"
                + "<p>Text.</p></div></div><div class='sidebar'><span class='author'>Ben Beispiel</span></div>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void sidebarBesideTheArticleIsSkipped() {
        String html = "<div class='widget'><span class='author'>Ben Beispiel</span></div>"
                + "<article><h1>Tide</h1><span class='byline'>Anna Muster</span></article>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void postTaxonomyClassesAreNotBylines() {
        String html = "<ul><li class='post type-post status-publish autor-ben-beispiel'>Other story</li></ul>"
                + "<div class='post category-kommentar'><h1>Tide</h1><span class='author'>Anna Muster</span></div>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void affiliationInsideTheAuthorItemIsNoName() {
        String html = "<h1>Tide</h1><ul class='author-list'><li itemprop='author' itemscope>"
                + "<span itemprop='name'>Anna Muster</span><sup>1</sup><span itemprop='affiliation' itemscope>"
                + "<span itemprop='name'>University of Somewhere</span></span></li></ul>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void hiddenMicrodataNamingTheSiteGivesWayToAPrintedByline() {
        String html = "<h1>Tide</h1><div itemprop='author' itemscope><meta itemprop='name' content='Harbour Weekly'>"
                + "</div><div class='autor'>Anna Muster | 3 hours ago</div>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void letterInItsOwnSpanStaysInTheName() {
        String html = "<h1>Tide</h1><div class='byline'>By <a rel='author' href='/x'>Jane Knigh<span>t</span></a></div>";
        assertEquals(List.of("Jane Knight"), find(html));
    }

    @Test
    void labelledFieldIsRead() {
        String html = "<h1>Tide</h1><div class='articleAuthorDateBlock'><span>Datum:</span> 19.11.2021<br>"
                + "<span>Autor:</span> Anna Muster<br><span>Quelle:</span> Harbour</div>";
        assertEquals(List.of("Anna Muster"), find(html));
    }

    @Test
    void blogTitleMarkedAsAuthorAboveTheHeadlineGivesWay() {
        String html = "<h1 class='vcard author'>Harbour Weekly</h1><div><h1>Tide</h1>"
                + "<h4 class='vcard author'>vom <span class='fn'>Anna Muster</span></h4></div>";
        Document doc = HtmlParser.parse(html, null);
        Element headline = doc.select("h1").get(1);
        assertEquals(List.of("Anna Muster"), MarkedBylines.find(doc.body(), headline,
                a -> a.name().equals("Harbour Weekly")).stream().map(Author::name).toList());
    }

    @Test
    void authorBoxClassedFooterAndTheArticlesAsideAreRead() {
        assertEquals(List.of("Anna Muster"), find("<article><h1>Tide</h1><p>Text.</p></article>"
                + "<div class='author-bio footer'><h3>Anna Muster</h3></div>"));
        assertEquals(List.of("Anna Muster"), find("<article><h1>Tide</h1><aside class='meta'><p class='authors'>Von:"
                + "<br><a href='/autor/am'>Anna Muster</a></p></aside></article>"));
    }

    @Test
    void pageBuilderWidgetsAreNotSidebars() {
        assertEquals(List.of("Anna Muster"), find("<h1>Tide</h1><div class='elementor-widget elementor-widget-post-info'>"
                + "<span class='elementor-post-info__item--type-author'>Anna Muster</span></div>"));
    }

    @Test
    void bylineClassRepeatedInTeaserBoxesIsAList() {
        String teasers = "<div class='box'><span class='box__autor'>Von Ben Beispiel</span></div>"
                + "<div class='box'><span class='box__autor'>Von Cleo Muster</span></div>"
                + "<div class='box'><span class='box__autor'>Von Dora Probe</span></div>";
        assertEquals(List.of("Anna Muster"), find("<h1>Tide</h1>" + teasers + "<p class='byline'>Anna Muster</p>"));
    }

    @Test
    void coAuthorsInOneBylineAreNotAList() {
        assertEquals(List.of("Anna Muster", "Ben Beispiel", "Cleo Muster"), find("<h1>Tide</h1><p>By "
                + "<span class='author'>Anna Muster</span>, <span class='author'>Ben Beispiel</span> and "
                + "<span class='author'>Cleo Muster</span></p>"));
    }
}
