package io.aftercert.core.model;

/**
 * Records which tailoring file adjusted a rubric (architecture §5).
 *
 * @param name   the tailoring's declared name
 * @param sha256 hex SHA-256 of the tailoring file's bytes
 *
 * @since 1.0
 */
public record AppliedTailoring(String name, String sha256) {
    /**
     * Checks the record.
     *
     * @param name   the tailoring's declared name
     * @param sha256 hex SHA-256 of the tailoring file's bytes
     * @throws IllegalArgumentException when the name is blank or {@code sha256} is not 64 lower-case hex digits
     */
    public AppliedTailoring {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a tailoring needs a name");
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("tailoring sha256 must be 64 hex digits");
    }
}
