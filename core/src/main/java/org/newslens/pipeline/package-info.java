/**
 * Composes the stages ({@link org.newslens.pipeline.Pipeline}), turns failures into error records, and writes
 * results as {@code newslens/1} JSON ({@link org.newslens.pipeline.ResultJson}).
 */
package org.newslens.pipeline;
