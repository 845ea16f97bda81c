/**
 * Text reuse: near-duplicate and syndicated text across articles. {@link org.newslens.reuse.ReuseDetector} hashes
 * each article's word 5-gram shingles, drops those a site repeats on its own pages (its boilerplate), finds
 * candidate pairs with MinHash signatures and LSH banding, aligns the shared passages of each candidate with
 * character offsets in both articles, and groups the pairs into clusters whose earliest article is the likely
 * source.
 *
 * <pre>{@code
 * ReuseDetector detector = new ReuseDetector(ReuseOptions.defaults());
 * ReuseReport report = detector.detect(List.of(
 *         new ReuseDocument("a1", "wire.example", LocalDate.parse("2024-03-01"), wireText),
 *         new ReuseDocument("b7", "daily.example", LocalDate.parse("2024-03-02"), copiedText)));
 * for (ReusePair p : report.pairs()) { ... p.passages().get(0).a().textOf(wireText) ... }
 * }</pre>
 */
package org.newslens.reuse;
