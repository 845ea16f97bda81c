package org.newslens.attribution;

import java.util.List;
import java.util.Set;

/**
 * Resolves a source span to the entity it names: directly ("Hassan Rouhani"), or through a pronoun ("he", "it",
 * "who") or a bare role ("the minister", "the agency") that points back to one. Back-reference follows how news
 * is written: a pronoun as a source usually continues the most recent speaker of its kind, else the nearest name
 * of its kind before it. Gender is not guessed; "he" and "she" both look for a person.
 */
final class Speakers {
    private Speakers() {
    }

    /** A speaker found so far: where its span starts, the entity (or null) and its type (1 person, 2 organisation,
     * 3 place, 0 unknown). */
    record Known(int token, int end, String entity, byte type) {
    }

    /** Roles that stand for a person named earlier: "the senator said". */
    static final Set<String> PERSON_ROLES = Set.of("minister", "president", "spokesman", "spokeswoman",
            "spokesperson", "senator", "governor", "candidate", "chairman", "chairwoman", "chair", "secretary",
            "director", "leader", "mayor", "official", "prosecutor", "judge", "lawyer", "attorney", "author",
            "professor", "ambassador", "chancellor", "premier", "king", "queen", "general", "commander", "congressman",
            "congresswoman", "representative", "nominee", "businessman", "businesswoman", "executive", "ceo", "founder",
            "actor", "actress", "singer", "star", "player", "coach", "researcher", "economist", "analyst", "pollster",
            "adviser", "advisor", "aide", "strategist", "host", "woman", "man", "reporter", "journalist", "writer");

    /** Roles that stand for an organisation named earlier: "the agency said". */
    static final Set<String> ORGANISATION_ROLES = Set.of("agency", "service", "company", "firm", "ministry",
            "department", "government", "campaign", "committee", "party", "group", "organisation", "organization",
            "newspaper", "paper", "network", "channel", "court", "council", "commission", "institute", "bureau",
            "office", "administration", "regime", "union", "association", "board", "bank", "embassy", "army",
            "military", "police", "team", "club", "foundation", "charity", "university", "site", "website",
            "magazine", "outlet", "broadcaster", "station", "studio", "authority", "watchdog", "regulator", "body");

    /** How far back, in tokens, a personal pronoun or role looks for its antecedent name. */
    private static final int LOOK_BACK = 400;

    /** How far back "it" or "they" looks for an organisation: they rarely reach past the previous sentence. */
    private static final int THING_LOOK_BACK = 60;

    /** How many sentences back the previous speaker still counts as the one a pronoun continues. */
    private static final int SPEAKER_REACH = 3;

    /**
     * The entity id the span [from, to) with head {@code head} refers to, or null.
     *
     * @param previous speakers of earlier relations, in text order
     */
    static String resolve(TokenSheet s, int from, int to, int head, List<Known> previous) {
        if (head < 0) {
            return null;
        }
        if (s.entityId[head] != null && s.entityType[head] <= 3) {
            return s.entityId[head];
        }
        // "The council leader, Tom Reyes": a role with a name in apposition is that person or organisation.
        String named = onlyNameIn(s, from, to);
        if (named != null) {
            return named;
        }
        String h = s.norm[head];
        if (Words.RELATIVE_PRONOUNS.contains(h)) {
            // "Trump, who said": the name just before the pronoun.
            for (int i = from - 1; i >= Math.max(0, from - 4); i--) {
                if (s.entityId[i] != null && s.entityType[i] <= 3) {
                    return s.entityId[i];
                }
            }
            return null;
        }
        if (PERSON_PRONOUNS.contains(h)) {
            Known last = lastSpeaker(s, from, previous);
            if (last != null) {
                return last.type() == 1 ? last.entity() : null;
            }
            return nearest(s, from, LOOK_BACK, 1, null);
        }
        if (THING_PRONOUNS.contains(h)) {
            Known last = lastSpeaker(s, from, previous);
            if (last != null) {
                return last.type() == 2 || last.type() == 3 ? last.entity() : null;
            }
            return nearest(s, from, THING_LOOK_BACK, 2, null);
        }
        // Only a bare role refers back: "the agency", not "the Dutch intelligence service", which describes its own.
        boolean bare = head - from == 1 && (s.norm[from].equals("the") || s.norm[from].equals("this"));
        if (bare && (PERSON_ROLES.contains(h) || ORGANISATION_ROLES.contains(h))) {
            // An earlier speaker described by the same word: "Maria Lopez, the mayor of Riverton" for "the mayor".
            for (int k = previous.size() - 1; k >= 0; k--) {
                Known p = previous.get(k);
                for (int i = p.token(); p.entity() != null && p.token() < from && i < p.end(); i++) {
                    if (s.norm[i].equals(h)) {
                        return p.entity();
                    }
                }
            }
            return nearest(s, from, LOOK_BACK, PERSON_ROLES.contains(h) ? 1 : 2, h);
        }
        return null;
    }

