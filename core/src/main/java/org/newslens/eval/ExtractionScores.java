package org.newslens.eval;

import java.util.Map;

/**
 * Scores of one extraction evaluation run.
 *
 * @param pages pages evaluated
 * @param failures pages that yielded an error record (they find nothing)
 * @param tp snippets that must appear and do
 * @param fp snippets that must not appear and do
 * @param fn snippets that must appear and do not
 * @param tn snippets that must not appear and do not
 * @param title title accuracy over pages with a gold title
 * @param date date accuracy over pages with a gold date
 * @param author author accuracy over pages with a gold author
 * @param byLanguage content scores per page language (from the page's own declaration)
 */
public record ExtractionScores(int pages, int failures, long tp, long fp, long fn, long tn, Accuracy title,
        Accuracy date, Accuracy author, Map<String, ExtractionScores> byLanguage) {

    public ExtractionScores {
        byLanguage = Map.copyOf(byLanguage);
    }

    public double precision() {
        return ratio(tp, tp + fp);
    }

    public double recall() {
        return ratio(tp, tp + fn);
    }

    public double accuracy() {
        return ratio(tp + tn, tp + fp + fn + tn);
    }

    public double f() {
        return ratio(2 * tp, 2 * tp + fp + fn);
    }

    static double ratio(long a, long b) {
        return b == 0 ? 0 : a / (double) b;
    }

    /**
     * Share of correct values.
     *
     * @param correct values matching the gold one
     * @param total pages with a gold value
     */
    public record Accuracy(int correct, int total) {
        public double value() {
            return ratio(correct, total);
        }
    }
}
