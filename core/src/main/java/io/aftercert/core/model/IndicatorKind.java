package io.aftercert.core.model;

/** How a leaf indicator is assessed (architecture §2).
 *
 * @since 1.0
 */
public enum IndicatorKind {
    /** The assessor's rating as a credit in [0, 1]: conform / non-conform, a band, or a credit. */
    QUALITATIVE("qualitative"),
    /** Checked on samples: credit = conforming / sampled. */
    SAMPLED("sampled"),
    /** A measured KPI with unit, direction, target and credit curve. */
    METRIC("metric");

    private final String json;

    IndicatorKind(String json) {
        this.json = json;
    }

    /** {@return the name in rubric data and result JSON: {@code qualitative}, {@code sampled} or {@code metric}} */
    public String json() {
        return json;
    }

    /**
     * The indicator kind named in rubric data.
     *
     * @param s {@code qualitative}, {@code sampled} or {@code metric}
     * @return the indicator kind
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static IndicatorKind fromJson(String s) {
        for (IndicatorKind k : values()) {
            if (k.json.equals(s)) return k;
        }
        throw new IllegalArgumentException("unknown indicator kind '" + s + "' (qualitative, sampled, metric)");
    }
}
