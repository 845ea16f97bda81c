package org.newslens.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article found by a search, with the metadata a result list shows. The whole analysis is one call away:
 * {@link Corpus#analysisJson(String)}.
 *
 * @param id the article's id in the corpus
 * @param url the page address, or null
 * @param title the headline, or null
 * @param site the site (host name without {@code www.}, else the publication's name), or null
 * @param published the publication date, or null
 * @param language the language's primary tag ({@code en}), or null
 * @param authors the byline names
 * @param section the section path
 * @param lead the first words of the body, for a result list
 * @param score the relevance score (0 when sorted by date or with an empty query)
 */
public record SearchHit(String id, String url, String title, String site, LocalDate published, String language,
        List<String> authors, List<String> section, String lead, float score) {
    public SearchHit {
        Objects.requireNonNull(id, "id");
        authors = List.copyOf(authors);
        section = List.copyOf(section);
    }
}
