package org.newslens.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.CorpusException;
import org.newslens.corpus.SearchHit;
import org.newslens.model.ReuseCluster;
import org.newslens.model.ReusePair;
import org.newslens.model.ReusePassage;
import org.newslens.pipeline.ResultJson;
import org.newslens.reuse.ReuseOptions;
import org.newslens.reuse.ReuseReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newslens reuse}: near-duplicate and syndicated text across the corpus. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = {"Find text shared between articles of the corpus: copies, syndicated stories, recycled"
                + " paragraphs.",
            "MinHash over word 5-grams with LSH banding proposes pairs; aligning them finds the shared passages with"
                + " their offsets in both articles. Pairs are grouped into clusters whose earliest article is the"
                + " likely source. Text a site repeats on its own pages (its boilerplate) is ignored, and two pages"
                + " of one site are never a pair.",
            "With --id, the pairs of one article and the passages it shares, side by side."})
final class ReuseCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--id", paramLabel = "ID", description = "Show one article's pairs and passages.")
    String id;

    @Option(names = "--min-similarity", paramLabel = "X",
            description = "Share of the shorter article that must be shared (default: "
                    + ReuseOptions.DEFAULT_MIN_SIMILARITY + ").")
    Double minSimilarity;

    @Option(names = "--json", description = "Print the pairs and clusters as JSON.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ReuseOptions options = ReuseOptions.defaults();
        if (minSimilarity != null) {
            if (!(minSimilarity >= 0 && minSimilarity <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--min-similarity must be in [0, 1]");
            }
            options = options.withMinSimilarity(minSimilarity);
        }
        try (Corpus corpus = Corpus.openReadOnly(index.directory)) {
            long t0 = System.nanoTime();
            ReuseReport report = corpus.reuse(options);
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (id != null && corpus.article(id).isEmpty()) {
                err.println("newslens reuse: no article " + id + " in " + index.directory);
                err.flush();
                return 1;
            }
            List<ReusePair> pairs = id == null ? report.pairs() : report.pairsOf(id);
            List<ReuseCluster> clusters = id == null ? report.clusters()
                    : report.clusterOf(id) == null ? List.of() : List.of(report.clusterOf(id));
            if (json) {
                ObjectNode root = ResultJson.mapper().createObjectNode();
                root.put("documents", report.documents());
                root.put("skipped", report.skipped());
                root.put("candidates", report.candidates());
                root.set("pairs", ResultJson.mapper().valueToTree(pairs));
                root.set("clusters", ResultJson.mapper().valueToTree(clusters));
                out.println(ResultJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } else {
                Map<String, SearchHit> hits = new HashMap<>();
                out.printf(Locale.ROOT, "%d articles compared (%d too short), %d candidate pairs aligned in %.1f s:"
                        + " %d pairs in %d clusters%n", report.documents(), report.skipped(), report.candidates(),
                        seconds, report.pairs().size(), report.clusters().size());
                for (ReuseCluster c : clusters) {
                    printCluster(out, corpus, hits, c);
                }
                if (id != null) {
                    for (ReusePair p : pairs) {
                        printPassages(out, corpus, p);
                    }
                }
            }
        } catch (CorpusException e) {
            err.println("newslens reuse: " + e.getMessage());
            err.flush();
            return 1;
        }
        out.flush();
        return 0;
    }

    private static void printCluster(PrintWriter out, Corpus corpus, Map<String, SearchHit> hits, ReuseCluster c)
            throws IOException {
        out.println();
        out.printf(Locale.ROOT, "cluster of %d: source %s (%s)%n", c.members().size(),
                c.source() == null ? "unknown" : c.source(), c.reason());
        for (String member : c.members()) {
            SearchHit h = hit(corpus, hits, member);
            out.printf(Locale.ROOT, "  %s  %-10s  %-24s  %s%n", member, h == null || h.published() == null ? ""
                    : h.published().toString(), h == null || h.site() == null ? "" : h.site(),
                    h == null || h.title() == null ? "" : h.title());
        }
        for (ReusePair p : c.pairs()) {
            out.printf(Locale.ROOT, "  %s -> %s  similarity %.2f, confidence %.2f: %s%n", p.a(), p.b(),
                    p.similarity(), p.confidence(), p.reason());
        }
    }

    /** Each shared passage as it reads in both articles. */
    private static void printPassages(PrintWriter out, Corpus corpus, ReusePair p) throws IOException {
        String a = text(corpus, p.a());
        String b = text(corpus, p.b());
        out.println();
        out.printf(Locale.ROOT, "%s and %s share %d passage%s:%n", p.a(), p.b(), p.passages().size(),
                p.passages().size() == 1 ? "" : "s");
        for (ReusePassage s : p.passages()) {
            out.printf(Locale.ROOT, "  [%d, %d) in %s, [%d, %d) in %s, %d words, %.0f%% word for word%n",
                    s.a().start(), s.a().end(), p.a(), s.b().start(), s.b().end(), p.b(), s.words(),
                    100 * s.overlap());
            out.println("    " + p.a() + ": " + excerpt(s.a().textOf(a)));
            out.println("    " + p.b() + ": " + excerpt(s.b().textOf(b)));
        }
    }

    private static String text(Corpus corpus, String id) throws IOException {
        String json = corpus.analysisJson(id).orElse("{}");
        return ResultJson.mapper().readTree(json).path("article").path("text").asText("");
    }

    private static String excerpt(String s) {
        String flat = s.replaceAll("\\s+", " ").strip();
        return flat.length() <= 160 ? flat : flat.substring(0, 110) + " … " + flat.substring(flat.length() - 40);
    }

    private static SearchHit hit(Corpus corpus, Map<String, SearchHit> cache, String id) throws IOException {
        if (!cache.containsKey(id)) {
            cache.put(id, corpus.article(id).orElse(null));
        }
        return cache.get(id);
    }
}
