package org.newslens.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Random;
import org.newslens.model.Spanned;

/**
 * The one span check every stage test uses: spans lie inside the text, are sorted, and (for disjoint layers) do not
 * overlap; each span's text equals the slice it names. Plus random text generators in the spirit of Lucene's
 * {@code checkRandomData}.
 */
public final class SpanChecks {
    private SpanChecks() {
    }

    /** Asserts the layer is well formed over {@code text}. */
    public static void assertLayer(String layer, String text, List<? extends Spanned> spans, boolean disjoint) {
        int previousStart = 0;
        int previousEnd = 0;
        for (Spanned s : spans) {
            if (s.start() < 0 || s.end() < s.start() || s.end() > text.length()) {
                fail(layer + " span [" + s.start() + ", " + s.end() + ") lies outside a text of length " + text.length());
            }
            assertTrue(s.start() >= previousStart, layer + " spans out of order at " + s.start());
            if (disjoint) {
                assertTrue(s.start() >= previousEnd, layer + " spans overlap at " + s.start());
            }
            previousStart = s.start();
            previousEnd = s.end();
        }
    }

    /** Asserts that {@code span} covers exactly {@code expected} in {@code text}. */
    public static void assertCovers(String text, Spanned span, String expected) {
        assertEquals(expected, span.textOf(text), "text of span [" + span.start() + ", " + span.end() + ")");
    }

    /** Random text mixing words, punctuation, quotes, digits, newlines, surrogate pairs and control characters. */
    public static String randomText(Random random, int maxLength) {
        String[] pieces = {"the", "MEK", "Rouhani", "said", ".", ",", "\"", "“", "”", "«", "»", "'", "’", "\n", "\n\n",
            " ", "  ", "\t", "2016", "3.5", "%", "Dr.", "U.S.", "e.g.", "😀", "\u00A0", "\u200B", "é", "ß", "中文",
            "?", "!", "...", "…", "(", ")", "[", "]", "-", "–", "—", "<p>", "&amp;", "\u0000", "\uFEFF"};
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        while (sb.length() < length) {
            sb.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextBoolean()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
