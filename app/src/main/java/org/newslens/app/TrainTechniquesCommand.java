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
import org.newslens.nlp.LanguageAnalyzer;
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

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getErr();
        Path lex = lexicons != null ? lexicons : data.toAbsolutePath().getParent().getParent().resolve("lexicons");
        if (!Files.isDirectory(lex)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no lexicon folder at " + lex);
        }
        long started = System.nanoTime();
        List<TechniqueTrainer.Document> train = documents(PtcCorpus.read(data, "train"), log);
        List<TechniqueTrainer.Document> dev = documents(PtcCorpus.read(data, "dev"), log);
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

    private static List<TechniqueTrainer.Document> documents(List<PtcCorpus.PtcArticle> articles, PrintWriter log) {
        List<TechniqueTrainer.Document> out = new ArrayList<>();
        for (PtcCorpus.PtcArticle a : articles) {
            Article article = Article.fromText(a.text());
            List<TechniqueTrainer.Gold> gold = new ArrayList<>();
            for (PtcCorpus.Label l : a.techniques()) {
                gold.add(new TechniqueTrainer.Gold(a.toChars(l.start()), a.toChars(l.end()),
                        PersuasionTechnique.ofLabel(l.technique())));
            }
            out.add(new TechniqueTrainer.Document(a.id(), article, LanguageAnalyzer.analyze(article, true), gold));
        }
        log.printf(Locale.ROOT, "read %d articles%n", out.size());
        log.flush();
        return out;
    }
}
