package io.aftercert.core.evidence;

import org.jspecify.annotations.Nullable;
import java.util.Objects;

/**
 * A special finding outside the item scores: a deduction (特别扣分项) or a bonus (特别加分项).
 *
 * @param type        deduction or bonus
 * @param category    for a deduction: {@code law}, {@code own-rules}, {@code industry},
 *                    {@code system-impact}; null for a bonus
 * @param description what was found
 * @param indicator   the indicator it relates to, or null
 *
 * @since 1.0
 */
public record Finding(Type type, @Nullable String category, String description, @Nullable String indicator) {
    /** Whether a finding takes points off or adds them. */
    public enum Type {
        /** A special deduction (特别扣分项). */
        DEDUCTION("deduction"),
        /** A special bonus (特别加分项). */
        BONUS("bonus");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        /** {@return the name in evidence and result JSON: {@code deduction} or {@code bonus}} */
        public String json() {
            return json;
        }
    }

    /**
     * Checks the finding. Whether the category is one the rubric knows is checked against the
     * rubric when the evidence is checked.
     *
     * @param type        deduction or bonus
     * @param category    for a deduction: {@code law}, {@code own-rules}, {@code industry},
     *                    {@code system-impact}; null for a bonus
     * @param description what was found
     * @param indicator   the indicator it relates to, or null
     * @throws NullPointerException     when {@code type} is null
     * @throws IllegalArgumentException when the description is blank, or a deduction has no category
     */
    public Finding {
        Objects.requireNonNull(type, "finding type");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a " + type.json() + " finding needs a description");
        }
        if (type == Type.DEDUCTION && (category == null || category.isBlank())) {
            throw new IllegalArgumentException("a deduction needs a category");
        }

    }

    /**
     * A special deduction not tied to an indicator.
     *
     * @param category    {@code law}, {@code own-rules}, {@code industry} or {@code system-impact}
     * @param description what was found
     * @return the finding
     * @throws IllegalArgumentException when the category or the description is blank
     */
    public static Finding deduction(String category, String description) {
        return new Finding(Type.DEDUCTION, category, description, null);
    }

    /**
     * A special bonus not tied to an indicator.
     *
     * @param description what earned it
     * @return the finding
     * @throws IllegalArgumentException when the description is blank
     */
    public static Finding bonus(String description) {
        return new Finding(Type.BONUS, null, description, null);
    }
}
