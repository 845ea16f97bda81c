package org.newslens.rhetoric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.model.LoadedWord;
import org.newslens.model.Technique;
import org.newslens.nlp.LanguageAnalyzer;
import org.newslens.testing.SpanChecks;

class TechniqueFinderTest {
    /** Invented, in the register of a partisan opinion piece. */
    static final String LOADED = "The council's reckless and disgraceful budget is a shameful betrayal of every"
            + " hard-working family in this town. These corrupt bureaucrats will destroy everything we love. Of"
            + " course, countless residents are furious, and perhaps they have every right to be. The budget is a"
            + " disaster, a total disaster, the worst disaster this town has ever seen!";

    static Rhetoric find(String text) {
        Article article = Article.fromText(text);
        return TechniqueFinder.find(article, LanguageAnalyzer.analyze(article, true));
    }

    @Test
    void flagsLoadedWordingWithAReasonAndConfidence() {
        Rhetoric r = find(LOADED);
        assertEquals("english", r.summary().scope());
        SpanChecks.assertLayer("technique", LOADED, r.techniques(), false);
        assertFalse(r.techniques().isEmpty(), "an openly loaded text has findings");
        for (Technique t : r.techniques()) {
            assertTrue(t.confidence() >= 0 && t.confidence() <= 1);
            assertTrue(t.reason().startsWith(t.technique().title() + ": "), t.reason());
            assertFalse(t.textOf(LOADED).isBlank());
        }
        assertTrue(r.techniques().stream().anyMatch(t -> t.textOf(LOADED).contains("disgraceful")
                || t.textOf(LOADED).contains("shameful") || t.textOf(LOADED).contains("betrayal")),
                () -> "one of the openly judging words is flagged: " + r.techniques());
    }

    @Test
    void plainReportingHasFewerFindingsThanLoadedWriting() {
        String plain = "The council approved the budget on Tuesday by seven votes to two. The plan sets aside 4.2"
                + " million for road repairs and 1.1 million for the library. The mayor said the vote would be"
                + " reviewed in March.";
        assertTrue(find(plain).techniques().size() < find(LOADED).techniques().size());
    }

    @Test
    void marksBoostersHedgesAndVagueQuantitiesFromTheLists() {
        Rhetoric r = find(LOADED);
        SpanChecks.assertLayer("loaded word", LOADED, r.loadedWords(), true);
        assertTrue(has(r.loadedWords(), LOADED, "Of course", LoadedWord.Kind.BOOSTER), r.loadedWords()::toString);
        assertTrue(has(r.loadedWords(), LOADED, "perhaps", LoadedWord.Kind.HEDGE), r.loadedWords()::toString);
        assertTrue(has(r.loadedWords(), LOADED, "countless", LoadedWord.Kind.VAGUE_QUANTITY));
        // "about" hedges a figure only.
        String text = "They talked about the plan. About 40 people came.";
        Rhetoric q = find(text);
        assertTrue(has(q.loadedWords(), text, "About", LoadedWord.Kind.HEDGE));
        assertFalse(has(q.loadedWords(), text, "about", LoadedWord.Kind.HEDGE));
        assertTrue(r.summary().loadedWordsPer100Words() > 0);
        assertEquals(r.loadedWords().size(), r.summary().loadedWords().values().stream().mapToInt(i -> i).sum());
    }

    @Test
    void summaryCountsTechniquesPerHundredSentences() {
        Rhetoric r = find(LOADED);
        Article article = Article.fromText(LOADED);
        int sentences = LanguageAnalyzer.analyze(article, false).sentences().size();
        assertEquals(4, sentences);
        assertEquals(Math.round(1000.0 * r.techniques().size() / sentences) / 10.0,
                r.summary().techniquesPer100Sentences(), 1e-9);
        int counted = r.summary().mostUsed().stream().mapToInt(c -> c.findings()).sum();
        assertEquals(r.techniques().size(), counted);
        for (int i = 1; i < r.summary().mostUsed().size(); i++) {
            assertTrue(r.summary().mostUsed().get(i - 1).findings() >= r.summary().mostUsed().get(i).findings());
        }
        assertFalse(r.summary().densest().isEmpty());
    }

