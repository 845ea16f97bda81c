package org.newslens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.Entity;
import org.newslens.model.SourceKind;

class CorpusTest {
    @TempDir
    Path dir;

    static final String HARBOUR = "The harbour authority of Tollmouth reopened the north pier on Monday. "
            + "Repairs cost 4 million euros, the authority said. Fishermen had waited two winters for the work.";
    static final String ORCHARD = "Apple growers in the Vell valley expect a smaller harvest after a late frost. "
            + "The growers' union said yields could fall by a third. Prices at the Vell market rose last week.";
    static final String TRAMS = "Night trams will run every twenty minutes in Brisk from May, the city council "
            + "announced. The council expects the change to cost little, since the drivers already work late.";

    private static FixtureArticle harbour() {
        return FixtureArticle.of(HARBOUR).url("https://www.coastpost.example/news/pier-reopens?utm_source=feed")
                .title("North pier reopens").published("2024-03-04").author("Mara Quill").section("News")
                .section("Local").entity(Entity.Type.ORGANIZATION, "Tollmouth Harbour Authority",
                        "harbour authority of Tollmouth", "the authority")
                .claim("Repairs cost 4 million euros, the authority said.", SourceKind.NAMED, "the authority", "e1");
    }

    private static FixtureArticle orchard() {
        return FixtureArticle.of(ORCHARD).url("https://valleynews.example/2024/frost").title("Frost hits apples")
                .published("2024-03-20").author("Ivo Brand").section("Business")
                .entity(Entity.Type.LOCATION, "Vell valley", "Vell valley")
                .claim("The growers' union said yields could fall by a third.", SourceKind.VAGUE, "The growers' union",
                        null)
                .technique("smaller harvest", "Loaded_Language");
    }

    private static FixtureArticle trams() {
        return FixtureArticle.of(TRAMS).url("https://bristkcity.example/trams").title("Night trams every twenty"
                + " minutes").language("de").section("News")
                .claim("The council expects the change to cost little, since the drivers already work late.",
                        SourceKind.NONE, null, null);
    }

    @Test
    void addedArticlesAreFoundWithFacetCounts() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            assertEquals(IndexOutcome.Status.ADDED, c.add(harbour().json()).status());
            c.add(orchard().json());
            c.add(trams().json());
            SearchResult all = c.search(SearchRequest.all());
            assertEquals(3, all.total());
            assertEquals(List.of(new FacetCount("News", 2), new FacetCount("Business", 1), new FacetCount("Local", 1)),
                    all.facets().get("section"));
            assertEquals(List.of(new FacetCount("en", 2), new FacetCount("de", 1)), all.facets().get("language"));
            assertTrue(all.facets().get("site").contains(new FacetCount("coastpost.example", 1)), all.facets().toString());
            assertEquals(List.of(new FacetCount("Loaded_Language", 1)), all.facets().get("technique"));
            assertEquals(Set.of(new FacetCount("named", 1), new FacetCount("vague", 1), new FacetCount("none", 1)),
                    Set.copyOf(all.facets().get("attribution")));
            // A speaker resolved to an entity is counted under the entity's name; an unresolved one by its words.
            assertEquals(Set.of(new FacetCount("Tollmouth Harbour Authority", 1), new FacetCount("The growers' union", 1)),
                    Set.copyOf(all.facets().get("speaker")));

