package io.aftercert.core.model;

/** How a metric's measured value becomes a credit in [0, 1] (architecture §2).
 *
 * @since 1.0
 */
public enum CreditCurve {
    /** 1 when the target is met, else 0. */
    THRESHOLD("threshold"),
    /** value / target for at-least (target / value for at-most), capped at 1. */
    RATIO("ratio"),
    /** 0 at or beyond the declared floor, 1 at the target, linear in between. */
    LINEAR("linear");

    private final String json;

    CreditCurve(String json) {
        this.json = json;
    }

    /** {@return the name in rubric data: {@code threshold}, {@code ratio} or {@code linear}} */
    public String json() {
        return json;
    }

    /**
     * The curve named in rubric data.
     *
     * @param s {@code threshold}, {@code ratio} or {@code linear}
     * @return the curve
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static CreditCurve fromJson(String s) {
        for (CreditCurve c : values()) {
            if (c.json.equals(s)) return c;
        }
        throw new IllegalArgumentException("unknown credit curve '" + s + "' (threshold, ratio, linear)");
    }
}
