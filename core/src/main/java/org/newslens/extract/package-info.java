/**
 * Main content and metadata from HTML, and boilerplate lines from flattened text: {@link org.newslens.model.Page}
 * → {@link org.newslens.model.Article}. Entry point: {@link org.newslens.extract.ArticleExtractor}. The rules are
 * general (no per-site parsers); the named rule tables live in {@code Boilerplate}.
 */
package org.newslens.extract;
