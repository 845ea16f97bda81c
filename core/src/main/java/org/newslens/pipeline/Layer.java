package org.newslens.pipeline;

/** An analysis layer a caller can ask for; the article itself is always extracted. */
public enum Layer {
    /** Sentence spans over the body. */
    SENTENCES
}
