package org.newslens.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.DateValue;
import org.newslens.model.Paragraph;
import org.newslens.model.Result;
import org.newslens.model.Sentence;

/** The readable terminal report of a result: a header of metadata, then the body. */
final class Report {
    static final int WIDTH = 100;

    private Report() {
    }

    static void print(PrintWriter out, Result result, boolean withLayers) {
        Analysis analysis = (Analysis) result;
        Article a = analysis.article();
        out.println("━".repeat(WIDTH));
        out.println(a.title() == null ? "(no title found)" : a.title());
        out.println("━".repeat(WIDTH));
        field(out, "source", result.source().uri());
        field(out, "url", a.canonicalUrl() != null ? a.canonicalUrl() : result.source().url());
        field(out, "site", a.siteName());
        field(out, "section", a.section().isEmpty() ? null : String.join(" › ", a.section()));
        field(out, "by", a.authors().isEmpty() ? null : a.authors().stream()
                .map(x -> x.name() + (x.kind() == org.newslens.model.Author.Kind.ORGANIZATION ? " (organisation)" : ""))
                .collect(Collectors.joining(", ")));
        field(out, "published", date(a.published()));
        field(out, "modified", date(a.modified()));
        field(out, "language", a.language());
        if (a.truncation() != null) {
            field(out, "incomplete", a.truncation().kind() + ": " + a.truncation().reason());
        }
        int words = a.text().isBlank() ? 0 : a.text().strip().split("\\s+").length;
        field(out, "body", words + " words in " + a.paragraphs().size() + " paragraphs"
                + (withLayers ? ", " + analysis.sentences().size() + " sentences" : "")
                + (a.comments().isEmpty() ? "" : "; " + a.comments().size() + " comments kept apart"));
        out.println();
        if (withLayers) {
            printSentences(out, a, analysis.sentences());
            LanguageReport.printEntities(out, analysis);
            LanguageReport.printTimes(out, analysis);
            QuotesReport.print(out, analysis);
            ClaimReport.print(out, analysis);
            RhetoricReport.print(out, analysis);
        } else {
            for (Paragraph p : a.paragraphs()) {
                printBlock(out, p, p.textOf(a.text()));
            }
        }
    }

    private static void printSentences(PrintWriter out, Article a, List<Sentence> sentences) {
        int next = 0;
        for (Paragraph p : a.paragraphs()) {
            StringBuilder block = new StringBuilder();
            while (next < sentences.size() && sentences.get(next).start() < p.end()) {
                Sentence s = sentences.get(next);
                block.append(block.length() == 0 ? "" : "\n").append('[').append(next + 1).append("] ")
                        .append(s.textOf(a.text()).replace('\n', ' '));
                next++;
            }
            printBlock(out, p, block.length() == 0 ? p.textOf(a.text()) : block.toString());
        }
    }

    private static void printBlock(PrintWriter out, Paragraph p, String text) {
        String prefix = switch (p.kind()) {
            case HEADING -> "## ";
            case QUOTE -> "> ";
            case LIST_ITEM -> "• ";
            case TABLE_CELL -> "| ";
            default -> "";
        };
        for (String line : text.split("\n")) {
            wrap(out, prefix + line, prefix.isEmpty() ? "" : " ".repeat(prefix.length()));
            prefix = prefix.isEmpty() ? "" : " ".repeat(prefix.length());
        }
        out.println();
    }

    static void wrap(PrintWriter out, String line, String indent) {
        String rest = line;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= indent.length()) {
                cut = WIDTH;
            }
            out.println(rest.substring(0, cut));
            rest = indent + rest.substring(cut).stripLeading();
        }
        out.println(rest);
    }

    private static void field(PrintWriter out, String name, String value) {
        if (value != null && !value.isBlank()) {
            out.printf("%-11s %s%n", name + ":", value);
        }
    }

    private static String date(DateValue d) {
        return d == null ? null : d.value() + " (from " + d.from().label() + ")";
    }
}
