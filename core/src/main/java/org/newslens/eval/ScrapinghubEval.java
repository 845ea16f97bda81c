package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Result;
import org.newslens.pipeline.Pipeline;

/**
 * Scores extraction on a dataset laid out like Scrapinghub's article-extraction-benchmark: {@code ground-truth.json}
 * maps ids to {@code {"articleBody", "url"}}, pages are {@code html/<id>.html.gz}. Per page, over shingle multisets
 * ({@link Shingles}), precision = TP/(TP+FP) and recall = TP/(TP+FN); each is averaged over the pages where it is
 * defined (prediction with shingles, truth with shingles); F1 is the harmonic mean of the averages.
 */
public final class ScrapinghubEval {
    private ScrapinghubEval() {
    }

    public static ShingleScores run(Path dir, Pipeline pipeline, int threads) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<String> ids = new ArrayList<>();
        for (Iterator<String> it = truth.fieldNames(); it.hasNext();) {
            ids.add(it.next());
        }
        ids.sort(null);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<double[]>> futures = new ArrayList<>();
            for (String id : ids) {
                JsonNode entry = truth.get(id);
                futures.add(pool.submit(() -> score(dir, id, entry, pipeline)));
            }
            double precisionSum = 0;
            int precisionPages = 0;
            double recallSum = 0;
            int recallPages = 0;
            int failures = 0;
            for (Future<double[]> f : futures) {
                double[] r = f.get();
                if (!Double.isNaN(r[0])) {
                    precisionSum += r[0];
                    precisionPages++;
                }
                if (!Double.isNaN(r[1])) {
                    recallSum += r[1];
                    recallPages++;
                }
                failures += (int) r[2];
            }
            return new ShingleScores(ids.size(), failures, precisionPages == 0 ? 0 : precisionSum / precisionPages,
                    recallPages == 0 ? 0 : recallSum / recallPages);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("evaluation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("evaluation failed on a page: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {precision or NaN, recall or NaN, 1 if the page failed}. */
    private static double[] score(Path dir, String id, JsonNode entry, Pipeline pipeline) {
        Path file = dir.resolve("html").resolve(id + ".html.gz");
        String url = entry.path("url").asText(null);
        String predicted = "";
        int failed = 0;
        if (Files.exists(file)) {
            try (PageReader reader = PageReader.open(List.of(file.toString()), IngestOptions.defaults().withUrl(url), null)) {
                Result result = pipeline.run(reader.next());
                if (result instanceof Analysis a) {
                    predicted = a.article().text();
                } else {
                    failed = 1;
                }
            }
        } else {
            failed = 1;
        }
        Map<String, Integer> t = Shingles.of(entry.path("articleBody").asText(""));
        Map<String, Integer> p = Shingles.of(predicted);
        long[] c = Shingles.compare(t, p);
        double precision = p.isEmpty() ? Double.NaN : c[0] / (double) (c[0] + c[1]);
        double recall = t.isEmpty() ? Double.NaN : c[0] / (double) (c[0] + c[2]);
        return new double[] {precision, recall, failed};
    }

    /** The SHA-256 of the set's {@code ground-truth.json}. */
    public static String digest(Path dir) throws IOException {
        return Digests.sha256(Files.readAllBytes(dir.resolve("ground-truth.json")));
    }
}
