package org.newslens.model;

/** What reading an input yields, one per page or per failure: a {@link Page} or a {@link Failure}. */
public sealed interface Item permits Page, Failure {
    /** Where the item came from. */
    Source source();
}
