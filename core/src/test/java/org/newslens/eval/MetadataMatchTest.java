package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Author;

class MetadataMatchTest {
    @Test
    void titlesIgnoreTypographyCaseSpacingAndEntitiesButNothingElse() {
        assertTrue(MetadataMatch.titleMatches("«Wir waren fast 40 Tage in Quarantäne» ", "\"Wir waren fast 40 Tage in quarantäne\""));
        assertTrue(MetadataMatch.titleMatches("Olive &amp; Herb – Bread", "Olive & Herb - Bread"));
        assertFalse(MetadataMatch.titleMatches("Olive & Herb Bread", "Olive & Herb Bread | Flawless Food"));
        assertFalse(MetadataMatch.titleMatches("Olive & Herb Bread", null));
    }

    @Test
    void authorsMatchAsSetsOfNames() {
        List<Author> two = List.of(new Author("Ruwaida Kamal Amer", Author.Kind.PERSON), new Author("Ibtisam Mahdi", Author.Kind.PERSON));
        assertTrue(MetadataMatch.authorsMatch(List.of("Ibtisam Mahdi, Ruwaida Kamal Amer"), two));
        assertTrue(MetadataMatch.authorsMatch(List.of("Rodolfo Costa."), List.of(new Author("rodolfo costa", Author.Kind.PERSON))));
        assertTrue(MetadataMatch.authorsMatch(List.of("dpa/lno"), List.of(new Author("dpa", Author.Kind.ORGANIZATION),
                new Author("lno", Author.Kind.ORGANIZATION))));
        assertFalse(MetadataMatch.authorsMatch(List.of("Ibtisam Mahdi, Ruwaida Kamal Amer"), two.subList(0, 1)));
        assertFalse(MetadataMatch.authorsMatch(List.of("Mady"), List.of(new Author("Mady Morrison", Author.Kind.PERSON))));
    }
}
