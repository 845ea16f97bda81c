package org.newslens.reuse;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An article as reuse detection sees it.
 *
 * @param id unique among the documents compared together
 * @param site the publication (a host name such as {@code example.com}), or null when unknown; text repeated on
 *     several pages of one site is its boilerplate, and two pages of one site are never reported as a pair
 * @param published the publication date, or null; the earliest member of a cluster is its likely source
 * @param text the article body; passages are offsets into it
 */
public record ReuseDocument(String id, String site, LocalDate published, String text) {
    public ReuseDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }
}
