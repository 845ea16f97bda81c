package org.newslens.extract;

import org.jsoup.nodes.Element;
import org.newslens.model.Paragraph;

/**
 * A run of text the markup sets apart as one block, with the innermost block element that holds it.
 *
 * @param owner the innermost block element around the text
 * @param text the text, whitespace collapsed ({@code <br>} kept as a newline)
 * @param linkChars how many of its non-space characters sit inside links
 * @param kind what sort of block it is
 */
record Block(Element owner, String text, int linkChars, Paragraph.Kind kind) {
    /** Share of the text inside links, in [0, 1]. */
    double linkDensity() {
        int letters = visibleLength();
        return letters == 0 ? 0 : Math.min(1.0, linkChars / (double) letters);
    }

    /** Length without whitespace. */
    int visibleLength() {
        return Whitespace.visibleLength(text);
    }
}
