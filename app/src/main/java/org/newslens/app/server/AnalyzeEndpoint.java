package org.newslens.app.server;

import io.javalin.http.Context;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.newslens.ingest.IngestOptions;
import org.newslens.ingest.PageReader;
import org.newslens.model.Failure;
import org.newslens.model.Item;
import org.newslens.model.Page;
import org.newslens.model.Result;
import org.newslens.model.Source;
import org.newslens.pipeline.Layer;
import org.newslens.pipeline.Pipeline;
import org.newslens.pipeline.PipelineOptions;
import org.newslens.pipeline.ResultJson;

/**
 * {@code POST /api/analyze}: the body is a page (HTML, or text flattened from a page, in any charset the CLI reads)
 * and the answer is its {@code newslens/1} analysis, the same bytes {@code newslens analyze --json -} prints for the
 * same bytes on standard input. Parameters mirror the CLI's: {@code url} ({@code --url}), {@code date}
 * ({@code --date}), {@code format=text|html|auto} ({@code --text}, or a file name's extension), and {@code name}, the
 * input's name as the CLI would have printed it (default {@code -}); a name ending in {@code .txt} or {@code .html}
 * decides the format as it does for a file.
 *
 * <p>A page that cannot be analysed (binary, empty after decoding, over the time limit) is answered with its error
 * record and 422; a body over the limit with 413 before it is read.
 */
final class AnalyzeEndpoint {
    /** Waiting longer than this for a free analysis slot means the server is overloaded: 503, try later. */
    private static final long QUEUE_SECONDS = 120;
    private static final int MAX_NAME_CHARS = 1_000;

    private final ServerOptions options;
    private final Semaphore slots;

    AnalyzeEndpoint(ServerOptions options) {
        this.options = options;
        // Analysis is CPU-bound: more at once than there are cores only adds memory, not speed.
        this.slots = new Semaphore(options.analyses(), true);
    }

    void handle(Context ctx) throws IOException, InterruptedException {
        String name = param(ctx, "name", "-");
        String url = param(ctx, "url", null);
        LocalDate date = date(ctx.queryParam("date"));
        String format = param(ctx, "format", "auto").toLowerCase(Locale.ROOT);
        if (!List.of("auto", "text", "html").contains(format)) {
            throw ApiException.badRequest("format must be auto, text or html, got '" + format + "'");
        }
        byte[] body = readBody(ctx, options.maxBodyBytes());
        if (body.length == 0) {
            throw ApiException.badRequest("the request body is empty: send the page's HTML or text");
        }
        boolean asText = format.equals("text") || format.equals("auto") && FileNames.isText(name);
        boolean asHtml = format.equals("html") || format.equals("auto") && FileNames.isHtml(name);
        Item item = read(body, name, url, asText, asHtml);
        if (!slots.tryAcquire(QUEUE_SECONDS, TimeUnit.SECONDS)) {
            ctx.header("Retry-After", "30");
            throw new ApiException(503, "every analysis slot has been busy for " + QUEUE_SECONDS + " s; try again");
        }
        Result result;
        try {
            Pipeline pipeline = new Pipeline(new PipelineOptions(EnumSet.allOf(Layer.class), options.timeLimit(),
                    Instant.now(), date));
            result = pipeline.run(item);
        } finally {
            slots.release();
        }
        ctx.status(result instanceof Failure ? 422 : 200)
                .contentType("application/json; charset=utf-8")
                .result(ResultJson.toPrettyString(result, true) + "\n");
    }

    /** Decodes the body as the CLI decodes standard input, then names it and fixes its format as a file's name would. */
    private Item read(byte[] body, String name, String url, boolean asText, boolean asHtml) {
        IngestOptions ingest = IngestOptions.defaults().withMaxBytes(options.maxBodyBytes() + 1).withUrl(url)
                .withText(asText);
        Item item;
        try (PageReader reader = PageReader.open(List.of("-"), ingest, new ByteArrayInputStream(body))) {
            item = reader.next();
        }
        Source source = new Source(name, item.source().url(), item.source().fetched());
        if (item instanceof Page p) {
            Page.Format f = asHtml ? Page.Format.HTML : p.format();
            return new Page(source, f, p.content(), p.charset());
        }
        Failure f = (Failure) item;
        return new Failure(source, f.stage(), f.reason());
    }

    /**
     * Reads at most {@code limit} bytes of the body. A declared length over the limit is refused before a byte is
     * read (a client that sent {@code Expect: 100-continue} never sends the body); a chunked body is cut off at the
     * limit.
     */
    static byte[] readBody(Context ctx, long limit) throws IOException {
        long declared = declaredLength(ctx.header("Content-Length"));
        if (declared > limit) {
            throw tooLarge(limit);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 8192);
        byte[] buffer = new byte[65536];
        long total = 0;
        try (InputStream in = ctx.bodyInputStream()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > limit) {
                    throw tooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            // Jetty refuses a malformed length before we run; this is only belt and braces.
            throw ApiException.badRequest("Content-Length is not a number");
        }
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "the request body is larger than the limit of " + limit + " bytes (the server's"
                + " --max-body option)");
    }

    private static String param(Context ctx, String key, String fallback) {
        String value = ctx.queryParam(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (value.length() > MAX_NAME_CHARS) {
            throw ApiException.badRequest(key + " is longer than " + MAX_NAME_CHARS + " characters");
        }
        return value.strip();
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("date must be YYYY-MM-DD, got '" + value + "'");
        }
    }

    /** What a file name promises, as the CLI reads it (see the ingest package's extension rules). */
    static final class FileNames {
        private FileNames() {
        }

        static boolean isText(String name) {
            String n = stem(name);
            return n.endsWith(".txt") || n.endsWith(".text");
        }

        static boolean isHtml(String name) {
            String n = stem(name);
            return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml") || n.endsWith(".shtml");
        }

        private static String stem(String name) {
            // No '.gz' here: the body is never gunzipped, so 'page.html.gz' promises nothing readable.
            return name.toLowerCase(Locale.ROOT);
        }
    }
}
