package org.newslens.nlp;

import org.newslens.nlp.TimeDraft.Base;
import org.newslens.nlp.TimeDraft.Length;
import org.newslens.nlp.TimeDraft.Shift;
import org.newslens.nlp.TimePoint.Unit;

/**
 * The periods business news reports on: "the quarter", "the latest period", "the fiscal year", "the year-ago
 * quarter". They count from the publication date or from the period the text last mentioned.
 */
final class ReportingRules {
    private static final double VAGUE = RelativeRules.VAGUE;
    private static final double DEICTIC = RelativeRules.DEICTIC;

    private final TimeTokens t;
    private final LengthRules lengths;
    private final PeriodRules periods;

    ReportingRules(TimeTokens t, LengthRules lengths, PeriodRules periods) {
        this.t = t;
        this.lengths = lengths;
        this.periods = periods;
    }

    TimeMatch match(int i) {
        TimeMatch best = reportedQuarter(i);
        best = TimeGrammar.longer(best, theYear(i));
        return TimeGrammar.longer(best, yearEarlier(i));
    }

    /**
     * "the quarter", "the latest quarter", "the most recent period": in business news, the quarter whose results are
     * reported, which is the last one completed before publication.
     */
    private TimeMatch reportedQuarter(int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        int j = i + 1;
        boolean latest = t.is(j, "latest") || t.is(j, "recent");
        if (t.is(j, "most") && t.is(j + 1, "recent")) {
            latest = true;
            j++;
        }
        j = latest ? j + 1 : j;
        if (!(t.is(j, "quarter") || latest && t.is(j, "period")) || t.is(j + 1, "of") || t.is(j + 1, "-")) {
            return null;
        }
        return new TimeMatch(i, j + 1, new Shift(Unit.QUARTER, -1, Base.PUBLICATION), "the quarter being reported",
                VAGUE);
    }

    /**
     * "the year", "the fiscal year", "the full year" in business news: a length of a year when "ended" or "ending"
     * follows ("for the year ended Sept. 30"), otherwise the year of publication.
     */
    private TimeMatch theYear(int i) {
        if (!t.is(i, "the")) {
            return null;
        }
        int j = i + 1;
        boolean latest = t.is(j, "latest");
        j = t.is(j, "full") || t.is(j, "current") || latest ? j + 1 : j;
        j = t.is(j, "fiscal") ? j + 1 : j;
        // "the year before", "the year of the dragon": not the year of accounts.
        if (!t.is(j, "year") || t.is(j + 1, "-") || t.is(j + 1, "'") || t.is(j + 1, "before") || t.is(j + 1, "after")
                || t.is(j + 1, "earlier") || t.is(j + 1, "later") || t.is(j + 1, "of")) {
            return null;
        }
        if (t.is(j + 1, "ended") || t.is(j + 1, "ending")) {
            return new TimeMatch(i, j + 1, new Length("P1Y"), "a year of accounts", VAGUE);
        }
        // "the latest fiscal year" is the last one closed, the year before publication.
        return new TimeMatch(i, j + 1, new Shift(Unit.YEAR, latest ? -1 : 0, Base.PUBLICATION), "the year of"
                + " accounts", VAGUE);
    }

    /** "the year-earlier quarter", "the year-ago period", "year-earlier": the same period a year before. */
    private TimeMatch yearEarlier(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        j = t.is(j, "comparable") || t.is(j, "same") ? j + 1 : j;
        if (!(t.is(j, "year") && t.is(j + 1, "-") && (t.is(j + 2, "earlier") || t.is(j + 2, "ago"))
                && t.glued(j + 1) && t.glued(j + 2))) {
            return null;
        }
        int k = j + 3;
        TimeMatch length = lengths.length(k);
        if (length != null && length.draft() instanceof Length) {
            return length.from(i);
        }
        TimeMatch period = periods.quarter(k);
        if (period != null) {
            k = period.end();
        } else if (t.is(k, "quarter") || t.is(k, "period")) {
            k++;
        } else {
            // The adjective alone ("year-earlier profit"): the period, without the article.
            return new TimeMatch(j, k, new Shift(Unit.YEAR, -1, Base.ALIGNED), "the period a year before", DEICTIC);
        }
        // "the year-ago quarter" is a quarter even after a date ("the quarter ended Sept. 30").
        return new TimeMatch(i, k, new Shift(Unit.YEAR, -1, Base.ALIGNED, Unit.QUARTER), "the quarter a year before",
                DEICTIC);
    }
}
