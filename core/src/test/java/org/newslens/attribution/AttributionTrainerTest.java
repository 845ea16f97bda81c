package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.Quote;
import org.newslens.model.Span;
import org.newslens.nlp.LanguageAnalyzer;

class AttributionTrainerTest {
    static final String[] NAMES = {"Anna Berg", "Tom Hale", "Ruth Ames", "Omar Said", "Lena Fox", "Carl Dunn"};
    static final String[] CLAIMS = {"the bridge will open in May", "the budget was cut", "the school needs a roof",
        "the vote was fair", "prices rose in June", "the plan failed"};

    /** Invented articles: "NAME said that CLAIM." and "“CLAIM,” NAME told reporters." with their relations. */
    static List<AttributionTrainer.Example> examples() {
        List<AttributionTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String name = NAMES[i % NAMES.length];
            String claim = CLAIMS[(i * 5) % CLAIMS.length];
            String other = CLAIMS[(i + 1) % CLAIMS.length];
            String first = name + " said that " + claim + ".";
            String second = "“" + Character.toUpperCase(other.charAt(0)) + other.substring(1) + ",” " + name
                    + " told reporters.";
            String text = "The weather was mild. " + first + "\n\n" + second;
            int p1 = text.indexOf(first);
            int p2 = text.indexOf(second);
            List<AttributionRelation> relations = List.of(
                    new AttributionRelation(List.of(new Span(p1, p1 + name.length())),
                            new Span(p1 + name.length() + 1, p1 + name.length() + 5),
                            List.of(new Span(p1 + name.length() + 6, p1 + first.length() - 1))),
                    new AttributionRelation(List.of(new Span(p2 + other.length() + 4, p2 + other.length() + 4 + name.length())),
                            new Span(text.indexOf(" told", p2) + 1, text.indexOf(" told", p2) + 5),
                            List.of(new Span(p2, p2 + other.length() + 3))));
            Article article = Fixtures.article(text);
            out.add(new AttributionTrainer.Example(article, LanguageAnalyzer.analyze(article, true), relations));
        }
        return out;
    }

    static byte[] train(List<AttributionTrainer.Example> examples) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AttributionTrainer.train(examples, new AttributionTrainer.Options(4, 4, 3, 5), bytes,
                new PrintWriter(new StringWriter()));
        return bytes.toByteArray();
    }

    @Test
    void trainingIsDeterministic() throws IOException {
        List<AttributionTrainer.Example> examples = examples();
        assertArrayEquals(train(examples), train(examples));
    }

    @Test
    void aTrainedModelFindsTheRelationsItWasShown() throws IOException {
        List<AttributionTrainer.Example> examples = examples();
        AttributionModel model = AttributionModel.read(new ByteArrayInputStream(train(examples)));
        String text = "The weather was mild. Tom Hale said that the school needs a roof.";
        Article article = Fixtures.article(text);
        List<Quote> quotes = QuoteFinder.find(article, LanguageAnalyzer.analyze(article, true), model);
        assertEquals(1, quotes.size(), quotes.toString());
        Quote q = quotes.get(0);
        assertEquals("said", q.cue().textOf(text));
        assertEquals("Tom Hale", q.speaker().textOf(text));
        assertTrue(q.textOf(text).startsWith("that the school"), q.textOf(text));
    }
}
