package org.newslens.pipeline;

import java.util.EnumSet;
import java.util.Set;

/** An analysis layer a caller can ask for; the article itself is always extracted. */
public enum Layer {
    /** Sentence spans over the body. */
    SENTENCES,
    /** People, organisations, places and other names, grouped into entities. */
    ENTITIES,
    /** Time expressions with TIMEX3 values. */
    TIMES,
    /** Direct and indirect quotations with cues and speakers. */
    QUOTES,
    /** Check-worthy claims with their attribution, and the sourcing summary. */
    CLAIMS,
    /** Persuasion techniques and loaded words, and the rhetoric summary. */
    TECHNIQUES;

    /** {@code layers} and every layer they need. */
    public static Set<Layer> withDependencies(Set<Layer> layers) {
        EnumSet<Layer> all = layers.isEmpty() ? EnumSet.noneOf(Layer.class) : EnumSet.copyOf(layers);
        if (all.contains(CLAIMS)) {
            all.add(QUOTES);
        }
        if (all.contains(TECHNIQUES)) {
            // Names are masked to their type so that the analysis judges wording, not sides.
            all.add(ENTITIES);
        }
        if (all.contains(QUOTES)) {
            all.add(ENTITIES);
        }
        if (!all.isEmpty()) {
            all.add(SENTENCES);
        }
        return all;
    }
}
