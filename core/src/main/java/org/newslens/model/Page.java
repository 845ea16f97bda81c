package org.newslens.model;

import java.util.Objects;

/**
 * A page as read from its source, already decoded to characters.
 *
 * @param source where it came from
 * @param format whether {@code content} is HTML or text flattened from a page
 * @param content the decoded page
 * @param charset the charset the bytes were decoded with, or null when the page was given as characters
 */
public record Page(Source source, Format format, String content, String charset) implements Item {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
    }

    /** An HTML page given as characters. */
    public static Page html(String uri, String url, String html) {
        return new Page(new Source(uri, url, null), Format.HTML, html, null);
    }

    /** Text flattened from a page, given as characters. */
    public static Page text(String uri, String text) {
        return new Page(new Source(uri, null, null), Format.TEXT, text, null);
    }

    /** The two kinds of page newslens reads. */
    public enum Format { HTML, TEXT }
}
