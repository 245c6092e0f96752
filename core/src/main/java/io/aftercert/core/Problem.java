package io.aftercert.core;

/**
 * One thing wrong with an input, located precisely enough to fix it.
 *
 * @param file    the file it was read from, or null for input built in code
 * @param path    the JSON path ({@code $.evidence["5.1.2.2"].sample.conforming}) or CSV row
 * @param code    the indicator code concerned, or null
 * @param message what is wrong, in words a person understands
 */
public record Problem(String file, String path, String code, String message) {
    /**
     * Checks the problem.
     *
     * @param file    the file it was read from, or null for input built in code
     * @param path    the JSON path ({@code $.evidence["5.1.2.2"].sample.conforming}) or CSV row
     * @param code    the indicator code concerned, or null
     * @param message what is wrong, in words a person understands
     * @throws IllegalArgumentException when the message is blank
     */
    public Problem {
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a problem needs a message");
    }

    /**
     * The same problem, located in a file (checks that run before the file name is known report none).
     *
     * @param f the file name
     * @return a copy with {@code file} set to {@code f}
     */
    public Problem inFile(String f) {
        return new Problem(f, path, code, message);
    }

    /** {@code file: $.path [code]: message}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (file != null) sb.append(file);
        if (path != null) sb.append(file != null ? ": " : "").append(path);
        if (code != null) sb.append(" [").append(code).append(']');
        if (file != null || path != null || code != null) sb.append(": ");
        return sb.append(message).toString();
    }
}
