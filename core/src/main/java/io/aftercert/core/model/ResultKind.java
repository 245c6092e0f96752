package io.aftercert.core.model;

/**
 * What a rubric's 0–100 result means to its reader: how the command line and the report name it.
 * It never changes the arithmetic (one scoring path for all); it is declared in the rubric data
 * ({@code scoring.result}) so that a new rubric needs no code to be read the right way.
 *
 * @since 1.0
 */
public enum ResultKind {
    /** A score against a grade scale (GB/T 27922 CTS, HXJT): final score, grade, next grade. */
    GRADED("graded"),
    /** A 0–100 quality index without grades (T/GXDSL 244): weighted dimensions, no certification. */
    INDEX("index"),
    /**
     * A conformance checklist without grades (T/GXDSL 259): the result is the conformance
     * percentage, earned ÷ applicable × 100 — with equal points per requirement, the share of
     * applicable requirements met — overall and per first-level group.
     */
    CONFORMANCE("conformance");

    private final String json;

    ResultKind(String json) {
        this.json = json;
    }

    /** {@return the name in rubric data and result JSON: {@code graded}, {@code index} or {@code conformance}} */
    public String json() {
        return json;
    }

    /**
     * The kind named in rubric data; only the kinds without grades can be declared, a grade
     * scale makes a result {@link #GRADED} by itself.
     *
     * @param s {@code index} or {@code conformance}
     * @return the result kind
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ResultKind fromJson(String s) {
        for (ResultKind k : values()) {
            if (k != GRADED && k.json.equals(s)) return k;
        }
        throw new IllegalArgumentException("unknown result kind '" + s + "' (index, conformance; a grade scale makes a graded result)");
    }
}
