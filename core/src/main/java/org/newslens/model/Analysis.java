package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;

/**
 * Everything newslens found in one page: the article and layers of spans over its text. A layer that was not
 * computed is empty.
 *
 * @param source where the page came from
 * @param article the extracted article
 * @param sentences the body's sentences, sorted
 * @param tokens the body's tokens, sorted (not written to JSON: they are the ground the other layers stand on)
 * @param entities the people, organisations, places and other names, in order of first mention
 * @param times time expressions, sorted
 * @param quotes direct and indirect quotations with their cues and speakers, sorted
 * @param claims check-worthy statements with their attribution, sorted
 * @param techniques spans that use a persuasion technique, sorted (they may overlap)
 * @param loadedWords value-laden words, boosters, hedges and vague quantities, sorted and disjoint
 * @param summary counts over the layers
 */
public record Analysis(Source source, Article article, List<Sentence> sentences, @JsonIgnore List<Token> tokens,
        List<Entity> entities, List<TimeExpression> times, List<Quote> quotes, List<Claim> claims,
        List<Technique> techniques, List<LoadedWord> loadedWords, Summary summary)
        implements Result {
    public Analysis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
        times = List.copyOf(times);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        techniques = List.copyOf(techniques);
        loadedWords = List.copyOf(loadedWords);
        Objects.requireNonNull(summary, "summary");
        int length = article.text().length();
        Spanned.checkLayer("sentence", sentences, length, true);
        Spanned.checkLayer("token", tokens, length, true);
        Spanned.checkLayer("time", times, length, false);
        Spanned.checkLayer("quote", quotes, length, false);
        Spanned.checkLayer("claim", claims, length, false);
        Spanned.checkLayer("technique", techniques, length, false);
        Spanned.checkLayer("loaded word", loadedWords, length, true);
        for (Entity e : entities) {
            Spanned.checkLayer("entity " + e.id() + " mention", e.mentions(), length, true);
        }
    }

    /** An analysis without the rhetoric layers. */
    public Analysis(Source source, Article article, List<Sentence> sentences, List<Token> tokens,
            List<Entity> entities, List<TimeExpression> times, List<Quote> quotes, List<Claim> claims,
            Summary summary) {
        this(source, article, sentences, tokens, entities, times, quotes, claims, List.of(), List.of(), summary);
    }

    /** An analysis holding the article alone. */
    public static Analysis ofArticle(Source source, Article article) {
        return new Analysis(source, article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Summary.EMPTY);
    }
}
