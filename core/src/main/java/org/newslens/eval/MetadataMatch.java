package org.newslens.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.newslens.model.Author;

/**
 * How extracted metadata is compared with gold values: strict (exact after normalisation) but fair (typography,
 * case and spacing that no reader would call a difference are ignored). Defined in README.md, "Evaluation".
 */
final class MetadataMatch {
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"“”„‟«»〝〞＂]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("['‘’‚‛‹›′`´]");
    private static final Pattern DASHES = Pattern.compile("[‐‑‒–—―−]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("\\s*(?:[,;/|&]|\\s(?:and|und)\\s)\\s*");

    private MetadataMatch() {
    }

    /**
     * Text as compared: HTML entities decoded, Unicode NFKC, typographic quotes and dashes made plain, whitespace
     * collapsed and trimmed, lower case.
     */
    static String normalise(String s) {
        String t = Normalizer.normalize(Parser.unescapeEntities(s, false), Normalizer.Form.NFKC);
        t = DOUBLE_QUOTES.matcher(t).replaceAll("\"");
        t = SINGLE_QUOTES.matcher(t).replaceAll("'");
        t = DASHES.matcher(t).replaceAll("-");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        return t.toLowerCase(Locale.ROOT);
    }

    static boolean titleMatches(String gold, String predicted) {
        return predicted != null && normalise(gold).equals(normalise(predicted));
    }

    /** Gold authors (a string of names or a list) equal the predicted ones as sets of normalised names. */
    static boolean authorsMatch(List<String> gold, List<Author> predicted) {
        Set<String> expected = names(gold);
        Set<String> found = names(predicted.stream().map(Author::name).toList());
        return !expected.isEmpty() && expected.equals(found);
    }

    static Set<String> names(List<String> values) {
        Set<String> names = new TreeSet<>();
        for (String value : values) {
            for (String part : NAME_SEPARATORS.split(normalise(value))) {
                String name = EDGE_PUNCTUATION.matcher(part).replaceAll("");
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
