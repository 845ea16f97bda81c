package org.newslens.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web reader in headless chromium over an index of the invented fixtures: highlights of every layer, the
 * finding under a click, the panels, search with a facet, the timeline chart, a reuse pair side by side, a pasted
 * page, and a hostile article that must read as written without running anything. Screenshots go to
 * app/target/screenshots. Not part of {@code mvn test} (the name ends in IT); run with
 * {@code mvn -B test -pl core,app -Dtest='*IT' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Timeout(600)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderBrowserIT {
    @TempDir
    static Path dir;

    static NewslensServer server;
    static Browser browser;
    static List<String> ids;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        browser = Browser.start();
        ids = Fixtures.index(dir.resolve("index"));
        server = NewslensServer.start(ServerOptions.defaults(dir.resolve("index")).withPort(0));
        base = server.uri().toString();
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    @Test
    @Order(1)
    void searchListsTheCorpusAndAFacetNarrowsIt() throws Exception {
        browser.open(base, "#/search");
        assertTrue(find("#search-total").getText().startsWith("5 article(s)"), find("#search-total").getText());
        assertFalse(all(".facet-value[data-dimension='site']").isEmpty());
        browser.andWait(() -> find("#search-q").sendKeys("ferry\n"));
        assertTrue(find("#search-total").getText().startsWith("2 article(s)"), find("#search-total").getText());
        // The timeline chart is drawn by uPlot from its WebJar.
        assertFalse(all("#timeline-chart canvas").isEmpty(), "no chart canvas");
        browser.screenshot("search-ferry");
        browser.andWait(() -> find(".facet-value[data-dimension='site'][data-value='county.example']").click());
        assertTrue(find("#search-total").getText().startsWith("1 article(s)"), find("#search-total").getText());
        assertEquals("Skerry loses its ferry", find(".hit-title").getText());
        assertTrue(find("#filters").getText().contains("site: county.example"));
        browser.screenshot("search-facet");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(2)
    void theReaderHighlightsEveryLayerAndShowsAFindingsReason() throws Exception {
        browser.open(base, "#/article/" + ids.get(3));
        assertEquals("Bridge costs double, minister says", find("#article-title").getText());
        for (String layer : List.of("l-entity", "l-time", "l-quote", "l-claim-named", "l-claim-vague",
                "l-claim-anonymous", "l-claim-none", "l-technique")) {
            assertFalse(all("#article-text ." + layer).isEmpty(), "no highlight of " + layer);
        }
        // Overlap: 'a total disaster' is a technique inside a quote inside a named claim.
        WebElement overlap = find("#article-text .l-quote.l-technique.l-claim-named");
        assertEquals("a total disaster", overlap.getText());
        // The highlighted text reads exactly as the article's text.
        String shown = (String) browser.js("return [...document.querySelectorAll('#article-text .para')]"
                + ".map(p => p.textContent).join('\\n\\n')");
        String text = Fixtures.MAPPER.readTree(Fixtures.layered()).path("article").path("text").asText();
        assertEquals(text, shown);
        overlap.click();
        String detail = find("#detail").getText();
        assertTrue(detail.contains("strongly negative word with an intensifier"), detail);
        assertTrue(detail.contains("confidence 0.81"), detail);
        assertTrue(detail.contains("loaded language"), detail);
        assertTrue(detail.contains("in quotation marks after 'said'"), detail);
        // Hovering shows a finding too.
        new Actions(browser.driver).moveToElement(find("#article-text .l-claim-anonymous")).perform();
        assertTrue(find("#detail").getText().contains("attributed to an anonymous source"), find("#detail").getText());
        assertTrue(find("#sourcing-panel").getText().contains("Lena Falk"), find("#sourcing-panel").getText());
        assertTrue(find("#rhetoric-panel").getText().contains("Words chosen for their emotional charge"));
        browser.screenshot("reader-layers");
        // A toggle hides one layer and leaves the others.
        find("#toggle-technique").click();
        assertTrue(all("#article-text .l-technique").isEmpty());
        assertFalse(all("#article-text .l-quote").isEmpty());
        browser.screenshot("reader-no-techniques");
        find("#toggle-technique").click();
        assertFalse(all("#article-text .l-technique").isEmpty());
        // An entity's link opens its timeline: the search filtered on the entity, with the chart.
        browser.andWait(() -> browser.driver.findElement(By.linkText("Lena Falk")).click());
        assertTrue(find("#filters").getText().contains("entity: Lena Falk"), find("#filters").getText());
        assertTrue(find("#search-total").getText().startsWith("1 article(s)"), find("#search-total").getText());
        assertFalse(all("#timeline-chart canvas").isEmpty(), "no chart canvas");
        assertTrue(find("#timeline-total").getText().startsWith("1 matching"), find("#timeline-total").getText());
        browser.screenshot("entity-timeline");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(3)
    void aHostileArticleReadsAsWrittenAndRunsNothing() throws Exception {
        browser.js("window.__pwned = undefined");
        browser.open(base, "#/article/" + ids.get(4));
        assertEquals(Fixtures.HOSTILE_TITLE, find("#article-title").getText());
        assertTrue(find("#article-authors").getText().contains(Fixtures.HOSTILE_AUTHOR), find("#article-authors").getText());
        assertEquals(Fixtures.HOSTILE_URL, find("#article-url").getText());
        assertTrue(all("a[href^='javascript']").isEmpty(), "a javascript: link was made");
        String shown = (String) browser.js("return [...document.querySelectorAll('#article-text .para')]"
                + ".map(p => p.textContent).join('\\n\\n')");
        assertEquals(Fixtures.HOSTILE_TEXT, shown);
        // Every hostile string became text: no element from the article exists.
        assertTrue(all("#view script, #view img, #view svg, #view b, #view i").isEmpty(),
                "markup from the article became elements");
        for (WebElement hl : all("#article-text .hl")) {
            new Actions(browser.driver).moveToElement(hl).click().perform();
        }
        String detail = find("#detail").getText();
        assertTrue(detail.contains("named</b> source") || detail.contains("</span><script>"), detail);
        assertTrue(find("#rhetoric-panel").getText().contains("<img src=x onerror="), find("#rhetoric-panel").getText());
        browser.screenshot("reader-hostile");
        // Search results and facets show the hostile title and author as text too.
        browser.open(base, "#/search?q=quarry");
        assertTrue(find(".hit-title").getText().equals(Fixtures.HOSTILE_TITLE), find(".hit-title").getText());
        browser.screenshot("search-hostile");
        assertEquals(Boolean.TRUE, browser.js("return window.__pwned === undefined"), "a hostile script ran");
        assertTrue(all("#view script, #view img").isEmpty());
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(4)
    void aReusePairShowsItsPassagesSideBySide() throws Exception {
        browser.open(base, "#/article/" + ids.get(0));
        new WebDriverWait(browser.driver, Duration.ofSeconds(60)).until(d -> !all("#reuse-panel .reuse-link").isEmpty());
        assertEquals("Skerry loses its ferry", find("#reuse-panel .reuse-link").getText());
        browser.andWait(() -> find("#reuse-panel .reuse-link").click());
        List<WebElement> columns = all("#reuse-view .reuse-column");
        assertEquals(2, columns.size());
        int left = columns.get(0).findElements(By.cssSelector("mark.passage")).size();
        int right = columns.get(1).findElements(By.cssSelector("mark.passage")).size();
        assertTrue(left > 0 && left == right, left + " vs " + right);
        assertTrue(columns.get(0).findElement(By.cssSelector("mark.passage")).getText().contains("Tollmouth ferry"));
        new Actions(browser.driver).moveToElement(columns.get(1).findElement(By.cssSelector("mark.passage"))).perform();
        assertEquals(2L, browser.js("return document.querySelectorAll('mark.passage.active').length"));
        browser.screenshot("reuse-side-by-side");
        assertEquals(List.of(), browser.consoleErrors());
    }

    @Test
    @Order(5)
    void aPastedPageIsAnalysedAndShown() throws Exception {
        browser.open(base, "#/analyze");
        find("#page").sendKeys(Fixtures.MARKET_PAGE);
        find("#analyze-go").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> !all("#analysis #article-title").isEmpty());
        assertEquals("Saturday market moves to the quay", find("#analysis #article-title").getText());
        assertTrue(find("#article-text").getText().contains("Stallholders welcomed the move."));
        browser.screenshot("analyze-pasted");
        // An uploaded file goes the same way; its name ('.html') decides the format.
        Path upload = dir.resolve("ferry.html");
        java.nio.file.Files.writeString(upload, Fixtures.FERRY_PAGE);
        find("#page").clear();
        find("#file").sendKeys(upload.toString());
        find("#analyze-go").click();
        // Read in the page: the old analysis is replaced while the new one draws.
        new WebDriverWait(browser.driver, Duration.ofSeconds(120)).until(d -> "Tollmouth ferry to stop in January"
                .equals(browser.js("const t = document.querySelector('#analysis #article-title');"
                        + " return t && t.textContent")));
        assertFalse(all("#article-text .l-time").isEmpty(), "no time highlighted in the uploaded page");
        // A bad request shows the server's reason.
        browser.open(base, "#/search?q=" + java.net.URLEncoder.encode("(ferry", java.nio.charset.StandardCharsets.UTF_8));
        assertFalse(find("#search-error").getText().isBlank());
        browser.screenshot("search-bad-query");
    }
}
