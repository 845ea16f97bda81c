package org.newslens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.SourceKind;

/** Source specificity and speaker resolution on hand-picked spans, independent of the trained taggers. */
class SourceKindsTest {
    /** Classifies the first occurrence of {@code source} in {@code text}. */
    static SourceKind kind(String text, String source) {
        TokenSheet s = Fixtures.sheet(text, true);
        int[] span = tokens(s, text, source);
        return SourceKinds.classify(s, span[0], span[1], null).kind();
    }

    static int[] tokens(TokenSheet s, String text, String phrase) {
        int at = text.indexOf(phrase);
        int from = s.firstTokenAtOrAfter(at);
        int to = from;
        while (to < s.n && s.start[to] < at + phrase.length()) {
            to++;
        }
        return new int[] {from, to};
    }

    @Test
    void vagueSourceIsNotNamed() {
        assertEquals(SourceKind.VAGUE, kind("Experts say the dam is safe.", "Experts"));
        assertEquals(SourceKind.VAGUE, kind("The dam is safe, officials in the capital said.", "officials in the capital"));
        assertEquals(SourceKind.VAGUE, kind("Some analysts doubt it.", "Some analysts"));
        assertEquals(SourceKind.VAGUE, kind("The dam, US engineers said, is safe.", "US engineers"));
        // An unnamed body or document is a group or genre, not a person hidden on purpose.
        assertEquals(SourceKind.VAGUE, kind("A local campaign group warned that the dam is unsafe.",
                "A local campaign group"));
        assertEquals(SourceKind.VAGUE, kind("A recent study found that the dam is unsafe.", "A recent study"));
    }

    @Test
    void aSpecificBodyOrPersonIsNamedEvenWithoutAName() {
        assertEquals(SourceKind.NAMED, kind("The Dutch intelligence service stated that it was safe.",
                "The Dutch intelligence service"));
        assertEquals(SourceKind.NAMED, kind("Maria Lopez said it was safe.", "Maria Lopez"));
        assertEquals(SourceKind.NAMED, kind("She said it was safe.", "She"));
        assertEquals(SourceKind.NAMED, kind("The company's chief executive said it was safe.",
                "The company's chief executive"));
    }

    @Test
    void deliberatelyHiddenSourcesAreAnonymous() {
        assertEquals(SourceKind.ANONYMOUS, kind("A source familiar with the matter said it was safe.",
                "A source familiar with the matter"));
        assertEquals(SourceKind.ANONYMOUS, kind("A senior official who asked not to be named said it was safe.",
                "A senior official who asked not to be named"));
        assertEquals(SourceKind.ANONYMOUS, kind("One official, speaking on condition of anonymity, said it was safe.",
                "One official"));
        assertEquals(SourceKind.ANONYMOUS, kind("Two people close to the talks said it was safe, sources said.",
                "sources"));
    }

    @Test
    void noSourceIsVague() {
        TokenSheet s = Fixtures.sheet("It has been said that it was safe.", false);
        assertEquals(SourceKind.VAGUE, SourceKinds.classify(s, 0, 0, null).kind());
    }

    @Test
    void pronounsAndRolesResolveToTheRightKindOfEntity() {
        String text = "Maria Lopez met the Northern Weather Agency in Riverton. The agency said the river was high."
                + " She said it would fall. It said nothing more.";
        TokenSheet s = Fixtures.sheet(text, true);
        List<Speakers.Known> none = new ArrayList<>();
        int[] agency = tokens(s, text, "The agency");
        String agencyId = Speakers.resolve(s, agency[0], agency[1], SourceKinds.head(s, agency[0], agency[1]), none);
        assertEquals(s.entityId[tokens(s, text, "Northern")[0]], agencyId);
        int[] she = tokens(s, text, "She");
        assertEquals(s.entityId[0], Speakers.resolve(s, she[0], she[1], she[0], none));
        // After a speaker of another kind, "it" does not jump back past it to an older organisation.
        List<Speakers.Known> previous = List.of(new Speakers.Known(she[0], she[1], s.entityId[0], (byte) 1));
        int[] it = tokens(s, text, "It said");
        assertNull(Speakers.resolve(s, it[0], it[0] + 1, it[0], previous));
    }

    @Test
    void aRoleWithItsOwnModifiersDoesNotReferBack() {
        String text = "The Northern Weather Agency met ministers. The Dutch weather agency said the river was high.";
        TokenSheet s = Fixtures.sheet(text, true);
        int[] dutch = tokens(s, text, "The Dutch weather agency");
        assertNull(Speakers.resolve(s, dutch[0], dutch[1], SourceKinds.head(s, dutch[0], dutch[1]), List.of()));
    }
}
