package org.newslens.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Scores of the attribution evaluation (see {@link AttributionEval} for the definitions).
 *
 * @param articles articles scored
 * @param gold gold relations
 * @param predicted predicted relations
 * @param quoteMillis mean wall time of the quotation stage per article, model loading excluded
 * @param quoteCpuMillis the same in this thread's CPU time (garbage collection excluded): what the stage costs
 *     when other jobs share the cores
 */
public record AttributionScores(int articles, int gold, int predicted, Prf sourceExact, Prf sourceOverlap,
        Prf cueExact, Prf cueOverlap, Prf contentExact, Prf contentOverlap, Prf relation, Prf relationExact,
        double quoteMillis, double quoteCpuMillis) {

    /** Precision, recall and F1. */
    public record Prf(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        static Prf of(long hitsPredicted, long predicted, long hitsGold, long gold) {
            return new Prf(predicted == 0 ? 0 : hitsPredicted / (double) predicted, gold == 0 ? 0 : hitsGold / (double) gold);
        }
    }

    /** The F1 scores by metric name, as the floors file names them. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("source_exact_f1", sourceExact.f1());
        m.put("source_overlap_f1", sourceOverlap.f1());
        m.put("cue_exact_f1", cueExact.f1());
        m.put("cue_overlap_f1", cueOverlap.f1());
        m.put("content_exact_f1", contentExact.f1());
        m.put("content_overlap_f1", contentOverlap.f1());
        m.put("relation_f1", relation.f1());
        m.put("relation_exact_f1", relationExact.f1());
        return m;
    }
}
