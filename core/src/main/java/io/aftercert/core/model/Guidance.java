package io.aftercert.core.model;

/**
 * Requirement text from another document that tells a self-assessor what the item asks for.
 *
 * @param source the source document id
 * @param clause the clause there ({@code 4.1.1.2.1})
 * @param text   its text as printed (Chinese)
 *
 * @since 1.0
 */
public record Guidance(String source, String clause, String text) {
    /**
     * Checks the guidance.
     *
     * @param source the source document id
     * @param clause the clause there ({@code 4.1.1.2.1})
     * @param text   its text as printed (Chinese)
     * @throws IllegalArgumentException when source or clause is missing or the text is blank
     */
    public Guidance {
        if (source == null || clause == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("guidance needs source, clause and text (clause " + clause + ")");
        }
    }
}
