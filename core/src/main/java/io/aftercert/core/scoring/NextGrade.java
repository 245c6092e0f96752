package io.aftercert.core.scoring;

import io.aftercert.core.Ratio;
import java.util.List;

/**
 * The cheapest way up to the next grade.
 *
 * @param grade     the grade aimed at
 * @param needed    the final-score rise needed (exact)
 * @param items     the fewest indicators whose full credit reaches it, largest gain first
 * @param gain      the rise those items give together
 * @param reachable false when no set of items reaches it (the note says why)
 * @param note      an explanation, or null
 */
public record NextGrade(GradeRef grade, Ratio needed, List<String> items, Ratio gain, boolean reachable, String note) {
    /**
     * Copies the items (null: none).
     *
     * @param grade     the grade aimed at
     * @param needed    the final-score rise needed (exact)
     * @param items     the fewest indicators whose full credit reaches it, largest gain first
     * @param gain      the rise those items give together
     * @param reachable false when no set of items reaches it (the note says why)
     * @param note      an explanation, or null
     */
    public NextGrade {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
