package org.newslens.model;

/** One sentence of the article body. */
public record Sentence(int start, int end) implements Spanned {
    public Sentence {
        Spanned.check(start, end);
    }
}
