package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newslens.model.Analysis;
import org.newslens.model.Entity;
import org.newslens.model.Page;
import org.newslens.model.Quote;
import org.newslens.model.SourceKind;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.testing.SpanChecks;

/**
 * The shared sample every layer must get right (issue 3, section 6), read from the shared folder and never copied
 * here; skipped when that folder is absent. Expected values checked by hand against the text.
 */
class SampleQuotesTest {
    static final Path SAMPLE = Path.of("../../shared/samples/000_d6ea1a5e81e65654.txt");

    static Analysis analysis;
    static String text;

    @BeforeAll
    static void analyse() throws IOException {
        assumeTrue(Files.isRegularFile(SAMPLE), "shared sample not found at " + SAMPLE.toAbsolutePath());
        Pipeline pipeline = new Pipeline(PipelineOptions.allLayers());
        analysis = assertInstanceOf(Analysis.class, pipeline.run(Page.text(SAMPLE.toString(), Files.readString(SAMPLE))));
        text = analysis.article().text();
    }

    static Quote quote(String prefix) {
        return analysis.quotes().stream().filter(q -> q.textOf(text).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + prefix + "'"));
    }

    static String entity(String name) {
        return analysis.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst().orElseThrow();
    }

    @Test
    void layerIsWellFormed() {
        SpanChecks.assertLayer("quote", text, analysis.quotes(), false);
    }

    @Test
    void afpIsTheNamedSourceOfRouhanisRequest() {
        Quote q = quote("that Iranian President Hassan Rouhani asked");
        assertEquals(SourceKind.NAMED, q.source());
        assertEquals(entity("Agence France-Presse"), q.speaker().entity());
        SpanChecks.assertCovers(text, q.speaker(), "Agence France-Presse (AFP)");
        SpanChecks.assertCovers(text, q.cue(), "was reported");
    }

    @Test
    void theDutchServiceIsNamedAndSpeaksTheEmbeddedQuotation() {
        Quote indirect = quote("that the Iranian government has a network");
        assertEquals(SourceKind.NAMED, indirect.source());
        SpanChecks.assertCovers(text, indirect.speaker(), "The Dutch intelligence service");
        SpanChecks.assertCovers(text, indirect.cue(), "stated");
        Quote direct = quote("“impose a negative impact on public opinion”");
        assertEquals(Quote.Kind.DIRECT, direct.kind());
        assertEquals(indirect.speaker(), direct.speaker());
        assertEquals(SourceKind.NAMED, direct.source());
    }

    @Test
    void expertsAreVague() {
        Quote q = quote("that Iranian intelligence focuses");
        assertEquals(SourceKind.VAGUE, q.source());
        SpanChecks.assertCovers(text, q.speaker(), "Experts");
        SpanChecks.assertCovers(text, q.cue(), "say");
    }

    @Test
    void itHasBeenPositedIsVagueWithNoSource() {
        Quote q = quote("that the Iranian embassy in Albania");
        assertEquals(SourceKind.VAGUE, q.source());
        assertNull(q.speaker());
        SpanChecks.assertCovers(text, q.cue(), "has been posited");
    }

    @Test
    void unnamedAgentsWhoRecognisedASpyAreVague() {
        Quote q = quote("as an Iranian spy");
        assertEquals(SourceKind.VAGUE, q.source());
        SpanChecks.assertCovers(text, q.speaker(), "US intelligence agents");
        SpanChecks.assertCovers(text, q.cue(), "recognised");
    }

    @Test
    void noQuoteIsAttributedToTheWrongEntity() {
        List<String> named = analysis.quotes().stream().filter(q -> q.speaker() != null && q.speaker().entity() != null)
                .map(q -> q.speaker().textOf(text) + "=" + q.speaker().entity()).distinct().sorted().toList();
        assertEquals(List.of("Agence France-Presse (AFP)=" + entity("Agence France-Presse")), named);
    }
}
