package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
/**
 * Where a value comes from.
 *
 * @param source  the source document id as the rubric's {@code sources} list names it
 * @param clause  the clause in that document, as printed
 * @param derived true when the points or weight are allocated by the rubric, not published
 * @param note    how a derived value was obtained, or null
 * @param quote   the source's sentence quoted verbatim (Chinese), where the clause alone does not
 *                locate it (a chapter whose indicators are not numbered), or null
 *
 * @since 1.0
 */
public record Provenance(String source, String clause, boolean derived, @Nullable String note, @Nullable String quote) {

    /**
     * A provenance without a quotation.
     *
     * @param source  the source document id
     * @param clause  the clause in that document, as printed
     * @param derived true when the points or weight are allocated by the rubric, not published
     * @param note    how a derived value was obtained, or null
     */
    public Provenance(String source, String clause, boolean derived, @Nullable String note) {
        this(source, clause, derived, note, null);
    }

    /**
     * Checks the provenance.
     *
     * @param source  the source document id as the rubric's {@code sources} list names it
     * @param clause  the clause in that document, as printed
     * @param derived true when the points or weight are allocated by the rubric, not published
     * @param note    how a derived value was obtained, or null
     * @param quote   the source's sentence quoted verbatim (Chinese), where the clause alone does not
     *                locate it (a chapter whose indicators are not numbered), or null
     * @throws IllegalArgumentException when the source is blank
     */
    public Provenance {
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("provenance needs a source (clause " + clause + ")");
        }
    }
}
