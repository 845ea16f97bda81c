package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DateLinesTest {
    @Test
    void linesThatOnlyDateTheArticleAreDateLines() {
        assertTrue(DateLines.isDateLine("12.03.2020"));
        assertTrue(DateLines.isDateLine("Updated: May 4, 2021 10:15 am"));
        assertTrue(DateLines.isDateLine("Veröffentlicht am 3. Mai 2023, 14:05 Uhr"));
        assertTrue(DateLines.isDateLine("Mittwoch, 17. Juni 2020"));
        assertTrue(DateLines.isDateLine("publié le 2 février 2021"));
        assertTrue(DateLines.isDateLine("6 min read"));
    }

    @Test
    void bylinesAndSentencesWithDatesAreNot() {
        assertFalse(DateLines.isDateLine("Von Anna Beispiel, 12.03.2020"));
        assertFalse(DateLines.isDateLine("The meeting was moved to 4 May 2021."));
        assertFalse(DateLines.isDateLine("Stadtfest"));
        assertFalse(DateLines.isDateLine("Die Frist endet am 30. Juni, danach entscheidet der Rat über den Antrag."));
    }

    @Test
    void datedMetadataLinesCarryALabelOrNameButNoSentence() {
        assertTrue(DateLines.isDatedLabel("Stand: 5. Februar 2020"));
        assertTrue(DateLines.isDatedLabel("Verfasst von: redaktion | 31. Dezember 2008"));
        assertTrue(DateLines.isDatedLabel("2021-10-16 | Panorama"));
        assertFalse(DateLines.isDatedLabel("Der nächste Termin ist am 5. Februar 2020."));
        assertFalse(DateLines.isDatedLabel("Bern, 17.08.2007 - Rede des Ministers beim Städtegipfel in Basel"));
    }
}
