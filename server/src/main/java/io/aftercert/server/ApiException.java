package io.aftercert.server;

import io.aftercert.core.Problem;
import java.util.List;

/**
 * A request the server refuses: an HTTP status, a problem type (the last part of the RFC 9457
 * {@code type} URI), a sentence, and the problem list (file, path, code, message) the CLI prints.
 */
final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String type;
    final transient List<Problem> problems;

    ApiException(int status, String type, String detail, List<Problem> problems) {
        super(detail);
        this.status = status;
        this.type = type;
        this.problems = List.copyOf(problems);
    }

    ApiException(int status, String type, String detail) {
        this(status, type, detail, List.of());
    }

    static ApiException notFound(String what) {
        return new ApiException(404, "not-found", what);
    }

    static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-input", detail);
    }
}
