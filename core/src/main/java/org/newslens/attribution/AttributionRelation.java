package org.newslens.attribution;

import java.util.List;
import org.newslens.model.Span;

/**
 * One attribution relation as annotated corpora (PARC, PolNeAR) give it: who (source), the attributing words (cue)
 * and what is attributed (content). Sources and contents may be discontinuous, so each is a list of fragments,
 * sorted; a relation with no source ("it has been posited that ...") has an empty source list.
 *
 * <p>This is the shape the trainer learns from and the attribution evaluation scores; the analysis itself reports
 * {@link org.newslens.model.Quote}s, one per content fragment.
 *
 * @param cue the attributing words, or null when an annotation lacks them
 */
public record AttributionRelation(List<Span> source, Span cue, List<Span> content) {
    public AttributionRelation {
        source = List.copyOf(source);
        content = List.copyOf(content);
    }
}
