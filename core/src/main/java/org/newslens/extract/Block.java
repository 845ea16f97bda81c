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
 * @param visibleLength its length without whitespace, counted once: every scoring rule asks for it
 */
record Block(Element owner, String text, int linkChars, Paragraph.Kind kind, int visibleLength) {
    Block(Element owner, String text, int linkChars, Paragraph.Kind kind) {
        this(owner, text, linkChars, kind, Whitespace.visibleLength(text));
    }

    /** Share of the text inside links, in [0, 1]. */
    double linkDensity() {
        return visibleLength == 0 ? 0 : Math.min(1.0, linkChars / (double) visibleLength);
    }
}
