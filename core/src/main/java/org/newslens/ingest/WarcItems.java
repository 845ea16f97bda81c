package org.newslens.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page.Format;
import org.newslens.model.Source;

/**
 * The pages in one WARC file, streamed record by record. HTML responses (and HTML resource records) become pages
 * named {@code path#r=N}, N counting records from 1; every other record is counted as skipped with its reason. A
 * record that cannot be parsed becomes an error record, and reading picks up at the next record that parses (the
 * next gzip member of a {@code .warc.gz}, see {@link WarcResync}); the damaged stretch counts as one record. A
 * file that breaks off ends with an error record; what came before is kept.
 */
final class WarcItems implements Iterator<Item> {
    private final String path;
    private final IngestOptions options;
    private final PageReader owner;
    private final ChannelOpener opener;
    private WarcReader reader;
    private WarcRecord resynced;
    private Item next;
    private long recordNumber;
    private boolean finished;
    private boolean lastBodyFailed;

    WarcItems(String path, ChannelOpener opener, IngestOptions options, PageReader owner) throws IOException {
        this.path = path;
        this.options = options;
        this.owner = owner;
        this.opener = opener;
        this.reader = new WarcReader(opener.open());
    }

    @Override
    public boolean hasNext() {
        while (next == null && !finished) {
            next = readOne();
        }
        return next != null;
    }

    @Override
    public Item next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
    }

    /** The byte offset reading has reached in the file (the start of the last record read). */
    long position() {
        return reader.position();
    }

    void close() {
        finished = true;
        try {
            reader.close();
        } catch (IOException e) {
            // Nothing left to read from a reader we are abandoning; a close failure loses no record.
        }
    }

    /** The next item, or null when the record was skipped (or the archive ended). */
    private Item readOne() {
        Optional<WarcRecord> maybe;
        if (resynced != null) {
            maybe = Optional.of(resynced);
            resynced = null;
        } else {
            try {
                maybe = reader.next();
            } catch (IOException | RuntimeException e) {
                return broken(e);
            }
        }
        if (maybe.isEmpty()) {
            finished = true;
            if (recordNumber == 0) {
                return new Failure(new Source(path, null, null), "ingest", "WARC file holds no records");
            }
            return null;
        }
        lastBodyFailed = false;
        recordNumber++;
        WarcRecord record = maybe.get();
        String uri = path + "#r=" + recordNumber;
        try {
            if (record instanceof WarcResponse response) {
                return fromResponse(response, uri);
            }
            if (record instanceof WarcResource resource) {
                return fromResource(resource, uri);
            }
            owner.skip("warc " + record.type() + " record");
            return null;
        } catch (Bytes.TooLargeException e) {
            return new Failure(new Source(uri, targetOf(record), record.date()), "ingest",
                    "page is larger than the limit of " + Bytes.size(e.limit) + " (raise it with --max-bytes)");
        } catch (IOException | RuntimeException e) {
            lastBodyFailed = true;
            return new Failure(new Source(uri, targetOf(record), record.date()), "ingest",
                    "unreadable WARC record: " + PageReader.message(e));
        }
    }

    /**
     * The error record for a stretch that does not parse, after moving the reader past it. A record whose own body
     * already failed to read was reported then; the break that follows from it is not reported twice.
     */
    private Item broken(Exception e) {
        long offset = reader.position();
        String where = recordNumber == 0 ? "at its start" : "after record " + recordNumber;
        Source source = new Source(path + "#r=" + (recordNumber + 1), null, null);
        String reason = "WARC breaks " + where + " (byte offset " + offset + "): " + PageReader.message(e);
        WarcResync.Found found;
        try {
            found = WarcResync.after(opener, offset + 1, reader.compression());
        } catch (IOException again) {
            found = null;
        }
        close();
        if (found == null) {
            finished = true;
        } else {
            finished = false;
            reader = found.reader();
            resynced = found.record();
            reason += "; reading picks up at byte offset " + found.offset();
        }
        if (lastBodyFailed) {
            lastBodyFailed = false;
            return null;
        }
        recordNumber++;
        return new Failure(source, "ingest", reason);
    }

    private Item fromResponse(WarcResponse response, String uri) throws IOException {
        if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE)
                && !"application/http".equals(response.contentType().base().toString())) {
            owner.skip("warc response that is not HTTP");
            return null;
        }
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) {
            owner.skip("http status " + (http.status() / 100) + "xx");
            return null;
        }
        MediaType type = http.contentType();
        Source source = new Source(uri, response.target(), response.date());
        byte[] bytes;
        try (InputStream in = http.bodyDecoded().stream()) {
            bytes = Bytes.readAtMost(in, options.maxBytes());
        }
        if (!isHtml(type, bytes)) {
            owner.skip("not html (" + describe(type) + ")");
            return null;
        }
        return owner.toPage(source, bytes, type.parameters().get("charset"), Format.HTML);
    }

    private Item fromResource(WarcResource resource, String uri) throws IOException {
        MediaType type = resource.contentType();
        byte[] bytes;
        try (InputStream in = resource.body().stream()) {
            bytes = Bytes.readAtMost(in, options.maxBytes());
        }
        if (!isHtml(type, bytes)) {
            owner.skip("not html (" + describe(type) + ")");
            return null;
        }
        Source source = new Source(uri, resource.target(), resource.date());
        return owner.toPage(source, bytes, type.parameters().get("charset"), Format.HTML);
    }

    /** Declared HTML, or undeclared/generic with HTML at the top (servers often send pages as octet-stream). */
    private static boolean isHtml(MediaType type, byte[] bytes) {
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
            return true;
        }
        boolean generic = base.isEmpty() || base.equals("application/octet-stream") || base.equals("text/plain")
                || !type.isValid();
        if (!generic) {
            return false;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    private static String describe(MediaType type) {
        String base = type.base().toString();
        return base.isEmpty() ? "no content type" : base;
    }

    private static String targetOf(WarcRecord record) {
        return record instanceof org.netpreserve.jwarc.WarcTargetRecord t ? t.target() : null;
    }
}
