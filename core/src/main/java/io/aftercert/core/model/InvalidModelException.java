package io.aftercert.core.model;

import io.aftercert.core.Text;

/**
 * A rubric part built with values its rules refuse (a grade bound outside [0, 100], grade bounds
 * that do not increase, …): an {@link IllegalArgumentException}, as for any argument built in
 * code, whose message is English and whose {@link #text()} says the same in both languages, with
 * the {@link #path()} of the offending value inside the part checked, so a reader of a file (a
 * tailoring file) reports it at its place without repeating the check.
 *
 * @since 1.0
 */
public final class InvalidModelException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final transient Text text;

    InvalidModelException(io.aftercert.core.Problem problem) {
        super(problem.text().en());
        this.path = problem.path();
        this.text = problem.text();
    }

    /** {@return where the refused value stands inside the part checked ({@code min}, {@code grades[2].id})} */
    public String path() {
        return path;
    }

    /** {@return what is wrong, in both languages} */
    public Text text() {
        return text;
    }
}
