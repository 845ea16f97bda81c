package org.newslens.eval;

/**
 * Check-worthiness scores on one set: the confusion counts of the check-worthy class and the precision, recall and
 * F1 of that class (the measure ClaimBuster papers report for CFS).
 *
 * @param set the set's name, e.g. {@code 2xNCS held-out}
 */
public record ClaimScores(String set, int tp, int fp, int fn, int tn) {
    /** Number of sentences scored. */
    public int sentences() {
        return tp + fp + fn + tn;
    }

    /** Of the sentences predicted check-worthy, the share that are; 0 when none is predicted. */
    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    /** Of the check-worthy sentences, the share predicted; 0 when there are none. */
    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    /** The harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of sentences judged right, either way. */
    public double accuracy() {
        return sentences() == 0 ? 0 : (tp + tn) / (double) sentences();
    }
}
