package org.newslens.app.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code newslens serve} runs.
 *
 * @param host the address to bind; loopback unless the user says otherwise, so a page's analysis never leaves the
 *     machine by accident
 * @param port the TCP port, or 0 for any free one
 * @param index the corpus directory, opened read-only (it may be missing: then only analysis works)
 * @param maxBodyBytes request bodies larger than this are refused with 413
 * @param timeLimit per-document time limit of the pipeline
 * @param analyses analyses run at once; more requests wait for a free slot
 */
public record ServerOptions(String host, int port, Path index, long maxBodyBytes, Duration timeLimit, int analyses) {
    /** Loopback: the server is for the person at this machine unless {@code --host} says otherwise. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7700;
    /**
     * 10 MiB: more than twice the largest page of the trafilatura-eval set (4 MB), and small enough that eight
     * requests in flight cannot press the heap.
     */
    public static final long DEFAULT_MAX_BODY_BYTES = 10L << 20;
    /** As the CLI's {@code --time-limit}. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new IllegalArgumentException("the time limit must be positive, got " + timeLimit);
        }
        if (analyses < 1) {
            throw new IllegalArgumentException("at least one analysis must be allowed at once, got " + analyses);
        }
    }

    /** Defaults for an index directory: loopback, port 7700, 10 MiB bodies, 30 s per page, one analysis per core. */
    public static ServerOptions defaults(Path index) {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, index, DEFAULT_MAX_BODY_BYTES, DEFAULT_TIME_LIMIT,
                Runtime.getRuntime().availableProcessors());
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, index, maxBodyBytes, timeLimit, analyses);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, index, maxBodyBytes, timeLimit, analyses);
    }

    public ServerOptions withMaxBodyBytes(long limit) {
        return new ServerOptions(host, port, index, limit, timeLimit, analyses);
    }

    public ServerOptions withTimeLimit(Duration limit) {
        return new ServerOptions(host, port, index, maxBodyBytes, limit, analyses);
    }

    /** Whether the bound address is a loopback one (then requests must name a loopback host too). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