            SearchResult pier = c.search(SearchRequest.of("pier"));
            assertEquals(1, pier.total());
            SearchHit hit = pier.hits().get(0);
            assertEquals("North pier reopens", hit.title());
            assertEquals("coastpost.example", hit.site());
            assertEquals(LocalDate.of(2024, 3, 4), hit.published());
            assertEquals(List.of("Mara Quill"), hit.authors());
            assertEquals(List.of("News", "Local"), hit.section());
            assertTrue(hit.lead().startsWith("The harbour authority of Tollmouth"));
            assertEquals(harbour().json(), c.analysisJson(hit.id()).orElseThrow());
        }
    }

    @Test
    void filtersCombineDimensionsAndMatchAliasesIgnoringCase() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.add(harbour().json());
            c.add(orchard().json());
            c.add(trams().json());
            assertEquals(2, c.search(SearchRequest.all().withFilter("section", "news")).total());
            assertEquals(1, c.search(SearchRequest.all().withFilter("section", "News").withFilter("language", "DE"))
                    .total());
            // Values of one dimension are alternatives.
            assertEquals(2, c.search(SearchRequest.all().withFilter("author", "Mara Quill")
                    .withFilter("author", "Ivo Brand")).total());
            SearchResult alias = c.search(SearchRequest.all().withFilter("entity", "The Authority"));
            assertEquals(List.of("North pier reopens"), titles(alias));
            assertEquals(List.of("Frost hits apples"), titles(c.search(SearchRequest.all()
                    .withFilter("technique", "loaded_language"))));
            assertEquals(List.of("Night trams every twenty minutes"), titles(c.search(SearchRequest.all()
                    .withFilter("attribution", "none"))));
            assertEquals(0, c.search(SearchRequest.of("pier").withFilter("site", "valleynews.example")).total());
            assertThrows(IllegalArgumentException.class, () -> SearchRequest.all().withFilter("colour", "red"));
        }
    }

    @Test
    void dateRangesAreInclusiveAndLeaveOutUndatedArticles() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.add(harbour().json());
            c.add(orchard().json());
            c.add(trams().json());
            assertEquals(List.of("North pier reopens"), titles(c.search(SearchRequest.all()
                    .withDates(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 19)))));
            assertEquals(List.of("Frost hits apples"), titles(c.search(SearchRequest.all()
                    .withDates(LocalDate.of(2024, 3, 5), null))));
            assertEquals(2, c.search(SearchRequest.all().withDates(null, LocalDate.of(2024, 3, 20))).total());
            assertEquals(List.of("Frost hits apples", "North pier reopens", "Night trams every twenty minutes"),
                    titles(c.search(SearchRequest.all().withSort(SortOrder.NEWEST))));
            assertEquals(List.of("North pier reopens", "Frost hits apples", "Night trams every twenty minutes"),
                    titles(c.search(SearchRequest.all().withSort(SortOrder.OLDEST))));
        }
    }

    @Test
    void sameUrlOrSameTextOnTheSameSiteReplacesNeverDuplicates() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            IndexOutcome first = c.add(harbour().json());
            assertEquals(IndexOutcome.Status.UNCHANGED, c.add(harbour().json()).status());
            // The same address with other text (an updated story); tracking parameters do not make a new address.
            IndexOutcome updated = c.add(FixtureArticle.of(HARBOUR + " Updated at noon.")
                    .url("https://coastpost.example/news/pier-reopens/").title("North pier reopens").json());
            assertEquals(new IndexOutcome(first.id(), IndexOutcome.Status.REPLACED, 1), updated);
            assertEquals(1, c.size());
            // The same text at another address of the same site (an AMP copy, say) replaces it too.
            IndexOutcome amp = c.add(FixtureArticle.of(HARBOUR + " Updated at noon.")
                    .url("https://coastpost.example/amp/pier").json());
            assertEquals(IndexOutcome.Status.REPLACED, amp.status());
            assertEquals(1, c.size());
            // The same text on another site is syndication and stays.
            assertEquals(IndexOutcome.Status.ADDED, c.add(FixtureArticle.of(HARBOUR + " Updated at noon.")
                    .url("https://harbourdaily.example/pier").json()).status());
            assertEquals(2, c.size());
            c.commit();
        }
        try (Corpus c = Corpus.openReadOnly(dir)) {
            assertEquals(2, c.size());
        }
    }

    @Test
    void textWithoutAddressIsKeyedByItsText() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            String id = c.add(FixtureArticle.of(ORCHARD).json()).id();
            assertEquals(IndexOutcome.Status.UNCHANGED, c.add(FixtureArticle.of(ORCHARD).json()).status());
            assertEquals(IndexOutcome.Status.REPLACED,
                    c.add(FixtureArticle.of("  " + ORCHARD.replace(". ", ".\n\n")).title("Frost").json()).status());
            assertEquals(1, c.size());
            assertEquals(id, Corpus.keyOf(null, null, null, ORCHARD).id());
            assertTrue(c.isIndexed(Corpus.keyOf(null, null, null, ORCHARD.replace(". ", ".\n\n"))));
            assertFalse(c.isIndexed(Corpus.keyOf(null, null, null, TRAMS)));
        }
    }

    @Test
    void exportsAreNeverCapped() throws IOException {
        int n = Searches.EXPORT_PAGE * 2 + 345;
        try (Corpus c = Corpus.open(dir)) {
            for (int i = 0; i < n; i++) {
                c.add(FixtureArticle.of("Report number " + i + " on the tide tables of the estuary.")
                        .url("https://tides.example/r/" + i).published(LocalDate.of(2020, 1, 1).plusDays(i % 700)
                                .toString()).json());
            }
            Set<String> ids = new HashSet<>();
            List<LocalDate> dates = new ArrayList<>();
            long count = c.export(SearchRequest.of("tide").withSort(SortOrder.OLDEST).withPage(0, 5), h -> {
                ids.add(h.id());
                dates.add(h.published());
            });
            assertEquals(n, count);
            assertEquals(n, ids.size());
            List<LocalDate> sorted = new ArrayList<>(dates);
            sorted.sort(null);
            assertEquals(sorted, dates);
            assertEquals(n, c.search(SearchRequest.of("estuary")).total());
        }
    }

    @Test
    void timelinesCountByDayWeekAndMonthWithEmptyBucketsFilled() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.add(harbour().json());   // Monday 2024-03-04
            c.add(orchard().json());   // Wednesday 2024-03-20
            c.add(trams().json());     // undated
            c.add(FixtureArticle.of("Divers found the old pier bell. " + HARBOUR).url("https://coastpost.example/bell")
                    .published("2024-03-10").json());
            Timeline weeks = c.timeline(SearchRequest.all(), Interval.WEEK);
            assertEquals(List.of(new Timeline.Bucket(LocalDate.of(2024, 3, 4), 2),
                    new Timeline.Bucket(LocalDate.of(2024, 3, 11), 0),
                    new Timeline.Bucket(LocalDate.of(2024, 3, 18), 1)), weeks.buckets());
            assertEquals(4, weeks.total());
            assertEquals(1, weeks.undated());
            assertEquals(List.of(new Timeline.Bucket(LocalDate.of(2024, 3, 1), 3)),
                    c.timeline(SearchRequest.all(), Interval.MONTH).buckets());
            Timeline days = c.timeline(SearchRequest.of("pier"), Interval.DAY);
            assertEquals(7, days.buckets().size());
            assertEquals(2, days.buckets().stream().mapToLong(Timeline.Bucket::count).sum());
            Timeline entity = c.timeline(SearchRequest.all().withFilter("entity", "Vell valley"), Interval.MONTH);
            assertEquals(List.of(new Timeline.Bucket(LocalDate.of(2024, 3, 1), 1)), entity.buckets());
        }
    }

    @Test
    void unbalancedQueriesAreClearErrorsAndTheIndexCarriesOn() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            c.add(harbour().json());
            for (String bad : List.of("\"north pier", "(pier AND", "pier AND", "title:", "*pier")) {
                QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> c.search(SearchRequest.of(bad)),
                        bad);
                assertTrue(e.getMessage().startsWith("cannot read the query"), e.getMessage());
            }
            assertEquals(1, c.search(SearchRequest.of("\"north pier\"")).total());
            assertEquals(1, c.search(SearchRequest.of("title:pier OR frost")).total());
        }
    }

    @Test
    void notAnAnalysisIsRefused() throws IOException {
        try (Corpus c = Corpus.open(dir)) {
            assertThrows(IllegalArgumentException.class, () -> c.add("{\"schema\":\"newslens/1\",\"source\":{\"uri\":"
                    + "\"x\"},\"error\":{\"stage\":\"ingest\",\"reason\":\"empty\"}}"));
            assertThrows(IllegalArgumentException.class, () -> c.add("not json"));
            assertThrows(IllegalArgumentException.class, () -> c.add("{\"article\":{\"text\":\"x\"}}"));
            assertEquals(0, c.size());
            assertEquals(0, c.search(SearchRequest.all()).total());
            assertEquals(Map.of(), c.search(SearchRequest.all()).facets());
        }
    }

    @Test
    void emptyHugeAndMixedScriptArticlesAreIndexedQuickly() throws IOException {
        StringBuilder huge = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        while (huge.length() < 2_000_000) {
            huge.append("tide").append(random.nextInt(5000)).append(' ');
        }
        String longSection = "x".repeat(50_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            try (Corpus c = Corpus.open(dir)) {
                c.add(FixtureArticle.of("").url("https://empty.example/a").json());
                c.add(FixtureArticle.of(huge.toString()).url("https://huge.example/a").section(longSection).json());
                c.add(FixtureArticle.of("港口重开 «pier» \"unbalanced 😀 Ελληνικά").url("https://mixed.example/a")
                        .title("Mixed «scripts").json());
                assertEquals(3, c.size());
                assertEquals(1, c.search(SearchRequest.of("tide17")).total());
                assertEquals(1, c.search(SearchRequest.of("ελληνικά")).total());
                assertEquals(1, c.search(SearchRequest.all().withFilter("section", longSection.substring(0,
                        Dimensions.MAX_VALUE_LENGTH))).total());
                c.reuse();
            }
        });
    }

    static List<String> titles(SearchResult r) {
        return r.hits().stream().map(SearchHit::title).toList();
    }
}
