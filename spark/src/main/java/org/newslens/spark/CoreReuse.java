package org.newslens.spark;

import org.newslens.model.ReusePair;
import org.newslens.reuse.ReuseKeys;
import org.newslens.reuse.ReuseOptions;

/**
 * The reuse stage's detector: core's {@link ReuseKeys} with the default options (word 5-grams, 128 one-row bands,
 * passage alignment with the same thresholds as {@code newslens reuse}). The keys object is built once per executor
 * JVM on first use rather than shipped, since it is cheap to build and not serialisable.
 */
final class CoreReuse implements ReuseSignatures {
    private static final long serialVersionUID = 1L;
    private static volatile ReuseKeys keys;

    private static ReuseKeys keys() {
        ReuseKeys k = keys;
        if (k == null) {
            synchronized (CoreReuse.class) {
                if (keys == null) {
                    keys = new ReuseKeys(ReuseOptions.defaults());
                }
                k = keys;
            }
        }
        return k;
    }

    @Override
    public long[] bandKeys(String text) {
        return keys().bandKeys(text);
    }

    @Override
    public Match verify(String a, String b) {
        ReusePair p = keys().verify("a", a, "b", b);
        return p == null ? null : new Match(p.similarity(), p.confidence(), p.reason());
    }
}
