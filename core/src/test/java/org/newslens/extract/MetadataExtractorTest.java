package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newslens.model.Author;

class MetadataExtractorTest {
    private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

    private static Metadata extract(String html, String url) {
        Document doc = HtmlParser.parse(html, url);
        return MetadataExtractor.extract(doc, JsonLd.of(doc), url, LATEST);
    }

    private static List<String> authors(Metadata m) {
        return m.authors().stream().map(Author::name).toList();
    }

    @Test
    void jsonLdAuthorGivenByReferenceIsResolved() {
        String html = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"Article\",\"headline\":\"Tide\","
                + "\"author\":{\"@id\":\"#p1\"},\"datePublished\":\"2021-05-03T08:00:00+02:00\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Anna Muster\"}]}</script><h1>Tide</h1>";
        Metadata m = extract(html, null);
        assertEquals(List.of("Anna Muster"), authors(m));
        assertEquals("2021-05-03", m.published().date().toString());
        assertEquals("json-ld", m.published().from().label());
    }

    @Test
    void publisherGivenByReferenceNamesTheSite() {
        String html = "<script type='application/ld+json'>{\"@graph\":[{\"@type\":\"NewsArticle\",\"headline\":"
                + "\"Tide\",\"publisher\":{\"@id\":\"#org\"}},{\"@type\":\"Organization\",\"@id\":\"#org\","
                + "\"name\":\"Harbour Weekly\"}]}</script><h1>Tide</h1>";
        assertEquals("Harbour Weekly", extract(html, null).siteName());
    }

    @Test
    void commentAuthorsAreNotTheArticleAuthor() {
        String html = "<article><h1>Rain</h1><p>Text.</p></article><div class='comments'>"
                + "<span class='comment-author'>Troll Tom</span></div>"
                + "<meta name='author' content='Jane Doe'>";
        assertEquals(List.of("Jane Doe"), authors(extract(html, null)));
    }

    @Test
    void bylineNamePartIsPreferredToItsLabel() {
        String html = "<h1>Rain</h1><div class='byline'>Von <a rel='author' href='/autor/anna'>Anna Muster</a>"
                + " und <a rel='author' href='/autor/ben'>Ben Beispiel</a>, 3. Mai 2021</div>";
        assertEquals(List.of("Anna Muster", "Ben Beispiel"), authors(extract(html, null)));
    }

    @Test
    void plainTextBylineNearTheHeadline() {
        String html = "<h1>Rain in May</h1><p>Posted in News by Jane Doe on 3 May 2021</p><p>Long text follows.</p>";
        Metadata m = extract(html, null);
        assertEquals(List.of("Jane Doe"), authors(m));
        assertEquals("2021-05-03", m.published().date().toString());
        assertEquals("text", m.published().from().label());
    }

    @Test
    void nameBesideADateIsOneSegmentWithoutALabel() {
        assertEquals(List.of("Benni"), authors(extract("<h1>Rain</h1><p>Long text.</p><p>Benni<br>10. September 2017</p>", null)));
        assertEquals(List.of(), authors(extract("<h1>Rain</h1><p>Do 24. Mai 2018 | Anzeige, Unterwegs</p>", null)));
        assertEquals(List.of(), authors(extract("<h1>Rain</h1><p>Deadline: 15. März 2020</p>", null)));
    }

    @Test
    void declaredOrganisationThatIsTheSiteGivesWayToAClosingByline() {
        String html = "<meta property='og:site_name' content='HS - Harbour Foundation e.V.'>"
                + "<meta name='author' content='Harbour Foundation e.V.'><h1>Rain</h1><p>Long text.</p>"
                + "<p><strong>Autorin: Anna Muster, Projektleiterin in Kiel.</strong></p>";
        assertEquals(List.of("Anna Muster"), authors(extract(html, null)));
    }

    @Test
    void authorMetaNamingSomeoneBeatsOneNamingTheSite() {
        String html = "<meta property='og:site_name' content='Harbour Weekly'><meta name='author' content='Harbour Weekly'>"
                + "<meta property='cXenseParse:author' content='Anna Muster'><h1>Rain</h1>";
        assertEquals(List.of("Anna Muster"), authors(extract(html, null)));
    }

