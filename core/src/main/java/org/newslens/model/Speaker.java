package org.newslens.model;

/**
 * Who a quote or claim is attributed to: the span of the article that names them, and the entity it resolves to.
 *
 * @param entity the {@link Entity#id()} the span refers to (directly, or through a pronoun or a role such as "the
 *     minister"), or null when it names no entity ("experts", "a senior official")
 */
public record Speaker(int start, int end, String entity) implements Spanned {
    public Speaker {
        Spanned.check(start, end);
    }
}
