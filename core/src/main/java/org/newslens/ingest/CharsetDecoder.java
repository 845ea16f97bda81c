package org.newslens.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns page bytes into characters the way browsers settle on an encoding: byte-order mark, then the HTTP header,
 * then a {@code <meta>} declaration near the top, then strict UTF-8, else windows-1252.
 */
final class CharsetDecoder {
    /** Browsers look for a meta declaration only near the top (the HTML standard's prescan reads 1024 bytes; we allow 4 KB). */
    static final int META_PRESCAN_BYTES = 4096;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-zA-Z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

    private CharsetDecoder() {
    }

    /** Decoded characters and the charset that produced them. */
    record Decoded(String text, String charset) {
    }

    /**
     * Decodes {@code bytes}.
     *
     * @param headerCharset the charset an HTTP Content-Type header declared, or null
     * @param sniffMeta whether to look for an HTML meta declaration (false for plain text)
     */
    static Decoded decode(byte[] bytes, String headerCharset, boolean sniffMeta) {
        int bomLength = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        }
        if (charset == null && headerCharset != null) {
            charset = lookup(headerCharset);
        }
        if (charset == null && sniffMeta) {
            String head = new String(bytes, 0, Math.min(bytes.length, META_PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            if (m.find()) {
                charset = lookup(m.group(1));
            }
        }
        if (charset == null) {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                return new Decoded(strict, StandardCharsets.UTF_8.name());
            }
            charset = WINDOWS_1252;
        }
        // A page that declares UTF-8 but is not valid UTF-8 is far more often windows-1252 mislabelled than
        // UTF-8 with a few bad bytes; browsers would show mojibake, but the strict check costs little and saves the text.
        if (charset.equals(StandardCharsets.UTF_8) && bomLength == 0) {
            String strict = strictUtf8(bytes);
            if (strict != null) {
                return new Decoded(strict, charset.name());
            }
            if (!mostlyValidUtf8(bytes)) {
                return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252.name());
            }
        }
        return new Decoded(new String(bytes, bomLength, bytes.length - bomLength, charset), charset.name());
    }

    /**
     * The charset a label names, following the WHATWG encoding standard where Java differs: ISO-8859-1 and
     * US-ASCII labels mean windows-1252. Returns null for unknown labels.
     */
    static Charset lookup(String label) {
        String name = label.trim().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "ascii", "us-ascii", "iso_8859-1", "cp1252",
                    "x-cp1252" -> {
                return WINDOWS_1252;
            }
            case "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Whether broken sequences are rare next to well-formed multi-byte ones (at most one in twenty): a UTF-8 page
     * with a stray bad byte, rather than a windows-1252 page declared as UTF-8.
     */
    private static boolean mostlyValidUtf8(byte[] bytes) {
        int wellFormed = 0;
        int broken = 0;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int continuation = b >= 0xF0 && b < 0xF5 ? 3 : b >= 0xE0 && b < 0xF0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : 0;
            int k = 1;
            while (continuation > 0 && k <= continuation && i + k < bytes.length && (bytes[i + k] & 0xC0) == 0x80) {
                k++;
            }
            if (continuation > 0 && k == continuation + 1) {
                wellFormed++;
                i += k;
            } else {
                broken++;
                i++;
            }
        }
        return broken * 20 <= wellFormed;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
