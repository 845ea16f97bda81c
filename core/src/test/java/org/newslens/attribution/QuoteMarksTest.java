package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {
    @Test
    void pairsCurlyAndStraightDoubleMarks() {
        assertEquals(List.of("“We are ready,”", "\"The talks go on.\""),
                Fixtures.quotations("“We are ready,” she said. He added: \"The talks go on.\""));
    }

    @Test
    void pairsDoubledApostrophesAsSomeArchivesWriteQuotes() {
        assertEquals(List.of("''We are not worried,''"), Fixtures.quotations("''We are not worried,'' said the coach."));
    }

    @Test
    void pairsGuillemetsAndLowNineteenthCenturyMarks() {
        assertEquals(List.of("« Nous reconstruirons le pont. »"),
                Fixtures.quotations("Le maire a déclaré : « Nous reconstruirons le pont. »"));
        assertEquals(List.of("„Wir bauen die Brücke wieder auf.“"),
                Fixtures.quotations("Der Bürgermeister sagte: „Wir bauen die Brücke wieder auf.“"));
    }

    @Test
    void aQuotationReopenedByTheNextParagraphRunsOnUntilItCloses() {
        String text = "“Then we will count what is missing.\n\n“Nobody has looked at those boxes. It is time.” she said.";
        assertEquals(List.of("“Then we will count what is missing.\n\n“Nobody has looked at those boxes. It is time.”"),
                Fixtures.quotations(text));
    }

    @Test
    void anUnclosedMarkQuotesNothing() {
        assertEquals(List.of(), Fixtures.quotations("This opens a quote “that never closes.\n\nThe next paragraph has none."));
        assertEquals(List.of("“closed”"), Fixtures.quotations("A stray ” mark, then a “closed” one, then “ another."));
    }

    @Test
    void singleMarksQuoteOutsideDoubleOnesButNotApostrophes() {
        assertEquals(List.of("‘in their heads’"),
                Fixtures.quotations("Voters’ doubts are ‘in their heads’, the pollster’s report says."));
        assertEquals(List.of("“He called it ‘a disgrace’ twice.”"),
                Fixtures.quotations("“He called it ‘a disgrace’ twice.” she said."));
    }
}
