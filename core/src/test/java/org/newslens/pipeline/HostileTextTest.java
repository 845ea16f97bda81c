package org.newslens.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslens.model.Analysis;
import org.newslens.model.Article;
import org.newslens.model.Failure;
import org.newslens.model.Result;
import org.newslens.model.Sentence;
import org.newslens.model.Source;
import org.newslens.testing.SpanChecks;

/**
 * Text that is not prose, through every analysis layer (issue 3 §8): a result or a clear error within the time
 * limit, never a hang. The time bounds asserted are liveness bounds many times the limit, not speed claims.
 */
class HostileTextTest {
    private static final Source SOURCE = new Source("hostile", null, null);
    private static final Pipeline PIPELINE = new Pipeline(PipelineOptions.allLayers()
            .withNow(Instant.parse("2026-01-01T00:00:00Z")).withTimeLimit(Duration.ofSeconds(4)));

    private static Result analyze(String text) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> PIPELINE.analyze(SOURCE, Article.fromText(text),
                Timings.NONE));
    }

    private static Analysis checked(String text) {
        Analysis a = assertInstanceOf(Analysis.class, analyze(text));
        SpanChecks.assertLayer("sentences", text, a.sentences(), true);
        SpanChecks.assertLayer("times", text, a.times(), true);
        SpanChecks.assertLayer("quotes", text, a.quotes(), false);
        SpanChecks.assertLayer("claims", text, a.claims(), true);
        return a;
    }

    @Test
    void textWithoutSentencesGivesAnEmptyAnalysis() {
        Analysis a = checked("  \n\n   \n");
        assertEquals(0, a.sentences().size());
        assertEquals(0, a.claims().size());
        assertEquals(0, checked("").sentences().size());
    }

    @Test
    void aLongRunWithoutPunctuationIsCutIntoBoundedSentences() {
        Random random = new Random(7);
        String[] words = {"council", "harbour", "wall", "vote", "storm", "Port", "Ellery", "money", "said", "the"};
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < 1_000; i++) {
            run.append(words[random.nextInt(words.length)]).append(' ');
        }
        Analysis a = checked(run.toString().strip());
        // 1,000 tokens with no sentence end: five pieces of at most 200 tokens each.
        assertEquals(5, a.sentences().size());
        for (Sentence s : a.sentences()) {
            long tokens = a.tokens().stream().filter(t -> t.start() >= s.start() && t.end() <= s.end()).count();
            assertTrue(tokens <= 200, "a sentence of " + tokens + " tokens");
        }
    }

    @Test
    void twoMegabyteSentenceEndsWithAResultOrTheTimeLimit() {
        Random random = new Random(11);
        StringBuilder run = new StringBuilder(2_000_100);
        while (run.length() < 2_000_000) {
            run.append("word").append(random.nextInt(1000)).append(' ');
        }
        Result r = analyze(run.toString());
        if (r instanceof Failure f) {
            assertEquals("language", f.stage());
            assertTrue(f.reason().contains("time limit of 4 s exceeded"), f.reason());
        } else {
            assertTrue(((Analysis) r).sentences().size() >= 2_000_000 / 6 / 200);
        }
    }

    @Test
    void unbalancedQuotationMarksAndMixedScripts() {
        String text = "The ministry said \"talks will go on. Москва заявила, что «переговоры» продолжатся.\n\n"
                + "北京表示反对。 He added “nothing else. الحكومة قالت إن المحادثات ستستمر.\n\n"
                + "Officials said the vote is on Monday” and «the count begins at noon.";
        Analysis a = checked(text);
        assertTrue(a.sentences().size() >= 4, "sentences: " + a.sentences().size());
    }
}
