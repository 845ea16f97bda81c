package org.newslens.reuse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;
import org.newslens.model.ReusePassage;
import org.newslens.model.Span;

/**
 * Finds articles that share text: word shingles, site boilerplate removed, MinHash and LSH for candidates, then
 * {@link Aligner passage alignment} to confirm each candidate and locate what was copied. Thread-safe; the work is
 * done in the calling thread.
 *
 * <pre>{@code
 * ReuseReport report = new ReuseDetector(ReuseOptions.defaults()).detect(documents);
 * List<ReusePassage> shared = ReuseDetector.align(textA, textB);
 * }</pre>
 *
 * Memory: the words and shingles of every document are held at once, about 60 bytes per word.
 */
public final class ReuseDetector {
    private final ReuseOptions options;
    private final MinHash minHash;

    public ReuseDetector(ReuseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.minHash = new MinHash(options.bands() * options.rows(), options.seed());
    }

    /**
     * The pairs and clusters of shared text among {@code documents}. Two documents of one site are never paired,
     * and text a site repeats on its own pages is ignored.
     *
     * @throws IllegalArgumentException when two documents have the same id
     */
    public ReuseReport detect(List<ReuseDocument> documents) {
        int n = documents.size();
        Set<String> ids = new HashSet<>();
        String[] sites = new String[n];
        Words[] words = new Words[n];
        long[][] shingles = new long[n][];
        int[] wordCounts = new int[n];
        for (int d = 0; d < n; d++) {
            ReuseDocument doc = documents.get(d);
            if (!ids.add(doc.id())) {
                throw new IllegalArgumentException("duplicate document id " + doc.id());
            }
            // A document without a site is a site of its own: nothing it repeats is anyone's boilerplate.
            sites[d] = doc.site() == null ? "\u0000" + doc.id() : doc.site().toLowerCase(Locale.ROOT);
            words[d] = Words.of(doc.text());
            wordCounts[d] = words[d].size();
            shingles[d] = shingles(words[d], options.shingleWords());
        }
        boolean[][] masks = SiteBoilerplate.masks(sites, shingles, options.shingleWords(), wordCounts,
                options.siteBoilerplateDocs());
        Lsh lsh = new Lsh(options.bands(), options.rows());
        int[] ownWords = new int[n];
        int skipped = 0;
        long[][] signatures = new long[n][];
        for (int d = 0; d < n; d++) {
            ownWords[d] = wordCounts[d] - count(masks[d]);
            long[] own = ownShingles(shingles[d], masks[d], options.shingleWords());
            if (own.length < MIN_SHINGLES || ownWords[d] < options.minSharedWords()) {
                skipped++;
                continue;
            }
            signatures[d] = minHash.signature(own);
            lsh.add(d, signatures[d]);
        }
        long[] candidates = lsh.candidates();
        List<ReusePair> pairs = new ArrayList<>();
        int aligned = 0;
        for (long c : candidates) {
            int x = Lsh.low(c);
            int y = Lsh.high(c);
            if (sites[x].equals(sites[y]) || agreeing(signatures[x], signatures[y]) < options.minAgreeing()) {
                continue;
            }
            aligned++;
            ReusePair pair = confirm(documents, words, masks, ownWords, x, y);
            if (pair != null) {
                pairs.add(pair);
            }
        }
        pairs.sort(Comparator.comparing(ReusePair::a).thenComparing(ReusePair::b));
        Map<String, LocalDate> published = new HashMap<>();
        for (ReuseDocument doc : documents) {
            if (doc.published() != null) {
                published.put(doc.id(), doc.published());
            }
        }
        List<ReuseCluster> clusters = Clusters.of(pairs, published);
        return new ReuseReport(pairs, clusters, n, skipped, aligned);
    }

    /**
     * The passages two texts share, without boilerplate removal or thresholds: what a reader comparing two articles
     * side by side wants to see. Spans of each passage are offsets into {@code a} and {@code b} respectively.
     */
    public static List<ReusePassage> align(String a, String b) {
        Words wa = Words.of(Objects.requireNonNull(a, "a"));
        Words wb = Words.of(Objects.requireNonNull(b, "b"));
        List<ReusePassage> passages = new ArrayList<>();
        for (Aligner.Match m : Aligner.align(wa, null, wb, null)) {
            passages.add(passage(m, wa, wb, false));
        }
        return passages;
    }

    /** Fewest shingles of its own a document needs to be compared: a sentence or two. */
    static final int MIN_SHINGLES = 10;

