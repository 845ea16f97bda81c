package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateTest {
    @Test
    void furnitureWordsNameFurniture() {
        assertTrue(Boilerplate.hasFurnitureName("sidebar"));
        assertTrue(Boilerplate.hasFurnitureName("post share-buttons"));
        assertTrue(Boilerplate.hasFurnitureName("widget widget_recent_entries"));
        assertTrue(Boilerplate.hasFurnitureName("article__related"));
    }

    @Test
    void qualifiedFurnitureWordsNameLayout() {
        assertFalse(Boilerplate.hasFurnitureName("single has-sidebar"));
        assertFalse(Boilerplate.hasFurnitureName("entry-content no-share"));
        assertFalse(Boilerplate.hasFurnitureName("elementor-widget-container"));
        assertFalse(Boilerplate.hasFurnitureName("elementor-widget elementor-widget-text-editor"));
        assertFalse(Boilerplate.hasFurnitureName("sidebar__main"));
        assertFalse(Boilerplate.hasFurnitureName("js-readmore"));
        assertFalse(Boilerplate.hasFurnitureName("section section--ads"));
    }

    @Test
    void sectionLabelsAreWholeShortLines() {
        assertTrue(Boilerplate.SECTION_LABEL.matcher("Mehr zum Thema").matches());
        assertTrue(Boilerplate.SECTION_LABEL.matcher("You may also like:").matches());
        assertTrue(Boilerplate.SECTION_LABEL.matcher("Lesen Sie auch").matches());
        assertFalse(Boilerplate.SECTION_LABEL.matcher("Read more about the harbour plans in our report.").matches());
    }

    @Test
    void creditLinesAreRecognisedButSentencesNamingASourceAreNot() {
        assertTrue(Boilerplate.CREDIT_LINE.matcher("Foto: Jane Example").matches());
        assertTrue(Boilerplate.CREDIT_LINE.matcher("Quelle: Landesamt für Statistik").matches());
        assertTrue(Boilerplate.CREDIT_LINE.matcher("AFP / JOHN EXAMPLE").matches());
        assertFalse(Boilerplate.CREDIT_LINE.matcher("The photographs were taken by volunteers in May.").matches());
        assertFalse(Boilerplate.CREDIT_LINE.matcher("First trial of an automated blood testing device").matches());
    }

    @Test
    void placeholdersAreWholeLines() {
        assertTrue(Boilerplate.PLACEHOLDER_TEXT.matcher("Wird geladen …").matches());
        assertFalse(Boilerplate.PLACEHOLDER_TEXT.matcher("Loading the ferry takes ten minutes.").matches());
    }

    @Test
    void adDisclosuresAreFoundButArticlesAboutAdvertisingAreNot() {
        assertTrue(Boilerplate.AD_DISCLOSURE.matcher("*Werbung. Dieser Beitrag enthält Werbung.").find());
        assertTrue(Boilerplate.AD_DISCLOSURE.matcher("Die mit * markierten Links sind Affiliate-Links.").find());
        assertFalse(Boilerplate.AD_DISCLOSURE.matcher("Die Agentur macht seit Jahren Werbung für Fahrräder.").find());
    }

    @Test
    void appealWordsMarkClosingAppeals() {
        assertTrue(Boilerplate.APPEAL_WORDS.matcher("Subscribe to our weekly newsletter.").find());
        assertTrue(Boilerplate.APPEAL_WORDS.matcher("Unterstützen Sie unsere Arbeit mit einer Spende.").find());
        assertFalse(Boilerplate.APPEAL_WORDS.matcher("The council will decide in September.").find());
    }
}
