/**
 * The corpus: a Lucene index of analyses that can be searched with filters and facet counts, counted over time,
 * exported whole and checked for text reuse. {@link org.newslens.corpus.Corpus} is the one entry point; the request
 * and result records beside it are its vocabulary.
 *
 * <pre>{@code
 * try (Corpus corpus = Corpus.open(Path.of("newslens-data"))) {
 *     corpus.add(ResultJson.toLine(analysis, true));       // the newslens/1 document of one analysis
 *     corpus.commit();
 *     SearchResult r = corpus.search(SearchRequest.of("election")
 *             .withFilter("site", "example.com").withDates(LocalDate.parse("2024-01-01"), null));
 *     Timeline t = corpus.timeline(SearchRequest.all().withFilter("entity", "Angela Merkel"), Interval.MONTH);
 * }
 * }</pre>
 */
package org.newslens.corpus;
