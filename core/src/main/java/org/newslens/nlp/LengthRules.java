package org.newslens.nlp;

import java.util.Locale;
import java.util.Set;
import org.newslens.nlp.TimeDraft.Every;
import org.newslens.nlp.TimeDraft.Length;
import org.newslens.nlp.TimePoint.Unit;

/** Lengths of time ("three years", "a five-year low", "24 hours") and frequencies ("daily", "every July"). */
final class LengthRules {
    /** A count before a unit noun is nearly always a length of time. */
    static final double LENGTH = 0.9;
    /** "daily" and "weekly" are also nouns for newspapers ("the party daily"). */
    static final double FREQUENCY = 0.8;

    /** Words before "a year", "a day" that make it a rate, not a length: "$2 million a year", "24 hours a day". */
    private static final Set<String> RATE_BEFORE = Set.of("%", "million", "billion", "thousand", "hundred",
            "dollars", "cents", "times", "once", "twice", "euros", "pounds", "yen");

    /** Words after a count and unit that make it an age: "52 years old", "6-year-old", "years of age". */
    private static final Set<String> AGE_AFTER = Set.of("old", "older", "younger");

    /** Words between a count and its unit that leave the length as counted: "two more weeks". */
    private static final Set<String> COUNT_QUALIFIERS = Set.of("more", "additional", "extra", "further",
            "trading", "business", "working", "straight", "consecutive", "full", "single", "whole", "entire");

    private final TimeTokens t;

    LengthRules(TimeTokens t) {
        this.t = t;
    }

    TimeMatch match(int i) {
        return TimeGrammar.longer(TimeGrammar.longer(length(i), frequency(i)), forUnits(i));
    }

    /** "for years", "in months", "within weeks": an unknown number of them; the preposition stays outside. */
    private TimeMatch forUnits(int i) {
        String w = t.word(i);
        boolean after = t.is(i - 1, "for") || t.is(i - 1, "in") || t.is(i - 1, "within");
        if (!after || !w.endsWith("s") || !TimeWords.UNITS.containsKey(w) || t.capitalised(i)) {
            return null;
        }
        return new TimeMatch(i, i + 1, new Length(value(Double.NaN, w)), "an unknown number of " + w, FREQUENCY);
    }

    /** "three years", "the nine months", "a five-year", "two and a half hours", "two to three weeks". */
    TimeMatch length(int i) {
        int j = t.is(i, "the") ? i + 1 : i;
        Quantity q = Quantity.at(t, j);
        // "the 1988 quarter", "1988 second quarter": a year, not a count.
        if (q == null || DateRules.yearNumber(t, j) > 0) {
            return null;
        }
        int k = q.end();
        // "two to three weeks", "12 to 18 months": the lower bound.
        if ((t.is(k, "to") || t.is(k, "or")) && Quantity.at(t, k + 1) != null
                && !t.is(k + 1, "a") && !t.is(k + 1, "an")) {
            k = Quantity.at(t, k + 1).end();
        }
        boolean adjective = t.is(k, "-") && t.glued(k) && t.glued(k + 1);
        if (adjective) {
            k++;
        } else if (COUNT_QUALIFIERS.contains(t.word(k))) {
            // "two more weeks", "an additional year", "eight trading days".
            k++;
        }
        String word = t.word(k);
        TimeMatch seasons = seasons(i, q, k);
        if (seasons != null) {
            return seasons;
        }
        Unit unit = TimeWords.UNITS.get(word);
        if (unit == null || unit == Unit.HALF || unit == Unit.WEEKEND || !t.joins(k) || t.capitalised(k)) {
            // A capitalised unit inside a phrase is part of a name: "60 Minutes", "This Week".
            return null;
        }
        if (word.equals("second") && !t.is(j, "one") && !t.isNumber(j)) {
            // "a second attempt": the ordinal, not the unit.
            return null;
        }
        boolean one = q.value() == 1 && !q.approximate();
        // Every plural unit noun ends in "s"; "a five year low" keeps the singular after a count, so only "one
        // years" is out of agreement.
        if (one && word.endsWith("s")) {
            return null;
        }
        // "three quarters of the vote" is a fraction; "several quarters of losses" is time.
        boolean fraction = unit == Unit.QUARTER && (one || t.is(k + 1, "of") && !q.vague());
        // "a year-earlier loss": the adjective belongs to the word after the unit.
        boolean compound = t.is(k + 1, "-") && t.glued(k + 1) && t.kind(Math.min(k + 2, t.size() - 1))
                == TimeTokens.Kind.WORD && t.glued(k + 2);
        if (isAge(k) || fraction || compound && !t.is(k + 2, "long")) {
            return null;
        }
        if ((t.is(j, "a") || t.is(j, "an")) && one && isRate(i)) {
            if (t.is(i - 1, "once") || t.is(i - 1, "twice") || t.is(i - 1, "times")) {
                return new TimeMatch(i, k + 1, new Every(value(1, word)), "a frequency", FREQUENCY);
            }
            return null;
        }
        double count = q.value();
        int end = k + 1;
        if (t.is(end, "and") && t.is(end + 1, "a") && t.is(end + 2, "half")) {
            count += 0.5;
            end += 3;
        }
        return new TimeMatch(i, end, new Length(value(count, word)), "a length of time", LENGTH);
    }

