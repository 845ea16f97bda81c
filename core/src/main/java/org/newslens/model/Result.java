package org.newslens.model;

/** What processing a page yields: an {@link Analysis} or a {@link Failure}; never nothing. */
public sealed interface Result permits Analysis, Failure {
    /** Where the page came from. */
    Source source();
}
