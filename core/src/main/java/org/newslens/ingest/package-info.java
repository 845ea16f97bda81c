/**
 * Reading sources into {@link org.newslens.model.Page}s: files, directories, WARC archives and standard input,
 * with the browser's rules for settling on a charset. Entry point: {@link org.newslens.ingest.PageReader}.
 */
package org.newslens.ingest;
