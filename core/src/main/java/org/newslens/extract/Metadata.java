package org.newslens.extract;

import java.util.List;
import org.newslens.model.Author;
import org.newslens.model.DateValue;

/** What a page says about its article, read before the body is extracted. Absent values are null or empty. */
record Metadata(
        String title,
        List<Author> authors,
        DateValue published,
        DateValue modified,
        String siteName,
        List<String> section,
        String language,
        String description,
        String canonicalUrl) {
    Metadata {
        authors = List.copyOf(authors);
        section = List.copyOf(section);
    }
}
