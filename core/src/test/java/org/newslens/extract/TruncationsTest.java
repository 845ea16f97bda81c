package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newslens.model.Truncation;

class TruncationsTest {
    @Test
    void wallSentencesAreFoundInAnyCaseAndReportedInLowerCase() {
        assertEquals("already a subscriber",
                Truncations.wallSentence("The council met on Monday.\nAlready a Subscriber? Sign in to continue."));
        assertEquals("dieser artikel ist nur für abonnenten",
                Truncations.wallSentence("Der Rat tagte am Montag. Dieser Artikel ist nur für Abonnenten."));
        assertEquals("to continue reading", Truncations.wallSentence("To CONTINUE Reading, please log in."));
    }

    @Test
    void ordinaryTextMentioningSubscriptionsIsNoWall() {
        assertNull(Truncations.wallSentence("Subscribers to the water scheme pay less, the council said."));
        assertNull(Truncations.wallSentence(""));
    }

    @Test
    void wallElementsAreFoundWhateverTheCaseOfTheirClass() {
        Truncation t = Truncations.wall(Jsoup.parse(
                "<html><body><p>Text.</p><div class=\"Article-Paywall\" id=\"x\">Pay</div></body></html>"), null);
        assertEquals("paywall", t.kind());
        assertTrue(t.reason().contains("Article-Paywall"), t.reason());
        assertNull(Truncations.wall(Jsoup.parse("<html><body><p class=\"lead\">Text.</p></body></html>"), null));
    }
}
