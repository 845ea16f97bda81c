package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newslens.nlp.TimePoint.Unit;

/** TIMEX3 values of calendar points, checked against the calendar by hand. */
class TimePointTest {
    static String value(String date, Unit unit) {
        return TimePoint.containing(LocalDate.parse(date), unit).value();
    }

    @Test
    void periodsPrintAsTimex3Values() {
        assertEquals("2018", value("2018-03-08", Unit.YEAR));
        assertEquals("2018-03", value("2018-03-08", Unit.MONTH));
        assertEquals("2018-03-08", value("2018-03-08", Unit.DAY));
        assertEquals("2018-Q1", value("2018-03-08", Unit.QUARTER));
        assertEquals("2018-H1", value("2018-03-08", Unit.HALF));
        assertEquals("201", value("2018-03-08", Unit.DECADE));
        assertEquals("20", value("2018-03-08", Unit.CENTURY));
        // 8 March 2018 is a Thursday in ISO week 10 (Monday 5 to Sunday 11 March).
        assertEquals("2018-W10", value("2018-03-08", Unit.WEEK));
        assertEquals("2018-W10-WE", value("2018-03-08", Unit.WEEKEND));
    }

    @Test
    void isoWeeksBelongToTheirWeekBasedYear() {
        // 1 January 2021 is a Friday: the last ISO week of 2020, which had 53.
        assertEquals("2020-W53", value("2021-01-01", Unit.WEEK));
        // 31 December 2024 is a Tuesday: week 1 of 2025.
        assertEquals("2025-W01", value("2024-12-31", Unit.WEEK));
    }

    @Test
    void winterIsNamedAfterTheYearItStarts() {
        assertEquals("2018-WI", value("2019-01-15", Unit.SEASON));
        assertEquals("2018-WI", value("2018-12-21", Unit.SEASON));
        assertEquals("2019-SP", value("2019-04-01", Unit.SEASON));
        assertEquals("2019-SU", value("2019-08-31", Unit.SEASON));
        assertEquals("2019-FA", value("2019-10-31", Unit.SEASON));
    }

    @Test
    void shiftsKeepTheGranularity() {
        TimePoint q3 = TimePoint.quarter(1989, 3);
        assertEquals("1988-Q3", q3.shift(Unit.YEAR, -1).value());
        assertEquals("1989-Q4", q3.shift(Unit.QUARTER, 1).value());
        assertEquals("1990-Q1", q3.shift(Unit.QUARTER, 2).value());
        TimePoint day = TimePoint.of(LocalDate.of(2016, 2, 29), Unit.DAY);
        assertEquals("2015-02-28", day.shift(Unit.YEAR, -1).value());
        assertEquals("2016-02-29T22:00", day.atClock(22 * 60, false).value());
        assertEquals("2016-02-29T10:35", day.atClock(10 * 60 + 35, true).value());
        assertEquals("2016-02-29TNI", day.atDayPart("NI").value());
    }
}
