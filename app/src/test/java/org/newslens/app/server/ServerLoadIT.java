package org.newslens.app.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.corpus.Corpus;

/**
 * The bounded load test of issue 5 §7, against 127.0.0.1 only: 1,000 analyze requests of the shared sample from 8
 * concurrent clients, then 10,000 search requests (a mix of queries, filters and facets) from 8 clients over an
 * index of invented articles. No request may fail; throughput and p50/p99 latency are printed and written to
 * app/target/load-report.txt. Every loop is bounded by its count and by the class timeout. Not part of
 * {@code mvn test}; run with
 * {@code mvn -B test -pl core,app -Dtest=ServerLoadIT -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Timeout(1200)
class ServerLoadIT {
    static final Path SAMPLE = Path.of(System.getProperty("newslens.sample",
            "../../shared/samples/000_d6ea1a5e81e65654.txt"));
    static final int CLIENTS = 8;
    static final int ANALYZE_REQUESTS = 1_000;
    static final int SEARCH_REQUESTS = 10_000;
    /** Invented articles in the search index: enough that queries match, facet and page over many documents. */
    static final int INDEXED = 500;
    static final List<String> QUERIES = List.of("q=ferry", "q=bridge&facets=8", "q=council&sort=newest",
            "q=minister+AND+costs", "q=%22new+bridge%22&site=site3.example", "entity=Lena+Falk&facets=8",
            "q=taxpayer&attribution=named", "q=waste+OR+disaster&offset=20&limit=20", "", "q=title%3Abridge&from=2024-02-01");

    @TempDir
    static Path dir;

    @Test
    void analyzeThenSearchUnderLoad() throws Exception {
        Path sample = SAMPLE.toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(sample), "the load test posts the shared sample; not found at " + sample
                + " (set -Dnewslens.sample=PATH)");
        byte[] page = Files.readAllBytes(sample);
        Path index = dir.resolve("index");
        buildIndex(index);
        StringBuilder report = new StringBuilder();
        try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(index).withPort(0))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            URI analyze = server.uri().resolve("/api/analyze?name=" + URLEncoder.encode(sample.getFileName().toString(),
                    StandardCharsets.UTF_8));
            IntFunction<HttpRequest> analyzeRequest = i -> HttpRequest.newBuilder(analyze)
                    .timeout(Duration.ofSeconds(120)).POST(HttpRequest.BodyPublishers.ofByteArray(page)).build();
            // Warm-up, not counted: the first analysis loads the tokenizer and the CRF.
            run(client, 8, CLIENTS, analyzeRequest);
            Stats a = run(client, ANALYZE_REQUESTS, CLIENTS, analyzeRequest);
            report.append(a.line("analyze (" + sample.getFileName() + ", " + page.length + " bytes)")).append('\n');
            IntFunction<HttpRequest> searchRequest = i -> HttpRequest.newBuilder(server.uri().resolve("/api/search?"
                    + QUERIES.get(i % QUERIES.size()))).timeout(Duration.ofSeconds(60)).build();
            run(client, 100, CLIENTS, searchRequest);
            Stats s = run(client, SEARCH_REQUESTS, CLIENTS, searchRequest);
            report.append(s.line("search (" + INDEXED + " articles indexed, " + QUERIES.size() + " query shapes)"))
                    .append('\n');
            assertEquals(0, a.errors, a.firstError);
            assertEquals(0, s.errors, s.firstError);
        }
        // The load average says how much else the (shared) machine was doing while the figures were taken.
        Path loadavg = Path.of("/proc/loadavg");
        String load = Files.isReadable(loadavg) ? ", load average " + Files.readString(loadavg).strip() : "";
        String header = String.format(Locale.ROOT, "newslens serve load test, %d clients, %d cores, %s%s%n", CLIENTS,
                Runtime.getRuntime().availableProcessors(), java.time.Instant.now(), load);
        System.out.print(header + report);
        Files.writeString(Path.of("target", "load-report.txt"), header + report);
    }

    /** Invented analyses: the layered fixture under many sites, dates and titles. */
    static void buildIndex(Path index) throws Exception {
        try (Corpus corpus = Corpus.open(index)) {
            for (String json : Fixtures.analyses()) {
                corpus.add(json);
            }
            for (int i = 0; i < INDEXED - 5; i++) {
                ObjectNode d = (ObjectNode) Fixtures.MAPPER.readTree(Fixtures.layered());
                ((ObjectNode) d.get("source")).put("url", "https://site" + (i % 7) + ".example/story/" + i);
                ObjectNode article = (ObjectNode) d.get("article");
                article.put("title", "Bridge report " + i + (i % 3 == 0 ? ": council answers" : ""));
                ((ObjectNode) article.get("published")).put("value",
                        java.time.LocalDate.of(2024, 1, 1).plusDays(i % 300).toString());
                String text = article.get("text").asText() + "\n\nReport number " + i + ".";
                article.put("text", text);
                corpus.add(d.toString());
            }
            corpus.commit();
        }
    }

    record Stats(int requests, int errors, String firstError, double seconds, long[] nanos) {
        String line(String what) {
            return String.format(Locale.ROOT, "%-60s %6d requests, %d errors, %.1f s, %.1f req/s, p50 %.1f ms,"
                    + " p99 %.1f ms, max %.1f ms", what, requests, errors, seconds, requests / seconds,
                    percentile(0.50), percentile(0.99), nanos[nanos.length - 1] / 1e6);
        }

        double percentile(double p) {
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p * nanos.length) - 1)] / 1e6;
        }
    }

    /** {@code total} requests from {@code clients} threads, each taking the next index until all are sent. */
    static Stats run(HttpClient client, int total, int clients, IntFunction<HttpRequest> request) throws Exception {
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        String[] firstError = {null};
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    String problem = null;
                    try {
                        HttpResponse<byte[]> r = client.send(request.apply(i), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            problem = "status " + r.statusCode() + ": " + new String(r.body(), StandardCharsets.UTF_8);
                        }
                    } catch (Exception e) {
                        problem = e.toString();
                    }
                    nanos[i] = System.nanoTime() - t0;
                    if (problem != null && errors.getAndIncrement() == 0) {
                        firstError[0] = problem;
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(15, TimeUnit.MINUTES), "the load run did not finish in time");
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        return new Stats(total, errors.get(), firstError[0], seconds, nanos);
    }
}
