package org.newslens.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newslens.attribution.CheckWorthiness;
import org.newslens.attribution.ClaimTraining;
import org.newslens.eval.ClaimBuster;
import org.newslens.eval.ClaimScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newslens train claims}: rebuilds the check-worthiness model, the static embedding table first (distilled
 * from all-MiniLM-L6-v2) and then the logistic regression (trained on the ClaimBuster sentences outside the held-out
 * fifth). Same inputs, same files.
 */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = {"Rebuild the claim model: claim-embeddings.bin (distilled from all-MiniLM-L6-v2) and"
                + " claim-model.tsv (logistic regression on ClaimBuster, held-out ids excluded).",
            "Split: a sentence whose sentence_id is divisible by 5 is held out for `newslens eval claims`;"
                + " ids with remainder 1 are the validation fold the training settings were chosen on (--validate)."})
final class TrainClaimsCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "core/src/main/resources/org/newslens/attribution";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The claimbuster-ncs folder (2xNCS.json, 2.5xNCS.json, 3xNCS.json).")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "Where to write the two files (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--validate", description = "Train without the validation fold and score on it (to choose"
            + " settings); writes nothing.")
    boolean validate;

    @Override
    public Integer call() throws IOException {
        Datasets.requireDirectory(spec, data);
        PrintWriter w = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        MiniLmDistiller.Table table = MiniLmDistiller.distil();
        byte[] embeddings = ClaimTraining.embeddingTable(table.vocabulary(), table.dimensions(), table.vectors());
        w.printf(Locale.ROOT, "embeddings: %d pieces x %d dimensions distilled in %.1f s%n",
                table.vocabulary().size(), table.dimensions(), seconds(t0));
        w.flush();

        long t1 = System.nanoTime();
        List<ClaimBuster.Item> items = ClaimBuster.training(data, !validate);
        ClaimTraining.Prepared prepared = ClaimTraining.prepare(examples(items), embeddings);
        w.printf(Locale.ROOT, "features: %d sentences analysed in %.1f s%n", prepared.size(), seconds(t1));
        w.flush();

        long t2 = System.nanoTime();
        ClaimTraining.Options options = ClaimTraining.Options.DEFAULT;
        ClaimTraining.Trained trained = ClaimTraining.train(prepared, options, comment(options));
        w.printf(Locale.ROOT, "model: %d sentences (%d check-worthy) fitted in %.1f s%n", trained.examples(),
                trained.positives(), seconds(t2));
        if (validate) {
            List<ClaimBuster.Item> fold = ClaimBuster.validationPart(data.resolve("2xNCS.json"));
            ClaimTraining.Prepared held = ClaimTraining.prepare(examples(fold), embeddings);
            List<CheckWorthiness.Verdict> verdicts = ClaimTraining.judge(trained.model(), held);
            w.println("validation fold of 2xNCS (sentence_id mod 5 = 1), by threshold:");
            for (int step = 2; step <= 7; step++) {
                double threshold = step / 10.0;
                ClaimScores s = scores(fold, verdicts, threshold);
                w.printf(Locale.ROOT, "  %.2f  P %.4f  R %.4f  F1 %.4f%n", threshold, s.precision(), s.recall(),
                        s.f1());
            }
            w.printf(Locale.ROOT, "total %.1f s; nothing written (--validate)%n", seconds(t0));
            return 0;
        }
        Files.createDirectories(out);
        Path embeddingFile = out.resolve("claim-embeddings.bin");
        Path modelFile = out.resolve("claim-model.tsv");
        Files.write(embeddingFile, embeddings);
        Files.writeString(modelFile, trained.modelText(), StandardCharsets.UTF_8);
        w.printf(Locale.ROOT, "wrote %s (%.1f MB) and %s (%.1f MB) in %.1f s in all%n", embeddingFile,
                Files.size(embeddingFile) / 1e6, modelFile, Files.size(modelFile) / 1e6, seconds(t0));
        return 0;
    }

    private static List<ClaimTraining.Example> examples(List<ClaimBuster.Item> items) {
        return items.stream().map(i -> new ClaimTraining.Example(i.text(), i.checkWorthy())).toList();
    }

    private static ClaimScores scores(List<ClaimBuster.Item> items, List<CheckWorthiness.Verdict> verdicts,
            double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < items.size(); i++) {
            boolean predicted = verdicts.get(i).score() >= threshold;
            boolean truth = items.get(i).checkWorthy();
            if (predicted && truth) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (truth) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ClaimScores("validation", tp, fp, fn, tn);
    }

    private static String comment(ClaimTraining.Options o) {
        return String.join("\n",
                "newslens check-worthiness model: logistic regression over cue features, a static MiniLM embedding",
                "(claim-embeddings.bin) and hashed word n-grams. Rebuild: newslens train claims --data DIR.",
                "Data: ClaimBuster 2xNCS.json (Arslan, Hassan, Li and Tremayne, 'A Benchmark Dataset of",
                "Check-worthy Factual Claims', ICWSM 2020; Meng et al., arXiv:2002.07725), licence CC BY 4.0.",
                "Trained on every 2xNCS sentence whose sentence_id mod 5 != 0; ids divisible by 5 are held out for",
                "newslens eval claims. The model holds weights only, no text from the data.",
                String.format(Locale.ROOT, "Settings: l2 cues %s, l2 embedding %s, l2 n-grams %s, positive weight %s,"
                        + " threshold %s.", o.l2Cues(), o.l2Embedding(), o.l2Ngrams(), o.positiveWeight(),
                        o.threshold()));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
