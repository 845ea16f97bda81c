/**
 * How an article tries to persuade: spans of the 14 persuasion techniques of the Propaganda Techniques Corpus and
 * word-level marks for loaded language ({@link org.newslens.rhetoric.TechniqueFinder}). Two linear models trained on
 * PTC ({@link org.newslens.rhetoric.TechniqueTrainer}) find the spans and name their technique from word, context
 * and lexicon features; names of people and organisations are masked to their type so that the analysis judges
 * wording, not sides.
 */
package org.newslens.rhetoric;
