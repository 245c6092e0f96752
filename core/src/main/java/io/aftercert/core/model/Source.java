package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Text;

/**
 * A document a rubric is drawn from.
 *
 * @param id    short id used by {@link Provenance#source()}
 * @param title the document's title
 * @param ref   its number or file ({@code "T/GXDSL 244—2025"}), or null
 *
 * @since 1.0
 */
public record Source(String id, Text title, @Nullable String ref) {
    /**
     * Checks the source.
     *
     * @param id    short id used by {@link Provenance#source()}
     * @param title the document's title
     * @param ref   its number or file ({@code "T/GXDSL 244—2025"}), or null
     * @throws IllegalArgumentException when the id is blank or the title missing
     */
    public Source {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("source id must not be blank");
        if (title == null) throw new IllegalArgumentException("source " + id + " needs a title");
    }
}
