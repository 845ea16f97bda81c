/**
 * Dataset readers and the published metric of each task, so that any user can check a score we claim:
 * extraction on the trafilatura set ({@link org.newslens.eval.ExtractionEval}) and on Scrapinghub-style sets
 * ({@link org.newslens.eval.ScrapinghubEval}), and the floors CI enforces ({@link org.newslens.eval.Floors}).
 */
package org.newslens.eval;