    @Test
    void twitterLabelledDataNamesTheAuthor() {
        String html = "<meta name='twitter:label1' content='Verfasst von'><meta name='twitter:data1' content='Anna Muster'>"
                + "<meta name='twitter:label2' content='Lesezeit'><meta name='twitter:data2' content='3 Minuten'><h1>Rain</h1>";
        assertEquals(List.of("Anna Muster"), authors(extract(html, null)));
    }

    @Test
    void printedBylineVariants() {
        assertEquals(List.of("Jane Doe"), authors(extract("<h1>Rain</h1><p><em>Written by: <a href='https://x.example/'>"
                + "Jane Doe</a></em></p><p>Text.</p>", null)));
        assertEquals(List.of("Anna Muster"), authors(extract("<h1>Rain</h1><p>Text von Anna Muster  Illustration von "
                + "Ben Beispiel</p>", null)));
        assertEquals(List.of("Anna1"), authors(extract("<h1>Rain</h1><p>von Anna1</p><p>Text.</p>", null)));
        assertEquals(List.of("Olga"), authors(extract("<h1>Rain</h1><h2>Stars 06.11.2023 13:30 von Olga</h2>", null)));
    }

    @Test
    void printedAndDeclaredBylinesOutvoteATeaserMarkedAsAuthor() {
        String html = "<meta property='og:site_name' content='Harbour Weekly'><meta name='author' content='Harbour Weekly'>"
                + "<meta property='cXenseParse:author' content='Anna Muster'><div class='teaser'><span class='box__autor'>"
                + "Von Ben Beispiel</span></div><h1>Rain</h1><p>Von Anna Muster</p><p>Long text.</p>";
        assertEquals(List.of("Anna Muster"), authors(extract(html, null)));
    }

