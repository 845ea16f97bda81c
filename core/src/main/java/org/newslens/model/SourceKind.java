package org.newslens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** How specifically a statement is sourced. */
public enum SourceKind {
    /** A specific person or organisation: "the Dutch intelligence service stated". */
    NAMED("named"),
    /** A group or unnamed authority: "experts say", "officials", "critics", "reports", "it has been posited". */
    VAGUE("vague"),
    /** A source deliberately left unnamed: "a source familiar with the matter". */
    ANONYMOUS("anonymous"),
    /** Not attributed at all: the article asserts it. */
    NONE("none");

    private final String label;

    SourceKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }
}
