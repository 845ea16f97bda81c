package org.newslens.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.newslens.model.Analysis;
import org.newslens.model.LoadedWord;
import org.newslens.model.PersuasionTechnique;
import org.newslens.model.Summary;
import org.newslens.model.Technique;

/**
 * The rhetoric section of the terminal report: the summary figures, each technique finding with its reason, the
 * definition and an example of every technique found, the densest sentences and the loaded words by kind.
 */
final class RhetoricReport {
    /** Long findings are cut in the report (the JSON has the full span). */
    static final int MAX_QUOTED = 90;

    private RhetoricReport() {
    }

    static void print(PrintWriter out, Analysis a) {
        Summary.Rhetoric r = a.summary().rhetoric();
        if (r == Summary.Rhetoric.EMPTY) {
            return;
        }
        String text = a.article().text();
        out.println("━".repeat(Report.WIDTH));
        out.println("RHETORIC");
        if (!r.scope().equals("english")) {
            out.println(r.scope());
            out.println();
            return;
        }
        out.printf(Locale.ROOT, "%d technique findings, %.1f per 100 sentences; loaded words: %.1f per 100 words (%s)%n",
                a.techniques().size(), r.techniquesPer100Sentences(), r.loadedWordsPer100Words(),
                r.loadedWords().entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                        .collect(Collectors.joining(", ")));
        if (!r.mostUsed().isEmpty()) {
            out.println("most used: " + r.mostUsed().stream()
                    .map(c -> c.technique().title() + " " + c.findings()).collect(Collectors.joining(", ")));
        }
        out.println();
        for (Technique t : a.techniques()) {
            out.printf(Locale.ROOT, "  %-28s %.2f  “%s”%n", t.technique().title(), t.confidence(),
                    quoted(t.textOf(text)));
            out.println("  " + " ".repeat(28) + "       " + t.reason());
        }
        List<PersuasionTechnique> found = a.techniques().stream().map(Technique::technique).distinct().sorted()
                .toList();
        if (!found.isEmpty()) {
            out.println();
            out.println("what the techniques are:");
            for (PersuasionTechnique t : found) {
                out.println("  " + t.title() + ": " + t.definition() + " For example: “" + t.example() + "”");
            }
        }
        if (!r.densest().isEmpty()) {
            out.println();
            out.println("densest sentences:");
            for (Summary.DenseSentence d : r.densest()) {
                out.printf(Locale.ROOT, "  [%d] %d finding%s: %s%n", d.sentence() + 1, d.findings(),
                        d.findings() == 1 ? "" : "s", quoted(d.textOf(text)));
            }
        }
        if (!a.loadedWords().isEmpty()) {
            out.println();
            out.println("loaded words:");
            for (LoadedWord.Kind k : LoadedWord.Kind.values()) {
                String words = a.loadedWords().stream().filter(w -> w.kind() == k).map(w -> w.textOf(text))
                        .distinct().limit(25).collect(Collectors.joining(", "));
                if (!words.isEmpty()) {
                    out.printf(Locale.ROOT, "  %-15s %s%n", k.label() + ":", words);
                }
            }
        }
        out.println();
    }

    private static String quoted(String s) {
        String flat = s.replace('\n', ' ');
        return flat.length() <= MAX_QUOTED ? flat : flat.substring(0, MAX_QUOTED - 1) + "…";
    }
}
