package org.newslens.eval;

/**
 * Scores of a shingle-based extraction evaluation (the article-extraction-benchmark metric).
 *
 * @param pages pages evaluated
 * @param failures pages that yielded an error record (they count as empty predictions)
 * @param precision mean page precision over pages whose prediction has shingles
 * @param recall mean page recall over pages whose truth has shingles
 */
public record ShingleScores(int pages, int failures, double precision, double recall) {
    /** Harmonic mean of the two averages. */
    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
