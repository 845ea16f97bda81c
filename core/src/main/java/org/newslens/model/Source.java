package org.newslens.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page came from.
 *
 * @param uri names the input uniquely: a file path, or a WARC path with {@code #r=N} for its Nth record
 * @param url the page's web address, or null when unknown
 * @param fetched when the page was fetched, or null when unknown
 */
public record Source(String uri, String url, Instant fetched) {
    public Source {
        Objects.requireNonNull(uri, "uri");
    }
}
