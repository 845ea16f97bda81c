package org.newslens.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The span-identification measure of SemEval-2020 Task 11 (Da San Martino et al. 2020): for a predicted span s and a
 * gold span t of one article, C(s,t) = |s ∩ t| / |s| in precision and / |t| in recall; P = Σ C / |S|, R = Σ C / |T|,
 * overlapping spans merged per article first. Offsets are whatever the caller counts in (PTC: code points).
 */
public final class SpanOverlap {
    private double precisionSum;
    private double recallSum;
    private int predicted;
    private int gold;

    /** Adds one article's spans, each {@code {start, end}}. */
    public void add(List<int[]> predictedSpans, List<int[]> goldSpans) {
        List<int[]> p = merge(predictedSpans);
        List<int[]> t = merge(goldSpans);
        for (int[] s : p) {
            for (int[] g : t) {
                int overlap = Math.min(s[1], g[1]) - Math.max(s[0], g[0]);
                if (overlap > 0) {
                    precisionSum += overlap / (double) (s[1] - s[0]);
                    recallSum += overlap / (double) (g[1] - g[0]);
                }
            }
        }
        predicted += p.size();
        gold += t.size();
    }

    public double precision() {
        return predicted == 0 ? 0 : precisionSum / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : recallSum / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public int predicted() {
        return predicted;
    }

    public int gold() {
        return gold;
    }

    /** Sorted, with overlapping spans joined; empty spans dropped. */
    static List<int[]> merge(List<int[]> spans) {
        List<int[]> sorted = new ArrayList<>();
        for (int[] s : spans) {
            if (s[1] > s[0]) {
                sorted.add(s.clone());
            }
        }
        sorted.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        List<int[]> out = new ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] < last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(s);
            }
        }
        return out;
    }
}