    /** The one person or organisation named inside [from, to), or null when there is none or more than one. */
    private static String onlyNameIn(TokenSheet s, int from, int to) {
        String found = null;
        for (int i = from; i < to; i++) {
            if (s.entityId[i] != null && (s.entityType[i] == 1 || s.entityType[i] == 2)) {
                if (found != null && !found.equals(s.entityId[i])) {
                    return null;
                }
                found = s.entityId[i];
            }
        }
        return found;
    }

    /** The type a source that names no entity stands for, judged by its head: 1 person, 2 organisation, 0 unknown. */
    static byte typeOfRole(TokenSheet s, int head) {
        String h = s.norm[head];
        if (PERSON_PRONOUNS.contains(h) || PERSON_ROLES.contains(h)) {
            return 1;
        }
        return ORGANISATION_ROLES.contains(h) ? (byte) 2 : 0;
    }

    /** Pronouns for a person. Gender is not guessed. */
    private static final java.util.Set<String> PERSON_PRONOUNS = java.util.Set.of("he", "she", "him", "her", "his");

    /** Pronouns for an organisation or a country. */
    private static final java.util.Set<String> THING_PRONOUNS = java.util.Set.of("it", "its", "they", "them", "their");

    /** The speaker of the latest relation within {@link #SPEAKER_REACH} sentences, or null. */
    private static Known lastSpeaker(TokenSheet s, int from, List<Known> previous) {
        for (int k = previous.size() - 1; k >= 0; k--) {
            Known p = previous.get(k);
            if (p.token() >= from) {
                continue;
            }
            return s.sentence[from] - s.sentence[p.token()] <= SPEAKER_REACH ? p : null;
        }
        return null;
    }

    /**
     * The nearest earlier mention of an entity of {@code type} within {@code reach} tokens; with a role word, only
     * one whose name holds the word ("the agency" for "National Security Agency") or that the word introduced
     * ("the president" for "President Hassan Rouhani").
     */
    private static String nearest(TokenSheet s, int from, int reach, int type, String role) {
        for (int i = from - 1; i >= Math.max(0, from - reach); i--) {
            if (s.entityId[i] == null || !s.entityBegin[i] || s.entityType[i] != type && !(type == 2 && s.entityType[i] == 3
                    && role == null)) {
                continue;
            }
            if (role == null || introducedBy(s, i, role)) {
                return s.entityId[i];
            }
        }
        return null;
    }

    private static boolean introducedBy(TokenSheet s, int mention, String role) {
        for (int i = mention; i < s.n && s.entityId[i] != null && s.entityId[i].equals(s.entityId[mention])
                && (i == mention || !s.entityBegin[i]); i++) {
            if (s.norm[i].equals(role)) {
                return true;
            }
        }
        // A title right before the name, perhaps after one more capitalised word: "French President Emmanuel Macron".
        int before = mention - 1;
        if (before >= 0 && !s.norm[before].equals(role) && s.shape[before].equals("Xx")) {
            before--;
        }
        return before >= 0 && s.sentence[before] == s.sentence[mention] && s.norm[before].equals(role);
    }
}
