package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newslens.extract.ArticleExtractor;
import org.newslens.model.Article;
import org.newslens.model.Page;
import org.newslens.model.TimeExpression;
import org.newslens.model.TimeExpression.Type;
import org.newslens.testing.SpanChecks;

/** The time tagger on sentences written for these tests; expected values worked out by hand. */
class TimeTaggerTest {
    /** A Thursday, in ISO week 10 of 2018. */
    static final LocalDate THURSDAY = LocalDate.of(2018, 3, 8);

    static List<TimeExpression> tag(String text, LocalDate anchor) {
        Article article = TokenizerTest.article(text);
        List<TimeExpression> times = TimeTagger.tag(article, LanguageAnalyzer.analyze(article, false), anchor);
        SpanChecks.assertLayer("time", text, times, true);
        for (TimeExpression t : times) {
            SpanChecks.assertCovers(text, t, t.text());
            assertTrue(t.confidence() > 0 && t.confidence() <= 1, t.toString());
            assertFalse(t.reason() == null || t.reason().isBlank(), t.toString());
        }
        return times;
    }

    static TimeExpression find(List<TimeExpression> times, String text) {
        return times.stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no time expression '" + text + "' in " + times));
    }

    static void assertTime(List<TimeExpression> times, String text, Type type, String value) {
        TimeExpression t = find(times, text);
        assertEquals(type, t.type(), t.toString());
        assertEquals(value, t.value(), t.toString());
    }

    @Test
    void writtenDatesNeedNoPublicationDate() {
        List<TimeExpression> times = tag("The plant opened on 30 September 2016, had closed in 1988 and was sold on"
                + " Aug. 7, 1998; the deal was signed in September 2016.", null);
        assertTime(times, "30 September 2016", Type.DATE, "2016-09-30");
        assertTime(times, "1988", Type.DATE, "1988");
        assertTime(times, "Aug. 7, 1998", Type.DATE, "1998-08-07");
        assertTime(times, "September 2016", Type.DATE, "2016-09");
        assertTrue(times.stream().noneMatch(TimeExpression::relative), times.toString());
    }

    @Test
    void relativeExpressionsCountFromThePublicationDate() {
        List<TimeExpression> times = tag("Sales fell last year and rose at the beginning of this year. The firm hired"
                + " staff earlier this month and will cut jobs next week. Prices peaked at the end of last year.",
                THURSDAY);
        assertTime(times, "last year", Type.DATE, "2017");
        assertTime(times, "the beginning of this year", Type.DATE, "2018");
        assertEquals("START", find(times, "the beginning of this year").mod());
        assertTime(times, "earlier this month", Type.DATE, "2018-03");
        assertEquals("START", find(times, "earlier this month").mod());
        assertTime(times, "next week", Type.DATE, "2018-W11");
        assertTime(times, "the end of last year", Type.DATE, "2017");
        assertEquals("END", find(times, "the end of last year").mod());
        assertTrue(find(times, "last year").relative());
    }

    @Test
    void withoutAPublicationDateRelativeExpressionsStayOpenAndSaySo() {
        List<TimeExpression> times = tag("Protests swept the country at the end of last year. The law was passed in"
                + " March, the minister said on Tuesday.", null);
        TimeExpression end = find(times, "the end of last year");
        assertNull(end.value());
        assertEquals("END", end.mod());
        assertTrue(end.relative());
        assertTrue(end.reason().contains("publication date") && end.reason().contains("unknown"), end.reason());
        assertTime(times, "March", Type.DATE, "XXXX-03");
        assertTrue(find(times, "March").relative());
        assertTime(times, "Tuesday", Type.DATE, "XXXX-WXX-2");
    }

    @Test
    void bareMonthsLookBackUnlessTheSentenceLooksAhead() {
        LocalDate june = LocalDate.of(2018, 6, 10);
        assertTime(tag("The law was passed in March.", june), "March", Type.DATE, "2018-03");
        assertTime(tag("The vote will be held in March.", june), "March", Type.DATE, "2019-03");
        // No tense to go by: the nearer March, which for a date in January lies ahead.
        assertTime(tag("Elections in March.", LocalDate.of(2018, 1, 10)), "March", Type.DATE, "2018-03");
    }

    @Test
    void weekdaysLookBackUnlessTheSentenceLooksAhead() {
        assertTime(tag("The minister said on Tuesday that talks had failed.", THURSDAY), "Tuesday", Type.DATE,
                "2018-03-06");
        assertTime(tag("The minister will visit the region on Tuesday.", THURSDAY), "Tuesday", Type.DATE,
                "2018-03-13");
        assertTime(tag("The company announced Thursday that it would close.", THURSDAY), "Thursday", Type.DATE,
                "2018-03-08");
        assertTime(tag("Police said the shop was raided Friday morning.", THURSDAY), "Friday morning", Type.TIME,
                "2018-03-02TMO");
    }

    @Test
    void datesWithoutAYearTakeTheNearerYear() {
        LocalDate january = LocalDate.of(2018, 1, 5);
        assertTime(tag("The deadline is Jan. 14.", january), "Jan. 14", Type.DATE, "2018-01-14");
        assertTime(tag("The deal was extended to Dec. 20.", january), "Dec. 20", Type.DATE, "2017-12-20");
    }

