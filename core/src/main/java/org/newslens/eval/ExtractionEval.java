package org.newslens.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Item;
import org.newslens.model.Result;
import org.newslens.pipeline.Pipeline;

/**
 * Scores extraction on the trafilatura evaluation set exactly as its README describes: per page, each "with"
 * snippet found in the normalised text is a TP (else FN), each "without" snippet found is an FP (else TN); sums
 * over pages give precision, recall, accuracy and F. Title, date and author are compared with the gold metadata
 * where it is given (see {@link MetadataMatch}).
 */
public final class ExtractionEval {
    private ExtractionEval() {
    }

    /** One page of the set: its address, file, snippets and gold metadata (absent values null or empty). */
    public record Case(String url, String file, List<String> with, List<String> without, String title, String date,
            List<String> author) {
    }

    /** Per-page outcome, for reports of where extraction goes wrong. */
    public record PageOutcome(String url, String file, String language, int tp, int fp, int fn, int tn,
            List<String> missed, List<String> leaked, Boolean titleOk, Boolean dateOk, Boolean authorOk,
            String predictedTitle, String predictedDate, String predictedAuthors, String error) {
    }

    /** Reads {@code evaldata.json} from {@code dir}, in file order. */
    public static List<Case> load(Path dir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dir.resolve("evaldata.json").toFile());
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            cases.add(new Case(e.getKey(), v.get("file").asText(), strings(v.get("with")), strings(v.get("without")),
                    nonEmpty(v.get("title")), nonEmpty(v.get("date")), strings(v.get("author"))));
        }
        return cases;
    }

    /**
     * Runs extraction over the set with {@code threads} workers.
     *
     * @param perPage receives each page's outcome, in set order; may be null
     */
    public static ExtractionScores run(Path dir, Pipeline pipeline, int threads, Consumer<PageOutcome> perPage)
            throws IOException {
        List<Case> cases = load(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<PageOutcome>> futures = new ArrayList<>();
            for (Case c : cases) {
                futures.add(pool.submit(() -> score(dir, c, pipeline)));
            }
            List<PageOutcome> outcomes = new ArrayList<>();
            for (Future<PageOutcome> f : futures) {
                PageOutcome o = f.get();
                outcomes.add(o);
                if (perPage != null) {
                    perPage.accept(o);
                }
            }
            return summarise(outcomes, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("evaluation interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("evaluation failed on a page: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static PageOutcome score(Path dir, Case c, Pipeline pipeline) {
        Path file = pageFile(dir, c);
        Result result;
        try (PageReader reader = PageReader.open(List.of(file.toString()), IngestOptions.defaults().withUrl(c.url()), null)) {
            Item item = reader.next();
            result = pipeline.run(item);
        }
        if (!(result instanceof Analysis analysis)) {
            String reason = ((org.newslens.model.Failure) result).reason();
            return new PageOutcome(c.url(), c.file(), "unknown", 0, 0, c.with().size(), c.without().size(),
                    c.with(), List.of(), c.title() == null ? null : false, c.date() == null ? null : false,
                    c.author().isEmpty() ? null : false, null, null, null, reason);
        }
        Article a = analysis.article();
        List<String> missed = new ArrayList<>();
        List<String> leaked = new ArrayList<>();
        int[] counts = snippets(c, a.text(), missed, leaked);
        int tp = counts[0];
        int fp = counts[1];
        Boolean titleOk = c.title() == null ? null : MetadataMatch.titleMatches(c.title(), a.title());
        String date = a.published() == null ? null : a.published().date().toString();
        Boolean dateOk = c.date() == null ? null : c.date().equals(date);
        Boolean authorOk = c.author().isEmpty() ? null : MetadataMatch.authorsMatch(c.author(), a.authors());
        String language = a.language() == null ? "unknown" : a.language().toLowerCase(Locale.ROOT).split("-")[0];
        String authors = String.join("; ", a.authors().stream().map(x -> x.name()).toList());
        return new PageOutcome(c.url(), c.file(), language, tp, fp, missed.size(), c.without().size() - fp, missed,
                leaked, titleOk, dateOk, authorOk, a.title(), date, authors, null);
    }

    /**
     * Scores one extracted text against a case's snippets: {tp, fp, fn, tn}. Public so that benchmarks can score
     * peer extractors with exactly our metric.
     *
     * @param missed receives "with" snippets not found; may be null
     * @param leaked receives "without" snippets found; may be null
     */
    public static int[] snippets(Case c, String extracted, List<String> missed, List<String> leaked) {
        String text = Snippets.normalise(extracted == null ? "" : extracted);
        int tp = 0;
        int fp = 0;
        for (String s : c.with()) {
            if (text.contains(Snippets.normalise(s))) {
                tp++;
            } else if (missed != null) {
                missed.add(s);
            }
        }
        for (String s : c.without()) {
            if (text.contains(Snippets.normalise(s))) {
                fp++;
                if (leaked != null) {
                    leaked.add(s);
                }
            }
        }
        return new int[] {tp, fp, c.with().size() - tp, c.without().size() - fp};
    }

    /** The page file of a case. */
    public static Path pageFile(Path dir, Case c) {
        return dir.resolve("html").resolve(c.file() + ".gz");
    }

    static ExtractionScores summarise(List<PageOutcome> outcomes, boolean withLanguages) {
        long tp = 0;
        long fp = 0;
        long fn = 0;
        long tn = 0;
        int failures = 0;
        int[] title = new int[2];
        int[] date = new int[2];
        int[] author = new int[2];
        Map<String, List<PageOutcome>> byLanguage = new HashMap<>();
        for (PageOutcome o : outcomes) {
            tp += o.tp();
            fp += o.fp();
            fn += o.fn();
            tn += o.tn();
            if (o.error() != null) {
                failures++;
            }
            count(title, o.titleOk());
            count(date, o.dateOk());
            count(author, o.authorOk());
            byLanguage.computeIfAbsent(o.language(), k -> new ArrayList<>()).add(o);
        }
        Map<String, ExtractionScores> languages = new TreeMap<>();
        if (withLanguages) {
            byLanguage.forEach((lang, list) -> languages.put(lang, summarise(list, false)));
        }
        return new ExtractionScores(outcomes.size(), failures, tp, fp, fn, tn,
                new ExtractionScores.Accuracy(title[0], title[1]), new ExtractionScores.Accuracy(date[0], date[1]),
                new ExtractionScores.Accuracy(author[0], author[1]), languages);
    }

    private static void count(int[] tally, Boolean ok) {
        if (ok != null) {
            tally[1]++;
            if (ok) {
                tally[0]++;
            }
        }
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (node.isArray()) {
            node.forEach(n -> {
                if (!n.asText().isBlank()) {
                    out.add(n.asText());
                }
            });
        } else if (!node.asText().isBlank()) {
            out.add(node.asText());
        }
        return out;
    }

    private static String nonEmpty(JsonNode node) {
        return node == null || node.asText().isBlank() ? null : node.asText();
    }

    /** The SHA-256 of the set's {@code evaldata.json}, recorded with floors so a changed set is noticed. */
    public static String digest(Path dir) throws IOException {
        return Digests.sha256(Files.readAllBytes(dir.resolve("evaldata.json")));
    }
}
