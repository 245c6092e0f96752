package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.json.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The error document written to standard error when the user asked for JSON on standard output
 * ({@code --json -}): a program reading our JSON gets its errors as JSON too. Schema:
 * {@value #SCHEMA_RESOURCE}.
 *
 * <pre>{"schemaVersion": 1, "error": {"exitCode": 2, "kind": "bad-input", "message": "…",
 *   "problems": [{"file": "ev.json", "path": "$.evidence[\"5.1.2.2\"]", "code": "5.1.2.2", "message": "…"}]}}</pre>
 */
final class ErrorJson {
    static final String SCHEMA_RESOURCE = "/io/aftercert/cli/schema/error.schema.json";
    static final int SCHEMA_VERSION = 1;

    private ErrorJson() {
    }

    /** Classifies {@code ex} (already unwrapped by the caller, as for the text handler) and prints the document; returns the exit code. */
    static int report(PrintWriter err, Exception ex) {
        if (ex instanceof InvalidInputException iie) {
            String summary = iie.getMessage().lines().findFirst().orElse("invalid input");
            return print(err, Main.BAD_INPUT, "bad-input", summary + "; nothing was written", iie.problems());
        }
        if (ex instanceof NoSuchFileException nsf) {
            return print(err, Main.BAD_INPUT, "bad-input", "no such file: " + nsf.getFile(),
                    List.of(new Problem(nsf.getFile(), null, null, "no such file")));
        }
        if (ex instanceof NoSuchElementException || ex instanceof io.aftercert.core.UnknownRubricException || ex instanceof Main.UserException) {
            return print(err, Main.BAD_INPUT, "bad-input", ex.getMessage(), List.of());
        }
        if (ex instanceof IOException io) {
            return print(err, Main.BAD_INPUT, "bad-input", "cannot read or write a file: " + io.getMessage() + "; nothing was written", List.of());
        }
        return print(err, Main.INTERNAL_ERROR, "internal-error", "internal error (please report it): " + ex, List.of());
    }

    static int print(PrintWriter err, int exitCode, String kind, String message, List<Problem> problems) {
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        ObjectNode error = root.putObject("error");
        error.put("exitCode", exitCode);
        error.put("kind", kind);
        error.put("message", message == null ? kind : message);
        ArrayNode list = error.putArray("problems");
        for (Problem p : problems) {
            ObjectNode o = list.addObject();
            if (p.file() != null) o.put("file", p.file());
            if (p.path() != null) o.put("path", p.path());
            if (p.code() != null) o.put("code", p.code());
            o.put("message", p.message());
        }
        err.println(root.toString());
        err.flush();
        return exitCode;
    }
}
