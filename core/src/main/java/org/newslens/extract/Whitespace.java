package org.newslens.extract;

/**
 * Whitespace as readers see it: besides Java's whitespace, no-break and other Unicode spaces. Matches Python's
 * {@code str.split()}, which the trafilatura evaluation uses to normalise text.
 */
final class Whitespace {
    private Whitespace() {
    }

    static boolean is(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Runs of whitespace become one space, except that a run holding a newline (from {@code <br>}) stays a newline. */
    static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        boolean pendingNewline = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (is(c)) {
                pendingSpace = true;
                if (c == '\n') {
                    pendingNewline = true;
                }
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(pendingNewline ? '\n' : ' ');
            }
            pendingSpace = false;
            pendingNewline = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Every run of whitespace, newlines included, becomes one space; ends trimmed. */
    static String flatten(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (is(c)) {
                pending = true;
                continue;
            }
            if (pending && out.length() > 0) {
                out.append(' ');
            }
            pending = false;
            out.append(c);
        }
        return out.toString();
    }

    /** Number of characters that are not whitespace. */
    static int visibleLength(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!is(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
