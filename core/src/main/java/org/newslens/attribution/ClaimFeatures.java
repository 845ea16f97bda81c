package org.newslens.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslens.model.Entity;
import org.newslens.model.Token;

/**
 * Turns one sentence into the claim model's features: the named cues of {@link ClaimCue}, the sentence's static
 * embedding ({@link StaticEmbeddings}), and word unigrams and bigrams hashed into a fixed number of buckets. Names are replaced by their entity type and figures by one symbol
 * before hashing, so that what the model learns from debate transcripts ("&lt;num&gt; percent", "&lt;org&gt;
 * reported") carries over to articles that name other people and other figures (the transfer problem the
 * ClaimBuster README warns about).
 */
final class ClaimFeatures {
    /** Hash buckets for word n-grams: 2^18 keeps collisions rare for the ~60,000 n-grams of the training set. */
    static final int BUCKETS = 1 << 18;

    /** A sentence at or under this many words is too short to state a checkable fact, in most cases. */
    static final int SHORT_WORDS = 6;

    /** Over this many words, a sentence usually packs several statements. */
    static final int LONG_WORDS = 30;

    /** The cue counts that matter: one cue gives half its weight, two or more the full weight. */
    private static final double CUE_SATURATION = 2;

    private ClaimFeatures() {
    }

    /** A name in the sentence and its type. */
    record Name(int start, int end, Entity.Type type) {
    }

    /**
     * The features of one sentence.
     *
     * @param cues one value per {@link ClaimCue}, by ordinal, in [0, 1]
     * @param ngrams hashed n-gram buckets, possibly repeated
     * @param ngramValue the value of each n-gram feature (the n-grams together have unit length)
     * @param embedding the sentence's static embedding (unit length), or empty
     */
    record Vector(double[] cues, int[] ngrams, double ngramValue, float[] embedding) {
    }

