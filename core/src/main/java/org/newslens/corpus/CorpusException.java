package org.newslens.corpus;

import java.io.IOException;

/**
 * The index cannot be used: it is missing, damaged, locked by another writer, or the directory holds something that
 * is not a newslens index. The message says which, and what to do; the index files are left as they were.
 */
public final class CorpusException extends IOException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