    /**
     * "one single summer", "three winters": a length counted in seasons, written with TimeML's season codes
     * ({@code P1SU}), as a season has no fixed length in days.
     */
    private TimeMatch seasons(int i, Quantity q, int k) {
        String word = t.word(k);
        boolean plural = word.endsWith("s") && TimeWords.SEASONS.containsKey(word.substring(0, word.length() - 1));
        Integer season = TimeWords.SEASONS.get(plural ? word.substring(0, word.length() - 1) : word);
        boolean one = q.value() == 1;
        if (season == null || one == plural || q.vague() || q.value() != Math.rint(q.value())
                || word.startsWith("fall") || word.startsWith("spring") && !one) {
            return null;
        }
        return new TimeMatch(i, k + 1, new Length("P" + (long) q.value() + TimePoint.SEASONS[season]),
                "a length of " + (one ? "one season" : "seasons"), LENGTH);
    }

    private boolean isAge(int unitAt) {
        return AGE_AFTER.contains(t.word(unitAt + 1))
                || t.is(unitAt + 1, "-") && AGE_AFTER.contains(t.word(unitAt + 2))
                || t.is(unitAt + 1, "of") && t.is(unitAt + 2, "age");
    }

    /** A figure: a number, a percent sign or a word such as "million". */
    private boolean isAmount(int i) {
        return t.isNumber(i) || RATE_BEFORE.contains(t.word(i));
    }

    private boolean isRate(int i) {
        String before = t.word(i - 1);
        return t.isNumber(i - 1) || RATE_BEFORE.contains(before)
                || before.length() > 3 && before.endsWith("s") && !before.endsWith("ss") && !t.capitalised(i - 1)
                && !TimeWords.UNITS.containsKey(before);
    }

    /** The TIMEX3 duration value of {@code count} units named by {@code unitWord}: P3Y, PT24H, PXD, P1.5Y. */
    static String value(double count, String unitWord) {
        String code = TimeWords.DURATION_CODES.get(unitWord);
        double n = count;
        // TimeBank counts decades and centuries in years ("two decades" is P20Y).
        if (code.equals("DE") || code.equals("CE")) {
            n = count * (code.equals("DE") ? 10 : 100);
            code = "Y";
        }
        String prefix = TimeWords.CLOCK_UNITS.contains(unitWord) ? "PT" : "P";
        if (Double.isNaN(n)) {
            return prefix + "X" + code;
        }
        if (n != Math.rint(n)) {
            return fraction(n, code, prefix);
        }
        return prefix + (long) n + code;
    }

    /**
     * A count with a fraction, as whole units plus the rest in the next smaller unit, the way TimeBank writes it:
     * "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M, "a minute and a half" PT1M30S, "half an hour" PT30M.
     */
    private static String fraction(double n, String code, String prefix) {
        // The next smaller unit and how many of it make one: a day's rest is in hours, written after "T".
        String[] smaller = switch (prefix + code) {
            case "PY" -> new String[] {"M", "12"};
            case "PW" -> new String[] {"D", "7"};
            case "PD" -> new String[] {"TH", "24"};
            case "PTH" -> new String[] {"M", "60"};
            case "PTM" -> new String[] {"S", "60"};
            default -> null;
        };
        long whole = (long) Math.floor(n);
        double rest = smaller == null ? 0.5 : (n - whole) * Integer.parseInt(smaller[1]);
        if (smaller == null || rest != Math.rint(rest)) {
            return prefix + String.format(Locale.ROOT, "%s", n) + code;
        }
        String head = whole > 0 ? whole + code : "";
        String tail = smaller[0].equals("TH") ? "T" + (long) rest + "H" : (long) rest + smaller[0];
        return prefix + head + tail;
    }


    /** "daily", "every day", "each July", "every other week", "on Mondays". */
    TimeMatch frequency(int i) {
        String w = t.word(i);
        String value = TimeWords.FREQUENCIES.get(w);
        if (value != null) {
            // "10,000 units annually", "20% annually": a rate of the figure before, not a time of its own.
            boolean rate = isAmount(i - 1) || t.word(i - 1).endsWith("s") && isAmount(i - 2);
            return rate ? null : new TimeMatch(i, i + 1, new Every(value), "a frequency", FREQUENCY);
        }
        if (!w.equals("every") && !w.equals("each")) {
            return null;
        }
        int j = i + 1;
        int step = 1;
        if (t.is(j, "other")) {
            step = 2;
            j++;
        } else {
            Quantity q = Quantity.at(t, j);
            if (q != null && !q.vague() && q.value() >= 2 && q.value() == Math.rint(q.value())) {
                step = (int) q.value();
                j = q.end();
            }
        }
        String next = t.word(j);
        String set = null;
        if (TimeWords.UNITS.containsKey(next) && TimeWords.UNITS.get(next) != Unit.HALF) {
            set = value(step, next);
        } else if (TimeWords.WEEKDAYS.containsKey(next)) {
            set = "XXXX-WXX-" + TimeWords.WEEKDAYS.get(next);
        } else if (TimeWords.MONTHS.containsKey(next) && t.capitalised(j)) {
            set = String.format(Locale.ROOT, "XXXX-%02d", TimeWords.MONTHS.get(next));
        } else if (TimeWords.DAY_PARTS.containsKey(next)) {
            set = "XXXX-XX-XXT" + TimeWords.DAY_PARTS.get(next);
        } else if (TimeWords.SEASONS.containsKey(next)) {
            set = "XXXX-" + TimePoint.SEASONS[TimeWords.SEASONS.get(next)];
        }
        return set == null ? null : new TimeMatch(i, j + 1, new Every(set), "a frequency", LengthRules.LENGTH);
    }
}