    /**
     * Extracts the features of {@code text[start, end)}.
     *
     * @param tokens the sentence's tokens, sorted
     * @param names the names inside the sentence, sorted
     * @param embeddings the word-piece table, or null for no embedding features
     */
    static Vector extract(String text, List<Token> tokens, List<Name> names, StaticEmbeddings embeddings) {
        int[] counts = new int[ClaimCue.values().length];
        List<String> words = new ArrayList<>(tokens.size() + 2);
        List<String> plain = new ArrayList<>(tokens.size());
        words.add("<s>");
        int n = 0;
        int wordCount = 0;
        String last = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            while (n < names.size() && names.get(n).end() <= t.start()) {
                n++;
            }
            String raw = text.substring(t.start(), t.end());
            plain.add(raw);
            Entity.Type type = n < names.size() && names.get(n).start() < t.end() ? names.get(n).type() : null;
            if (Character.isLetterOrDigit(raw.isEmpty() ? ' ' : raw.charAt(0))) {
                wordCount++;
            }
            if (type != null) {
                String symbol = "<" + type.name().toLowerCase(Locale.ROOT) + ">";
                // A name of several tokens is one symbol; the cue counts the name once.
                if (!symbol.equals(words.get(words.size() - 1))) {
                    words.add(symbol);
                    counts[cueOf(type).ordinal()]++;
                }
                continue;
            }
            String word = normalise(raw);
            words.add(word);
            countCues(raw, word, counts);
            if (!raw.isBlank() && !isQuoteMark(raw)) {
                last = raw;
            }
        }
        words.add("</s>");
        if (last.equals("?")) {
            counts[ClaimCue.QUESTION.ordinal()]++;
        }
        if (wordCount <= SHORT_WORDS) {
            counts[ClaimCue.SHORT.ordinal()]++;
        }
        if (wordCount > LONG_WORDS) {
            counts[ClaimCue.LONG.ordinal()]++;
        }
        double[] cues = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            cues[i] = Math.min(counts[i], CUE_SATURATION) / CUE_SATURATION;
        }
        int[] ngrams = new int[2 * words.size() - 3];
        int k = 0;
        for (int i = 1; i < words.size() - 1; i++) {
            ngrams[k++] = bucket("w", words.get(i), "");
        }
        for (int i = 0; i < words.size() - 1; i++) {
            ngrams[k++] = bucket("b", words.get(i), words.get(i + 1));
        }
        float[] embedding = embeddings == null ? new float[0] : embeddings.embed(plain);
        return new Vector(cues, ngrams, k == 0 ? 0 : 1 / Math.sqrt(k), embedding);
    }

    private static void countCues(String raw, String word, int[] counts) {
        if (word.equals("<num>")) {
            counts[(isYear(raw) ? ClaimCue.DATE : ClaimCue.FIGURE).ordinal()]++;
        }
        count(counts, ClaimCue.FIGURE, ClaimCues.NUMBER_WORDS.contains(word));
        count(counts, ClaimCue.MONEY_OR_SHARE, ClaimCues.MONEY_OR_SHARE.contains(word));
        count(counts, ClaimCue.DATE, ClaimCues.DATE_WORDS.contains(raw));
        count(counts, ClaimCue.PAST, isPast(word));
        count(counts, ClaimCue.REPORTING, ClaimCues.REPORTING.contains(word));
        count(counts, ClaimCue.CHANGE, ClaimCues.CHANGE.contains(word));
        count(counts, ClaimCue.CAUSE, ClaimCues.CAUSE.contains(word));
        count(counts, ClaimCue.FIRST_SINGULAR, ClaimCues.FIRST_SINGULAR.contains(word));
        count(counts, ClaimCue.FIRST_PLURAL, ClaimCues.FIRST_PLURAL.contains(word));
        count(counts, ClaimCue.SECOND_PERSON, ClaimCues.SECOND_PERSON.contains(word));
        count(counts, ClaimCue.MODAL, ClaimCues.MODAL.contains(word));
        count(counts, ClaimCue.OPINION, ClaimCues.OPINION.contains(word));
        count(counts, ClaimCue.HEDGE, ClaimCues.HEDGE.contains(word));
        count(counts, ClaimCue.EVALUATIVE, ClaimCues.EVALUATIVE.contains(word));
    }

    private static void count(int[] counts, ClaimCue cue, boolean present) {
        if (present) {
            counts[cue.ordinal()]++;
        }
    }

    private static ClaimCue cueOf(Entity.Type type) {
        return switch (type) {
            case PERSON -> ClaimCue.PERSON;
            case ORGANIZATION -> ClaimCue.ORGANIZATION;
            case LOCATION -> ClaimCue.PLACE;
            case MISC -> ClaimCue.OTHER_NAME;
        };
    }

    /** Lower case, one apostrophe, and every token holding a digit as one symbol. */
    static String normalise(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isDigit(raw.charAt(i))) {
                return "<num>";
            }
        }
        return raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** "1988", "2016" and decades like "1980s": figures that date a statement. */
    static boolean isYear(String raw) {
        String digits = raw.endsWith("s") ? raw.substring(0, raw.length() - 1) : raw;
        if (digits.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return false;
            }
        }
        int year = Integer.parseInt(digits);
        return year >= 1800 && year <= 2099;
    }

    static boolean isPast(String word) {
        if (ClaimCues.IRREGULAR_PAST.contains(word)) {
            return true;
        }
        if (word.length() < 5 || !word.endsWith("ed") || ClaimCues.NOT_PAST.contains(word)) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuoteMark(String raw) {
        return raw.equals("\"") || raw.equals("''") || raw.equals("``") || raw.equals("'") || raw.equals("\u201D")
                || raw.equals("\u2019") || raw.equals("\u00BB") || raw.equals(")");
    }

    /** FNV-1a over the feature's kind and words: stable across JVMs, so a model file means the same everywhere. */
    static int bucket(String kind, String a, String b) {
        int h = 0x811C9DC5;
        h = mix(h, kind);
        h = mix(h, "\u0001");
        h = mix(h, a);
        h = mix(h, "\u0001");
        h = mix(h, b);
        return Math.floorMod(h, BUCKETS);
    }

    private static int mix(int h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
