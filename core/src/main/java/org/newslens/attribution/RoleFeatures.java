package org.newslens.attribution;

/**
 * What the role tagger sees at each token of a cue's window: where the token stands relative to that cue (side,
 * distance, sentences and punctuation between), the cue's verb, and the token's own word, name and quotation
 * context. The tagger then labels the window's source and content spans for that one cue.
 */
final class RoleFeatures {
    private RoleFeatures() {
    }

    /** A cue and the tokens its source and content are looked for in; {@code end} indices are exclusive. */
    record Window(int cueStart, int cueEnd, int start, int end) {
    }

    /** How far past the cue's sentence the window reaches, in sentences each way within the paragraph. */
    static final int SENTENCES_AROUND = 2;
    /** A cap on the window so that one 2 MB sentence costs a bounded amount of work per cue. */
    static final int MAX_TOKENS = 300;

    /**
     * The cue's sentence and {@link #SENTENCES_AROUND} more each way inside its paragraph, widened to whole
     * quotations that cross its edges, and into the next paragraph when the cue ends its own ("Caddell continued:").
     */
    static Window window(TokenSheet s, int cueStart, int cueEnd) {
        int para = s.paragraph[cueStart];
        int first = Math.max(0, s.sentence[cueStart] - SENTENCES_AROUND);
        int last = Math.min(s.sentenceStart.length - 1, s.sentence[cueEnd - 1] + SENTENCES_AROUND);
        int start = Math.min(s.sentenceStart[first], cueStart);
        while (start < cueStart && s.paragraph[start] != para) {
            start++;
        }
        int end = Math.max(s.sentenceEnd[last], cueEnd);
        while (end > cueEnd && s.paragraph[end - 1] != para) {
            end--;
        }
        int rest = cueEnd;
        while (rest < s.n && rest < cueEnd + 2 && s.paragraph[rest] == para && s.shape[rest].equals("p")) {
            rest++;
        }
        if (rest < s.n && s.paragraph[rest] != para) {
            // The cue closes its paragraph: what it introduces is the next one.
            end = rest;
            while (end < s.n && s.paragraph[end] == s.paragraph[rest] && end < cueEnd + MAX_TOKENS) {
                end++;
            }
        }
        if (start < s.n && s.quotes.inside[start] >= 0) {
            start = Math.min(start, s.quotes.quotations.get(s.quotes.inside[start]).open());
        }
        if (end > 0 && s.quotes.inside[end - 1] >= 0) {
            end = Math.max(end, s.quotes.quotations.get(s.quotes.inside[end - 1]).close() + 1);
        }
        start = Math.max(start, cueStart - MAX_TOKENS / 2);
        end = Math.min(end, cueEnd + MAX_TOKENS / 2);
        return new Window(cueStart, cueEnd, start, end);
    }

    private static final String[] DISTANCE = {"0", "1", "2", "3", "4", "5", "6", "7-10", "7-10", "7-10", "7-10",
        "11-20"};

