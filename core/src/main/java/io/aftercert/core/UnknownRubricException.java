package io.aftercert.core;

/**
 * No usable rubric of the id asked for: none is installed (the message names the installed ones
 * and suggests the nearest id), or its provider is broken (the message says why).
 *
 * @since 1.0
 */
public final class UnknownRubricException extends AfterCertException {
    private static final long serialVersionUID = 1L;
    private final String id;

    /**
     * A refusal of the rubric {@code id}, for a registry of one's own that keeps the same exception story.
     *
     * @param id   the rubric id asked for
     * @param text why it cannot be used, in both languages
     */
    public UnknownRubricException(String id, Text text) {
        super(text, null);
        this.id = id;
    }

    /** {@return the rubric id asked for} */
    public String id() {
        return id;
    }
}
