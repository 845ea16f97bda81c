package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.Article;
import org.newslens.nlp.LanguageAnalyzer;

/** Relations left with a source and no content, repaired from the sentence's shape; invented sentences. */
class EmptyContentsTest {
    private static TokenSheet sheet(String text) {
        Article article = Fixtures.article(text);
        return TokenSheet.of(article, LanguageAnalyzer.analyze(article, true));
    }

    private static int token(TokenSheet s, String word) {
        for (int i = 0; i < s.n; i++) {
            if (s.word[i].equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no token " + word);
    }

    private static String text(TokenSheet s, int[] span) {
        return s.text.substring(s.start[span[0]], s.end[span[1] - 1]);
    }

    private static RelationTagger.Tagged relation(int cueStart, int cueEnd, int[] source) {
        return new RelationTagger.Tagged(cueStart, cueEnd, List.of(source), List.of(), 100f);
    }

    @Test
    void accordingToOpensTheSentence() {
        TokenSheet s = sheet("According to the weather agency, the river will stay high until Friday.");
        int cue = token(s, "According");
        // The tagger ran the source over the whole clause.
        RelationTagger.Tagged r = relation(cue, cue + 2, new int[] {cue + 2, s.n - 1});
        RelationTagger.Tagged out = EmptyContents.repair(s, List.of(r)).get(0);
        assertEquals("the weather agency", text(s, out.sources().get(0)));
        assertEquals("the river will stay high until Friday", text(s, out.contents().get(0)));
    }

    @Test
    void accordingToAfterTheClause() {
        TokenSheet s = sheet("The river will stay high until Friday, according to the weather agency.");
        int cue = token(s, "according");
        RelationTagger.Tagged out = EmptyContents.repair(s, List.of(relation(cue, cue + 2, new int[] {cue + 2, s.n - 1})))
                .get(0);
        assertEquals("the weather agency", text(s, out.sources().get(0)));
        assertEquals("The river will stay high until Friday", text(s, out.contents().get(0)));
    }

    @Test
    void aTrailingCueTakesTheClauseBeforeIt() {
        TokenSheet s = sheet("The bridge will reopen in May, said Tom Reyes.");
        int cue = token(s, "said");
        RelationTagger.Tagged out = EmptyContents.repair(s, List.of(relation(cue, cue + 1, new int[] {0, 2}))).get(0);
        assertEquals("Tom Reyes", text(s, out.sources().get(0)));
        assertEquals("The bridge will reopen in May", text(s, out.contents().get(0)));
    }

    @Test
    void aNestedReportIsPartOfWhatIsSaid() {
        TokenSheet s = sheet("Reyes said he was told to close the bridge by the state.");
        int said = token(s, "said");
        int told = token(s, "told");
        // The tagger also took the inner subject for a source.
        RelationTagger.Tagged outer = new RelationTagger.Tagged(said, said + 1,
                List.of(new int[] {0, 1}, new int[] {said + 1, said + 2}), List.of(), 100f);
        RelationTagger.Tagged inner = new RelationTagger.Tagged(told - 1, told + 1, List.of(new int[] {said + 1, said + 2}),
                List.of(new int[] {told + 1, s.n - 1}), 50f);
        List<RelationTagger.Tagged> out = EmptyContents.repair(s, List.of(outer, inner));
        assertEquals("he was told to close the bridge by the state", text(s, out.get(0).contents().get(0)));
        assertEquals(1, out.get(0).sources().size());
        assertEquals("Reyes", text(s, out.get(0).sources().get(0)));
        assertSame(inner, out.get(1));
        // univocal then drops the inner report, whose cue lies in the outer content
        assertEquals(1, RelationTagger.univocal(s.n, out).size());
    }

    @Test
    void anOuterReportGivenOnlyTheTailTakesTheWholeInnerReport() {
        TokenSheet s = sheet("Reyes said he did not mention the tolls because nobody asked him.");
        int said = token(s, "said");
        int did = token(s, "did");
        int because = token(s, "because");
        RelationTagger.Tagged outer = new RelationTagger.Tagged(said, said + 1, List.of(new int[] {0, 1}),
                List.of(new int[] {because, s.n - 1}), 100f);
        RelationTagger.Tagged inner = new RelationTagger.Tagged(did, did + 3, List.of(new int[] {0, 1}),
                List.of(new int[] {did + 3, s.n - 1}), 50f);
        List<RelationTagger.Tagged> out = EmptyContents.repair(s, List.of(outer, inner));
        assertEquals("he did not mention the tolls because nobody asked him", text(s, out.get(0).contents().get(0)));
        // An outer content that already starts before the inner cue is the tagger's own reading: kept.
        RelationTagger.Tagged whole = new RelationTagger.Tagged(said, said + 1, List.of(new int[] {0, 1}),
                List.of(new int[] {said + 1, did}), 100f);
        assertSame(whole, EmptyContents.repair(s, List.of(whole, inner)).get(0));
    }

    @Test
    void aSourceWithNothingAroundItStaysEmpty() {
        TokenSheet s = sheet("Reyes said so.");
        int said = token(s, "said");
        RelationTagger.Tagged r = relation(said, said + 1, new int[] {0, 1});
        assertSame(r, EmptyContents.repair(s, List.of(r)).get(0));
    }
}
