package io.aftercert.core;

import java.util.List;

/**
 * Input that cannot be used, with every problem found in it (not just the first), said in both
 * languages: {@link #getMessage()} in English (logs, JSON APIs), {@link #describe(Lang)} in the
 * reader's language.
 *
 * @since 1.0
 */
public class InvalidInputException extends AfterCertException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;
    private final transient Text summary;

    /**
     * An exception whose message is the summary followed by every problem, one a line.
     *
     * @param summary  what could not be used ({@code invalid evidence file ev.json})
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(String summary, List<Problem> problems) {
        this(Text.of(summary, summary), problems);
    }

    /**
     * An exception with a summary in both languages.
     *
     * @param summary  what could not be used ({@code 证据文件 ev.json 有误} / {@code invalid evidence file ev.json})
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public InvalidInputException(Text summary, List<Problem> problems) {
        super(format(summary, checked(problems), Lang.EN), Text.of(format(summary, problems, Lang.ZH), format(summary, problems, Lang.EN)), null);
        this.problems = List.copyOf(problems);
        this.summary = summary;
    }

    /**
     * An exception for a single problem, with the summary {@code invalid input}.
     *
     * @param problem what is wrong, and where
     */
    public InvalidInputException(Problem problem) {
        this(Text.of("输入有误", "invalid input"), List.of(problem));
    }

    /** {@return every problem found, in the order reported (not empty)} */
    public List<Problem> problems() {
        return problems;
    }

    private static List<Problem> checked(List<Problem> problems) {
        if (problems.isEmpty()) throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
        return problems;
    }

    /** {@return what could not be used, in both languages} */
    public Text summary() {
        return summary;
    }

    /**
     * The summary and every problem, one a line, in one language.
     *
     * @param lang the reader's language
     * @return the text ({@link #getMessage()} is this in English)
     */
    @Override
    public String describe(Lang lang) {
        return format(summary, problems, lang);
    }

    private static String format(Text summary, List<Problem> problems, Lang lang) {
        int n = problems.size();
        StringBuilder sb = new StringBuilder(summary.in(lang)).append(lang == Lang.EN
                ? " (" + n + (n == 1 ? " problem)" : " problems)") : "（" + n + " 个问题）");
        for (Problem p : problems) sb.append(System.lineSeparator()).append("  - ").append(p.toString(lang));
        return sb.toString();
    }
}
