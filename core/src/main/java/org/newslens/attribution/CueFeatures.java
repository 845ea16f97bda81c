package org.newslens.attribution;

/**
 * What the cue tagger sees at each token: the words around it, their rough verb lemma and shape, whether the word
 * is a report verb, the names next to it and where quotation marks stand. There is no part-of-speech tagger in the
 * default path (it would cost more than the whole stage), so neighbouring words stand in for syntax: "said" after a
 * closing quotation mark, "told" before a name, "according" before "to".
 */
final class CueFeatures {
    private CueFeatures() {
    }

    private static final String[] DISTANCE = {"0", "1", "2", "3", "4", "5-6", "5-6", "7+"};

    static int[] of(TokenSheet s, int i) {
        int[] f = new int[45];
        int k = 0;
        String w0 = s.norm[i];
        String wm1 = s.normAt(i - 1, i);
        String wm2 = s.normAt(i - 2, i);
        String wp1 = s.normAt(i + 1, i);
        String wp2 = s.normAt(i + 2, i);
        String lemma = s.lemma[i];
        String lex = Words.REPORT_VERBS.contains(lemma) ? "R" : Words.CUE_PREPOSITIONS.contains(w0) ? "P" : "-";
        String entM1 = entity(s, i - 1, i);
        String entP1 = entity(s, i + 1, i);
        String quote = quoteState(s, i);
        f[k++] = Hashing.of(1, "bias");
        f[k++] = Hashing.of(2, w0);
        f[k++] = Hashing.of(3, wm1);
        f[k++] = Hashing.of(4, wp1);
        f[k++] = Hashing.of(5, wm2);
        f[k++] = Hashing.of(6, wp2);
        f[k++] = Hashing.of(7, wm1, w0);
        f[k++] = Hashing.of(8, w0, wp1);
        f[k++] = Hashing.of(9, lemma);
        f[k++] = Hashing.of(10, lemma, wp1);
        f[k++] = Hashing.of(11, wm1, lemma);
        f[k++] = Hashing.of(12, suffix(w0, 3));
        f[k++] = Hashing.of(13, s.shape[i]);
        f[k++] = Hashing.of(14, s.shapeAt(i - 1, i), s.shape[i], s.shapeAt(i + 1, i));
        f[k++] = Hashing.of(15, entM1, entity(s, i, i), entP1);
        f[k++] = Hashing.of(16, lex);
        f[k++] = Hashing.of(17, lex, wp1);
        f[k++] = Hashing.of(18, lex, wm1);
        f[k++] = Hashing.of(19, lex, entM1, entP1);
        f[k++] = Hashing.of(20, quote);
        f[k++] = Hashing.of(21, quote, lex);
        f[k++] = Hashing.of(22, lex, closedQuoteBefore(s, i));
        f[k++] = Hashing.of(23, lex, openQuoteAfter(s, i));
        f[k++] = Hashing.of(24, s.sentenceFirst(i) ? "first" : s.sentenceLast(i) ? "last" : "mid");
        f[k++] = Hashing.of(25, lex, position(s, i));
        f[k++] = Hashing.of(26, wm2, wm1, w0);
        f[k++] = Hashing.of(27, w0, wp1, wp2);
        f[k++] = Hashing.of(28, lemma, s.shapeAt(i - 1, i));
        f[k++] = Hashing.of(29, lemma, s.shapeAt(i + 1, i));
        f[k++] = Hashing.of(30, suffix(w0, 2), lex);
        f[k++] = Hashing.of(31, lemma, quote);
        f[k++] = Hashing.of(32, lex, s.normAt(i + 1, i).equals("that") ? "that" : pronoun(s.normAt(i - 1, i)));
        f[k++] = Hashing.of(33, lemma, closedQuoteBefore(s, i));
        f[k++] = Hashing.of(34, s.paragraph[i] == 0 ? "p0" : s.paragraph[i] < 3 ? "p1" : "p");
        // Multi-word cues: an auxiliary or adverb before a report verb ("has said", "also noted"), a particle or
        // preposition after one ("called for", "pointed out").
        String lemmaM1 = lemmaAt(s, i - 1, i);
        String lemmaP1 = lemmaAt(s, i + 1, i);
        String lemmaP2 = lemmaAt(s, i + 2, i);
        f[k++] = Hashing.of(35, w0, lemmaP1);
        f[k++] = Hashing.of(36, lemmaM1, w0);
        f[k++] = Hashing.of(37, w0, lemmaP2);
        f[k++] = Hashing.of(38, lemmaAt(s, i - 2, i), w0);
        f[k++] = Hashing.of(39, w0, lexAt(s, i + 1, i), lexAt(s, i + 2, i));
        f[k++] = Hashing.of(40, lexAt(s, i - 2, i), lexAt(s, i - 1, i), w0);
        f[k++] = Hashing.of(41, lemmaM1, lemma, lemmaP1);
        f[k++] = Hashing.of(42, paragraphLead(s, i));
        // A verb the model has never seen as a cue still looks like one between a speaker and what is said.
        String left = contextClass(s, i - 1, i);
        String right = contextClass(s, i + 1, i);
        f[k++] = Hashing.of(43, suffix(w0, 2), left, right);
        f[k++] = Hashing.of(44, s.shape[i], left, right);
        f[k++] = Hashing.of(45, lex, left, right);
        return f;
    }

