package org.newslens.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Attributions that layout makes rather than a verb, which the cue tagger, reading words, misses:
 *
 * <ul>
 *   <li>a speaker label opening a paragraph, as in transcripts and headlines: "WALLACE: Let me ask you ...",
 *       "Pence: Trump was mocking the Clinton camp". The colon is the cue, the label the source, the rest of the
 *       paragraph the content (PolNeAR annotates them so);</li>
 *   <li>a signature after a quotation: "“I am ashamed of this campaign.” ― Jane Roe", the way collected reader
 *       comments and epigraphs are set. The dash is the cue, the name the source, the quotation the content.</li>
 * </ul>
 *
 * <p>Both are taken only where the layout is unambiguous: a label is a name the language stage found (a person or an
 * organisation) or a capitalised label that recurs as a transcript does, never a section word like "UPDATE:"; a
 * signature is a short run of capitalised words that ends its paragraph.
 */
final class SpeakerLabels {
    private SpeakerLabels() {
    }

    /** Capitalised paragraph openers that label a section, not a speaker ("UPDATE: ...", "WATCH: ..."). */
    static final Set<String> SECTION_WORDS = Set.of("update", "updated", "updates", "note", "editor", "editor's",
            "editor’s", "editors", "watch", "video", "photo", "photos", "breaking", "correction", "clarification",
            "warning", "exclusive", "read", "more", "related", "also", "see", "source", "sources", "credit", "file",
            "advertisement", "listen", "transcript", "subscribe", "sponsored", "analysis", "opinion", "commentary",
            "live", "latest", "spoiler", "spoilers", "disclosure", "disclaimer", "caption", "graphic", "map", "chart",
            "poll", "question", "answer", "q", "a", "tl;dr", "ps", "p.s.", "bio", "tip", "tips", "summary", "key",
            "the", "and", "or", "but", "in", "on", "at", "to", "of", "for", "with", "by", "from", "how", "what", "why",
            "when", "where", "who", "which", "this", "that", "these", "those", "here", "there", "now", "today", "new");

    /** Dashes that sign a quotation: horizontal bar, em and en dash. */
    private static final Set<String> SIGNATURE_DASHES = Set.of("―", "—", "–", "--");

    /** The longest speaker label, in tokens ("SEN. ELIZABETH WARREN"). */
    static final int MAX_LABEL = 4;

    /** The longest signature, in tokens ("Edwin G. Monroy", "Maria de la Cruz"). */
    static final int MAX_SIGNATURE = 5;

    /** Small words inside a signed name ("Maria de la Cruz", "Ludwig van Beethoven"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "la", "del", "van", "von", "der", "da", "di", "du",
            "le", "al", "bin", "ibn", "y", "dos", "das");

    /**
     * The cue score given to these relations, in the cue tagger's units (mean margin per token over the outside
     * label): about that of a plain "said" after a quotation, so their confidence reads as a clear report's (~0.94).
     */
    static final float SCORE = 150f;

    /**
     * What the layout says: the relations made by speaker labels and signatures (in text order), and the colons
     * that end a section heading ("UPDATE:"), which attribute nothing whatever the cue tagger makes of them.
     */
    record Layout(List<RelationTagger.Tagged> relations, List<Integer> headingColons) {
        /** This layout with more relations found by their wording alone (see {@link ReportNouns}). */
        Layout plus(List<RelationTagger.Tagged> more) {
            if (more.isEmpty()) {
                return this;
            }
            List<RelationTagger.Tagged> all = new ArrayList<>(relations);
            all.addAll(more);
            all.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
            return new Layout(all, headingColons);
        }
    }

    static Layout find(TokenSheet s) {
        List<RelationTagger.Tagged> labels = new ArrayList<>();
        List<Integer> headings = new ArrayList<>();
        List<RelationTagger.Tagged> capitalLabels = new ArrayList<>();
        int i = 0;
        while (i < s.n) {
            int j = i;
            while (j < s.n && s.paragraph[j] == s.paragraph[i]) {
                j++;
            }
            label(s, i, j, labels, capitalLabels, headings);
            signature(s, i, j, labels);
            i = j;
        }
        // A capitalised label that is no name the language stage knows is a speaker only in a transcript, where
        // such labels recur; a lone "SPOILER:" or "BOTTOM LINE:" is a heading.
        if (capitalLabels.size() >= 2) {
            labels.addAll(capitalLabels);
        }
        labels.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        return new Layout(labels, headings);
    }

    /** A "LABEL: words" paragraph [from, to). */
    private static void label(TokenSheet s, int from, int to, List<RelationTagger.Tagged> named,
            List<RelationTagger.Tagged> capital, List<Integer> headings) {
        int first = from;
        boolean quoted = false;
        while (first < to && isQuoteMark(s, first)) {
            first++;
            quoted = true;
        }
        int colon = first;
        while (colon < to && colon - first <= MAX_LABEL && !s.word[colon].equals(":")) {
            colon++;
        }
        if (colon == first || colon >= to - 1 || colon - first > MAX_LABEL || !s.word[colon].equals(":")) {
            return;
        }
        if (colon - first == 1 && SECTION_WORDS.contains(s.word[first].toLowerCase(Locale.ROOT))) {
            headings.add(colon);
            return;
        }
        int contentEnd = to;
        if (quoted && contentEnd > colon + 2 && isQuoteMark(s, contentEnd - 1)) {
            contentEnd--;
        }
        if (!hasLowerCaseWord(s, colon + 1, contentEnd)) {
            return; // "Clinton: 547." is a tally, not speech
        }
        RelationTagger.Tagged r = new RelationTagger.Tagged(colon, colon + 1, List.of(new int[] {first, colon}),
                List.of(new int[] {colon + 1, contentEnd}), SCORE);
        if (isNameMention(s, first, colon) && hasLowerCase(s, first, colon)) {
            named.add(r);
        } else if (isCapitalLabel(s, first, colon)) {
            capital.add(r);
        }
    }

