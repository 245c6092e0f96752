package io.aftercert.core.model;

import io.aftercert.core.Ratio;

/** Which side of its target a metric must be on.
 *
 * @since 1.0
 */
public enum Direction {
    /** The value must reach the target or exceed it ({@code at-least}, ≥). */
    AT_LEAST("at-least", "≥"),
    /** The value must not exceed the target ({@code at-most}, ≤). */
    AT_MOST("at-most", "≤"),
    /** The value must equal the target ({@code exactly}, =). */
    EXACTLY("exactly", "=");

    private final String json;
    private final String symbol;

    Direction(String json, String symbol) {
        this.json = json;
        this.symbol = symbol;
    }

    /** {@return the name in rubric data and result JSON: {@code at-least}, {@code at-most} or {@code exactly}} */
    public String json() {
        return json;
    }

    /** {@return the comparison sign shown next to a target: ≥, ≤ or =} */
    public String symbol() {
        return symbol;
    }

    /**
     * Whether {@code value} meets {@code target} (bounds inclusive), compared exactly.
     *
     * @param value  the measured value
     * @param target the target, in the same unit
     * @return true when value ≥ target ({@link #AT_LEAST}), value ≤ target ({@link #AT_MOST}) or
     *         value = target ({@link #EXACTLY})
     */
    public boolean met(Ratio value, Ratio target) {
        int c = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case AT_MOST -> c <= 0;
            case EXACTLY -> c == 0;
        };
    }

    /**
     * How far {@code value} is from meeting {@code target}; zero when met.
     *
     * @param value  the measured value
     * @param target the target, in the same unit
     * @return the non-negative distance to the target on the side that fails it ({@code |value − target|}
     *         for {@link #EXACTLY}), in the target's unit
     */
    public Ratio gap(Ratio value, Ratio target) {
        return switch (this) {
            case AT_LEAST -> target.minus(value).max(Ratio.ZERO);
            case AT_MOST -> value.minus(target).max(Ratio.ZERO);
            case EXACTLY -> value.minus(target).max(target.minus(value));
        };
    }

    /**
     * The direction named in rubric data.
     *
     * @param s {@code at-least}, {@code at-most} or {@code exactly}
     * @return the direction
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static Direction fromJson(String s) {
        for (Direction d : values()) {
            if (d.json.equals(s)) return d;
        }
        throw new IllegalArgumentException("unknown direction '" + s + "' (at-least, at-most, exactly)");
    }
}