    /** A neighbour reduced to what matters for a cue: a speaker-like word, a clause opener, punctuation. */
    static String contextClass(TokenSheet s, int i, int anchor) {
        if (i < 0 || i >= s.n || s.sentence[i] != s.sentence[anchor]) {
            return "|";
        }
        String w = s.norm[i];
        if (s.entityType[i] == 1 || s.entityType[i] == 2) {
            return "name";
        }
        if (Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w)) {
            return "pron";
        }
        return switch (w) {
            case "that", "<q", "q>", ",", ":", "to", "the", "a", "he", "she", "who", "it", "in", "on", "about", "for",
                 "whether", "how", "what", "his", "her", "their", "has", "have", "had", "is", "was", "also" -> w;
            default -> s.shape[i];
        };
    }

    private static String lemmaAt(TokenSheet s, int i, int anchor) {
        if (i < 0 || i >= s.n || s.sentence[i] != s.sentence[anchor]) {
            return "|";
        }
        return s.lemma[i];
    }

    private static String lexAt(TokenSheet s, int i, int anchor) {
        if (i < 0 || i >= s.n || s.sentence[i] != s.sentence[anchor]) {
            return "|";
        }
        return Words.REPORT_VERBS.contains(s.lemma[i]) ? "R" : Words.CUE_PREPOSITIONS.contains(s.norm[i]) ? "P" : "-";
    }

    /**
     * Transcripts and interviews open paragraphs with the speaker: "WALLACE: ...", "Mr. Pence: ...". Says whether
     * this token is such a colon, and how the words before it are written.
     */
    private static String paragraphLead(TokenSheet s, int i) {
        if (!s.norm[i].equals(":")) {
            return "-";
        }
        int from = i;
        while (from > 0 && s.paragraph[from - 1] == s.paragraph[i] && i - from < 5) {
            from--;
        }
        if (from > 0 && s.paragraph[from - 1] == s.paragraph[i]) {
            return "mid";
        }
        boolean capitals = true;
        for (int t = from; t < i; t++) {
            capitals &= s.shape[t].equals("X") || s.shape[t].equals("p");
        }
        return (capitals ? "caps" : "lead") + (i - from);
    }

    static String entity(TokenSheet s, int i, int anchor) {
        if (i < 0 || i >= s.n || s.sentence[i] != s.sentence[anchor]) {
            return "|";
        }
        byte t = s.entityType[i];
        return t == TokenSheet.NO_ENTITY ? "-" : (s.entityBegin[i] ? "B" : "I") + t;
    }

    /** Inside a quotation (and which mark), or outside. */
    static String quoteState(TokenSheet s, int i) {
        byte role = s.quotes.role[i];
        if (role == QuoteMarks.OPEN) {
            return "open";
        }
        if (role == QuoteMarks.CLOSE) {
            return "close";
        }
        return s.quotes.inside[i] >= 0 ? "in" : "out";
    }

    /** How many tokens back, within the sentence and past at most a comma, a quotation closed. */
    static String closedQuoteBefore(TokenSheet s, int i) {
        for (int d = 1; d <= 7 && i - d >= 0 && s.sentence[i - d] == s.sentence[i]; d++) {
            if (s.quotes.role[i - d] == QuoteMarks.CLOSE) {
                return DISTANCE[d];
            }
        }
        return "none";
    }

    /** How many tokens ahead, within the sentence, a quotation opens. */
    static String openQuoteAfter(TokenSheet s, int i) {
        for (int d = 1; d <= 7 && i + d < s.n && s.sentence[i + d] == s.sentence[i]; d++) {
            if (s.quotes.role[i + d] == QuoteMarks.OPEN) {
                return DISTANCE[d];
            }
        }
        return "none";
    }

    private static String position(TokenSheet s, int i) {
        int from = i - s.sentenceStart[s.sentence[i]];
        int to = s.sentenceEnd[s.sentence[i]] - 1 - i;
        return (from < 3 ? "s" + from : "s+") + (to < 3 ? "e" + to : "e+");
    }

    static String suffix(String w, int k) {
        return w.length() <= k ? w : w.substring(w.length() - k);
    }

    private static String pronoun(String w) {
        return Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w) ? "pron" : "-";
    }
}
