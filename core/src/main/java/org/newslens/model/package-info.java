/**
 * The records every stage shares: a {@link org.newslens.model.Page} goes in, an
 * {@link org.newslens.model.Analysis} or a {@link org.newslens.model.Failure} comes out. Findings are standoff spans
 * over {@link org.newslens.model.Article#text()} (see {@link org.newslens.model.Spanned}). Records are immutable;
 * lists are copied on the way in and never null.
 */
package org.newslens.model;
