package io.aftercert.core.model;

/**
 * How leaf results combine into the 0–100 score (architecture §3).
 *
 * @since 1.0
 */
public enum ScoringMode {
    /**
     * A points table (GB/T 27922 CTS, HXJT 6.2): score = Σ earned / Σ applicable points × 100;
     * a not-applicable item leaves the applicable total, so the rest renormalises globally.
     */
    POINTS("points"),
    /**
     * A weighted index (T/GXDSL 244): each node's score is the weighted mean of its applicable
     * children's scores; a not-applicable child renormalises among its siblings only, so the
     * dimension weights hold.
     */
    WEIGHTED("weighted");

    private final String json;

    ScoringMode(String json) {
        this.json = json;
    }

    /** {@return the name in rubric data and result JSON: {@code points} or {@code weighted}} */
    public String json() {
        return json;
    }

    /**
     * The scoring mode named in rubric data.
     *
     * @param s {@code points} or {@code weighted}
     * @return the scoring mode
     * @throws IllegalArgumentException for any other name, listing the valid ones
     */
    public static ScoringMode fromJson(String s) {
        for (ScoringMode m : values()) {
            if (m.json.equals(s)) return m;
        }
        throw new IllegalArgumentException("unknown scoring mode '" + s + "' (points, weighted)");
    }
}
