package org.newslens.corpus;

/** How many matching articles carry one value of a facet ("site" = "example.com": 12). */
public record FacetCount(String value, long count) {
}