    private ReusePair confirm(List<ReuseDocument> documents, Words[] words, boolean[][] masks, int[] ownWords,
            int x, int y) {
        List<Aligner.Match> matches = Aligner.align(words[x], masks[x], words[y], masks[y]);
        if (matches.isEmpty()) {
            return null;
        }
        int sharedX = 0;
        int sharedY = 0;
        int matched = 0;
        for (Aligner.Match m : matches) {
            sharedX += m.aWords();
            sharedY += m.bWords();
            matched += m.matched();
        }
        // Similarity is measured on the shorter article: a short piece copied whole into a long one is still a copy.
        boolean xShorter = ownWords[x] <= ownWords[y];
        int shared = xShorter ? sharedX : sharedY;
        double similarity = Math.min(1.0, shared / (double) Math.max(1, xShorter ? ownWords[x] : ownWords[y]));
        if (Math.min(sharedX, sharedY) < options.minSharedWords() || similarity < options.minSimilarity()) {
            return null;
        }
        ReuseDocument dx = documents.get(x);
        ReuseDocument dy = documents.get(y);
        boolean swap = sourceOrder(dy, dx) < 0;
        List<ReusePassage> passages = new ArrayList<>();
        for (Aligner.Match m : matches) {
            passages.add(passage(m, words[x], words[y], swap));
        }
        if (swap) {
            passages.sort(Comparator.comparingInt(p -> p.a().start()));
        }
        double overlap = matched / (double) Math.max(1, sharedX);
        double confidence = confidence(Math.min(sharedX, sharedY), overlap);
        String reason = String.format(Locale.ROOT,
                "%d shared passage%s, %d words, %.0f%% of the shorter article; %.0f%% of the shared words match"
                        + " word for word",
                passages.size(), passages.size() == 1 ? "" : "s", Math.min(sharedX, sharedY), 100 * similarity,
                100 * Math.min(1.0, overlap));
        return new ReusePair(swap ? dy.id() : dx.id(), swap ? dx.id() : dy.id(), round(similarity),
                round(confidence), passages, reason);
    }

    /**
     * Confidence grows with the length of the shared text (half-way at 40 words, a long paragraph) and with how
     * literally it matches: long verbatim passages are copies beyond doubt, a short reworded one could be a common
     * source paraphrased twice.
     */
    static double confidence(int sharedWords, double overlap) {
        double length = 1 - Math.pow(0.5, sharedWords / 40.0);
        return Math.max(0, Math.min(1, length * (0.5 + 0.5 * Math.min(1, overlap))));
    }

    /** Negative when {@code a} is the likelier source: published earlier, or undated-equal and smaller id. */
    private static int sourceOrder(ReuseDocument a, ReuseDocument b) {
        if (a.published() != null && b.published() != null && !a.published().equals(b.published())) {
            return a.published().compareTo(b.published());
        }
        if (a.published() != null && b.published() == null) {
            return -1;
        }
        if (a.published() == null && b.published() != null) {
            return 1;
        }
        return a.id().compareTo(b.id());
    }

    private static ReusePassage passage(Aligner.Match m, Words wa, Words wb, boolean swap) {
        Span sa = new Span(wa.starts[m.aFrom()], wa.ends[m.aTo() - 1]);
        Span sb = new Span(wb.starts[m.bFrom()], wb.ends[m.bTo() - 1]);
        double overlap = Math.min(1.0, m.matched() / (double) m.aWords());
        return swap ? new ReusePassage(sb, sa, m.bWords(), round(overlap))
                : new ReusePassage(sa, sb, m.aWords(), round(overlap));
    }

    static long[] shingles(Words w, int k) {
        int count = Math.max(0, w.size() - k + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = Hashing.sequence(w.hashes, i, k);
        }
        return out;
    }

    /** The distinct shingles that touch no boilerplate word. */
    private static long[] ownShingles(long[] shingles, boolean[] mask, int k) {
        java.util.HashSet<Long> own = new java.util.HashSet<>();
        outer:
        for (int p = 0; p < shingles.length; p++) {
            if (mask != null) {
                for (int w = p; w < p + k; w++) {
                    if (mask[w]) {
                        continue outer;
                    }
                }
            }
            own.add(shingles[p]);
        }
        return own.stream().mapToLong(Long::longValue).toArray();
    }

    private static int agreeing(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }

    private static int count(boolean[] mask) {
        int c = 0;
        if (mask != null) {
            for (boolean b : mask) {
                if (b) {
                    c++;
                }
            }
        }
        return c;
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
