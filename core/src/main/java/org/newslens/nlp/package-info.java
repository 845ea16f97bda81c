/**
 * Language layers over the article text: sentences, tokens, named entities (grouped per article) and time
 * expressions. CoreNLP stays behind this package's classes: no other package imports it.
 */
package org.newslens.nlp;
