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
import org.newslens.attribution.AttributionTrainer;
import org.newslens.eval.AttributionEval;
import org.newslens.eval.PolnearCorpus;
import org.newslens.model.Article;
import org.newslens.nlp.LanguageAnalyzer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newslens train attribution}: rebuilds the quotation model from PolNeAR train. */
@Command(name = "attribution", mixinStandardHelpOptions = true,
        description = {"Train the quotation cue and role taggers on PolNeAR train (never dev or test).",
            "Deterministic: the same data gives the same model file."})
final class TrainAttributionCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The PolNeAR folder (holding train/).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE",
            defaultValue = "core/src/main/resources/org/newslens/attribution/attribution-model.bin.gz",
            description = "Where to write the model (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the data per tagger (default: 12).")
    int epochs = AttributionTrainer.Options.DEFAULT.cueEpochs();

    @Override
    public Integer call() throws IOException {
        PrintWriter log = spec.commandLine().getOut();
        List<PolnearCorpus.Document> documents = PolnearCorpus.read(data, "train");
        List<AttributionTrainer.Example> examples = new ArrayList<>();
        long t0 = System.nanoTime();
        for (PolnearCorpus.Document d : documents) {
            Article article = AttributionEval.article(d.text());
            examples.add(new AttributionTrainer.Example(article, LanguageAnalyzer.analyze(article, true), d.relations()));
        }
        log.printf(Locale.ROOT, "analysed %d training articles in %.1f s%n", examples.size(), (System.nanoTime() - t0) / 1e9);
        log.flush();
        AttributionTrainer.Options defaults = AttributionTrainer.Options.DEFAULT;
        AttributionTrainer.Options options = new AttributionTrainer.Options(epochs, epochs, defaults.folds(), defaults.seed());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            AttributionTrainer.train(examples, options, o, log);
        }
        log.printf(Locale.ROOT, "wrote %s (%d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
