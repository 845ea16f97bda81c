package org.newslens.rhetoric;

/**
 * Whether the English models apply: the share of English function words among the words, and the share of Latin
 * letters among the letters. Running them on other languages would mislabel; such text is reported out of scope.
 */
final class LanguageScope {
    /** Below this many words there is too little to tell; the models run (and rarely find anything). */
    static final int MIN_WORDS = 8;
    /** English news runs at 40-50% function words; German, French or Spanish text hits this list at under 10%. */
    static final double MIN_FUNCTION_WORD_SHARE = 0.15;
    /** Text mostly in another script (Cyrillic, Arabic, Han...) is not for these models. */
    static final double MIN_LATIN_SHARE = 0.6;

    static final String IN_SCOPE = "english";

    private LanguageScope() {
    }

    /** {@link #IN_SCOPE}, or why the text is out of scope. */
    static String check(ArticleView view) {
        int words = 0;
        int function = 0;
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < view.size(); i++) {
            String w = view.lower[i];
            boolean word = false;
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if (Character.isLetter(c)) {
                    word = true;
                    letters++;
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
                        latin++;
                    }
                }
            }
            if (word) {
                words++;
                if (Stopwords.is(w)) {
                    function++;
                }
            }
        }
        if (words == 0) {
            return "no words to analyse";
        }
        if (letters > 0 && latin < MIN_LATIN_SHARE * letters) {
            return String.format(java.util.Locale.ROOT, "out of scope: only %.0f%% of the letters are Latin; the"
                    + " rhetoric models are trained on English news", 100.0 * latin / letters);
        }
        if (words >= MIN_WORDS && function < MIN_FUNCTION_WORD_SHARE * words) {
            return String.format(java.util.Locale.ROOT, "out of scope: the text does not read as English (%.0f%% of"
                    + " its words are English function words, against 40-50%% in English news); the rhetoric"
                    + " models are trained on English news", 100.0 * function / words);
        }
        return IN_SCOPE;
    }
}
