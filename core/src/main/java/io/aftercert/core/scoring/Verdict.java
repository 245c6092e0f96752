package io.aftercert.core.scoring;

/**
 * Whether an evaluation is passed: passed, failed, or not judged where the rubric defines no pass
 * rule (neither a grade scale nor special findings). In result JSON {@code passed} is
 * {@code true}, {@code false} or {@code null}.
 *
 * @since 1.0
 */
public enum Verdict {
    /** The evaluation is passed: a grade is reached and the deductions do not fail it. */
    PASSED,
    /** The evaluation is not passed: below the lowest grade, or too many special deductions. */
    FAILED,
    /** The rubric defines no pass rule (a quality index without special findings). */
    NOT_JUDGED;

    /**
     * The verdict of a yes/no answer.
     *
     * @param passed whether the evaluation is passed
     * @return {@link #PASSED} or {@link #FAILED}
     */
    public static Verdict of(boolean passed) {
        return passed ? PASSED : FAILED;
    }

    /** {@return true for {@link #PASSED}} */
    public boolean passed() {
        return this == PASSED;
    }
}
