package io.aftercert.server;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * Upload names. A client's name is a label only: files are stored under ids the server chooses, so a
 * name never becomes a path. Names that look like paths are refused all the same, so a client
 * learns its mistake instead of seeing its name changed.
 */
final class Names {
    static final int MAX_LENGTH = 200;

    private Names() {
    }

    /** {@code name} when it is a plain file name; null when absent; 400 when it holds a path or control characters. */
    static String check(String name) {
        if (name == null) return null;
        if (name.isBlank() || name.length() > MAX_LENGTH || name.equals(".") || name.equals("..") || name.contains("/")
                || name.contains("\\") || name.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || name.contains(":")) {
            throw new ApiException(400, "bad-input", "name must be a plain file name (no folders, '..', ':' or control characters,"
                    + " at most " + MAX_LENGTH + " characters)", List.of(new Problem(null, "name", null, "not a plain file name")));
        }
        return name;
    }

    /** The same problems with the server's file (full path or file name) replaced by the client's name. */
    static InvalidInputException renamed(InvalidInputException e, Path file, String name) {
        String f = file.toString();
        String shortName = file.getFileName().toString();
        List<Problem> ps = e.problems().stream()
                .map(p -> f.equals(p.file()) || shortName.equals(p.file()) ? new Problem(name, p.path(), p.code(), p.message()) : p).toList();
        // the first line without its " (N problems)", which the new exception adds again
        String summary = e.getMessage().lines().findFirst().orElse("invalid input").replace(f, name).replace(shortName, name)
                .replaceFirst(" \\(\\d+ problems?\\)$", "");
        return new InvalidInputException(summary, ps);
    }
}
