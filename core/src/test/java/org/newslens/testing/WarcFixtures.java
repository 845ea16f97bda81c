package org.newslens.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Writes small WARC files for tests, through jwarc so that the records are what real crawlers produce. */
public final class WarcFixtures implements AutoCloseable {
    private final WarcWriter writer;

    private WarcFixtures(WarcWriter writer) {
        this.writer = writer;
    }

    /** A writer for {@code file}; gzipped per record when the name ends in {@code .gz}. */
    public static WarcFixtures create(Path file) throws IOException {
        boolean gzip = file.toString().endsWith(".gz");
        return new WarcFixtures(new WarcWriter(java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING), gzip ? WarcCompression.GZIP : WarcCompression.NONE));
    }

    public WarcFixtures warcinfo() throws IOException {
        writer.write(new Warcinfo.Builder().filename("test.warc").build());
        return this;
    }

    public WarcFixtures request(String url) throws IOException {
        HttpRequest http = new HttpRequest.Builder("GET", url).build();
        writer.write(new WarcRequest.Builder(url).date(Instant.parse("2024-05-01T12:00:00Z")).body(http).build());
        return this;
    }

    /** An HTTP response record. */
    public WarcFixtures response(String url, int status, String contentType, byte[] body, Instant date)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Status")
                .body(MediaType.parse(contentType), body).build();
        writer.write(new WarcResponse.Builder(url).date(date).body(http).build());
        return this;
    }

    public WarcFixtures html(String url, String html, Instant date) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), date);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
