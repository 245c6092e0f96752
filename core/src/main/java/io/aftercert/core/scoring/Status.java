package io.aftercert.core.scoring;

/** What happened to a leaf indicator in scoring.
 *
 * @since 1.0
 */
public enum Status {
    /** Evidence was given and scored. */
    ASSESSED("assessed"),
    /** Excluded with a justification; its points left the applicable total. */
    NOT_APPLICABLE("not_applicable"),
    /** No evidence: earns 0 and stays in the applicable total. */
    NOT_ASSESSED("not_assessed");

    private final String json;

    Status(String json) {
        this.json = json;
    }

    /** {@return the name in result JSON: {@code assessed}, {@code not_applicable} or {@code not_assessed}} */
    public String json() {
        return json;
    }

    /**
     * The status named in result JSON.
     *
     * @param s {@code assessed}, {@code not_applicable} or {@code not_assessed}
     * @return the status
     * @throws IllegalArgumentException for any other name
     */
    public static Status fromJson(String s) {
        for (Status v : values()) if (v.json.equals(s)) return v;
        throw new IllegalArgumentException("unknown status '" + s + "'");
    }
}
