package org.newslens.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newslens.model.Article;
import org.newslens.model.TimeExpression;
import org.newslens.nlp.Language;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.nlp.TimeTagger;

/**
 * Scores the time tagger on a folder of TimeML files (TimeBank, AQUAINT, TempEval-3) with the TempEval-3 metrics
 * (see {@link TimeScores}). Each document's text is tagged with its creation time (DCT) as the publication date.
 */
public final class TimeEval {
    private TimeEval() {
    }

    /** The {@code .tml} files under {@code dir}, sorted by path. */
    public static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".tml") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    /**
     * Tags and scores every TimeML file under {@code dir}.
     *
     * @param pairs receives every gold and found expression with its outcome, or null
     * @throws IOException when a file cannot be read or is not TimeML
     */
    public static TimeScores run(Path dir, List<TimeScores.Pair> pairs) throws IOException {
        List<Path> files = files(dir);
        TimeScores.Counts all = TimeScores.Counts.ZERO;
        Map<String, TimeScores.Counts> byType = new LinkedHashMap<>();
        long nanos = 0;
        for (Path file : files) {
            TimeMl.Document doc = TimeMl.read(file);
            Article article = new Article(null, List.of(), null, null, null, List.of(), "en", null, null, doc.text(),
                    doc.paragraphs(), List.of(), null);
            Language language = LanguageAnalyzer.analyze(article, false);
            long t0 = System.nanoTime();
            List<TimeExpression> found = TimeTagger.tag(article, language, doc.created());
            nanos += System.nanoTime() - t0;
            String name = dir.relativize(file).toString();
            all = all.plus(TimeScores.compare(doc.timexes(), found, pairs, name));
            for (String type : List.of("DATE", "TIME", "DURATION", "SET")) {
                // Recall and accuracy over the gold expressions of a type, precision over the found ones.
                List<TimeMl.Timex> g = doc.timexes().stream().filter(x -> type.equals(x.type())).toList();
                List<TimeExpression> f = found.stream().filter(x -> x.type().name().equals(type)).toList();
                TimeScores.Counts recall = TimeScores.compare(g, found, null, name);
                TimeScores.Counts precision = TimeScores.compare(doc.timexes(), f, null, name);
                byType.merge(type, recall.withFound(precision), TimeScores.Counts::plus);
            }
        }
        Map<String, TimeScores> types = new LinkedHashMap<>();
        byType.forEach((k, v) -> types.put(k, v.scores(files.size(), Map.of(), 0)));
        return all.scores(files.size(), types, nanos / 1e6);
    }

    /** A digest of the file names and contents, so that floors notice a changed dataset. */
    public static String digest(Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Path file : files(dir)) {
            sb.append(dir.relativize(file)).append(' ').append(Digests.sha256(Files.readAllBytes(file))).append('\n');
        }
        return Digests.sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Counts of pairs per outcome, in the order of {@link TimeScores.Outcome}. */
    public static Map<TimeScores.Outcome, Integer> outcomes(List<TimeScores.Pair> pairs) {
        Map<TimeScores.Outcome, Integer> counts = new LinkedHashMap<>();
        for (TimeScores.Outcome o : TimeScores.Outcome.values()) {
            counts.put(o, 0);
        }
        for (TimeScores.Pair p : new ArrayList<>(pairs)) {
            counts.merge(p.outcome(), 1, Integer::sum);
        }
        return counts;
    }
}
