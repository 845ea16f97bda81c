package org.newslens.app.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.io.Closeable;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newslens.corpus.CorpusException;
import org.newslens.corpus.QuerySyntaxException;

/**
 * {@code newslens serve}: the HTTP API and the web reader, on Javalin (Jetty).
 *
 * <pre>
 * POST /api/analyze                 a page in, its newslens/1 analysis out
 * GET  /api/articles/{id}           an indexed article's stored analysis
 * GET  /api/articles/{id}/reuse     the articles it shares text with, with the passages
 * GET  /api/search                  hits, total and facet counts (q, filters, from/to, sort, offset, limit, facets)
 * GET  /api/timeline                matches per day/week/month (q and filters; entity=NAME for an entity)
 * GET  /api/reuse                   every reuse pair in the corpus
 * GET  /api/info                    limits and the state of the index
 * GET  /                            the web reader (static files from the jar; uPlot from its WebJar)
 * </pre>
 *
 * Every error is JSON with its status. The corpus is opened read-only and may be missing or damaged: the corpus
 * routes then answer 503 and everything else keeps working.
 *
 * <pre>{@code
 * try (NewslensServer server = NewslensServer.start(ServerOptions.defaults(Path.of("newslens-data")).withPort(0))) {
 *     URI api = server.uri().resolve("/api/search?q=ferry");
 * }
 * }</pre>
 */
public final class NewslensServer implements Closeable {
    /** Where the reader's files live on the class path. */
    static final String WEB_ROOT = "/org/newslens/app/server/web";
    /**
     * The reader runs only its own scripts and styles, talks only to this server, and is never framed: article text
     * that slipped past escaping still could not run or leak.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";
    /** Names a loopback-bound server answers to; anything else is a DNS-rebinding page trying to reach it. */
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final ServerOptions options;
    private final CorpusHandle corpus;
    private final Javalin app;

    private NewslensServer(ServerOptions options) {
        this.options = options;
        this.corpus = new CorpusHandle(options.index());
        AnalyzeEndpoint analyze = new AnalyzeEndpoint(options);
        CorpusEndpoints endpoints = new CorpusEndpoints(corpus);
        this.app = Javalin.create(config -> configure(config, analyze, endpoints));
    }

    /**
     * Starts a server and returns once it listens.
     *
     * @throws IllegalStateException when the address cannot be bound (the port is taken, say)
     */
    public static NewslensServer start(ServerOptions options) {
        NewslensServer server = new NewslensServer(Objects.requireNonNull(options, "options"));
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException("cannot listen on " + options.host() + ":" + options.port() + ": "
                    + rootMessage(e), e);
        }
        return server;
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The base address, for example {@code http://127.0.0.1:7700/}. */
    public java.net.URI uri() {
        String host = options.host().contains(":") ? "[" + options.host() + "]" : options.host();
        return java.net.URI.create("http://" + host + ":" + port() + "/");
    }

    /** Stops listening and releases the index. */
    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                corpus.close();
            } catch (IOException e) {
                // Read-only: nothing is lost when the reader fails to close.
            }
        }
    }

    private void configure(JavalinConfig config, AnalyzeEndpoint analyze, CorpusEndpoints endpoints) {
        config.jetty.host = options.host();
        config.jetty.port = options.port();
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = options.maxBodyBytes();
        config.http.defaultContentType = "application/json; charset=utf-8";
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = WEB_ROOT;
            files.location = Location.CLASSPATH;
            files.headers = Map.of("Cache-Control", "no-cache");
        });
        config.staticFiles.enableWebjars();
        var routes = config.routes;
        routes.before(this::guard);
        routes.get("/api/info", this::info);
        routes.post("/api/analyze", analyze::handle);
        routes.get("/api/articles/{id}", endpoints::article);
        routes.get("/api/articles/{id}/reuse", endpoints::reuseOf);
        routes.get("/api/search", endpoints::search);
        routes.get("/api/timeline", endpoints::timeline);
        routes.get("/api/reuse", endpoints::reuse);
        routes.exception(ApiException.class, (e, ctx) -> ApiErrors.write(ctx, e.status, e.getMessage()));
        routes.exception(QuerySyntaxException.class, (e, ctx) -> ApiErrors.write(ctx, 400, e.getMessage()));
        routes.exception(CorpusException.class, (e, ctx) -> ApiErrors.write(ctx, 503, e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> ApiErrors.write(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> ApiErrors.write(ctx, 500, "internal error: " + e));
        for (int status : new int[] {404, 405}) {
            routes.error(status, ctx -> {
                String body = ctx.result();
                if (body == null || body.isEmpty()) {
                    ApiErrors.write(ctx, status, ApiErrors.reason(status) + ": " + ctx.method() + " " + ctx.path());
                }
            });
        }
    }

    /** Security headers on every answer, and the DNS-rebinding guard of a loopback-bound server. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (options.loopback() && !LOOPBACK_NAMES.contains(hostName(ctx.header("Host")))) {
            throw new ApiException(403, "this server listens on a loopback address and answers only requests for"
                    + " localhost or 127.0.0.1 (start it with --host to serve other names)");
        }
    }

    private void info(Context ctx) {
        var root = org.newslens.pipeline.ResultJson.mapper().createObjectNode();
        root.put("schema", org.newslens.pipeline.ResultJson.SCHEMA);
        root.put("maxBodyBytes", options.maxBodyBytes());
        root.put("timeLimitSeconds", options.timeLimit().toMillis() / 1000.0);
        var index = root.putObject("index");
        String problem = corpus.status();
        index.put("available", problem == null);
        if (problem != null) {
            index.put("problem", problem);
        }
        ctx.contentType("application/json; charset=utf-8").result(root.toString());
    }

    /** The host part of a Host header, lower-cased, without the port. */
    static String hostName(String header) {
        if (header == null) {
            return "";
        }
        String h = header.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int close = h.indexOf(']');
            return close < 0 ? h : h.substring(0, close + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
