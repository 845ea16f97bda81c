package org.newslens.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newslens.attribution.CheckWorthiness;

/**
 * The claims eval: a check-worthiness model on the held-out part of each ClaimBuster NCS set (see {@link
 * ClaimBuster} for the split) and on the 2019-2020 debate sentences. A sentence is predicted check-worthy when its
 * score reaches the model's threshold.
 */
public final class ClaimsEval {
    private ClaimsEval() {
    }

    /**
     * Scores {@code model} on every set in {@code dir}; sets whose file is missing are skipped, except 2xNCS.
     *
     * @throws IOException when 2xNCS is missing or a file is malformed
     */
    public static List<ClaimScores> run(Path dir, CheckWorthiness model) throws IOException {
        // The NCS sets share their positives: judge each sentence once.
        Map<Long, Boolean> verdicts = new HashMap<>();
        List<ClaimScores> scores = new ArrayList<>();
        for (String name : ClaimBuster.NCS_FILES) {
            Path file = dir.resolve(name);
            if (!name.equals("2xNCS.json") && !Files.exists(file)) {
                continue;
            }
            List<ClaimBuster.Item> items = ClaimBuster.heldOutPart(file);
            scores.add(score(name.replace(".json", "") + " held-out", items, model, verdicts));
        }
        Path debate = dir.resolve(ClaimBuster.DEBATE_2020);
        if (Files.exists(debate)) {
            scores.add(score("2020 debate", ClaimBuster.readTsv(debate), model, new HashMap<>()));
        }
        return scores;
    }

    static ClaimScores score(String set, List<ClaimBuster.Item> items, CheckWorthiness model,
            Map<Long, Boolean> verdicts) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (ClaimBuster.Item item : items) {
            boolean predicted = verdicts.computeIfAbsent(item.id(), id -> model.judge(item.text()).checkWorthy());
            if (predicted) {
                if (item.checkWorthy()) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (item.checkWorthy()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new ClaimScores(set, tp, fp, fn, tn);
    }
}
