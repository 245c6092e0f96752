package io.aftercert.crosswalk;

import io.aftercert.core.Text;
import java.util.Objects;

/**
 * One row of a crosswalk: item {@code from} of the source rubric RELATION item {@code to} of the
 * target rubric, with a one-line reason and, for a row that claims containment, its justification
 * (null where the data gives none).
 */
public record Mapping(String from, Relation relation, String to, Text reason, Justification justification) {
    public Mapping {
        if (from == null || from.isBlank()) throw new IllegalArgumentException("mapping needs a source item code");
        if (to == null || to.isBlank()) throw new IllegalArgumentException("mapping of " + from + " needs a target item code");
        Objects.requireNonNull(relation, () -> "mapping " + from + " → " + to + " needs a relation");
        Objects.requireNonNull(reason, () -> "mapping " + from + " → " + to + " needs a reason");
    }

    /** A row without a justification. */
    public Mapping(String from, Relation relation, String to, Text reason) {
        this(from, relation, to, reason, null);
    }

    /** The same row read from the target's side. */
    public Mapping inverse() {
        return new Mapping(to, relation.inverse(), from, reason, justification == null ? null : justification.inverse());
    }
}
