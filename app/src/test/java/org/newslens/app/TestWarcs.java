package org.newslens.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Small WARC archives of invented news pages for the batch tests. */
final class TestWarcs {
    static final Instant FETCHED = Instant.parse("2024-05-01T12:00:00Z");

    private static final String[] TOWNS = {"Millbrook", "Easton", "Harwick", "Southmere", "Kelby"};
    private static final String[] THINGS = {"the library", "the ferry", "the market hall", "the school", "the dam"};

    private TestWarcs() {
    }

    /** Page {@code i}: a short invented article whose words vary with {@code i}. */
    static String page(int i) {
        String town = TOWNS[i % TOWNS.length];
        String thing = THINGS[(i / 5) % THINGS.length];
        return "<html lang=en><head><title>" + town + " council votes on " + thing + " (" + i + ")</title></head>"
                + "<body><nav><a href=/>Home</a> <a href=/local>Local</a></nav><article><h1>" + town
                + " council votes on " + thing + "</h1><p>Councillors in " + town + " voted on Tuesday to spend "
                + (i * 13 % 900 + 100) + " thousand pounds on " + thing + ", after a debate that lasted most of the "
                + "evening.</p><p>\"We have waited long enough,\" said the council leader, Ann Ortega. Residents had "
                + "asked for the work since " + (1990 + i % 30) + ".</p><p>Work is due to start next spring and "
                + "should take about " + (i % 11 + 2) + " months, according to a council report.</p></article>"
                + "<footer>Contact us</footer></body></html>";
    }

    /** A WARC of {@code count} invented pages, gzipped per record when the name ends in .gz. */
    static Path write(Path file, int count) throws IOException {
        try (WarcWriter w = writer(file)) {
            for (int i = 0; i < count; i++) {
                html(w, "https://valley.example/news/" + i, page(i), FETCHED.plusSeconds(i));
            }
        }
        return file;
    }

    static WarcWriter writer(Path file) throws IOException {
        return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
                file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    static void html(WarcWriter w, String url, String html, Instant date) throws IOException {
        response(w, url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), date);
    }

    static void response(WarcWriter w, String url, int status, String type, byte[] body, Instant date)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, "OK").body(MediaType.parse(type), body).build();
        w.write(new WarcResponse.Builder(url).date(date).body(http).build());
    }
}
