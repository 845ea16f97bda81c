package org.newslens.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything newslens found in one page: the article and layers of spans over its text.
 *
 * @param source where the page came from
 * @param article the extracted article
 * @param sentences the body's sentences, sorted; empty when the sentence layer was not requested
 */
public record Analysis(Source source, Article article, List<Sentence> sentences) implements Result {
    public Analysis {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(article, "article");
        sentences = List.copyOf(sentences);
        Spanned.checkLayer("sentence", sentences, article.text().length(), true);
    }
}
