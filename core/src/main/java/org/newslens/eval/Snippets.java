package org.newslens.eval;

/** Text normalisation of trafilatura's evaluation: runs of whitespace become one space, ends trimmed. */
final class Snippets {
    private Snippets() {
    }

    /** Python's {@code ' '.join(s.split())}: splits on every Unicode whitespace character, including no-break space. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPythonSpace(c)) {
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

    /** The characters for which Python's {@code str.isspace()} is true. */
    static boolean isPythonSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F') || c == '\u0085'
                || c == '\u00A0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200A') || c == '\u2028'
                || c == '\u2029' || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }
}
