package org.newslens.app.server;

/**
 * A request the API refuses, with the HTTP status and a message for the caller. Thrown by handlers and turned into
 * a JSON error body by {@link ApiErrors}.
 */
final class ApiException extends RuntimeException {
    final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }
}
