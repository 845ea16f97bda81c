package org.newslens.reuse;

import java.util.List;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;

/**
 * What reuse detection found in a set of documents.
 *
 * @param pairs every pair that shares text, the likely source first in each, sorted by the source's id then the
 *     other's
 * @param clusters the pairs grouped into connected clusters, the largest first
 * @param documents documents compared
 * @param skipped documents too short to compare (fewer words of their own than a shingle or two)
 * @param candidates candidate pairs from LSH that were aligned
 */
public record ReuseReport(List<ReusePair> pairs, List<ReuseCluster> clusters, int documents, int skipped,
        int candidates) {
    public ReuseReport {
        pairs = List.copyOf(pairs);
        clusters = List.copyOf(clusters);
    }

    /** The pairs that involve document {@code id}. */
    public List<ReusePair> pairsOf(String id) {
        return pairs.stream().filter(p -> p.involves(id)).toList();
    }

    /** The cluster holding document {@code id}, or null. */
    public ReuseCluster clusterOf(String id) {
        return clusters.stream().filter(c -> c.members().contains(id)).findFirst().orElse(null);
    }
}
