package org.newslens.model;

/**
 * One token of the body, as the tokenizer cut it.
 *
 * @param pos its part-of-speech tag (Penn Treebank), or null when no tagger ran
 */
public record Token(int start, int end, String pos) implements Spanned {
    public Token {
        Spanned.check(start, end);
    }
}
