package org.newslens.app.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.newslens.corpus.Corpus;
import org.newslens.corpus.CorpusException;

/**
 * The server's read-only view of the corpus. The index may be missing when the server starts, or damaged: then the
 * corpus routes answer 503 with the reason while analysis goes on working, and the index is opened as soon as it is
 * usable (someone runs {@code newslens index} meanwhile). Read-only, so nothing the server does can damage it, and
 * {@code newslens index} can write to it while the server runs.
 */
final class CorpusHandle implements Closeable {
    /** A failed open is retried at most this often: opening a damaged index reads its files. */
    private static final long RETRY_NANOS = 1_000_000_000L;

    private final Path directory;
    private Corpus corpus;
    private CorpusException lastFailure;
    private long lastTry;
    private boolean closed;

    CorpusHandle(Path directory) {
        this.directory = directory;
    }

    /**
     * The open corpus.
     *
     * @throws CorpusException when the index is missing or unusable; the message says why and what to do
     */
    synchronized Corpus corpus() throws CorpusException {
        if (corpus != null) {
            return corpus;
        }
        if (closed) {
            throw new CorpusException("the server is shutting down");
        }
        long now = System.nanoTime();
        if (lastFailure != null && now - lastTry < RETRY_NANOS) {
            throw lastFailure;
        }
        lastTry = now;
        try {
            corpus = Corpus.openReadOnly(directory);
            lastFailure = null;
            return corpus;
        } catch (CorpusException e) {
            lastFailure = e;
            throw e;
        }
    }

    /** Whether the corpus can be used now, and if not why: for {@code /api/info}. */
    String status() {
        try {
            corpus();
            return null;
        } catch (CorpusException e) {
            return e.getMessage();
        }
    }

    @Override
    public synchronized void close() throws IOException {
        closed = true;
        if (corpus != null) {
            corpus.close();
            corpus = null;
        }
    }
}
