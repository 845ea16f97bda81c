package org.newslens.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newslens.model.Analysis;
import org.newslens.model.Attribution;
import org.newslens.model.Claim;
import org.newslens.model.Entity;
import org.newslens.model.Sentence;
import org.newslens.model.Summary;

/**
 * The claims section of the terminal report: each claim with its sentence number, score, how it is sourced and by
 * whom; then the sourcing summary, claims per kind with shares and the named sources ranked by claims.
 */
final class ClaimReport {
    /** Claim text is cut to this many characters; the sentence number finds the rest in the body above. */
    private static final int EXCERPT = 70;

    private ClaimReport() {
    }

    static void print(PrintWriter out, Analysis analysis) {
        String text = analysis.article().text();
        List<Claim> claims = analysis.claims();
        out.println("━".repeat(Report.WIDTH));
        out.printf(Locale.ROOT, "CLAIMS: %d of %d sentences check-worthy%n", claims.size(), analysis.sentences().size());
        Map<Integer, Integer> sentenceAt = new HashMap<>();
        List<Sentence> sentences = analysis.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            sentenceAt.put(sentences.get(i).start(), i + 1);
        }
        Map<String, String> names = new HashMap<>();
        for (Entity e : analysis.entities()) {
            names.put(e.id(), e.name());
        }
        for (Claim c : claims) {
            Integer n = sentenceAt.get(c.start());
            Attribution a = c.attribution();
            String source = source(a, text, names);
            out.printf(Locale.ROOT, "  %-5s %.2f  %-9s %s%n", n == null ? "" : "[" + n + "]", c.score(), a.kind().label(),
                    excerpt(c.textOf(text)) + (source == null ? "" : "  ← " + source));
        }
        Summary.Sourcing s = analysis.summary().sourcing();
        if (s.counts().isEmpty()) {
            return;
        }
        List<String> kinds = new ArrayList<>();
        s.counts().forEach((kind, count) -> kinds.add(String.format(Locale.ROOT, "%s %d (%.0f%%)", kind, count,
                100 * s.shares().getOrDefault(kind, 0.0))));
        out.println("sourcing:   " + String.join(", ", kinds));
        if (!s.namedSources().isEmpty()) {
            List<String> ranked = new ArrayList<>();
            for (Summary.NamedSource ns : s.namedSources()) {
                ranked.add(ns.name() + " " + ns.claims());
            }
            out.println("named by claims: " + String.join(", ", ranked));
        }
        out.println();
    }

    private static String source(Attribution a, String text, Map<String, String> names) {
        if (a.source() == null) {
            return a.cue() == null ? null : "\"" + a.cue().textOf(text) + "\"";
        }
        String who = a.source().entity() != null && names.containsKey(a.source().entity())
                ? names.get(a.source().entity()) : a.source().textOf(text).replace('\n', ' ');
        return who + (a.cue() == null ? "" : " (\"" + a.cue().textOf(text).replace('\n', ' ') + "\")");
    }

    private static String excerpt(String s) {
        String flat = s.replace('\n', ' ').strip();
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }
}
