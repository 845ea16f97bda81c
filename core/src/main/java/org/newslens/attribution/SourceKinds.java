package org.newslens.attribution;

import java.util.Set;
import org.newslens.model.SourceKind;

/**
 * Decides how specifically a source span identifies who speaks: a name or a specific body ("Hassan Rouhani", "the
 * Dutch intelligence service", "he") is {@code named}; a group or a genre ("experts", "officials", "reports", "a
 * campaign group", "a study") is {@code vague}; a speaker deliberately left unnamed ("a source familiar with the matter", "a senior official who
 * asked not to be named") is {@code anonymous}. Judged on the span's head word, its determiner and the markers of
 * anonymity in the sentence, never on who the speaker is.
 */
final class SourceKinds {
    private SourceKinds() {
    }

    /** The decision, the head word it rests on (a token index, or -1) and why. */
    record Verdict(SourceKind kind, int head, String reason) {
    }

    /** Words after which the source's head has been seen: clauses and appositions follow. */
    private static final Set<String> HEAD_STOPS = Set.of(",", "who", "which", "that", "(", "of", "from", "at", "with",
            "in", "for", "on", "familiar", "close", "--", "-", "–", "—", ";", ":", "whose", "speaking", "according");

    /** Nouns that name an unnamed informant whatever their determiner: journalism's words for a hidden source. */
    private static final Set<String> ANONYMOUS_HEADS = Set.of("source", "sources", "insider", "insiders", "informant",
            "whistleblower", "whistle-blower", "confidant", "confidants");

    /** Words anywhere in the source or its sentence that say the speaker is kept unnamed on purpose. */
    private static final Set<String> ANONYMITY_MARKERS = Set.of("anonymity", "anonymous", "anonymously", "unnamed",
            "unidentified", "undisclosed");

    /** How many tokens past the source span an anonymity marker may stand and still describe it. */
    private static final int ANONYMITY_REACH = 12;

    /** Determiners that make a singular noun someone unspecified: "a senior official", "one aide". */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "another", "some", "certain");

    /**
     * Bodies and documents: with an indefinite determiner they leave the speaker unspecified, as a group or a genre
     * does ("a local campaign group warned", "a recent study found"), rather than hide one person on purpose.
     */
    private static final Set<String> UNNAMED_BODIES = Set.of("group", "organisation", "organization", "campaign",
            "coalition", "committee", "panel", "team", "association", "union", "alliance", "network", "firm", "company",
            "body", "study", "report", "survey", "poll", "paper", "analysis", "review", "document", "memo", "letter",
            "statement", "post", "video", "website", "blog", "newspaper", "outlet", "magazine", "channel");

    /** Words for many people, or for no one in particular, that are singular or lack a plural -s. */
    private static final Set<String> GROUP_WORDS = Set.of("people", "many", "some", "others", "most", "few", "several",
            "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nobody", "all", "both", "police",
            "staff", "public", "media", "press", "personnel", "folks", "majority", "minority", "critics", "experts");

    /** Plural-looking words that are in fact one body or person: "the United States", "Reuters", "Jones". */
    private static final Set<String> SINGULAR_S = Set.of("news", "times", "states", "nations", "reuters", "politics",
            "this", "his", "analysis", "congress", "series", "press");

    static Verdict classify(TokenSheet s, int from, int to, String resolvedEntity) {
        if (from >= to) {
            return new Verdict(SourceKind.VAGUE, -1, "no one is named as the source");
        }
        int head = head(s, from, to);
        String h = s.norm[head];
        if (anonymityMarked(s, from, to)) {
            return new Verdict(SourceKind.ANONYMOUS, head, "the source is said to be unnamed on purpose");
        }
        if (ANONYMOUS_HEADS.contains(h)) {
            return new Verdict(SourceKind.ANONYMOUS, head, "an unnamed source");
        }
        if (s.entityType[head] == 1 || s.entityType[head] == 2 || s.entityType[head] == 3) {
            return new Verdict(SourceKind.NAMED, head, "names " + entityWord(s.entityType[head]));
        }
        if (Words.RELATIVE_PRONOUNS.contains(h) || Words.PERSON_PRONOUNS.contains(h) || h.equals("it") || h.equals("its")) {
            if (resolvedEntity != null || !h.equals("it") && !Words.RELATIVE_PRONOUNS.contains(h)) {
                return new Verdict(SourceKind.NAMED, head, "a pronoun for a specific speaker");
            }
            return new Verdict(SourceKind.NAMED, head, "a pronoun for a speaker named earlier");
        }
        if (h.equals("they") || h.equals("them") || h.equals("their")) {
            return resolvedEntity != null
                    ? new Verdict(SourceKind.NAMED, head, "\"they\" for an organisation named earlier")
                    : new Verdict(SourceKind.VAGUE, head, "\"they\" for a group");
        }
        String determiner = s.norm[from];
        // A capital inside a sentence marks a name ("Jones", "Reuters"); at its start it marks nothing.
        boolean proper = !s.shape[head].equals("x") && !s.sentenceFirst(head);
        boolean plural = h.endsWith("s") && !h.endsWith("ss") && !SINGULAR_S.contains(h) && !s.shape[head].equals("X");
        if (GROUP_WORDS.contains(h) || plural && !proper) {
            return new Verdict(SourceKind.VAGUE, head, "a group, not a specific speaker");
        }
        if (INDEFINITE.contains(determiner) && head > from) {
            if (UNNAMED_BODIES.contains(h)) {
                return new Verdict(SourceKind.VAGUE, head, "an unnamed " + s.word[head] + ", not a specific speaker");
            }
            return new Verdict(SourceKind.ANONYMOUS, head, "an unspecified " + s.word[head]);
        }
        if (s.entityType[head] == 4 && plural) {
            return new Verdict(SourceKind.VAGUE, head, "a group, not a specific speaker");
        }
        return new Verdict(SourceKind.NAMED, head, "names one specific speaker");
    }

    /** The noun the source span is about: the last word before a clause, apposition or prepositional phrase. */
    static int head(TokenSheet s, int from, int to) {
        int head = from;
        for (int i = from; i < to; i++) {
            if (i > from && HEAD_STOPS.contains(s.norm[i])) {
                break;
            }
            if (s.norm[i].equals("'s") || s.norm[i].equals("’s")) {
                continue;
            }
            head = i;
        }
        return head;
    }

    /** Markers of deliberate anonymity in the span or later in its sentence ("who spoke on condition of anonymity"). */
    private static boolean anonymityMarked(TokenSheet s, int from, int to) {
        // The span and a short stretch after it: "a senior official, speaking on condition of anonymity, said".
        int sentenceEnd = Math.min(s.sentenceEnd[s.sentence[from]], to + ANONYMITY_REACH);
        for (int i = from; i < sentenceEnd; i++) {
            String w = s.norm[i];
            if (ANONYMITY_MARKERS.contains(w)) {
                return true;
            }
            if (w.equals("not") && i + 3 < sentenceEnd && s.norm[i + 1].equals("to")
                    && (s.norm[i + 2].equals("be") && (s.norm[i + 3].equals("named") || s.norm[i + 3].equals("identified"))
                        || s.norm[i + 2].equals("speak"))) {
                return true;
            }
            if (w.equals("not") && i + 2 < sentenceEnd && s.norm[i + 1].equals("authorized")) {
                return true;
            }
        }
        return false;
    }

    private static String entityWord(byte type) {
        return switch (type) {
            case 1 -> "a person";
            case 2 -> "an organisation";
            default -> "a place (its government or people)";
        };
    }
}
