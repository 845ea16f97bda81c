package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;

/** Swapping the two parties of an invented article must not change what is flagged. */
class SwapEvenHandednessTest {
    static final Pipeline PIPELINE = new Pipeline(new PipelineOptions(EnumSet.of(Layer.TECHNIQUES),
            PipelineOptions.DEFAULT_TIME_LIMIT, Instant.parse("2026-01-01T00:00:00Z"), null));

    @Test
    void findingsSurviveSwappingTheTwoMostNamedParties() {
        String text = "Senator Alice Moreno attacked Governor Tom Keller on Monday. Moreno called Keller a"
                + " disgraceful liar who will destroy the state. Keller said Moreno was a dangerous extremist and"
                + " her plan a total disaster. Everyone knows Moreno is wrong, Keller added. Moreno replied that"
                + " Keller had betrayed every family in the state.";
        SwapEval.Scores s = SwapEval.run(List.of(text), PIPELINE);
        assertEquals(1, s.articles());
        assertTrue(s.findings() > 0, "the fixture has loaded wording");
        assertEquals(1.0, s.share(), 1e-9, () -> s.kept() + " of " + s.findings() + " kept");
    }

    @Test
    void aMentionIsReplacedByTheSameFormOfTheOtherName() {
        assertEquals("Keller", SwapEval.counterpart("Moreno", "Alice Moreno", "Tom Keller"));
        assertEquals("Tom", SwapEval.counterpart("Alice", "Alice Moreno", "Tom Keller"));
        assertEquals("Tom Keller", SwapEval.counterpart("Alice Moreno", "Alice Moreno", "Tom Keller"));
        // One-word names and other forms ("Senator Moreno", "the Acme group") take the other's full name.
        assertEquals("Acme Corp", SwapEval.counterpart("Reuters", "Reuters", "Acme Corp"));
        assertEquals("Tom Keller", SwapEval.counterpart("Senator Moreno", "Alice Moreno", "Tom Keller"));
    }

    @Test
    void swappedTextKeepsTheRestOfTheWording() {
        String text = "Alice Moreno met Tom Keller. Moreno thanked Keller.";
        org.newslens.model.Entity a = new org.newslens.model.Entity("e1", org.newslens.model.Entity.Type.PERSON,
                "Alice Moreno", List.of(), List.of(new org.newslens.model.Span(0, 12),
                        new org.newslens.model.Span(29, 35)));
        org.newslens.model.Entity b = new org.newslens.model.Entity("e2", org.newslens.model.Entity.Type.PERSON,
                "Tom Keller", List.of(), List.of(new org.newslens.model.Span(17, 27),
                        new org.newslens.model.Span(44, 50)));
        SwapEval.Swapped s = SwapEval.swap(text, List.of(a, b));
        assertEquals("Tom Keller met Alice Moreno. Keller thanked Moreno.", s.text());
        // "thanked" moved from 36 to 36: both surnames have six letters.
        assertEquals(36, s.map(36, false));
    }
}
