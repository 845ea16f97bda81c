package org.newslens.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.model.Span;
import org.newslens.model.Speaker;

class QuotesReportTest {
    //                                   0         1         2         3         4         5         6
    //                                   0123456789012345678901234567890123456789012345678901234567890123
    static final String TEXT = "“The wall,” Reyes said, “will hold.” Experts say it will not. Reyes said so.";

    @Test
    void fragmentsOfOneStatementShareALine() {
        Span said = new Span(18, 22);
        Speaker reyes = new Speaker(12, 17, "e1");
        Quote first = new Quote(0, 11, Quote.Kind.DIRECT, said, reyes, SourceKind.NAMED, 0.9, "r");
        Quote second = new Quote(24, 36, Quote.Kind.DIRECT, said, reyes, SourceKind.NAMED, 0.9, "r");
        Quote experts = new Quote(49, 60, Quote.Kind.INDIRECT, new Span(45, 48), new Speaker(37, 44, null),
                SourceKind.VAGUE, 0.8, "r");
        // Same speaker, another cue: another statement.
        Quote again = new Quote(73, 75, Quote.Kind.INDIRECT, new Span(68, 72), new Speaker(62, 67, "e1"),
                SourceKind.NAMED, 0.5, "r");
        List<String> lines = QuotesReport.lines(List.of(first, second, experts, again), TEXT);
        assertEquals(List.of(
                "  direct   named     Reyes \"said\": “The wall,” … “will hold.”",
                "  indirect vague     Experts \"say\": it will not",
                "  indirect named     Reyes \"said\": so"), lines);
    }
}
