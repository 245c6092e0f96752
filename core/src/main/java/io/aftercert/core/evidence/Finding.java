package io.aftercert.core.evidence;

import java.util.Objects;

/**
 * A special finding outside the item scores: a deduction (特别扣分项) or a bonus (特别加分项).
 *
 * @param type        deduction or bonus
 * @param category    for a deduction: {@code law}, {@code own-rules}, {@code industry},
 *                    {@code system-impact}; null for a bonus
 * @param description what was found
 * @param indicator   the indicator it relates to, or null
 */
public record Finding(Type type, String category, String description, String indicator) {
    public enum Type {
        DEDUCTION("deduction"), BONUS("bonus");

        private final String json;

        Type(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    public Finding {
        Objects.requireNonNull(type, "finding type");
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("a " + type.json() + " finding needs a description");
        }
        if (type == Type.DEDUCTION && (category == null || category.isBlank())) {
            throw new IllegalArgumentException("a deduction needs a category");
        }

    }

    public static Finding deduction(String category, String description) {
        return new Finding(Type.DEDUCTION, category, description, null);
    }

    public static Finding bonus(String description) {
        return new Finding(Type.BONUS, null, description, null);
    }
}