    /**
     * Features of every token of the window.
     *
     * @param cue per token of the article, whether some cue covers it
     */
    static int[][] of(TokenSheet s, Window w, boolean[] cue) {
        int n = w.end() - w.start();
        int[][] out = new int[n][];
        int cs = w.cueStart();
        int ce = w.cueEnd();
        String head = head(s, cs, ce);
        String after = ce < s.n ? s.norm[ce] : "</d>";
        String before = cs > 0 ? s.norm[cs - 1] : "<d>";
        String afterKind = ce < s.n && s.sentence[ce] == s.sentence[ce - 1] ? kind(after) : "end";
        String beforeKind = cs > 0 && s.sentence[cs - 1] == s.sentence[cs] ? kind(before) : "start";
        // Running counts of commas, quotation marks and other cues from the window start, to read off what lies
        // between a token and the cue in constant time.
        int[] commas = new int[n + 1];
        int[] marks = new int[n + 1];
        int[] cues = new int[n + 1];
        for (int j = 0; j < n; j++) {
            int i = w.start() + j;
            commas[j + 1] = commas[j] + (s.norm[i].equals(",") || s.norm[i].equals("--") ? 1 : 0);
            marks[j + 1] = marks[j] + (s.quotes.role[i] == QuoteMarks.OPEN || s.quotes.role[i] == QuoteMarks.CLOSE ? 1 : 0);
            cues[j + 1] = cues[j] + (cue[i] && (i < cs || i >= ce) ? 1 : 0);
        }
        int cj = cs - w.start();
        int cej = ce - w.start();
        int cueQuote = adjacentQuotation(s, cs, ce);
        for (int j = 0; j < n; j++) {
            int i = w.start() + j;
            String dir = i < cs ? "L" : i >= ce ? "R" : "C";
            int d = i < cs ? cs - i : i >= ce ? i - ce + 1 : 0;
            String dist = d < DISTANCE.length ? DISTANCE[d] : "21+";
            int sd = Math.max(-2, Math.min(2, s.sentence[i] - s.sentence[i < cs ? cs : ce - 1]));
            String sentences = dir + sd + (s.paragraph[i] == s.paragraph[cs] ? "" : "p");
            int lo = Math.min(j, cj);
            int hi = i < cs ? cj : j + 1;
            if (i >= ce) {
                lo = cej;
            }
            String commaBetween = bucket(commas[hi] - commas[lo]);
            String markBetween = bucket(marks[hi] - marks[lo]);
            String cueBetween = cues[hi] - cues[lo] > (cue[i] && (i < cs || i >= ce) ? 1 : 0) ? "cue" : "-";
            String w0 = s.norm[i];
            String quote = CueFeatures.quoteState(s, i);
            String ownQuote = s.quotes.inside[i] >= 0 && s.quotes.inside[i] == cueQuote ? "own" : quote;
            String ent = CueFeatures.entity(s, i, i);
            String otherCue = cue[i] && (i < cs || i >= ce) ? "other" : "-";
            String edge = s.sentenceFirst(i) ? "first" : s.sentenceLast(i) ? "last" : "mid";
            int[] f = new int[32];
            int k = 0;
            f[k++] = Hashing.of(101, dir);
            f[k++] = Hashing.of(102, dir, dist);
            f[k++] = Hashing.of(103, sentences);
            f[k++] = Hashing.of(104, sentences, dist);
            f[k++] = Hashing.of(105, dir, w0);
            f[k++] = Hashing.of(106, dir, s.normAt(i - 1, i));
            f[k++] = Hashing.of(107, dir, s.normAt(i + 1, i));
            f[k++] = Hashing.of(108, dir, dist, w0);
            f[k++] = Hashing.of(109, dir, head);
            f[k++] = Hashing.of(110, dir, head, dist);
            f[k++] = Hashing.of(111, dir, ownQuote);
            f[k++] = Hashing.of(112, dir, ownQuote, sentences);
            f[k++] = Hashing.of(113, dir, ent);
            f[k++] = Hashing.of(114, dir, s.shape[i], dist);
            f[k++] = Hashing.of(115, dir, commaBetween, markBetween);
            f[k++] = Hashing.of(116, dir, cueBetween, otherCue);
            f[k++] = Hashing.of(117, dir, afterKind, dist);
            f[k++] = Hashing.of(118, dir, beforeKind, dist);
            f[k++] = Hashing.of(119, dir, after);
            f[k++] = Hashing.of(120, dir, before);
            f[k++] = Hashing.of(121, dir, edge, ownQuote);
            f[k++] = Hashing.of(122, dir, Words.REPORT_VERBS.contains(s.lemma[i]) ? "R" : "-", otherCue);
            f[k++] = Hashing.of(123, dir, afterKind, beforeKind);
            f[k++] = Hashing.of(124, dir, commaBetween, afterKind);
            f[k++] = Hashing.of(125, dir, commaBetween, beforeKind);
            f[k++] = Hashing.of(126, dir, w0, afterKind);
            f[k++] = Hashing.of(127, dir, s.normAt(i - 1, i), w0);
            f[k++] = Hashing.of(128, dir, w0, s.normAt(i + 1, i));
            f[k++] = Hashing.of(129, dir, head, ownQuote);
            f[k++] = Hashing.of(130, dir, edge, dist);
            f[k++] = Hashing.of(131, dir, ent, dist);
            f[k++] = Hashing.of(132, dir, markBetween, ownQuote);
            out[j] = f;
        }
        return out;
    }

    /** The quotation that ends just before the cue or starts just after it ("..., " said X), or -1. */
    static int adjacentQuotation(TokenSheet s, int cs, int ce) {
        for (int d = 1; d <= 3 && cs - d >= 0; d++) {
            if (s.quotes.role[cs - d] == QuoteMarks.CLOSE) {
                return s.quotes.inside[cs - d];
            }
        }
        for (int d = 0; d < 3 && ce + d < s.n; d++) {
            if (s.quotes.role[ce + d] == QuoteMarks.OPEN) {
                return s.quotes.inside[ce + d];
            }
        }
        return -1;
    }

    /** The cue's verb: its last report verb, else its last word. */
    static String head(TokenSheet s, int cs, int ce) {
        for (int i = ce - 1; i >= cs; i--) {
            if (Words.REPORT_VERBS.contains(s.lemma[i]) || Words.CUE_PREPOSITIONS.contains(s.norm[i])) {
                return s.lemma[i];
            }
        }
        return s.lemma[ce - 1];
    }

    private static String kind(String w) {
        return switch (w) {
            case "that", ",", ":", "<q", "q>", ".", "to", "by", "of", "about", "on", "in" -> w;
            default -> Words.PERSON_PRONOUNS.contains(w) || Words.OTHER_PRONOUNS.contains(w) ? "pron"
                    : Character.isLetter(w.isEmpty() ? ' ' : w.charAt(0)) ? "word" : "punct";
        };
    }

    private static String bucket(int count) {
        return count == 0 ? "0" : count == 1 ? "1" : "2+";
    }
}
