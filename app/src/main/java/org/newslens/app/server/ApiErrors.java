package org.newslens.app.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.newslens.pipeline.ResultJson;

/**
 * Every error the server answers is JSON: {@code {"error": {"status": 400, "message": "..."}}}, so that a client
 * never has to parse an HTML error page.
 */
final class ApiErrors {
    private ApiErrors() {
    }

    static void write(Context ctx, int status, String message) {
        ObjectNode root = ResultJson.mapper().createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("status", status);
        error.put("message", message);
        ctx.status(status).contentType("application/json; charset=utf-8").result(root.toString());
    }

    /** The plain-words reason for a status the framework sets itself (no route, wrong method). */
    static String reason(int status) {
        return switch (status) {
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "request body too large";
            case 400 -> "bad request";
            default -> "error " + status;
        };
    }
}
