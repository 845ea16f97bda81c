package org.newslens.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newslens.model.TimeExpression;

/**
 * TempEval-3 scores for time expressions. A found expression matches a gold one strictly when the spans are equal
 * and relaxedly when they overlap. Precision counts found expressions with a match, recall gold ones with a match.
 * Each gold expression with a relaxed match is paired with the found expression overlapping it most (the first on a
 * tie); value and type accuracy are measured over those pairs, and value F1 is relaxed F1 times value accuracy, as
 * in the TempEval-3 scorer.
 *
 * @param documents documents scored
 * @param gold gold expressions
 * @param found expressions the tagger found
 * @param strictFound found expressions whose span equals a gold span
 * @param relaxedFound found expressions overlapping a gold span
 * @param relaxedGold gold expressions overlapped by a found one (= pairs)
 * @param valueCorrect pairs whose values are equal
 * @param typeCorrect pairs whose types are equal
 * @param byType the same counts per type, in TIMEX3 order (DATE, TIME, DURATION, SET): recall and accuracy over
 *     the gold expressions of the type, precision over the found ones
 * @param strictGold gold expressions whose span equals a found span
 * @param millis time spent in the tagger
 */
public record TimeScores(int documents, int gold, int found, int strictFound, int strictGold, int relaxedFound,
        int relaxedGold, int valueCorrect, int typeCorrect, Map<String, TimeScores> byType, double millis) {

    public TimeScores {
        byType = Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    }

    public double strictPrecision() {
        return ratio(strictFound, found);
    }

    public double strictRecall() {
        return ratio(strictGold, gold);
    }

    public double strictF1() {
        return f1(strictPrecision(), strictRecall());
    }

    public double relaxedPrecision() {
        return ratio(relaxedFound, found);
    }

    public double relaxedRecall() {
        return ratio(relaxedGold, gold);
    }

    public double relaxedF1() {
        return f1(relaxedPrecision(), relaxedRecall());
    }

    /** Value accuracy over the relaxed pairs. */
    public double valueAccuracy() {
        return ratio(valueCorrect, relaxedGold);
    }

    public double typeAccuracy() {
        return ratio(typeCorrect, relaxedGold);
    }

    /** Relaxed F1 times value accuracy. */
    public double valueF1() {
        return relaxedF1() * valueAccuracy();
    }

    public double typeF1() {
        return relaxedF1() * typeAccuracy();
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** What became of one gold or found expression. */
    public enum Outcome {
        /** Strict match with the same value and type. */
        CORRECT,
        /** Spans overlap but differ. */
        EXTENT,
        /** Matched, but the value differs. */
        VALUE,
        /** Matched with the right value, but the type differs. */
        TYPE,
        /** Gold expression with no overlapping found one. */
        MISSED,
        /** Found expression overlapping no gold one. */
        SPURIOUS
    }

    /**
     * One gold expression and the found one paired with it, or an unpaired one of either.
     *
     * @param gold null for a spurious expression
     * @param found null for a missed one
     */
    public record Pair(String document, TimeMl.Timex gold, TimeExpression found, Outcome outcome) {
        public Pair {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** Counts of one document, to be summed. */
    record Counts(int gold, int found, int strictFound, int strictGold, int relaxedFound, int relaxedGold,
            int valueCorrect, int typeCorrect) {
        static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, found + o.found, strictFound + o.strictFound, strictGold + o.strictGold,
                    relaxedFound + o.relaxedFound, relaxedGold + o.relaxedGold, valueCorrect + o.valueCorrect,
                    typeCorrect + o.typeCorrect);
        }

        /** These gold-side counts with the found-side counts of {@code o}. */
        Counts withFound(Counts o) {
            return new Counts(gold, o.found, o.strictFound, strictGold, o.relaxedFound, relaxedGold, valueCorrect,
                    typeCorrect);
        }

        TimeScores scores(int documents, Map<String, TimeScores> byType, double millis) {
            return new TimeScores(documents, gold, found, strictFound, strictGold, relaxedFound, relaxedGold,
                    valueCorrect, typeCorrect, byType, millis);
        }
    }

    /** Gold and found expressions of one document, compared. */
    static Counts compare(List<TimeMl.Timex> gold, List<TimeExpression> found, List<Pair> pairs, String document) {
        int strictFound = 0;
        int relaxedFound = 0;
        for (TimeExpression f : found) {
            boolean strict = false;
            boolean relaxed = false;
            for (TimeMl.Timex g : gold) {
                strict |= g.start() == f.start() && g.end() == f.end();
                relaxed |= overlap(g, f) > 0;
            }
            strictFound += strict ? 1 : 0;
            relaxedFound += relaxed ? 1 : 0;
            if (!relaxed && pairs != null) {
                pairs.add(new Pair(document, null, f, Outcome.SPURIOUS));
            }
        }
        int strictGold = 0;
        int relaxedGold = 0;
        int valueCorrect = 0;
        int typeCorrect = 0;
        for (TimeMl.Timex g : gold) {
            TimeExpression best = null;
            int bestOverlap = 0;
            for (TimeExpression f : found) {
                int o = overlap(g, f);
                if (o > bestOverlap) {
                    best = f;
                    bestOverlap = o;
                }
            }
            if (best == null) {
                if (pairs != null) {
                    pairs.add(new Pair(document, g, null, Outcome.MISSED));
                }
                continue;
            }
            relaxedGold++;
            boolean strict = false;
            for (TimeExpression f : found) {
                strict |= g.start() == f.start() && g.end() == f.end();
            }
            strictGold += strict ? 1 : 0;
            boolean value = Objects.equals(g.value(), best.value());
            boolean type = best.type().name().equals(g.type());
            valueCorrect += value ? 1 : 0;
            typeCorrect += type ? 1 : 0;
            if (pairs != null) {
                Outcome o = !value ? Outcome.VALUE : !type ? Outcome.TYPE
                        : best.start() != g.start() || best.end() != g.end() ? Outcome.EXTENT : Outcome.CORRECT;
                pairs.add(new Pair(document, g, best, o));
            }
        }
        return new Counts(gold.size(), found.size(), strictFound, strictGold, relaxedFound, relaxedGold,
                valueCorrect, typeCorrect);
    }

    private static int overlap(TimeMl.Timex g, TimeExpression f) {
        return Math.min(g.end(), f.end()) - Math.max(g.start(), f.start());
    }
}
