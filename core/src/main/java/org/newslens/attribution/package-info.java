/**
 * Who said what: direct and indirect quotations with their cues and speakers ({@link
 * org.newslens.attribution.QuoteFinder}), check-worthy claims with their attribution ({@link
 * org.newslens.attribution.ClaimFinder}), and the sourcing summary ({@link org.newslens.attribution.Sourcing}).
 */
package org.newslens.attribution;