    /** A "“quotation” ― Name" paragraph [from, to). */
    private static void signature(TokenSheet s, int from, int to, List<RelationTagger.Tagged> out) {
        for (int dash = from + 1; dash < to - 1; dash++) {
            if (!SIGNATURE_DASHES.contains(s.word[dash]) || !isQuoteMark(s, dash - 1)) {
                continue;
            }
            int nameEnd = dash + 1;
            while (nameEnd < to && nameEnd - dash <= MAX_SIGNATURE && isNameWord(s.word[nameEnd])) {
                nameEnd++;
            }
            // The name ends the paragraph, or is followed by a full stop or by a comma and a description
            // ("― Jane Roe, 34, Ohio").
            boolean ends = nameEnd == to || nameEnd == to - 1 && s.word[nameEnd].equals(".")
                    || s.word[nameEnd].equals(",");
            if (nameEnd == dash + 1 || nameEnd - dash - 1 > MAX_SIGNATURE || !ends
                    || !Character.isUpperCase(s.word[nameEnd - 1].charAt(0))) {
                continue;
            }
            int close = dash - 1;
            int q = s.quotes.inside[close];
            int open = q >= 0 && s.quotes.quotations.get(q).close() == close ? s.quotes.quotations.get(q).open() : from;
            open = Math.max(open, from);
            if (close - open < 2) {
                continue;
            }
            out.add(new RelationTagger.Tagged(dash, dash + 1, List.of(new int[] {dash + 1, nameEnd}),
                    List.of(new int[] {open, close + 1}), SCORE));
            return;
        }
    }

    /**
     * Tokens [from, to) hold a lower-case letter. The named-entity tagger takes many all-capital words for
     * organisations ("BUSTED: ...", "BYLINE: ..."), so an all-capital label must pass as a transcript label instead.
     */
    private static boolean hasLowerCase(TokenSheet s, int from, int to) {
        for (int i = from; i < to; i++) {
            for (int k = 0; k < s.word[i].length(); k++) {
                if (Character.isLowerCase(s.word[i].charAt(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Tokens [from, to) hold a word in lower case, as speech does. */
    private static boolean hasLowerCaseWord(TokenSheet s, int from, int to) {
        for (int i = from; i < to; i++) {
            if ("x".equals(s.shape[i]) && s.word[i].length() > 1) {
                return true;
            }
        }
        return false;
    }

    /** Tokens [from, to) are one mention of a person or organisation. */
    private static boolean isNameMention(TokenSheet s, int from, int to) {
        if (!s.entityBegin[from] || s.entityType[from] > 2 || s.entityType[from] == TokenSheet.NO_ENTITY) {
            return false;
        }
        for (int i = from + 1; i < to; i++) {
            if (s.entityBegin[i] || !s.entityId[from].equals(s.entityId[i])) {
                return false;
            }
        }
        return to >= s.n || s.entityId[to] == null || !s.entityId[from].equals(s.entityId[to]);
    }

    /** Tokens [from, to) are capitalised words ("WALLACE", "SEN. WARREN"), none of them a section word. */
    private static boolean isCapitalLabel(TokenSheet s, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = s.word[i];
            int letters = 0;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLowerCase(c) || Character.isDigit(c)) {
                    return false;
                }
                letters += Character.isLetter(c) ? 1 : 0;
            }
            if (letters < 2 || SECTION_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameWord(String w) {
        if (NAME_PARTICLES.contains(w)) {
            return true;
        }
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    static boolean isSignatureDash(String word) {
        return SIGNATURE_DASHES.contains(word);
    }

    private static boolean isQuoteMark(TokenSheet s, int i) {
        return "q".equals(s.shape[i]) || s.word[i].equals("\"") || s.word[i].equals("”") || s.word[i].equals("“");
    }

    /**
     * Adds the layout relations to the tagged ones: a tagged relation whose cue falls inside a layout relation is
     * dropped (the words are part of what the labelled speaker says), and the layout relations' tokens are taken out
     * of the others' sources and contents ("Partial transcript as follows:" does not own the transcript). A relation
     * cued by a heading's colon is dropped.
     */
    static List<RelationTagger.Tagged> merge(int n, List<RelationTagger.Tagged> tagged, Layout layout) {
        if (layout.relations().isEmpty() && layout.headingColons().isEmpty()) {
            return tagged;
        }
        boolean[] owned = new boolean[n];
        for (RelationTagger.Tagged r : layout.relations()) {
            Arrays.fill(owned, r.cueStart(), r.cueEnd(), true);
            for (List<int[]> role : List.of(r.sources(), r.contents())) {
                for (int[] span : role) {
                    Arrays.fill(owned, span[0], span[1], true);
                }
            }
        }
        List<RelationTagger.Tagged> out = new ArrayList<>(layout.relations());
        for (RelationTagger.Tagged r : tagged) {
            boolean cueOwned = false;
            for (int i = r.cueStart(); i < r.cueEnd(); i++) {
                cueOwned |= owned[i];
            }
            if (cueOwned || layout.headingColons().contains(r.cueStart())) {
                continue;
            }
            List<int[]> contents = RelationTagger.kept(r.contents(), i -> !owned[i]);
            if (contents.isEmpty() && !r.contents().isEmpty()) {
                continue;
            }
            out.add(new RelationTagger.Tagged(r.cueStart(), r.cueEnd(), RelationTagger.kept(r.sources(), i -> !owned[i]),
                    contents, r.cueScore()));
        }
        out.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        return out;
    }
}
