/**
 * The Apache Spark job: the same {@code pipeline} per WARC record, on a cluster, so that results computed on a
 * laptop and on a cluster are byte-for-byte the same. The job itself arrives with the scale issue; this module
 * already builds against {@code core} so that the layout DESIGN.md describes holds from the start.
 */
package org.newslens.spark;
