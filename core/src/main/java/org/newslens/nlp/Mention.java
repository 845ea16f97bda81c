package org.newslens.nlp;

import org.newslens.model.Entity;
import org.newslens.model.Spanned;

/**
 * A name found in the text before mentions are grouped into entities.
 *
 * @param text the name as written
 */
record Mention(int start, int end, Entity.Type type, String text) implements Spanned {
}
