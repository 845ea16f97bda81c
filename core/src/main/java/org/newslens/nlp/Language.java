package org.newslens.nlp;

import java.util.List;
import org.newslens.model.Entity;
import org.newslens.model.Sentence;
import org.newslens.model.Token;

/**
 * The language layers of one article: sentences, tokens and named entities.
 *
 * @param entities empty when entities were not asked for
 */
public record Language(List<Sentence> sentences, List<Token> tokens, List<Entity> entities) {
    public Language {
        sentences = List.copyOf(sentences);
        tokens = List.copyOf(tokens);
        entities = List.copyOf(entities);
    }
}
