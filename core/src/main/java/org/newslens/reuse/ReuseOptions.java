package org.newslens.reuse;

/**
 * How reuse is detected. The defaults were chosen on the benchmark of {@code newslens eval reuse} (copies with
 * paragraphs dropped or reordered, words reworded and boilerplate added; seed 1): precision 1.0, recall 1.0 for copies
 * with up to a fifth of their words reworded, 0.99 at 30%, 0.96 at 40%, 0.69 at 50%.
 *
 * @param shingleWords words per shingle: 5 is long enough that unrelated articles in one language rarely share
 *     one, short enough that a copy keeps a third of them when one word in five is reworded
 * @param bands LSH bands
 * @param rows signature values per band; {@code bands * rows} MinHash functions are computed
 * @param minAgreeing signature values a candidate pair must share to be aligned
 * @param seed the seed of the MinHash functions: the same seed gives the same candidates on every run
 * @param minSharedWords words a pair must share, in passages, to be reported
 * @param minSimilarity share of the shorter article that must lie in shared passages, in [0, 1]
 * @param siteBoilerplateDocs a shingle on this many pages of one site is that site's boilerplate and is ignored
 */
public record ReuseOptions(int shingleWords, int bands, int rows, int minAgreeing, long seed, int minSharedWords,
        double minSimilarity, int siteBoilerplateDocs) {
    /**
     * 128 bands of one row: a pair becomes a candidate when one of 128 MinHash values agrees, which a copy with a
     * fifth of its words reworded and a third of it cut (Jaccard similarity about 0.1) does with probability
     * 1 - 0.9^128, all but certainly. Rewording breaks every shingle it touches, so similarity falls fast with it
     * (a 5-gram survives 30% rewording with probability 0.7^5 = 0.17), and bands of two rows lost half of the copies
     * with 30% rewording on the benchmark; the alignment checks every candidate, so a wide net costs time only.
     */
    public static final int DEFAULT_BANDS = 128;
    public static final int DEFAULT_ROWS = 1;
    /**
     * Two agreeing values (estimated similarity 1.6%): pairs sharing a single stock phrase agree on at most one value
     * and are not worth aligning.
     */
    public static final int DEFAULT_MIN_AGREEING = 1;
    /** A paragraph or two: less than that is a shared quotation or a stock phrase, not a copied article. */
    public static final int DEFAULT_MIN_SHARED_WORDS = 40;
    /** A fifth of the shorter article: an article built around one copied paragraph is reported, a shared quote not. */
    public static final double DEFAULT_MIN_SIMILARITY = 0.2;
    /**
     * Three pages: a phrase on three pages of one site is its furniture; on two it may be two versions of one story,
     * whose text must stay comparable with the wire copy they both come from.
     */
    public static final int DEFAULT_SITE_BOILERPLATE_DOCS = 3;

    public ReuseOptions {
        if (shingleWords < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingle words, bands and rows must be positive, got " + shingleWords
                    + ", " + bands + ", " + rows);
        }
        if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
            throw new IllegalArgumentException("minimum similarity must be in [0, 1], got " + minSimilarity);
        }
        if (minAgreeing < 1 || minAgreeing > bands * rows) {
            throw new IllegalArgumentException("agreeing values must be in [1, " + bands * rows + "], got "
                    + minAgreeing);
        }
        if (siteBoilerplateDocs < 2) {
            throw new IllegalArgumentException("site boilerplate needs at least two pages, got " + siteBoilerplateDocs);
        }
    }

    /** The defaults above, with word 5-grams and MinHash seed 1. */
    public static ReuseOptions defaults() {
        return new ReuseOptions(5, DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_MIN_AGREEING, 1L, DEFAULT_MIN_SHARED_WORDS,
                DEFAULT_MIN_SIMILARITY, DEFAULT_SITE_BOILERPLATE_DOCS);
    }

    /** These options with another minimum similarity (the detection threshold). */
    public ReuseOptions withMinSimilarity(double similarity) {
        return new ReuseOptions(shingleWords, bands, rows, minAgreeing, seed, minSharedWords, similarity,
                siteBoilerplateDocs);
    }

    /** These options with another LSH banding. */
    public ReuseOptions withBanding(int newBands, int newRows) {
        return new ReuseOptions(shingleWords, newBands, newRows, minAgreeing, seed, minSharedWords, minSimilarity,
                siteBoilerplateDocs);
    }

    /** These options aligning only candidates whose signatures agree on at least {@code values} values. */
    public ReuseOptions withMinAgreeing(int values) {
        return new ReuseOptions(shingleWords, bands, rows, values, seed, minSharedWords, minSimilarity,
                siteBoilerplateDocs);
    }
}
