package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newslens.model.LoadedWord;

/**
 * Marks words and phrases that colour or tune a statement: boosters, hedges and vague quantities from our lists
 * ({@link Cues}), and value-laden words that MPQA rates strongly subjective and polar, or that the span model learned
 * to find inside persuasive spans. Names are never marked.
 */
final class LoadedWordMarker {
    /** A learned word weight this high means the word alone pulls a token well into a span (tuned by eye on dev). */
    static final double LEARNED_WEIGHT = 1.2;
    /** Confidence of a list match: the lists hold words whose job is this, but context can change it. */
    static final double LIST_CONFIDENCE = 0.85;
    static final double LEXICON_CONFIDENCE = 0.7;

    /** Approximators that hedge only before a figure ("about 40", not "about the plan"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("about", "around", "roughly", "approximately");
    /** Too common in reported speech and conditionals to mark as a hedge on their own. */
    private static final Set<String> NOT_MARKED = Set.of("would", "rather", "so much", "even", "at all");
    /** Quantifiers that are vague only before a plural or "of" ("most of them", "some people"). */
    private static final Set<String> BEFORE_PLURALS = Set.of("most", "some", "few");

    private LoadedWordMarker() {
    }

    static List<LoadedWord> mark(ArticleView view, TechniqueModel model) {
        List<LoadedWord> out = new ArrayList<>();
        int n = view.size();
        int i = 0;
        while (i < n) {
            int next = listMatch(view, i, out);
            if (next > i) {
                i = next;
                continue;
            }
            valueLaden(view, model, i, out);
            i++;
        }
        return out;
    }

    /** Marks the longest list phrase starting at {@code i}; returns the token after it, or {@code i} if none. */
    private static int listMatch(ArticleView view, int i, List<LoadedWord> out) {
        if (view.entityType[i] != null) {
            return i;
        }
        for (Cues.CueList list : List.of(Cues.VAGUE_QUANTITIES, Cues.HEDGES, Cues.BOOSTERS)) {
            for (String entry : list.entries()) {
                String[] words = Lexicon.normalise(entry).split(" ");
                if (!matches(view, i, words) || NOT_MARKED.contains(entry)) {
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
                LoadedWord.Kind kind = list == Cues.VAGUE_QUANTITIES ? LoadedWord.Kind.VAGUE_QUANTITY
                        : list == Cues.HEDGES ? LoadedWord.Kind.HEDGE : LoadedWord.Kind.BOOSTER;
                out.add(new LoadedWord(view.starts[i], view.ends[after - 1], kind, LIST_CONFIDENCE,
                        list.name() + ": " + list.reason()));
                return after;
            }
        }
        return i;
    }

    private static void valueLaden(ArticleView view, TechniqueModel model, int i, List<LoadedWord> out) {
        if (view.entityType[i] != null) {
            return;
        }
        String w = view.lower[i];
        if (w.length() < 3 || Stopwords.is(w) || !Character.isLetter(w.charAt(0))) {
            return;
        }
        int f = view.flags[i];
        boolean lexicon = (f & Lexicon.STRONG_SUBJECTIVE) != 0 && (f & (Lexicon.POSITIVE | Lexicon.NEGATIVE)) != 0;
        double learned = model.spans.weights[0][Features.index("w", w, model.spans.dim)];
        if (learned >= LEARNED_WEIGHT) {
            double confidence = Math.min(0.95, LinearModel.sigmoid(learned));
            String why = lexicon ? "strongly subjective and " + polarity(f) + " (MPQA), and often inside persuasive"
                    + " spans in annotated news" : "often inside persuasive spans in annotated news";
            out.add(new LoadedWord(view.starts[i], view.ends[i], LoadedWord.Kind.VALUE_LADEN,
                    TechniqueFinder.round(Math.max(confidence, lexicon ? LEXICON_CONFIDENCE : 0)), why));
        } else if (lexicon) {
            out.add(new LoadedWord(view.starts[i], view.ends[i], LoadedWord.Kind.VALUE_LADEN, LEXICON_CONFIDENCE,
                    "strongly subjective and " + polarity(f) + " (MPQA)"));
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
