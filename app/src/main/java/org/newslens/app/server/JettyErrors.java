package org.newslens.app.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.newslens.pipeline.ResultJson;

/**
 * Errors that Jetty answers before Javalin sees the request (a URI with {@code ..} or an encoded slash, a malformed
 * header) are JSON too, in the same shape as {@link ApiErrors}, and carry no stack trace or server version.
 */
final class JettyErrors extends ErrorHandler {
    JettyErrors() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        var root = ResultJson.mapper().createObjectNode();
        var error = root.putObject("error");
        error.put("status", code);
        String reason = HttpStatus.getMessage(code);
        error.put("message", message == null || message.isBlank() || message.equals(reason)
                ? reason.toLowerCase(java.util.Locale.ROOT) : message);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(root.toString().getBytes(StandardCharsets.UTF_8)), callback);
    }
}
