package org.newslens.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Finds where a damaged WARC file can be read again, the way a Hadoop input split finds its first record: in a
 * {@code .warc.gz}, the next gzip member (every record is its own member, WARC 1.1 annex D.2); in a plain WARC,
 * the next {@code WARC/1.} version line at the start of a line. A candidate counts only if a record parses there,
 * so a magic number that occurs by chance inside compressed data is passed over.
 */
final class WarcResync {
    /** A gzip member starts with the magic bytes and the deflate method (RFC 1952 section 2.3.1). */
    private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
    /** A record starts with its version line; the preceding line break keeps matches inside bodies rare. */
    private static final byte[] WARC_RECORD = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 1 << 16;

    private WarcResync() {
    }

    /** A reader positioned after a damaged stretch, with the first record it read there. */
    record Found(WarcReader reader, WarcRecord record, long offset) {
    }

    /**
     * The first readable record at or after byte {@code from}, or null when none is left.
     *
     * @param opener opens the file again (the damaged reader's channel is left to it)
     */
    static Found after(ChannelOpener opener, long from, WarcCompression compression) throws IOException {
        byte[] pattern = compression == WarcCompression.GZIP ? GZIP_MEMBER : WARC_RECORD;
        // The pattern for plain WARC includes the newline before the record, which is not part of it.
        int skip = compression == WarcCompression.GZIP ? 0 : 1;
        long at = Math.max(0, from - skip);
        while (true) {
            long candidate = find(opener, at, pattern);
            if (candidate < 0) {
                return null;
            }
            long start = candidate + skip;
            Found found = tryAt(opener, start, compression);
            if (found != null) {
                return found;
            }
            at = candidate + 1;
        }
    }

    private static Found tryAt(ChannelOpener opener, long start, WarcCompression compression) {
        SeekableByteChannel channel = null;
        try {
            channel = opener.open();
            channel.position(start);
            WarcReader reader = new WarcReader(channel);
            if (reader.compression() != compression) {
                reader.close();
                return null;
            }
            Optional<WarcRecord> record = reader.next();
            if (record.isEmpty()) {
                reader.close();
                return null;
            }
            return new Found(reader, record.get(), start);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return null;
        }
    }

    /** The offset of the first occurrence of {@code pattern} at or after {@code from}, or -1. */
    private static long find(ChannelOpener opener, long from, byte[] pattern) throws IOException {
        try (SeekableByteChannel channel = opener.open()) {
            channel.position(from);
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK + pattern.length);
            long base = from;
            int kept = 0;
            while (true) {
                buffer.clear().position(kept);
                int n = readFully(channel, buffer);
                int length = kept + Math.max(0, n);
                byte[] bytes = buffer.array();
                for (int i = 0; i + pattern.length <= length; i++) {
                    if (matches(bytes, i, pattern)) {
                        return base + i;
                    }
                }
                if (n <= 0) {
                    return -1;
                }
                // Keep the tail, so that a pattern straddling two chunks is still found.
                kept = Math.min(pattern.length - 1, length);
                System.arraycopy(bytes, length - kept, bytes, 0, kept);
                base += length - kept;
            }
        }
    }

    private static int readFully(SeekableByteChannel channel, ByteBuffer buffer) throws IOException {
        int total = 0;
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer);
            if (n < 0) {
                return total == 0 ? -1 : total;
            }
            total += n;
        }
        return total;
    }

    private static boolean matches(byte[] bytes, int at, byte[] pattern) {
        for (int k = 0; k < pattern.length; k++) {
            if (bytes[at + k] != pattern[k]) {
                return false;
            }
        }
        return true;
    }

    private static void closeQuietly(SeekableByteChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Abandoning a candidate that did not parse; nothing was read from it that matters.
            }
        }
    }
}
