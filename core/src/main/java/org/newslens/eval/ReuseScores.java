package org.newslens.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores of the reuse eval.
 *
 * @param documents documents in the benchmark
 * @param reported pairs the detector reported
 * @param correct reported pairs whose two articles come from one original
 * @param goldByBand original-copy pairs per rewording band ({@link ReuseBenchmark#REWORDING_BANDS})
 * @param foundByBand of those, the ones reported
 * @param copyPairs pairs of two copies of one original
 * @param copyPairsFound of those, the ones reported
 * @param clusters clusters holding an original
 * @param sourcesRight of those, the clusters that name the original as the source
 * @param passageChars over the copies found: [0] copy characters inside reported passages, [1] of those, the ones
 *     inside copied paragraphs (not boilerplate), [2] copied characters in all
 * @param passageCharsLe20 the same over the copies found with at most 20% rewording
 * @param candidates LSH candidate pairs aligned
 * @param seconds detection time
 * @param wrong the wrongly reported pairs, for inspection
 */
public record ReuseScores(int documents, int reported, int correct, int[] goldByBand, int[] foundByBand,
        int copyPairs, int copyPairsFound, int clusters, int sourcesRight, long[] passageChars,
        long[] passageCharsLe20, int candidates, double seconds, List<String> wrong) {

    public double precision() {
        return reported == 0 ? 1 : correct / (double) reported;
    }

    /** Recall over the original-copy pairs of bands whose rewording is at most {@code maxRewording}. */
    public double recallUpTo(double maxRewording) {
        int gold = 0;
        int found = 0;
        double[] bands = ReuseBenchmark.REWORDING_BANDS;
        for (int i = 0; i < bands.length; i++) {
            if (bands[i] <= maxRewording + 1e-9) {
                gold += goldByBand[i];
                found += foundByBand[i];
            }
        }
        return gold == 0 ? 0 : found / (double) gold;
    }

    public double recallOfBand(int band) {
        return goldByBand[band] == 0 ? 0 : foundByBand[band] / (double) goldByBand[band];
    }

    /** Share of reported passage characters (copy side) that lie in copied text. */
    public double passagePrecision() {
        return ratio(passageChars[1], passageChars[0]);
    }

    /** Share of the copied text of found copies that reported passages cover. */
    public double passageRecall() {
        return ratio(passageChars[1], passageChars[2]);
    }

    /** As {@link #passageRecall()}, over copies with at most 20% rewording. */
    public double passageRecallUpTo20() {
        return ratio(passageCharsLe20[1], passageCharsLe20[2]);
    }

    /** As {@link #passagePrecision()}, over copies with at most 20% rewording. */
    public double passagePrecisionUpTo20() {
        return ratio(passageCharsLe20[1], passageCharsLe20[0]);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }

    public double sourceAccuracy() {
        return clusters == 0 ? 0 : sourcesRight / (double) clusters;
    }

    /** The metrics floors apply to, by name. */
    public Map<String, Double> metrics() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("precision", precision());
        m.put("recall_le20", recallUpTo(0.2));
        double[] bands = ReuseBenchmark.REWORDING_BANDS;
        for (int i = 0; i < bands.length; i++) {
            m.put(String.format(Locale.ROOT, "recall_%02d", Math.round(bands[i] * 100)), recallOfBand(i));
        }
        m.put("copy_pairs_recall", copyPairs == 0 ? 0 : copyPairsFound / (double) copyPairs);
        m.put("source_accuracy", sourceAccuracy());
        m.put("passage_precision", passagePrecision());
        m.put("passage_recall", passageRecall());
        m.put("passage_precision_le20", passagePrecisionUpTo20());
        m.put("passage_recall_le20", passageRecallUpTo20());
        return m;
    }
}