    @Test
    void lengthsOfTime() {
        List<TimeExpression> times = tag("The siege lasted three years. Talks ran for 24 hours, followed by two and a"
                + " half years of silence. Thousands died in the space of one single summer. A five-year plan"
                + " began.", null);
        assertTime(times, "three years", Type.DURATION, "P3Y");
        assertTime(times, "24 hours", Type.DURATION, "PT24H");
        assertTime(times, "two and a half years", Type.DURATION, "P2Y6M");
        assertTime(times, "one single summer", Type.DURATION, "P1SU");
        assertTime(times, "five-year", Type.DURATION, "P5Y");
        assertTrue(times.stream().noneMatch(TimeExpression::relative), times.toString());
    }

    @Test
    void agesAndRatesAreNoLengthsOfTime() {
        List<TimeExpression> times = tag("A 52-year-old man and his 6-year-old son, who is 30 years old, earn $2"
                + " million a year.", THURSDAY);
        assertEquals(List.of(), times);
    }

    @Test
    void frequencies() {
        List<TimeExpression> times = tag("Flights leave every Monday and the paper appears daily.", THURSDAY);
        assertTime(times, "every Monday", Type.SET, "XXXX-WXX-1");
        assertTime(times, "daily", Type.SET, "P1D");
    }

    @Test
    void clockTimesJoinTheDayWrittenNextToThem() {
        List<TimeExpression> times = tag("The bomb went off at 10 p.m. Wednesday, and a second one at noon.",
                THURSDAY);
        assertTime(times, "10 p.m. Wednesday", Type.TIME, "2018-03-07T22:00");
        // A clock time alone falls on the day the text was talking about.
        assertTime(times, "noon", Type.TIME, "2018-03-07T12:00");
    }

    @Test
    void aYearEarlierIsTheSamePeriodAYearBefore() {
        List<TimeExpression> times = tag("Profit rose in the third quarter. A year earlier it had fallen, and in"
                + " the year-ago quarter it was flat.", LocalDate.of(2018, 11, 5));
        assertTime(times, "the third quarter", Type.DATE, "2018-Q3");
        assertTime(times, "A year earlier", Type.DATE, "2017-Q3");
        assertTime(times, "the year-ago quarter", Type.DATE, "2017-Q3");
    }

    @Test
    void businessNewsReportsOnPeriodsOfAccount() {
        List<TimeExpression> times = tag("For the year ended June 30, profit rose. The quarter was weak, and sales"
                + " fell from the year before.", LocalDate.of(2018, 11, 5));
        assertTime(times, "the year", Type.DURATION, "P1Y");
        assertTime(times, "June 30", Type.DATE, "2018-06-30");
        assertTime(times, "The quarter", Type.DATE, "2018-Q3");
        assertEquals(3, times.size(), times.toString());
    }

    @Test
    void vagueReferencesAndModifiers() {
        List<TimeExpression> times = tag("Prices are now falling, as they did recently, for more than four hours"
                + " and about two years ago.", THURSDAY);
        assertTime(times, "now", Type.DATE, "PRESENT_REF");
        assertTime(times, "recently", Type.DATE, "PAST_REF");
        assertTime(times, "more than four hours", Type.DURATION, "PT4H");
        assertEquals("MORE_THAN", find(times, "more than four hours").mod());
        assertTime(times, "about two years ago", Type.DATE, "2016");
        assertEquals("APPROX", find(times, "about two years ago").mod());
    }

    @Test
    void randomTextGivesWellFormedLayers() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            String text = SpanChecks.randomText(random, 300) + " in March 2016 last year 3 p.m. Friday";
            tag(text, i % 2 == 0 ? THURSDAY : null);
        }
    }

    @Test
    void badInputGivesAResultQuickly() {
        assertEquals(List.of(), tag("", THURSDAY));
        assertEquals(List.of(), tag("   \n\n  ", THURSDAY));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            String endless = "and then in 2016 the next three years passed on Friday morning ".repeat(33_000);
            List<TimeExpression> times = tag(endless, THURSDAY);
            assertEquals(33_000 * 3, times.size());
        });
        List<TimeExpression> quotes = tag("“In March he said ”“ it was over\" by 1999 « last week", THURSDAY);
        assertTime(quotes, "March", Type.DATE, "2018-03");
        assertTime(quotes, "1999", Type.DATE, "1999");
        assertTime(quotes, "last week", Type.DATE, "2018-W09");
        List<TimeExpression> mixed = tag("2016年3月 в марте 2016 года, then in March 2016 and 😀 2017.", THURSDAY);
        assertTime(mixed, "March 2016", Type.DATE, "2016-03");
        assertTime(mixed, "2017", Type.DATE, "2017");
    }

    @Test
    void theSharedSampleComesOutRight() throws IOException {
        Path sample = Path.of("../../shared/samples/000_d6ea1a5e81e65654.txt");
        Assumptions.assumeTrue(Files.exists(sample), "the shared sample is not here");
        Article article = ArticleExtractor.extract(Page.text(sample.toString(), Files.readString(sample)),
                Instant.parse("2026-01-01T00:00:00Z"));
        assertNull(article.published(), "the sample has no publication date");
        List<TimeExpression> times = TimeTagger.tag(article, LanguageAnalyzer.analyze(article, false), null);
        SpanChecks.assertLayer("time", article.text(), times, true);
        assertTime(times, "2012", Type.DATE, "2012");
        assertTime(times, "September 2016", Type.DATE, "2016-09");
        assertTime(times, "1988", Type.DATE, "1988");
        for (String relative : List.of("the end of last year", "the beginning of this year")) {
            TimeExpression t = find(times, relative);
            assertTrue(t.relative(), t.toString());
            assertNull(t.value(), t.toString());
            assertNotNull(t.mod(), t.toString());
        }
        assertTime(times, "one single summer", Type.DURATION, "P1SU");
    }
}
