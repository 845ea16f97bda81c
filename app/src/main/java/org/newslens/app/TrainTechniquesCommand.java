package org.newslens.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.newslens.eval.PtcCorpus;
import org.newslens.model.Article;
import org.newslens.model.PersuasionTechnique;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.pipeline.ResultJson;
import org.newslens.rhetoric.TechniqueTrainer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newslens train techniques}: the rhetoric models from PTC train, thresholds tuned on PTC dev. */
@Command(name = "techniques", mixinStandardHelpOptions = true,
        description = {"Train the persuasion-technique models on PTC train and tune the span thresholds on PTC dev.",
            "Deterministic: the same data gives the same file."})
final class TrainTechniquesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PTC folder.")
    Path data;

    @Option(names = "--lexicons", paramLabel = "DIR",
            description = "The lexicon folder (default: ../../lexicons from the PTC folder).")
    Path lexicons;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "core/src/main/resources/org/newslens/rhetoric/techniques.bin.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "target/ptc-language",
            description = "Where to keep the language layers of the PTC articles between runs (default: ${DEFAULT-VALUE}).")
    Path cache;

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        Path lex = lexicons != null ? lexicons : data.toAbsolutePath().getParent().getParent().resolve("lexicons");
        if (!Files.isDirectory(lex)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no lexicon folder at " + lex);
        }
        long started = System.nanoTime();
        List<TechniqueTrainer.Document> train = documents(PtcCorpus.read(data, "train"), cache, log);
        List<TechniqueTrainer.Document> dev = documents(PtcCorpus.read(data, "dev"), cache, log);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "techniques", ".tmp");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            TechniqueTrainer.train(lex, train, dev, o, log);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        log.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.0f s%n", out, Files.size(out) / 1e6,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static List<TechniqueTrainer.Document> documents(List<PtcCorpus.PtcArticle> articles, Path cache,
            PrintWriter log) throws IOException {
        Files.createDirectories(cache);
        List<TechniqueTrainer.Document> out = new ArrayList<>();
        for (PtcCorpus.PtcArticle a : articles) {
            Article article = Article.fromText(a.text());
            List<TechniqueTrainer.Gold> gold = new ArrayList<>();
            for (PtcCorpus.Label l : a.techniques()) {
                gold.add(new TechniqueTrainer.Gold(a.toChars(l.start()), a.toChars(l.end()),
                        PersuasionTechnique.ofLabel(l.technique())));
            }
            out.add(new TechniqueTrainer.Document(a.id(), article, language(a, article, cache), gold));
        }
        log.printf(Locale.ROOT, "read %d articles%n", out.size());
        log.flush();
        return out;
    }

    /**
     * The language layers of an article, from the cache when its text digest matches: the entity recogniser is
     * most of a training run's time, and its output for a fixed text never changes within a build.
     */
    private static Language language(PtcCorpus.PtcArticle a, Article article, Path cache) throws IOException {
        String digest = Integer.toHexString(a.text().hashCode()) + "-" + a.text().length();
        Path file = cache.resolve(a.id() + "-" + digest + ".json");
        if (Files.exists(file)) {
            return ResultJson.mapper().readValue(file.toFile(), Language.class);
        }
        Language language = LanguageAnalyzer.analyze(article, true);
        ResultJson.mapper().writeValue(file.toFile(), language);
        return language;
    }
}
