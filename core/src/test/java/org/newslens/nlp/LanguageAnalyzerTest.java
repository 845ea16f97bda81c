package org.newslens.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newslens.model.Entity;
import org.newslens.testing.SpanChecks;

class LanguageAnalyzerTest {
    static final String TEXT = "The Norwegian Refugee Council (NRC) said on Monday that Maria Castellano had been"
            + " released. Castellano, a doctor from Valencia, worked for the NRC in Mosul for two years. Officials in"
            + " Baghdad declined to comment. Later, Castellano told the Spanish newspaper El País that the NRC had"
            + " kept her family informed.";

    @Test
    void groupsSurnamesAndBracketedAcronymsWithTheirFullNames() {
        Language language = LanguageAnalyzer.analyze(TokenizerTest.article(TEXT), true);
        Map<String, Entity> byName = language.entities().stream()
                .collect(Collectors.toMap(Entity::name, Function.identity()));
        Entity nrc = byName.get("Norwegian Refugee Council");
        assertEquals(Entity.Type.ORGANIZATION, nrc.type(), byName.toString());
        assertEquals(List.of("NRC"), nrc.aliases());
        assertEquals(4, nrc.mentions().size());
        Entity castellano = byName.get("Maria Castellano");
        assertEquals(Entity.Type.PERSON, castellano.type());
        assertEquals(List.of("Castellano"), castellano.aliases());
        assertEquals(3, castellano.mentions().size());
        assertEquals(Entity.Type.LOCATION, byName.get("Mosul").type());
        assertEquals(Entity.Type.MISC, byName.get("Spanish").type());
        SpanChecks.assertCovers(TEXT, castellano.mentions().get(1), "Castellano");
    }

    @Test
    void idsFollowFirstMention() {
        List<Entity> entities = LanguageAnalyzer.analyze(TokenizerTest.article(TEXT), true).entities();
        for (int i = 0; i < entities.size(); i++) {
            assertEquals("e" + (i + 1), entities.get(i).id());
            if (i > 0) {
                assertTrue(entities.get(i).mentions().get(0).start() > entities.get(i - 1).mentions().get(0).start());
            }
        }
    }

    @Test
    void initialsSkipFunctionWordsAndSplitHyphens() {
        assertEquals("AFP", EntityGrouper.initials("Agence France-Presse"));
        assertEquals("OPEC", EntityGrouper.initials("Organization of the Petroleum Exporting Countries"));
        assertEquals("", EntityGrouper.initials("Reuters"));
    }

    @Test
    void randomTextGivesWellFormedLayers() {
        Random random = new Random(11);
        for (int i = 0; i < 100; i++) {
            String text = SpanChecks.randomText(random, 300);
            Language language = LanguageAnalyzer.analyze(TokenizerTest.article(text), true);
            SpanChecks.assertLayer("sentence", text, language.sentences(), true);
            SpanChecks.assertLayer("token", text, language.tokens(), true);
            for (Entity e : language.entities()) {
                SpanChecks.assertLayer("mention", text, e.mentions(), true);
            }
        }
    }
}
