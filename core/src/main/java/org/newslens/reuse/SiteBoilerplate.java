package org.newslens.reuse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Text a site repeats on its own pages (navigation, share prompts, legal notes, the same "about us" paragraph): every
 * shingle found on at least {@code minDocs} pages of one site. Such text says nothing about where a story came from,
 * and two sites with the same furniture (one publisher's network, one CMS) would otherwise look like copies of each
 * other. Counted site by site, so memory grows with the largest site, not the corpus.
 */
final class SiteBoilerplate {
    private SiteBoilerplate() {
    }

    /**
     * Marks boilerplate words: for each document, true at every word covered by a shingle that its site repeats.
     *
     * @param sites each document's site key
     * @param shingles each document's shingle hash at every word position
     * @param shingleWords words per shingle
     * @param wordCounts each document's word count
     * @return the masks, null for a document without boilerplate
     */
    static boolean[][] masks(String[] sites, long[][] shingles, int shingleWords, int[] wordCounts, int minDocs) {
        Map<String, List<Integer>> bySite = new HashMap<>();
        for (int d = 0; d < sites.length; d++) {
            bySite.computeIfAbsent(sites[d], k -> new ArrayList<>()).add(d);
        }
        boolean[][] masks = new boolean[sites.length][];
        for (List<Integer> docs : bySite.values()) {
            if (docs.size() < minDocs) {
                continue;
            }
            Map<Long, Integer> pages = new HashMap<>();
            for (int d : docs) {
                Set<Long> seen = new HashSet<>();
                for (long s : shingles[d]) {
                    if (seen.add(s)) {
                        pages.merge(s, 1, Integer::sum);
                    }
                }
            }
            for (int d : docs) {
                boolean[] mask = null;
                for (int p = 0; p < shingles[d].length; p++) {
                    if (pages.get(shingles[d][p]) >= minDocs) {
                        if (mask == null) {
                            mask = new boolean[wordCounts[d]];
                        }
                        java.util.Arrays.fill(mask, p, p + shingleWords, true);
                    }
                }
                masks[d] = mask;
            }
        }
        return masks;
    }
}
