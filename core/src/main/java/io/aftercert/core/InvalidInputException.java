package io.aftercert.core;

import java.util.List;

/**
 * Input that cannot be used, with every problem found in it (not just the first).
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    /**
     * An exception whose message is the summary followed by every problem, one a line.
     *
     * @param summary  what could not be used ({@code invalid evidence file ev.json})
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(String summary, List<Problem> problems) {
        super(format(summary, problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    /**
     * An exception for a single problem, with the summary {@code invalid input}.
     *
     * @param problem what is wrong, and where
     */
    public InvalidInputException(Problem problem) {
        this("invalid input", List.of(problem));
    }

    /** {@return every problem found, in the order reported (not empty)} */
    public List<Problem> problems() {
        return problems;
    }

    private static String format(String summary, List<Problem> problems) {
        StringBuilder sb = new StringBuilder(summary).append(" (").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(')');
        for (Problem p : problems) sb.append(System.lineSeparator()).append("  - ").append(p);
        return sb.toString();
    }
}
