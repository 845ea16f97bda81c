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

    /**
     * An article that is only body text, as corpora give it: paragraphs are the blocks between blank lines, and the
     * text is kept exactly as given so that a corpus's offsets still apply.
     */
    public static Article fromText(String text) {
        java.util.List<Paragraph> paragraphs = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = i;
            // A block ends at a line that is empty or only whitespace.
            while (i < n) {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = n;
                }
                if (text.substring(i, lineEnd).isBlank()) {
                    break;
                }
                end = lineEnd;
                i = Math.min(n, lineEnd + 1);
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            paragraphs.add(new Paragraph(start, end, Paragraph.Kind.PARAGRAPH));
        }
        return new Article(null, List.of(), null, null, null, List.of(), null, null, null, text, paragraphs, List.of(),
                null);
    }
}
