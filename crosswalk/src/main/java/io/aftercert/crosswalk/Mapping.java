package io.aftercert.crosswalk;

import io.aftercert.core.Text;
import java.util.Objects;

/**
 * One row of a crosswalk: item {@code from} of the source rubric RELATION item {@code to} of the
 * target rubric, with a one-line reason.
 */
public record Mapping(String from, Relation relation, String to, Text reason) {
    public Mapping {
        if (from == null || from.isBlank()) throw new IllegalArgumentException("mapping needs a source item code");
        if (to == null || to.isBlank()) throw new IllegalArgumentException("mapping of " + from + " needs a target item code");
        Objects.requireNonNull(relation, () -> "mapping " + from + " → " + to + " needs a relation");
        Objects.requireNonNull(reason, () -> "mapping " + from + " → " + to + " needs a reason");
    }

    /** The same row read from the target's side. */
    public Mapping inverse() {
        return new Mapping(to, relation.inverse(), from, reason);
    }
}
