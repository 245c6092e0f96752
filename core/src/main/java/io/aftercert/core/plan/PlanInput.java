package io.aftercert.core.plan;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the improvement plan may be told besides the scores.
 *
 * @param effort      effort per indicator code (missing codes cost 1); empty: the plan takes the fewest items
 * @param assignments owner and due date per indicator code (or per finding key {@code deduction-N}, N from 1
 *                    in file order)
 *
 * @since 1.0
 */
public record PlanInput(Map<String, Ratio> effort, Map<String, Assignment> assignments) {
    /**
     * Copies the maps (null: empty).
     *
     * @param effort      effort per indicator code (missing codes cost 1); empty: the plan takes the fewest items
     * @param assignments owner and due date per indicator code (or per finding key {@code deduction-N}, N from 1
     *                    in file order)
     * @throws IllegalArgumentException when an effort is not positive
     */
    public PlanInput {
        effort = effort == null ? Map.of() : Map.copyOf(effort);
        assignments = assignments == null ? Map.of() : Map.copyOf(assignments);
        effort.forEach((code, e) -> {
            if (e.signum() <= 0) throw new IllegalArgumentException("effort of " + code + " must be > 0, not " + e);
        });
    }

    /**
     * Who does an item of the plan, by when.
     *
     * @param owner the person or team, or null
     * @param due   the due date, or null
     */
    public record Assignment(@Nullable String owner, @Nullable LocalDate due) {
    }
}
