package org.newslens.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes a CC-NEWS-shaped {@code .warc.gz} for benchmarks from the trafilatura-eval pages: a warcinfo record, then
 * a request and a response record per page, each its own gzip member, the pages repeated in a shuffled order under
 * varied sites, paths and fetch dates. The pages are research data: the archive is written at run time (under
 * target/ or a temporary directory) and never kept in the repository.
 */
final class BenchWarc {
    /** Sites the copies are spread over, as a crawl of many outlets would be. */
    static final int SITES = 40;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private BenchWarc() {
    }

    /** The HTML pages of a trafilatura-eval directory, decompressed, in name order. */
    static List<byte[]> pages(Path data) throws IOException {
        Path html = data.resolve("html");
        List<Path> files;
        try (Stream<Path> s = Files.list(html)) {
            files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".html.gz")).sorted().toList();
        }
        List<byte[]> pages = new ArrayList<>(files.size());
        for (Path f : files) {
            try (InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(f))
                    : Files.newInputStream(f)) {
                pages.add(in.readAllBytes());
            }
        }
        return pages;
    }

    /**
     * Writes {@code count} response records drawn from {@code pages} to {@code out}; the same seed gives the same
     * archive.
     *
     * @return the bytes of HTML written
     */
    static long write(List<byte[]> pages, int count, long seed, Path out) throws IOException {
        Random random = new Random(seed);
        Instant base = Instant.parse("2024-03-01T00:00:00Z");
        long html = 0;
        try (WarcWriter w = new WarcWriter(FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename(out.getFileName().toString()).date(base).build());
            int[] order = new int[0];
            for (int i = 0; i < count; i++) {
                if (i % pages.size() == 0) {
                    order = shuffled(pages.size(), random);
                }
                byte[] body = pages.get(order[i % pages.size()]);
                Instant fetched = base.plus(Duration.ofSeconds(i * 37L + random.nextInt(30)));
                String url = "https://news" + random.nextInt(SITES) + ".example/" + DAY.format(fetched) + "/story-" + i;
                HttpRequest request = new HttpRequest.Builder("GET", url).build();
                w.write(new WarcRequest.Builder(url).date(fetched).body(request).build());
                HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.HTML, body).build();
                w.write(new WarcResponse.Builder(url).date(fetched).body(http).build());
                html += body.length;
            }
        }
        return html;
    }

    private static int[] shuffled(int n, Random random) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
