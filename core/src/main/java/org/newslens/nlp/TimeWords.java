package org.newslens.nlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.newslens.nlp.TimePoint.Unit;

/**
 * The English words time expressions are built from, grouped by the part they play. All lower case. The choices
 * follow the TIMEX3 guidelines (TimeML 1.2.1) and the conventions of the TimeBank corpus where the guidelines leave
 * room (for instance "P1DE" for a decade as a duration).
 */
final class TimeWords {
    private TimeWords() {
    }

    /** Month names and their usual abbreviations ("Sept." as well as "Sep."), to month number. */
    static final Map<String, Integer> MONTHS = map(
            "january", 1, "jan", 1, "february", 2, "feb", 2, "march", 3, "mar", 3, "april", 4, "apr", 4, "may", 5,
            "june", 6, "jun", 6, "july", 7, "jul", 7, "august", 8, "aug", 8, "september", 9, "sept", 9, "sep", 9,
            "october", 10, "oct", 10, "november", 11, "nov", 11, "december", 12, "dec", 12);

    /** Month names that are also common verbs or nouns: they count only next to a day, a year or a time word. */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "mar", "jan", "dec", "sep", "jun", "jul");

    /** Weekday names to ISO day number (Monday 1). Abbreviations are left out: "Sun", "Sat" and "Wed" mislead. */
    static final Map<String, Integer> WEEKDAYS = map("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4,
            "friday", 5, "saturday", 6, "sunday", 7);

    /** Seasons to the index of {@link TimePoint#SEASONS} (spring 0 ... winter 3). */
    static final Map<String, Integer> SEASONS = map("spring", 0, "summer", 1, "fall", 2, "autumn", 2, "winter", 3);

    /** Parts of the day to their TIMEX3 codes. */
    static final Map<String, String> DAY_PARTS = Map.of("morning", "MO", "afternoon", "AF", "evening", "EV",
            "night", "NI", "daytime", "DT");

    /** Unit nouns (singular and plural) to the granularity a point of that size has. */
    static final Map<String, Unit> UNITS = new HashMap<>();

    /** TIMEX3 duration letters per unit noun; time units take the "T" prefix in a value (PT3H). */
    static final Map<String, String> DURATION_CODES = new HashMap<>();

    /** Units below a day, written after "PT" rather than "P". */
    static final Set<String> CLOCK_UNITS = Set.of("hour", "hours", "minute", "minutes", "second", "seconds");

    static {
        unit(Unit.YEAR, "Y", "year", "years");
        unit(Unit.MONTH, "M", "month", "months");
        unit(Unit.WEEK, "W", "week", "weeks");
        unit(Unit.DAY, "D", "day", "days");
        unit(Unit.HOUR, "H", "hour", "hours");
        unit(Unit.MINUTE, "M", "minute", "minutes");
        unit(Unit.MINUTE, "S", "second", "seconds");
        unit(Unit.DECADE, "DE", "decade", "decades");
        unit(Unit.CENTURY, "CE", "century", "centuries");
        unit(Unit.QUARTER, "Q", "quarter", "quarters");
        unit(Unit.WEEKEND, "WE", "weekend", "weekends");
        unit(Unit.HALF, "H", "half");
    }

    private static void unit(Unit unit, String code, String... words) {
        for (String w : words) {
            UNITS.put(w, unit);
            DURATION_CODES.put(w, code);
        }
    }

    /** Number words up to the tens; larger numbers are composed ("twenty four", "one hundred"). */
    static final Map<String, Integer> NUMBERS = map("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6,
            "seven", 7, "eight", 8, "nine", 9, "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14,
            "fifteen", 15, "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30,
            "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    /** Multipliers that follow a number word. */
    static final Map<String, Integer> MULTIPLIERS = map("hundred", 100, "thousand", 1000, "dozen", 12);

    /** Ordinal words to their number, for quarters, halves, centuries and days of the month. */
    static final Map<String, Integer> ORDINALS = map("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5,
            "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10, "eleventh", 11, "twelfth", 12,
            "thirteenth", 13, "fourteenth", 14, "fifteenth", 15, "sixteenth", 16, "seventeenth", 17,
            "eighteenth", 18, "nineteenth", 19, "twentieth", 20, "thirtieth", 30);

    /** Suffixes written after a day number ("3rd", "21st"). */
    static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    /** Vague quantities: the count is unknown, written X in a value (PXY). "a few", "several", "many". */
    static final Set<String> VAGUE_COUNTS = Set.of("few", "several", "many", "some", "numerous", "countless");

    /** Words that open a duration or point counted from now: "the past two months", "next year". */
    static final Map<String, Integer> DIRECTIONS = map("last", -1, "past", -1, "previous", -1, "preceding", -1,
            "next", 1, "coming", 1, "following", 1, "this", 0, "current", 0, "present", 0);

    /** Position words before a period, giving the TIMEX3 mod: "early 1990", "late last week". */
    static final Map<String, String> POSITIONS = Map.of("early", "START", "late", "END", "mid", "MID",
            "earlier", "START", "later", "END", "middle", "MID");

    /** "the end of", "the beginning of" ...: the noun to its mod. */
    static final Map<String, String> POSITION_NOUNS = Map.of("end", "END", "beginning", "START", "start", "START",
            "middle", "MID", "close", "END", "turn", "START", "dawn", "START");

    /** Words of approximation and bounds before a quantity, and the TIMEX3 mod each gives. */
    static final Map<String, String> QUANTITY_MODS = Map.of("about", "APPROX", "around", "APPROX", "roughly",
            "APPROX", "approximately", "APPROX", "some", "APPROX", "nearly", "LESS_THAN", "almost", "LESS_THAN",
            "over", "MORE_THAN");

    /** Two-word bounds: "more than", "less than", "at least", "up to", "at most". */
    static final Map<String, String> QUANTITY_MODS_2 = Map.of("more than", "MORE_THAN", "less than", "LESS_THAN",
            "fewer than", "LESS_THAN", "at least", "EQUAL_OR_MORE", "up to", "EQUAL_OR_LESS", "at most",
            "EQUAL_OR_LESS", "no more", "EQUAL_OR_LESS", "more or", "APPROX");

    /** Adverbs for the present, the past and the future as TIMEX3 gives them (PRESENT_REF ...). */
    static final Map<String, String> REFERENCES = Map.of("now", "PRESENT_REF", "currently", "PRESENT_REF",
            "nowadays", "PRESENT_REF", "presently", "PRESENT_REF", "recently", "PAST_REF", "lately", "PAST_REF");

    /** Adverbs of frequency and the SET value each gives. */
    static final Map<String, String> FREQUENCIES = Map.of("daily", "P1D", "weekly", "P1W", "monthly", "P1M",
            "yearly", "P1Y", "annually", "P1Y", "hourly", "PT1H", "nightly", "P1D");

    /** Cue words that put a sentence in the future, so that "Friday" or "in March" looks ahead rather than back. */
    static final Set<String> FUTURE_CUES = Set.of("will", "ll", "shall", "tomorrow", "upcoming", "scheduled",
            "expected", "expects", "plans", "plan", "next", "wo", "soon", "would", "could", "may",
            "might", "intends", "hopes");

    /** Words that look ahead when "to" follows: "set to resume", "due to meet", "going to", "is to". */
    static final Set<String> FUTURE_BEFORE_TO = Set.of("set", "due", "going", "is", "are", "ready", "able",
            "planned", "planning", "plans", "scheduled", "expected", "hoped", "hopes", "intended", "agreed", "want",
            "wants", "wanted", "decided", "promised", "vowed", "threatened", "prepared", "preparing");

    /** Cue words that put a sentence in the past. */
    static final Set<String> PAST_CUES = Set.of("said", "was", "were", "had", "did", "ago", "last", "yesterday",
            "earlier", "told", "came", "went", "began", "met", "took", "gave", "made", "left", "found", "held",
            "got", "sent", "saw", "won", "lost", "fell", "rose", "spent", "sold", "paid", "hit", "led", "wrote");

    /** Words before a participle that make it passive or perfect rather than a past-tense verb. */
    static final Set<String> PASSIVE_BEFORE = Set.of("be", "been", "being", "is", "are", "am", "get", "gets");

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> map(Object... pairs) {
        Map<String, V> m = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return Map.copyOf(m);
    }
}
