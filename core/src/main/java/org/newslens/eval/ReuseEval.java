package org.newslens.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Item;
import org.newslens.model.Paragraph;
import org.newslens.model.Result;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;
import org.newslens.model.ReusePassage;
import org.newslens.model.Span;
import org.newslens.pipeline.Pipeline;
import org.newslens.reuse.ReuseDetector;
import org.newslens.reuse.ReuseDocument;
import org.newslens.reuse.ReuseReport;

/**
 * The reuse eval: extracts the trafilatura-eval pages with newslens (their text never leaves memory), builds the
 * {@link ReuseBenchmark} from them, runs the detector over all of its documents at once, and scores the pairs it
 * reports. A reported pair is right when both articles come from one original; recall is counted over the
 * original-copy pairs, by rewording band.
 */
public final class ReuseEval {
    private ReuseEval() {
    }

    /** Extracts every page of the set whose text is long enough, in set order. */
    public static List<ReuseBenchmark.Original> originals(Path dir, Pipeline pipeline, int threads)
            throws IOException {
        List<ExtractionEval.Case> cases = ExtractionEval.load(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<ReuseBenchmark.Original>> futures = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                ExtractionEval.Case c = cases.get(i);
                String id = String.format(java.util.Locale.ROOT, "p%03d", i);
                futures.add(pool.submit(() -> extract(dir, c, id, pipeline)));
            }
            List<ReuseBenchmark.Original> out = new ArrayList<>();
            for (Future<ReuseBenchmark.Original> f : futures) {
                ReuseBenchmark.Original o = f.get();
                if (o != null && ReuseBenchmark.eligible(o)) {
                    out.add(o);
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("extraction interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("extraction failed on a page: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ReuseBenchmark.Original extract(Path dir, ExtractionEval.Case c, String id, Pipeline pipeline) {
        Path file = ExtractionEval.pageFile(dir, c);
        Result result;
        try (PageReader reader = PageReader.open(List.of(file.toString()), IngestOptions.defaults().withUrl(c.url()),
                null)) {
            Item item = reader.next();
            result = pipeline.run(item);
        }
        if (!(result instanceof Analysis a)) {
            return null;
        }
        List<Span> paragraphs = new ArrayList<>();
        for (Paragraph p : a.article().paragraphs()) {
            paragraphs.add(new Span(p.start(), p.end()));
        }
        if (paragraphs.isEmpty()) {
            paragraphs.add(new Span(0, a.article().text().length()));
        }
        return new ReuseBenchmark.Original(id, ReuseBenchmark.host(c.url()), a.article().text(), paragraphs);
    }

    /** Runs {@code detector} on the benchmark documents and scores it. */
    public static ReuseScores score(List<ReuseBenchmark.Doc> docs, ReuseDetector detector) {
        List<ReuseDocument> input = new ArrayList<>();
        Map<String, ReuseBenchmark.Doc> byId = new HashMap<>();
        for (ReuseBenchmark.Doc d : docs) {
            input.add(new ReuseDocument(d.id(), d.site(), d.published(), d.text()));
            byId.put(d.id(), d);
        }
        long t0 = System.nanoTime();
        ReuseReport report = detector.detect(input);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int truePairs = 0;
        List<String> wrong = new ArrayList<>();
        Set<String> found = new HashSet<>();
        for (ReusePair p : report.pairs()) {
            ReuseBenchmark.Doc a = byId.get(p.a());
            ReuseBenchmark.Doc b = byId.get(p.b());
            if (a.family().equals(b.family())) {
                truePairs++;
                found.add(key(p.a(), p.b()));
            } else {
                wrong.add(p.a() + " ~ " + p.b() + " (" + p.reason() + ")");
            }
        }
        double[] bands = ReuseBenchmark.REWORDING_BANDS;
        int[] goldByBand = new int[bands.length];
        int[] foundByBand = new int[bands.length];
        int copyPairs = 0;
        int copyPairsFound = 0;
        Map<String, List<ReuseBenchmark.Doc>> families = new HashMap<>();
        for (ReuseBenchmark.Doc d : docs) {
            families.computeIfAbsent(d.family(), k -> new ArrayList<>()).add(d);
        }
        long[] passageChars = new long[3];
        long[] passageCharsLe20 = new long[3];
        for (List<ReuseBenchmark.Doc> family : families.values()) {
            for (int i = 0; i < family.size(); i++) {
                for (int j = i + 1; j < family.size(); j++) {
                    ReuseBenchmark.Doc x = family.get(i);
                    ReuseBenchmark.Doc y = family.get(j);
                    boolean hit = found.contains(key(x.id(), y.id()));
                    if (x.original() || y.original()) {
                        ReuseBenchmark.Doc copy = x.original() ? y : x;
                        int band = band(copy.rewording());
                        goldByBand[band]++;
                        if (hit) {
                            foundByBand[band]++;
                            passageOverlap(report, copy, passageChars);
                            if (copy.rewording() <= 0.2 + 1e-9) {
                                passageOverlap(report, copy, passageCharsLe20);
                            }
                        }
                    } else {
                        copyPairs++;
                        copyPairsFound += hit ? 1 : 0;
                    }
                }
            }
        }
        int sourcesRight = 0;
        int clustersWithOriginal = 0;
        for (ReuseCluster c : report.clusters()) {
            String original = c.members().stream().filter(id -> byId.get(id).original()).findFirst().orElse(null);
            if (original != null) {
                clustersWithOriginal++;
                sourcesRight += original.equals(c.source()) ? 1 : 0;
            }
        }
        return new ReuseScores(docs.size(), report.pairs().size(), truePairs, goldByBand, foundByBand, copyPairs,
                copyPairsFound, clustersWithOriginal, sourcesRight, passageChars, passageCharsLe20,
                report.candidates(), seconds, wrong);
    }

    /**
     * Adds to {@code chars}: [0] copy characters inside reported passages, [1] of those, the ones inside copied
     * paragraphs, [2] copied characters in all. Whitespace is not counted: the blank lines between two copied
     * paragraphs belong to neither the copy's boilerplate nor its paragraphs.
     */
    private static void passageOverlap(ReuseReport report, ReuseBenchmark.Doc copy, long[] chars) {
        String text = copy.text();
        for (ReusePair p : report.pairsOf(copy.id())) {
            if (!p.other(copy.id()).equals(copy.family())) {
                continue;
            }
            for (ReusePassage passage : p.passages()) {
                Span s = p.a().equals(copy.id()) ? passage.a() : passage.b();
                chars[0] += visible(text, s.start(), s.end());
                for (Span c : copy.copied()) {
                    chars[1] += visible(text, Math.max(s.start(), c.start()), Math.min(s.end(), c.end()));
                }
            }
        }
        for (Span c : copy.copied()) {
            chars[2] += visible(text, c.start(), c.end());
        }
    }

    private static long visible(String text, int from, int to) {
        long n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isWhitespace(text.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    private static int band(double rewording) {
        double[] bands = ReuseBenchmark.REWORDING_BANDS;
        for (int i = 0; i < bands.length; i++) {
            if (Math.abs(bands[i] - rewording) < 1e-9) {
                return i;
            }
        }
        throw new IllegalArgumentException("no band for rewording " + rewording);
    }

    private static String key(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }

    /** The digest floors are set against: the set's evaldata.json, the generator version and the seed. */
    public static String digest(Path dir, long seed) throws IOException {
        String base = ExtractionEval.digest(dir) + "|reuse-benchmark/1|seed=" + seed;
        return Digests.sha256(base.getBytes(StandardCharsets.UTF_8));
    }
}