    @Test
    void printedFullNameCompletesADeclaredFirstName() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rain\","
                + "\"author\":{\"@type\":\"Person\",\"name\":\"Todd\"}}</script><h1>Rain</h1>"
                + "<div><p class='label'><strong>By</strong></p><p class='full-name'>Todd Muster</p></div><p>Text.</p>";
        assertEquals(List.of("Todd Muster"), authors(extract(html, null)));
    }

    @Test
    void userSlugIsExpandedByTheNamePrintedInTheArticle() {
        String html = "<meta name='author' content='anna.muster'><h1>Rain</h1><p>Long text about rain.</p>"
                + "<p>Die Wahl bleibt spannend. (Anna M. Muster) +++</p>";
        assertEquals(List.of("Anna M. Muster"), authors(extract(html, null)));
    }

    @Test
    void licenceAttributionNamesTheOwner() {
        String html = "<h1>Rain</h1><p>Text.</p><footer><span>Ein Tagebuch</span> von <a href='https://x.example/' "
                + "rel='cc:attributionURL'>Anna Muster</a> steht unter einer Creative-Commons-Lizenz.</footer>";
        assertEquals(List.of("Anna Muster"), authors(extract(html, null)));
        String blog = "<h1>Rain</h1><p>Text.</p><footer>Die Bilder in diesem <a href='https://x.example/' "
                + "rel='cc:attributionURL'>Blog</a> stehen unter einer Lizenz.</footer>";
        assertEquals(List.of(), authors(extract(blog, null)));
    }

    @Test
    void personalSiteOwner() {
        assertEquals(List.of("Anna Muster"), authors(extract("<h1>Rain</h1><p>Text.</p><div id='footer'>"
                + "<p>Copyright (c) 2012- Anna Muster. All rights reserved.</p></div>", null)));
        String titled = "<meta property='og:site_name' content='Dr. Anna Muster'><h1>Rain</h1><p>Text.</p>";
        assertEquals(List.of("Anna Muster"), authors(extract(titled, "https://www.anna-muster.example/rain")));
        String company = "<meta property='og:site_name' content='Harbour Weekly'><h1>Rain</h1><p>Text.</p>";
        assertEquals(List.of(), authors(extract(company, "https://www.harbour-weekly.example/rain")));
    }

    @Test
    void agencyInTheDatelineIsTheByline() {
        String html = "<h1>Rain</h1><p>Hamburg (dpa/lno) – Nach dem Regen steigt die Elbe weiter, sagte ein Sprecher.</p>";
        assertEquals(List.of("dpa/lno"), authors(extract(html, null)));
        String plain = "<h1>Rain</h1><p>Hamburg (Elbe) – Nach dem Regen steigt der Fluss weiter.</p>";
        assertEquals(List.of(), authors(extract(plain, null)));
    }

    @Test
    void singleNameAfterALabelOrInTheArticlesSidebar() {
        assertEquals(List.of("Fabian"), authors(extract("<h2>Rain</h2><p class='date'>Erstellt von <a href='/author/"
                + "fabian/'>Fabian</a> am Dienstag 6. Mai 2014</p><p>Text.</p>", null)));
        assertEquals(List.of("Anna Muster"), authors(extract("<h1>Rain</h1><section class='cc--article-sidebar'>"
                + "<p class='label'><strong>By</strong></p><p class='full-name'>Anna Muster</p></section>", null)));
    }

    @Test
    void printedDateBesideTheHeadlineBeatsDatesFurtherDown() {
        String html = "<h1>Stadtfest</h1><p class='meta'>Veröffentlicht am 31. Mai 2012</p><p>Das Fest war am "
                + "2. Juni 2011 zuletzt.</p><div class='sidebar'><span class='date'>01.01.2013</span></div>";
        assertEquals("2012-05-31", extract(html, null).published().date().toString());
    }

    @Test
    void futureEventDateIsNotThePublicationDate() {
        String html = "<h1>Konzert</h1><p class='date'>Konzert am 14. März 2027</p><p>Stand: 3. Mai 2025</p>";
        assertEquals("2025-05-03", extract(html, null).published().date().toString());
    }

    @Test
    void dateInTheUrl() {
        Metadata m = extract("<h1>Rain</h1>", "https://news.example/2021/05/03/rain");
        assertEquals("2021-05-03", m.published().date().toString());
        assertEquals("url", m.published().from().label());
    }

    @Test
    void utcTimestampTakesTheDayTheReaderSees() {
        String html = "<meta property='article:published_time' content='2021-05-03T23:30:00Z'><h1>Rain</h1>"
                + "<p class='date'>4. Mai 2021</p>";
        assertEquals("2021-05-04", extract(html, null).published().date().toString());
    }

    @Test
    void aDifferentTimeOnTheNextDayIsNotAZoneShift() {
        String html = "<meta property='article:published_time' content='2022-12-30T07:00:00+01:00'><h1>Rain</h1>"
                + "<p>Stand: <time datetime='2022-12-29T15:36:00+01:00'>29.12.2022</time></p>";
        assertEquals("2022-12-30", extract(html, null).published().date().toString());
    }

    @Test
    void printedDateSettlesDisagreeingDeclaredDates() {
        String html = "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":\"Rain\","
                + "\"datePublished\":\"2021-04-20\"}</script><meta property='article:published_time' "
                + "content='2021-05-03'><h1>Rain</h1><p class='date'>3 May 2021</p>";
        Metadata m = extract(html, null);
        assertEquals("2021-05-03", m.published().date().toString());
        assertEquals("meta", m.published().from().label());
    }

    @Test
    void vagueMetaDateYieldsToADateline() {
        String html = "<meta name='date' content='2021-06-30'><h1>Rain</h1><p class='date'>Datum: 3. Mai 2021</p>";
        assertEquals("2021-05-03", extract(html, null).published().date().toString());
    }

    @Test
    void scriptStateDateWhenNothingElseIsDeclared() {
        String html = "<script>window.state={\"product\":{\"published_at\":\"2019-03-02T06:22:28+01:00\"}}</script>"
                + "<h1>Coffee</h1>";
        assertEquals("2019-03-02", extract(html, null).published().date().toString());
    }

    @Test
    void siteLanguageDescriptionCanonicalAndSection() {
        String html = "<html lang='de-AT'><head><meta property='og:site_name' content='Der Bote'>"
                + "<meta name='description' content='Kurz gesagt.'><link rel='canonical' href='/a/rain'></head>"
                + "<body><nav class='breadcrumb'><a href='/'>Startseite</a> <a href='/lokal'>Lokales</a></nav>"
                + "<h1>Regen</h1></body></html>";
        Metadata m = extract(html, "https://bote.example/a/rain?x=1");
        assertEquals("Der Bote", m.siteName());
        assertEquals("de-AT", m.language());
        assertEquals("Kurz gesagt.", m.description());
        assertEquals("https://bote.example/a/rain", m.canonicalUrl());
        assertEquals(List.of("Lokales"), m.section());
    }

    @Test
    void noDateAtAll() {
        assertNull(extract("<h1>Impressum</h1><p>Telefon 0511 1234567</p>", null).published());
    }
}
