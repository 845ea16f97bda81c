package org.newslens.rhetoric;

import java.util.Set;

/**
 * English function words. Two uses: repetition counts skip them (every article repeats "the"), and their share of an
 * article's words tells English text from other languages.
 */
final class Stopwords {
    private Stopwords() {
    }

    static final Set<String> WORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
            "do", "does", "did", "this", "that", "these", "those", "it", "its", "he", "she", "they", "them", "his",
            "her", "their", "we", "our", "you", "your", "i", "me", "my", "not", "no", "will", "would", "can", "could",
            "should", "there", "here", "which", "who", "whom", "what", "when", "where", "why", "how", "if", "than",
            "then", "so", "about", "into", "over", "after", "before", "also", "more", "said", "says", "all", "just",
            "such", "only", "other", "some", "any", "each", "most", "up", "out", "very", "him", "one", "new");

    static boolean is(String lowerWord) {
        return WORDS.contains(lowerWord);
    }
}
