package org.newslens.spark;

import java.io.Serializable;

/**
 * What the corpus-wide reuse stage needs from a text-reuse detector, kept this small so that the stage depends on
 * no detector's internals: MinHash signatures cut into LSH bands give each text its band keys (two texts sharing
 * a key are a candidate pair), and candidates are then verified on their texts. The job uses {@link CoreReuse}
 * (core's {@code org.newslens.reuse}); tests may use a stand-in.
 */
public interface ReuseSignatures extends Serializable {
    /**
     * The LSH band keys of a text, one per band, each key already mixed with its band's index so that keys of
     * different bands never collide; empty for a text too short to compare.
     */
    long[] bandKeys(String text);

    /** The reuse between two candidate texts, or null when they share too little to report. */
    Match verify(String a, String b);

    /**
     * A verified pair.
     *
     * @param similarity the share of the shorter text that lies in shared passages, in [0, 1]
     * @param confidence how sure the detector is that the text was copied, in [0, 1]
     * @param reason why the pair is reported, in plain words
     */
    record Match(double similarity, double confidence, String reason) implements Serializable {
    }
}
