package org.newslens.ingest;

import java.util.Locale;
import org.newslens.model.Page.Format;

/** Decides what an input holds from its name and, failing that, its first bytes. */
final class Formats {
    private Formats() {
    }

    static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    static boolean isGzip(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The format a file name promises, or null when the name says nothing (then the content decides). */
    static Format byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml")) {
            return Format.HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return Format.TEXT;
        }
        return null;
    }

    /** Whether a directory walk picks the file up: pages, text and archives by extension, nothing else. */
    static boolean isWalked(String name) {
        return isWarc(name) || byName(name) != null;
    }

    /** HTML when markup shows up near the top; otherwise text. */
    static Format sniff(String decoded) {
        int limit = Math.min(decoded.length(), 4096);
        int i = 0;
        while (i < limit && (Character.isWhitespace(decoded.charAt(i)) || decoded.charAt(i) == '\uFEFF')) {
            i++;
        }
        if (i < limit && decoded.charAt(i) == '<') {
            return Format.HTML;
        }
        String head = decoded.substring(0, limit).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<body") || head.contains("<p>") || head.contains("<div")
                ? Format.HTML : Format.TEXT;
    }

    /**
     * Why bytes cannot be a page, or null when they can: NUL bytes or mostly control characters at the top mean an
     * image, an archive or some other binary file. UTF-16 pages (which contain NULs) are recognised by their BOM first.
     */
    static String binaryReason(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return null;
        }
        int limit = Math.min(bytes.length, 4096);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary content (NUL byte at offset " + i + "), not a page";
            }
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                control++;
            }
        }
        return limit > 0 && control * 10 > limit ? "binary content (" + control + " control bytes in the first "
                + limit + "), not a page" : null;
    }
}
