package org.newslens.rhetoric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Explains a finding from the features that weighed most for its technique, in words a reader can check against
 * the text: "'shameful': strongly subjective word (MPQA) + the wording recurs 3 times".
 */
final class Reasons {
    /** At most this many cues per reason: a reason is one line. */
    static final int MAX_CUES = 3;

    private Reasons() {
    }

    record Cue(String text, double weight) {
    }

    static String explain(ArticleView view, TechniqueFeatures features, LinearModel model, int cls, int a, int b,
            int charLength) {
        Features.Named named = new Features.Named();
        features.span(a, b, charLength, named);
        List<Cue> cues = new ArrayList<>();
        for (String[] f : named.features) {
            double w = model.weights[cls][Features.index(f[0], f[1], model.dim)];
            String text = describe(view, f[0], f[1], a, b);
            if (text != null && w > 0.05) {
                cues.add(new Cue(text, w));
            }
        }
        cues.sort(Comparator.comparingDouble(Cue::weight).reversed());
        // One cue per word: "'plots': negative word" and "'plots': strongly subjective word" read as one.
        Set<String> chosen = new LinkedHashSet<>();
        Set<String> words = new java.util.HashSet<>();
        for (Cue c : cues) {
            if (chosen.size() == MAX_CUES) {
                break;
            }
            int colon = c.text().indexOf("': ");
            String word = c.text().startsWith("'") && colon > 0 ? c.text().substring(1, colon)
                    : c.text().startsWith("the word '") ? c.text().substring(10, c.text().length() - 1) : null;
            if (word != null && !words.add(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            chosen.add(c.text());
        }
        return chosen.isEmpty() ? "the wording as a whole, as learned from annotated news"
                : String.join(" + ", chosen);
    }

    private static String describe(ArticleView view, String name, String value, int a, int b) {
        return switch (name) {
            case "flag" -> {
                String flag = value.endsWith("+") ? value.substring(0, value.length() - 1) : value;
                int k = java.util.Arrays.asList(Lexicon.FLAG_NAMES).indexOf(flag);
                String word = firstWordWithFlag(view, 1 << k, a, b);
                yield (word == null ? "" : "'" + word + "': ") + Lexicon.FLAG_READINGS[k];
            }
            case "w" -> value.startsWith("<") || !hasLetter(value) || Stopwords.is(value) ? null
                    : "the word '" + value + "'";
            case "ww" -> value.contains("<") ? null : "the words '" + value + "'";
            case "first", "last" -> null;
            case "rep" -> value.equals("<1") || value.equals("1+") ? null
                    : "the wording recurs " + value.replace("+", " or more") + " times in the article";
            case "repw" -> value.equals("<0") || value.equals("0+") || value.equals("1+") ? null
                    : "the word recurs " + value.replace("+", " or more") + " times in the article";
            case "superlative" -> "a superlative";
            case "shout" -> "words in capitals";
            case "caps" -> value.equals("all-words") ? "every word capitalised" : null;
            case "exclaim" -> "an exclamation";
            case "question" -> "in a question";
            case "quoted", "in-marks" -> "in quotation marks";
            case "name" -> value.equals("none") ? null : "names someone";
            case "ctx" -> value.startsWith("<") || !hasLetter(value) || Stopwords.is(value) ? null
                    : "'" + value + "' nearby";
            case "cover" -> value.equals("all") ? "a whole sentence" : null;
            case "ntok" -> value.startsWith("14") || value.startsWith("20") || value.startsWith("30") ? "a long stretch"
                    : null;
            case "title" -> "in the headline";
            case "number" -> "a figure";
            default -> null;
        };
    }

    private static String firstWordWithFlag(ArticleView view, int flag, int a, int b) {
        for (int i = a; i < b; i++) {
            if ((view.flags[i] & flag) != 0) {
                return view.text.substring(view.starts[i], view.ends[i]);
            }
        }
        return null;
    }

    private static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
