package org.newslens.extract;

import java.util.ArrayList;
import java.util.List;
import org.newslens.model.Paragraph;

/**
 * Accumulates the article body: blocks of text joined by blank lines, with a typed paragraph span for each.
 * Whitespace inside a block collapses to single spaces (line breaks survive in preformatted blocks and as single
 * newlines where the markup had {@code <br>}).
 */
final class BodyBuilder {
    private final StringBuilder text = new StringBuilder();
    private final List<Paragraph> paragraphs = new ArrayList<>();

    /** Adds a block; blank blocks are ignored. */
    void add(String block, Paragraph.Kind kind) {
        String clean = kind == Paragraph.Kind.PREFORMATTED ? trimLines(block) : Whitespace.collapse(block);
        if (clean.isEmpty()) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(clean);
        paragraphs.add(new Paragraph(start, text.length(), kind));
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    String text() {
        return text.toString();
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    private static String trimLines(String block) {
        String stripped = block.replace("\r\n", "\n").replace('\r', '\n');
        int start = 0;
        while (start < stripped.length() && stripped.charAt(start) == '\n') {
            start++;
        }
        return stripped.substring(start).stripTrailing();
    }
}
