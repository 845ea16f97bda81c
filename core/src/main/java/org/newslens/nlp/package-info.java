/**
 * Language layers over the article text: sentences now; tokens, entities and time expressions to come. CoreNLP
 * stays behind this package's classes: no other package imports it.
 */
package org.newslens.nlp;
