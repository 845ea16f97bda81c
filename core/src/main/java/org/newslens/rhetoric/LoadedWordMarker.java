package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslens.model.LoadedWord;

/**
 * Marks words and phrases that colour or tune a statement: boosters, hedges and vague quantities from our lists
 * ({@link Cues}), and value-laden words: subjective words (MPQA, Hutto) that the span model, trained on annotated
 * news, places inside persuasive spans. Names are never marked.
 */
final class LoadedWordMarker {
    /**
     * A subjective word the span model puts inside a persuasive span with this probability is marked on the model's
     * word; lower values let in words that are merely topical in PTC ("support", "opposition"), judged by eye.
     */
    static final double LEARNED_PROBABILITY = 0.5;
    /** The least span-model probability with which an MPQA strongly subjective, polar word is marked. */
    static final double LEXICON_AGREEMENT = 0.2;
    /** Confidence of a list match: the lists hold words whose job is this, but context can change it. */
    static final double LIST_CONFIDENCE = 0.85;
    static final double LEXICON_CONFIDENCE = 0.7;

    /** Approximators that hedge only before a figure ("about 40", not "about the plan"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("about", "around", "roughly", "approximately");
    /** Too common in reported speech and conditionals to mark as a hedge on their own. */
    private static final Set<String> NOT_MARKED = Set.of("would", "rather", "so much", "even", "at all");
    /**
     * Subjectivity-lexicon words that news uses mostly as grammar: "like" is a verb of liking in MPQA but a
     * preposition in "a winter like 2022". Without a tagger they are never marked as value-laden on their own.
     */
    private static final Set<String> GRAMMATICAL = Set.of("like");

    /** Quantifiers that are vague only before a plural or "of" ("most of them", "some people"). */
    private static final Set<String> BEFORE_PLURALS = Set.of("most", "some", "few");

    private LoadedWordMarker() {
    }

    /** A list entry split into words. */
    private record ListEntry(String entry, String[] words, Cues.CueList list) {
    }

    /**
     * The marking lists by first word, longest entries first; vague quantities before hedges before boosters, so
     * that "most of" counts as a quantity.
     */
    private static final java.util.Map<String, List<ListEntry>> ENTRIES = index();

    private static java.util.Map<String, List<ListEntry>> index() {
        java.util.Map<String, List<ListEntry>> out = new java.util.HashMap<>();
        for (Cues.CueList list : List.of(Cues.VAGUE_QUANTITIES, Cues.HEDGES, Cues.BOOSTERS)) {
            for (String entry : list.entries()) {
                if (NOT_MARKED.contains(entry)) {
                    continue;
                }
                String[] words = Lexicon.normalise(entry).split(" ");
                out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new ListEntry(entry, words, list));
            }
        }
        // Stable sort: longest first, list order kept among equals.
        out.values().forEach(l -> l.sort((x, y) -> Integer.compare(y.words().length, x.words().length)));
        return out;
    }

    static List<LoadedWord> mark(ArticleView view, double[] p) {
        List<LoadedWord> out = new ArrayList<>();
        int n = view.size();
        int i = 0;
        while (i < n) {
            int next = listMatch(view, i, out);
            if (next > i) {
                i = next;
                continue;
            }
            valueLaden(view, p, i, out);
            i++;
        }
        return out;
    }

    /** Marks the longest list phrase starting at {@code i}; returns the token after it, or {@code i} if none. */
    private static int listMatch(ArticleView view, int i, List<LoadedWord> out) {
        if (view.entityType[i] != null) {
            return i;
        }
        for (ListEntry e : ENTRIES.getOrDefault(view.lower[i], List.of())) {
            String[] words = e.words();
            String entry = e.entry();
            if (!matches(view, i, words)) {
                continue;
            }
            int after = i + words.length;
            String following = after < view.size() && view.sentence[after] == view.sentence[i]
                    ? view.lower[after] : "";
            if (BEFORE_NUMBERS.contains(entry) && (following.isEmpty() || !Character.isDigit(following.charAt(0)))) {
                continue;
            }
            if (BEFORE_PLURALS.contains(entry) && !(following.equals("of") || following.endsWith("s")
                    && following.length() > 3)) {
                continue;
            }
            if (entry.equals("may") && !view.text.startsWith("may", view.starts[i])) {
                continue;
            }
            Cues.CueList list = e.list();
            LoadedWord.Kind kind = list == Cues.VAGUE_QUANTITIES ? LoadedWord.Kind.VAGUE_QUANTITY
                    : list == Cues.HEDGES ? LoadedWord.Kind.HEDGE : LoadedWord.Kind.BOOSTER;
            out.add(new LoadedWord(view.starts[i], view.ends[after - 1], kind, LIST_CONFIDENCE,
                    list.name() + ": " + list.reason()));
            return after;
        }
        return i;
    }

    private static void valueLaden(ArticleView view, double[] p, int i, List<LoadedWord> out) {
        if (view.entityType[i] != null) {
            return;
        }
        String w = view.lower[i];
        if (w.length() < 3 || Stopwords.is(w) || GRAMMATICAL.contains(w) || !Character.isLetter(w.charAt(0))) {
            return;
        }
        // A capitalised word inside a sentence is most likely a name the recogniser missed ("Supreme Leader").
        if (Character.isUpperCase(view.text.charAt(view.starts[i])) && i > view.sentenceStarts[view.sentence[i]]) {
            return;
        }
        int f = view.flags[i];
        double learned = p[i];
        // MPQA alone marks plain words ("support", "long"); it counts when the span model agrees at least a little.
        boolean lexicon = (f & Lexicon.STRONG_SUBJECTIVE) != 0 && (f & (Lexicon.POSITIVE | Lexicon.NEGATIVE)) != 0
                && learned >= LEXICON_AGREEMENT;
        if (learned >= LEARNED_PROBABILITY && (f & (Lexicon.STRONG_SUBJECTIVE | Lexicon.WEAK_SUBJECTIVE
                | Lexicon.VALUE_LADEN)) != 0) {
            double confidence = Math.min(0.95, learned);
            String why = (lexicon ? "strongly subjective and " + polarity(f) + " (MPQA)" : "subjective (MPQA, Hutto)")
                    + ", and the model trained on annotated news puts it inside a persuasive stretch";
            out.add(new LoadedWord(view.starts[i], view.ends[i], LoadedWord.Kind.VALUE_LADEN,
                    TechniqueFinder.round(Math.max(confidence, lexicon ? LEXICON_CONFIDENCE : 0)), why));
        } else if (lexicon) {
            out.add(new LoadedWord(view.starts[i], view.ends[i], LoadedWord.Kind.VALUE_LADEN, LEXICON_CONFIDENCE,
                    "strongly subjective and " + polarity(f) + " (MPQA), in a stretch the model rates as possibly persuasive"));
        }
    }

    private static String polarity(int f) {
        boolean pos = (f & Lexicon.POSITIVE) != 0;
        boolean neg = (f & Lexicon.NEGATIVE) != 0;
        return pos && neg ? "either positive or negative" : pos ? "positive" : "negative";
    }

    private static boolean matches(ArticleView view, int at, String[] words) {
        if (at + words.length > view.size() || view.sentence[at + words.length - 1] != view.sentence[at]) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!words[k].equals(view.lower[at + k]) || view.entityType[at + k] != null) {
                return false;
            }
        }
        return true;
    }
}