    @Test
    void namesAreNeverMarkedAsLoaded() {
        String text = "Hope Carter met Grace Bright in London. Hope Carter said the talks were disgraceful.";
        Rhetoric r = find(text);
        for (LoadedWord w : r.loadedWords()) {
            assertFalse(List.of("Hope", "Grace", "Bright").contains(w.textOf(text)), w.toString());
        }
    }

    @Test
    void otherLanguagesAreOutOfScope() {
        String german = "Die Regierung hat am Dienstag einen neuen Haushalt beschlossen. Der Bürgermeister sagte,"
                + " die Entscheidung sei eine Katastrophe für die ganze Stadt und ihre Familien gewesen.";
        Rhetoric r = find(german);
        assertTrue(r.summary().scope().startsWith("out of scope"), r.summary().scope());
        assertTrue(r.techniques().isEmpty());
        assertTrue(r.loadedWords().isEmpty());
        String russian = "Правительство приняло новый бюджет во вторник, и мэр назвал его катастрофой для города.";
        assertTrue(find(russian).summary().scope().startsWith("out of scope"));
    }

    @Test
    void emptyAndShortTextsGiveEmptyResults() {
        for (String text : List.of("", "   \n\n  ", "...", "Yes.")) {
            Rhetoric r = find(text);
            assertTrue(r.techniques().isEmpty(), text);
            assertEquals(0.0, r.summary().techniquesPer100Sentences());
        }
    }

    @Test
    void textWithoutWordsSaysSo() {
        assertEquals("no words to analyse", find("... !!! ---").summary().scope());
    }

    @Test
    void repeatedLinesReadAlike() {
        String line = "This shameful plan must be stopped now.\n";
        int copies = 2_000;
        List<Technique> found = find(line.repeat(copies)).techniques();
        assertFalse(found.isEmpty(), "the line has loaded wording");
        // Every copy but the first (which opens the article) gets the same findings: the cap on encoded spans
        // counts distinct wording, so repeats are not left without an embedding.
        java.util.Set<String> shapes = new java.util.TreeSet<>();
        int later = 0;
        for (Technique t : found) {
            if (t.start() >= line.length()) {
                shapes.add(t.start() % line.length() + "+" + (t.end() - t.start()) + " " + t.technique());
                later++;
            }
        }
        assertEquals(shapes.size() * (copies - 1), later, shapes::toString);
    }

    @Test
    void hostileTextsFinishPromptly() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            String longSentence = "the disgraceful plan ".repeat(100_000);
            Rhetoric r = find(longSentence);
            SpanChecks.assertLayer("technique", longSentence, r.techniques(), false);
            String repeated = "This shameful plan must be stopped now.\n".repeat(10_000);
            Rhetoric q = find(repeated);
            SpanChecks.assertLayer("technique", repeated, q.techniques(), false);
            SpanChecks.assertLayer("loaded word", repeated, q.loadedWords(), true);
        });
    }

    @Test
    void randomTextGivesWellFormedLayers() {
        Random random = new Random(4);
        for (int i = 0; i < 60; i++) {
            String text = SpanChecks.randomText(random, 400);
            Rhetoric r = find(text);
            SpanChecks.assertLayer("technique", text, r.techniques(), false);
            SpanChecks.assertLayer("loaded word", text, r.loadedWords(), true);
        }
    }

    @Test
    void likeAsAPrepositionIsNotValueLaden() {
        String text = "Opponents were scathing. The town cannot afford another disastrous winter like 2022.";
        Rhetoric r = find(text);
        assertFalse(r.loadedWords().stream().anyMatch(w -> w.textOf(text).equals("like")), r.loadedWords()::toString);
        assertTrue(has(r.loadedWords(), text, "disastrous", LoadedWord.Kind.VALUE_LADEN), r.loadedWords()::toString);
    }

    private static boolean has(List<LoadedWord> words, String text, String covered, LoadedWord.Kind kind) {
        return words.stream().anyMatch(w -> w.kind() == kind && w.textOf(text).equals(covered));
    }
}
