package io.aftercert.core;

import java.util.List;

/**
 * Input that cannot be used, with every problem found in it (not just the first).
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InvalidInputException(String summary, List<Problem> problems) {
        super(format(summary, problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this("invalid input", List.of(problem));
    }

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
