package org.newslens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDecoderTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = "<meta charset=iso-8859-1><p>naïve</p>".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
        CharsetDecoder.Decoded d = CharsetDecoder.decode(withBom, "windows-1252", true);
        assertEquals("UTF-8", d.charset());
        assertEquals("<meta charset=iso-8859-1><p>naïve</p>", d.text());
    }

    @Test
    void utf16ByteOrderMarkIsHonoured() {
        byte[] bytes = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "<p>Grüße</p>".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("<p>Grüße</p>", CharsetDecoder.decode(bytes, null, true).text());
    }

    @Test
    void httpHeaderWinsOverMetaDeclaration() {
        byte[] bytes = "<meta charset=utf-8><p>caf\u00e9</p>".getBytes(CP1252);
        assertEquals("<meta charset=utf-8><p>café</p>", CharsetDecoder.decode(bytes, "windows-1252", true).text());
    }

    @Test
    void metaCharsetInTheFirstFourKilobytesIsUsed() {
        byte[] bytes = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><p>Привет</p>"
                .getBytes(Charset.forName("windows-1251"));
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, null, true);
        assertEquals("windows-1251", d.charset());
        assertEquals(true, d.text().contains("Привет"));
    }

    @Test
    void metaCharsetAfterFourKilobytesIsIgnored() {
        String padding = "<!--" + "x".repeat(5000) + "-->";
        byte[] bytes = (padding + "<meta charset=koi8-r><p>Straße</p>").getBytes(StandardCharsets.UTF_8);
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, null, true);
        assertEquals("UTF-8", d.charset());
        assertEquals(true, d.text().endsWith("Straße</p>"));
    }

    @Test
    void isoLatin1MeansWindows1252AsInBrowsers() {
        // 0x80 is a C1 control in ISO-8859-1 but the euro sign in windows-1252; pages mean the euro.
        byte[] bytes = "<meta charset=\"ISO-8859-1\"><p>5 \u20ac</p>".getBytes(CP1252);
        assertEquals("<meta charset=\"ISO-8859-1\"><p>5 €</p>", CharsetDecoder.decode(bytes, null, true).text());
    }

    @Test
    void undeclaredValidUtf8IsUtf8AndInvalidFallsBackToWindows1252() {
        assertEquals("Grüße", CharsetDecoder.decode("Grüße".getBytes(StandardCharsets.UTF_8), null, true).text());
        CharsetDecoder.Decoded fallback = CharsetDecoder.decode("Grüße".getBytes(CP1252), null, true);
        assertEquals("windows-1252", fallback.charset());
        assertEquals("Grüße", fallback.text());
    }

    @Test
    void pageDeclaredUtf8ButWrittenInWindows1252IsReadAsWindows1252() {
        byte[] bytes = "<meta charset=utf-8><p>Müller sagte: „Schön“ – für 5 €.</p>".getBytes(CP1252);
        assertEquals("<meta charset=utf-8><p>Müller sagte: „Schön“ – für 5 €.</p>",
                CharsetDecoder.decode(bytes, null, true).text());
    }

    @Test
    void utf8PageWithOneStrayByteStaysUtf8() {
        String text = "<meta charset=utf-8><p>" + "Grüße aus Köln, schöne Straße. ".repeat(20) + "</p>";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xFF});
        CharsetDecoder.Decoded d = CharsetDecoder.decode(bytes, null, true);
        assertEquals("UTF-8", d.charset());
        assertEquals(true, d.text().startsWith(text));
    }

    @Test
    void unknownLabelsAreIgnored() {
        assertNull(CharsetDecoder.lookup("no-such-charset"));
        assertEquals(CP1252, CharsetDecoder.lookup(" US-ASCII "));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
