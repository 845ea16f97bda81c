package org.newslens.model;

import java.util.Objects;

/**
 * An error record: an input newslens could not turn into a result, and why.
 *
 * @param source the input
 * @param stage the stage that gave up ({@code ingest}, {@code extract}, {@code nlp}, ...)
 * @param reason what went wrong, in plain words
 */
public record Failure(Source source, String stage, String reason) implements Item, Result {
    public Failure {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }
}
