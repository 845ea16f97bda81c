package org.newslens.corpus;

/** How search hits are ordered. Articles without a publication date come last in the date orders. */
public enum SortOrder {
    /** Best match first (ties: newest first); the order of an empty query is the index order. */
    RELEVANCE,
    /** Newest publication date first. */
    NEWEST,
    /** Oldest publication date first. */
    OLDEST;

    /** The lower-case name used in JSON and on the command line. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
