package org.newslens.app;

import java.io.PrintWriter;
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
        String text = analysis.article().text();
        out.println("─".repeat(Report.WIDTH));
        out.println("quotations: " + analysis.quotes().size());
        for (Quote q : analysis.quotes()) {
            String speaker = q.speaker() == null ? "(no source named)" : q.speaker().textOf(text).replace('\n', ' ');
            String cue = q.cue() == null ? "" : " \"" + q.cue().textOf(text) + "\"";
            String content = q.textOf(text).replace('\n', ' ');
            if (content.length() > MAX_CONTENT) {
                content = content.substring(0, MAX_CONTENT - 1) + "…";
            }
            out.printf("  %-8s %-9s %s%s: %s%n", q.kind().label(), q.source().label(), speaker, cue, content);
        }
        out.println();
    }
}
