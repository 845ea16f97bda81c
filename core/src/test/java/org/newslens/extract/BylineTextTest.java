package org.newslens.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Author;

class BylineTextTest {
    private static List<String> names(String byline) {
        return BylineText.parse(byline).stream().map(Author::name).toList();
    }

    private static List<String> kinds(String byline) {
        return BylineText.parse(byline).stream().map(a -> a.kind().label()).toList();
    }

    @Test
    void leadInsAreStripped() {
        assertEquals(List.of("Anna Muster"), names("Von Anna Muster"));
        assertEquals(List.of("Jane Doe"), names("By Jane Doe"));
        assertEquals(List.of("Anna Muster"), names("Ein Artikel von Anna Muster"));
        assertEquals(List.of("Anna Muster"), names("Autor: Anna Muster"));
        assertEquals(List.of("Jane Doe"), names("Posted by Jane Doe"));
    }

    @Test
    void vonInsideANameStays() {
        assertEquals(List.of("Alexa von Heyden"), names("Alexa von Heyden"));
        assertEquals(List.of("Alexa von Heyden"), names("Artikel von Alexa von Heyden"));
    }

    @Test
    void twoAuthorsAreSplit() {
        assertEquals(List.of("Anna Muster", "Ben Beispiel"), names("Von Anna Muster und Ben Beispiel"));
        assertEquals(List.of("Jane Doe", "John Roe"), names("By Jane Doe and John Roe"));
        assertEquals(List.of("Jane Doe", "John Roe", "Mia Poe"), names("Jane Doe, John Roe & Mia Poe"));
    }

    @Test
    void trailingDatesTimesAndRolesAreCut() {
        assertEquals(List.of("Anna Muster"), names("Anna Muster am 26.10.2018, 03:48"));
        assertEquals(List.of("Jane Doe"), names("Jane Doe Feb 21"));
        assertEquals(List.of("Anna Muster"), names("Anna Muster Chefredakteurin"));
        assertEquals(List.of("Anna Muster", "Ben Beispiel"), names("Anna Muster im Gespräch mit Ben Beispiel"));
    }

    @Test
    void agenciesAndDesksAreOrganisations() {
        assertEquals(List.of("organization"), kinds("dpa"));
        assertEquals(List.of("organization"), kinds("AFP"));
        assertEquals(List.of("organization"), kinds("Reuters"));
        assertEquals(List.of("organization"), kinds("Redaktion"));
        assertEquals(List.of("person", "organization"), kinds("Anna Muster mit dpa"));
        assertEquals(List.of("person"), kinds("Jane Doe"));
    }

    @Test
    void interfaceStringsAreRejected() {
        assertTrue(names("Email the author").isEmpty());
        assertTrue(names("View all posts").isEmpty());
        assertTrue(names("Name (erforderlich)").isEmpty());
        assertTrue(names("Veröffentlicht am").isEmpty());
        assertTrue(names("Von").isEmpty());
    }

    @Test
    void handlesProfileLinksAndPictureCreditsAreRejected() {
        assertTrue(names("@janedoe").isEmpty());
        assertTrue(names("https://www.facebook.com/janedoe").isEmpty());
        assertTrue(names("Foto: Anna Muster").isEmpty());
        assertEquals(List.of("Jane Doe"), names("Jane Doe @janedoe"));
    }

    @Test
    void weakNamesAreSlugsAndInitials() {
        assertTrue(AuthorKinds.isWeak("anna.muster"));
        assertTrue(AuthorKinds.isWeak("AM"));
        assertTrue(!AuthorKinds.isWeak("AFP"));
        assertTrue(!AuthorKinds.isWeak("Anna Muster"));
    }

    @Test
    void teamAfterADashIsNotACoAuthor() {
        assertEquals(List.of("Jane Doe", "John Roe"), names("Posted by Jane Doe and John Roe - Browser Security Team"));
        assertEquals(List.of("Anna Muster", "dpa"), names("Anna Muster - dpa"));
    }

    @Test
    void labelsWithoutAName() {
        assertTrue(names("Artikel von:").isEmpty());
        assertTrue(names("Mehr").isEmpty());
        assertTrue(names("11:15 PM").isEmpty());
        assertEquals(List.of("Anna Muster"), names("Gespeichert von Anna Muster am 7. Juli 2019 - 18:44"));
    }

    @Test
    void chineseEditorLabelIsStripped() {
        assertEquals(List.of("王明"), names("责任编辑：王明"));
    }

    @Test
    void roleWordAfterASingleWordIsPartOfTheName() {
        assertEquals(List.of("Staff Writer"), names("By Staff Writer"));
        assertEquals(List.of("Anna Muster"), names("Anna Muster Reporterin"));
    }

    @Test
    void textAndPicturesLabelIsStripped() {
        assertEquals(List.of("Anna Muster"), names("Text & Fotos: Anna Muster"));
        assertEquals(List.of("Anna Muster"), names("Recipe by Anna Muster"));
    }
}
