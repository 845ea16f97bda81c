package org.newslens.nlp;

import java.util.Set;
import org.newslens.nlp.TimeDraft.Reference;

/**
 * Vague references to the present, the past and the future, which TIMEX3 writes PRESENT_REF, PAST_REF and
 * FUTURE_REF: "now", "currently", "recently", "the past", "the near term", "will one day".
 */
final class ReferenceRules {
    /** "current" before a noun refers to the present about half the time it is written. */
    static final double CURRENT = 0.5;

    /** Modal verbs before "one day" that make it some day in the future. */
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "can", "ll");

    private static final double VAGUE = RelativeRules.VAGUE;

    private final TimeTokens t;

    ReferenceRules(TimeTokens t) {
        this.t = t;
    }

    /** "now", "currently", "recently", "the past", "the future", "these days". */
    TimeMatch match(int i) {
        String w = t.word(i);
        String value = TimeWords.REFERENCES.get(w);
        if (value != null) {
            return new TimeMatch(i, i + 1, new Reference(value), "a reference to " + meaning(value), VAGUE);
        }
        if (w.equals("current")) {
            // "current" before a noun: "his current wife", "current market conditions".
            return new TimeMatch(i, i + 1, new Reference("PRESENT_REF"), "a reference to the present", CURRENT);
        }
        if (w.equals("more") && t.is(i + 1, "recently")) {
            return new TimeMatch(i, i + 2, new Reference("PAST_REF"), "a reference to the past", VAGUE);
        }
        if (w.equals("the") && (t.is(i + 1, "past") || t.is(i + 1, "future"))) {
            value = t.is(i + 1, "past") ? "PAST_REF" : "FUTURE_REF";
            return new TimeMatch(i, i + 2, new Reference(value), "a reference to " + meaning(value), VAGUE);
        }
        if (w.equals("the") && (t.is(i + 1, "near") || t.is(i + 1, "distant")) && t.is(i + 2, "future")) {
            return new TimeMatch(i, i + 3, new Reference("FUTURE_REF"), "a reference to the future", VAGUE);
        }
        if (w.equals("the") && (t.is(i + 1, "near") || t.is(i + 1, "short")) && t.is(i + 2, "term")) {
            return new TimeMatch(i, i + 3, new Reference("FUTURE_REF"), "a reference to the future", VAGUE);
        }
        if (w.equals("a") && t.is(i + 1, "later") && t.is(i + 2, "date")) {
            return new TimeMatch(i, i + 3, new Reference("FUTURE_REF"), "a reference to the future", VAGUE);
        }
        if (w.equals("as") && t.is(i + 1, "soon") && t.is(i + 2, "as") && t.is(i + 3, "possible")) {
            return new TimeMatch(i, i + 4, new Reference("FUTURE_REF"), "a reference to the future", VAGUE);
        }
        if (w.equals("this") && t.is(i + 1, "day") && t.is(i - 1, "to")) {
            // "to this day": up to now.
            return new TimeMatch(i, i + 2, new Reference("PRESENT_REF"), "a reference to the present", VAGUE);
        }
        if ((w.equals("one") || w.equals("some")) && t.is(i + 1, "day") && MODALS.contains(t.word(i - 1))) {
            // "Islam will one day be ...": some time in the future, not a length of a day.
            return new TimeMatch(i, i + 2, new Reference("FUTURE_REF"), "a reference to the future", VAGUE);
        }
        if (w.equals("these") && t.is(i + 1, "days")) {
            return new TimeMatch(i, i + 2, new Reference("PRESENT_REF"), "a reference to the present", VAGUE);
        }
        return null;
    }

    private static String meaning(String reference) {
        return switch (reference) {
            case "PRESENT_REF" -> "the present";
            case "PAST_REF" -> "the past";
            default -> "the future";
        };
    }
}
