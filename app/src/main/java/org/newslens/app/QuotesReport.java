package org.newslens.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslens.model.Analysis;
import org.newslens.model.Quote;

/** The quotations section of the terminal report: who is quoted, how specifically, by which words, saying what. */
final class QuotesReport {
    /** Longer contents are cut, with an ellipsis: the report points at them, the JSON carries them whole. */
    static final int MAX_CONTENT = 160;

    private QuotesReport() {
    }

    static void print(PrintWriter out, Analysis analysis) {
        if (analysis.quotes().isEmpty()) {
            return;
        }
        out.println("─".repeat(Report.WIDTH));
        out.println("quotations: " + analysis.quotes().size());
        for (String line : lines(analysis.quotes(), analysis.article().text())) {
            out.println(line);
        }
        out.println();
    }

    /**
     * One line per statement: the fragments of one report that share its cue, speaker and kind ("“Climate change,”
     * Mr. Obama said, “is ...”", or the quoted words inside one reported sentence) are read together, joined by " … ",
     * in the order of their first fragment.
     */
    static List<String> lines(List<Quote> quotes, String text) {
        Map<List<Object>, List<Quote>> statements = new LinkedHashMap<>();
        for (Quote q : quotes) {
            List<Object> key = q.cue() == null ? List.of(q)
                    : List.of(q.cue(), q.kind(), q.speaker() == null ? "" : q.speaker());
            statements.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
        }
        List<String> out = new ArrayList<>();
        for (List<Quote> fragments : statements.values()) {
            Quote q = fragments.get(0);
            String speaker = q.speaker() == null ? "(no source named)" : q.speaker().textOf(text).replace('\n', ' ');
            String cue = q.cue() == null ? "" : " \"" + q.cue().textOf(text) + "\"";
            StringBuilder content = new StringBuilder();
            for (Quote f : fragments) {
                content.append(content.length() > 0 ? " … " : "").append(f.textOf(text).replace('\n', ' '));
            }
            String said = content.length() > MAX_CONTENT ? content.substring(0, MAX_CONTENT - 1) + "…" : content.toString();
            out.add(String.format("  %-8s %-9s %s%s: %s", q.kind().label(), q.source().label(), speaker, cue, said));
        }
        return out;
    }
}
