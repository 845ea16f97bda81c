package org.newslens.spark;

import java.io.Serializable;

/**
 * What the corpus-wide reuse stage needs from a text-reuse detector, kept this small so that the stage depends on
 * no detector's internals: MinHash signatures cut into LSH bands give each text its band keys (two texts sharing
 * a key are a candidate pair), and candidates are then verified on their texts. The implementation is core's
 * {@code org.newslens.reuse} (shingles, MinHash, banding, passage alignment) once it is in; until then tests use a
 * stand-in.
 */
public interface ReuseSignatures extends Serializable {
    /**
     * The LSH band keys of a text, one per band, each key already mixed with its band's index so that keys of
     * different bands never collide; empty for a text too short to compare.
     */
    long[] bandKeys(String text);

    /**
     * How much of two candidate texts is shared, in [0, 1]; pairs below {@link #threshold()} are dropped.
     */
    double similarity(String a, String b);

    /** The least similarity a pair needs to be reported. */
    double threshold();
}
