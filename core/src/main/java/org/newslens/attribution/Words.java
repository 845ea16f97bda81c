package org.newslens.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the attribution stage reasons with, each with the reason it exists. All lower case. Written for
 * newslens from general knowledge of English reporting style; the trained model learns the long tail of cues from
 * PolNeAR, and these lists let it generalise to verbs that corpus never shows ("posited").
 */
final class Words {
    private Words() {
    }

    /**
     * Verbs that report speech, writing, thought or a stance: the head of most cues. Lemmas; {@link #lemma}
     * maps inflected forms onto them.
     */
    static final Set<String> REPORT_VERBS = Set.copyOf(java.util.List.of(
            // speaking and writing
            "say", "tell", "add", "note", "write", "report", "announce", "state", "claim", "argue", "explain",
            "insist", "suggest", "warn", "ask", "answer", "reply", "respond", "declare", "confirm", "deny", "admit",
            "acknowledge", "allege", "assert", "contend", "maintain", "predict", "promise", "pledge", "vow",
            "threaten", "urge", "describe", "recall", "recount", "reveal", "disclose", "tweet", "post", "testify",
            "complain", "criticize", "criticise", "accuse", "blame", "praise", "dismiss", "reject", "question",
            "concede", "caution", "emphasize", "emphasise", "stress", "observe", "remark", "comment", "mention",
            "cite", "quote", "posit", "propose", "recommend", "advise", "demand", "boast", "joke", "quip", "shout",
            "continue", "counter", "retort", "charge", "speculate", "theorize", "theorise", "hypothesize", "imply",
            "hint", "signal", "affirm", "reaffirm", "reiterate", "repeat", "assure", "inform", "brief", "swear",
            "forecast", "estimate", "calculate", "reckon", "guess", "wonder", "label", "brand", "dub", "term",
            "proclaim", "protest", "object", "lament", "regret", "apologize", "apologise", "confess", "plead",
            "appeal", "request", "invite", "encourage", "endorse", "tout", "blast", "slam", "decry", "condemn",
            "denounce", "defend", "attack", "mock", "chide", "scold", "rebuke", "lambaste", "disagree", "agree",
            "conclude", "summarize", "summarise", "recap", "clarify", "elaborate", "muse", "exclaim", "yell",
            "whisper", "mutter", "interject", "editorialize", "opine", "surmise", "infer", "indicate", "point",
            // perceiving, finding and showing
            "show", "find", "prove", "demonstrate", "establish", "determine", "discover", "learn", "hear", "read",
            "conclude", "recognise", "recognize", "identify", "consider", "regard", "see", "view", "deem", "judge",
            "acknowledge", "document", "verify", "suspect", "allege",
            // believing, wanting and fearing
            "believe", "think", "feel", "fear", "hope", "expect", "know", "doubt", "worry", "assume", "understand",
            "realize", "realise", "want", "wish", "seek", "plan", "intend", "prefer", "favor", "favour", "support",
            "oppose", "back", "call"));

    /** Words that end a cue phrase in news: "according to", "in the words of". */
    static final Set<String> CUE_PREPOSITIONS = Set.of("according", "per", "citing", "via");

    /** Personal pronouns that stand for a person. */
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "i", "me", "we", "us", "you",
            "his", "hers");

    /** Pronouns that stand for a thing, an organisation or a group. */
    static final Set<String> OTHER_PRONOUNS = Set.of("it", "they", "them", "its", "their");

    /** Relative pronouns: "Trump, who said ..." takes its source from the noun before. */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");

    /** Inflections CoreNLP's tokens carry that plain suffix stripping gets wrong. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("thought", "think"),
            Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("saw", "see"), Map.entry("seen", "see"),
            Map.entry("felt", "feel"), Map.entry("heard", "hear"), Map.entry("found", "find"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("swore", "swear"),
            Map.entry("sworn", "swear"), Map.entry("understood", "understand"), Map.entry("sought", "seek"),
            Map.entry("taught", "teach"), Map.entry("meant", "mean"), Map.entry("made", "make"),
            Map.entry("gave", "give"), Map.entry("given", "give"), Map.entry("took", "take"),
            Map.entry("taken", "take"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("read", "read"),
            Map.entry("proven", "prove"), Map.entry("shown", "show"), Map.entry("is", "be"), Map.entry("are", "be"),
            Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("been", "be"), Map.entry("has", "have"),
            Map.entry("had", "have"), Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("done", "do"));

    /**
     * A crude verb lemma: the irregular form's lemma, else the first suffix-stripped candidate that is a report
     * verb, else a plain stem. Good enough to pool "warns", "warned" and "warning" into one feature.
     */
    static String lemma(String lower) {
        String irregular = IRREGULAR.get(lower);
        if (irregular != null) {
            return irregular;
        }
        if (lower.length() <= 3 || REPORT_VERBS.contains(lower)) {
            return lower;
        }
        String[] candidates = candidates(lower);
        for (String c : candidates) {
            if (c != null && REPORT_VERBS.contains(c)) {
                return c;
            }
        }
        for (String c : candidates) {
            if (c != null) {
                return c;
            }
        }
        return lower;
    }

    private static String[] candidates(String w) {
        String[] out = new String[6];
        int n = w.length();
        if (w.endsWith("ies") || w.endsWith("ied")) {
            out[0] = w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("ing") && n > 5) {
            String stem = w.substring(0, n - 3);
            out[1] = undouble(stem);
            out[2] = stem + "e";
        } else if (w.endsWith("ed") && n > 4) {
            String stem = w.substring(0, n - 2);
            out[1] = undouble(stem);
            out[2] = w.substring(0, n - 1);
        } else if (w.endsWith("es") && n > 4) {
            out[1] = w.substring(0, n - 2);
            out[2] = w.substring(0, n - 1);
        } else if (w.endsWith("s") && !w.endsWith("ss") && n > 3) {
            out[1] = w.substring(0, n - 1);
        }
        return out;
    }

    /** "admitt" (from "admitted") becomes "admit"; "call" stays. */
    private static String undouble(String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "bdgklmnprt".indexOf(stem.charAt(n - 1)) >= 0
                && !stem.endsWith("ll")) {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
