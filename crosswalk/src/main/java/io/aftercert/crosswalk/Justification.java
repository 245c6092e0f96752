package io.aftercert.crosswalk;

import io.aftercert.core.Text;
import java.util.Objects;

/**
 * Why a row that claims containment (equal, subset-of, superset-of) holds: each side's wording
 * quoted from its standard (or its quantified target) and one sentence on why meeting one side
 * does or does not meet the other.
 *
 * @param from the source item's text, quoted
 * @param to   the target item's text, quoted
 * @param why  why meeting one side does or does not meet the other, in both languages
 */
public record Justification(String from, String to, Text why) {
    public Justification {
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("a justification quotes both sides");
        }
        Objects.requireNonNull(why, "a justification says why");
    }

    /** The same justification read from the target's side. */
    public Justification inverse() {
        return new Justification(to, from, why);
    }
}
