package org.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * The article a page carries: its metadata and its body as one string, with paragraph spans over that string.
 * Fields that the page does not give are null (scalars) or empty (lists).
 *
 * @param title the headline
 * @param authors the byline, in page order
 * @param published when the article was first published
 * @param modified when it was last updated
 * @param siteName the publication
 * @param section the section path, outermost first ("News", "Iranian Opposition")
 * @param language BCP 47 language tag as the page declares it, e.g. {@code en} or {@code de-CH}
 * @param description the page's own summary
 * @param canonicalUrl the page's canonical address
 * @param text the body, paragraphs separated by blank lines
 * @param paragraphs the blocks of {@code text}, sorted and disjoint
 * @param comments reader comments, kept apart from the body
 * @param truncation why the body looks incomplete, or null
 */
public record Article(
        String title,
        List<Author> authors,
        DateValue published,
        DateValue modified,
        String siteName,
        List<String> section,
        String language,
        String description,
        String canonicalUrl,
        String text,
        List<Paragraph> paragraphs,
        List<String> comments,
        Truncation truncation) {

    public Article {
        authors = List.copyOf(authors);
        section = List.copyOf(section);
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        comments = List.copyOf(comments);
        Spanned.checkLayer("paragraph", paragraphs, text.length(), true);
    }
}
