package org.newslens.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.attribution.AttributionRelation;
import org.newslens.model.Span;
import org.newslens.testing.SpanChecks;

class PolnearCorpusTest {
    /** An emoji (two UTF-16 units, one code point) before the spans moves every UTF-16 offset by one. */
    static final String TEXT = "😀 Jane Doe said the vote was close. “It was,” she added, “very close.”\n";

    @Test
    void readsRelationsConvertingCodePointsToUtf16() {
        // Code points: "😀"=0, " "=1, "Jane Doe"=2..10, "said"=11..15, content 16..34.
        List<AttributionRelation> relations = PolnearCorpus.parse(List.of(
                "T1\tSource 2 10\tJane Doe",
                "T2\tCue 11 15\tsaid",
                "T3\tContent 16 34\tthe vote was close",
                "T4\tAttribution 11 15\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"), TEXT);
        assertEquals(1, relations.size());
        AttributionRelation r = relations.get(0);
        SpanChecks.assertCovers(TEXT, r.source().get(0), "Jane Doe");
        SpanChecks.assertCovers(TEXT, r.cue(), "said");
        SpanChecks.assertCovers(TEXT, r.content().get(0), "the vote was close");
    }

    @Test
    void joinsDiscontinuousContentAndKeepsRelationsWithoutSource() {
        List<AttributionRelation> relations = PolnearCorpus.parse(List.of(
                "T1\tContent 36 45;57 70\t“It was,” “very close.”",
                "T2\tCue 50 55\tadded",
                "T3\tSource 46 49\tshe",
                "E1\tCue:T2 Source:T3 Content:T1 Attribution:T9",
                "T9\tAttribution 50 55\tadded",
                "T5\tCue 11 15\tsaid",
                "T6\tContent 16 34\tthe vote was close",
                "E2\tAttribution-no-source:T7 Cue:T5 Content:T6"), TEXT);
        assertEquals(2, relations.size());
        AttributionRelation noSource = relations.get(0);
        assertEquals(List.of(), noSource.source());
        SpanChecks.assertCovers(TEXT, noSource.cue(), "said");
        AttributionRelation quote = relations.get(1);
        assertEquals(2, quote.content().size());
        SpanChecks.assertCovers(TEXT, quote.content().get(0), "“It was,”");
        SpanChecks.assertCovers(TEXT, quote.content().get(1), "“very close.”");
        SpanChecks.assertCovers(TEXT, quote.source().get(0), "she");
    }

    @Test
    void skipsMalformedLinesAndDanglingRoles() {
        List<AttributionRelation> relations = PolnearCorpus.parse(List.of(
                "a stray line of article text",
                "T1\tCue 11 15\tsaid",
                "T2\tContent 16 x\tbroken offsets",
                "T3\tContent 16 9999\tpast the end",
                "#1\tAnnotatorNotes T1\tunsure",
                "T4\tDiscard 0 1\t😀",
                "E1\tAttribution:T1 Cue:T1 Content:T2",
                "E2\tAttribution:T1 Source:T7",
                "E3"), TEXT);
        // E1 keeps its cue though its content did not parse; E2 has neither cue nor content and is dropped.
        assertEquals(1, relations.size());
        assertEquals(List.of(), relations.get(0).content());
        assertEquals(new Span(12, 16), relations.get(0).cue());
    }

    @Test
    void picksTheAnnotatorWhoseIdSortsFirst(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("dev/text"));
        Path anns = Files.createDirectories(dir.resolve("dev/attributions"));
        Files.writeString(texts.resolve("a_story.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(anns.resolve("a_story_6b86.ann"), "T1\tCue 11 15\tsaid\nT2\tContent 16 34\tx\n"
                + "E1\tAttribution:T1 Cue:T1 Content:T2\n", StandardCharsets.UTF_8);
        Files.writeString(anns.resolve("a_story_4e07.ann"), "T1\tCue 50 55\tadded\nT2\tContent 57 70\tx\n"
                + "E1\tAttribution:T1 Cue:T1 Content:T2\n", StandardCharsets.UTF_8);
        Files.writeString(anns.resolve("no_text_4e07.ann"), "", StandardCharsets.UTF_8);
        List<PolnearCorpus.Document> docs = PolnearCorpus.read(dir, "dev");
        assertEquals(1, docs.size());
        assertEquals("4e07", docs.get(0).annotator());
        SpanChecks.assertCovers(TEXT, docs.get(0).relations().get(0).cue(), "added");
        String digest = PolnearCorpus.digest(dir, "dev");
        assertEquals(64, digest.length());
        Files.writeString(texts.resolve("a_story.txt"), TEXT + " ", StandardCharsets.UTF_8);
        assertTrue(!digest.equals(PolnearCorpus.digest(dir, "dev")), "the digest follows the data");
    }

    @Test
    void annotatorsAreScoredAgainstOneAnother(@TempDir Path dir) throws IOException {
        Path texts = Files.createDirectories(dir.resolve("dev/text"));
        Path anns = Files.createDirectories(dir.resolve("dev/attributions"));
        Files.writeString(texts.resolve("a_story.txt"), TEXT, StandardCharsets.UTF_8);
        Files.writeString(texts.resolve("b_story.txt"), TEXT, StandardCharsets.UTF_8);
        // Both annotators mark "said"; only the first also marks "added".
        String said = "T1\tCue 11 15\tsaid\nT2\tContent 16 34\tx\nT3\tSource 2 10\tJane Doe\n"
                + "E1\tAttribution:T1 Cue:T1 Content:T2 Source:T3\n";
        String added = "T4\tCue 50 55\tadded\nT5\tContent 57 70\tx\nE2\tAttribution-no-source:T4 Cue:T4 Content:T5\n";
        Files.writeString(anns.resolve("a_story_1111.ann"), said + added, StandardCharsets.UTF_8);
        Files.writeString(anns.resolve("a_story_2222.ann"), said, StandardCharsets.UTF_8);
        // A story with one annotator does not count.
        Files.writeString(anns.resolve("b_story_1111.ann"), said, StandardCharsets.UTF_8);

        assertEquals(List.of("1111", "2222"),
                PolnearCorpus.readAll(dir, "dev").get("a_story").stream().map(PolnearCorpus.Document::annotator).toList());
        AttributionEval.Agreement a = AttributionEval.agreement(dir, "dev");
        assertEquals(1, a.articles());
        assertEquals(2, a.pairs());
        // Over both orders, 3 cues are proposed (1 + 2) and 3 expected (2 + 1); "said" matches in each order, "added"
        // in neither: precision = recall = 2 / 3. Only "said" has a source, and it matches both times: 1.
        assertEquals(2.0 / 3, a.scores().cueExact().f1(), 1e-9);
        assertEquals(1.0, a.scores().sourceExact().f1(), 1e-9);
    }

    @Test
    void codePointIndexIsIdentityWithoutSurrogates() {
        int[] index = PolnearCorpus.codePointIndex("abc");
        assertEquals(List.of(0, 1, 2, 3), java.util.Arrays.stream(index).boxed().toList());
    }
}
