package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateParserTest {
    private static final LocalDate LATEST = LocalDate.of(2026, 1, 1);

    private static String parse(String s) {
        return DateParser.parse(s, LATEST, false);
    }

    @Test
    void germanWrittenMonth() {
        assertEquals("2012-05-31", parse("Veröffentlicht am 31. Mai 2012"));
        assertEquals("2022-01-28", parse("28. Jan. 2022"));
    }

    @Test
    void spanishWithDe() {
        assertEquals("2022-05-03", parse("3 de mayo de 2022"));
    }

    @Test
    void polishGenitiveMonth() {
        assertEquals("2021-02-12", parse("12 lutego 2021"));
    }

    @Test
    void russianGenitiveMonth() {
        assertEquals("2016-08-15", parse("15 августа 2016, 13:43"));
    }

    @Test
    void numericDayFirstUnlessTheDayCannotBeAMonth() {
        assertEquals("2024-03-14", parse("14/03/2024"));
        assertEquals("2024-03-14", parse("03/14/2024"));
        assertEquals("2024-02-03", parse("03.02.2024"));
    }

    @Test
    void usOrderWhenThePageIsAmerican() {
        assertEquals("2024-03-02", DateParser.parse("03/02/2024", LATEST, true));
    }

    @Test
    void englishMonthFirstWithOrdinal() {
        assertEquals("2024-03-14", parse("March 14th, 2024"));
        assertEquals("2020-01-08", parse("8 January 2020, 3:51 pm"));
    }

    @Test
    void germanDateSetWithThinSpaces() {
        assertEquals("2022-02-04", parse("4.\u2009 2.\u2009 2022"));
    }

    @Test
    void isoKeepsTheOffset() {
        assertEquals("2024-03-14T10:15:00+01:00", parse("2024-03-14T10:15:00+01:00"));
        assertEquals("2024-03-14", parse("2024-03-14"));
    }

    @Test
    void datesAfterTheFetchAreRejected() {
        assertNull(parse("Konzert am 14. März 2027"));
        assertEquals("2025-12-31", parse("2025-12-31"));
    }

    @Test
    void impossibleAndAncientDatesAreRejected() {
        assertNull(parse("31.02.2020"));
        assertNull(parse("12.03.1850"));
        assertNull(parse("Telefon 0511 1234567"));
    }

    @Test
    void twoDigitYearsLandBeforeTheFetch() {
        assertEquals("2019-09-28", parse("28.09.19"));
    }
}
