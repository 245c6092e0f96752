package io.aftercert.crosswalk;

/**
 * How a requirement of one rubric relates to one of another, read "a RELATION b". The vocabulary
 * is the set-theory relationship mapping of NIST IR 8477 (as OSCAL's control mapping uses it), plus
 * {@code informs}/{@code informed-by} for a KPI or value that feeds the other item.
 */
public enum Relation {
    /** The same requirement: evidence carries over as is, both ways. */
    EQUAL("equal"),
    /** a is contained in b: meeting b meets a (evidence for b carries to a, not the reverse). */
    SUBSET_OF("subset-of"),
    /** a contains b: meeting a meets b (evidence for a carries to b, not the reverse). */
    SUPERSET_OF("superset-of"),
    /** The requirements overlap: evidence is a starting point the user must confirm. */
    INTERSECTS_WITH("intersects-with"),
    /** a's value or KPI is data the assessor of b uses; no verdict carries. */
    INFORMS("informs"),
    /** b's value or KPI is data the assessor of a uses; no verdict carries. */
    INFORMED_BY("informed-by");

    private final String json;

    Relation(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }

    /** The relation read the other way round (b RELATION a). */
    public Relation inverse() {
        return switch (this) {
            case EQUAL -> EQUAL;
            case SUBSET_OF -> SUPERSET_OF;
            case SUPERSET_OF -> SUBSET_OF;
            case INTERSECTS_WITH -> INTERSECTS_WITH;
            case INFORMS -> INFORMED_BY;
            case INFORMED_BY -> INFORMS;
        };
    }

    /** True when a verdict on the source (a) carries to the target (b) unchanged. */
    public boolean carriesVerdict() {
        return this == EQUAL || this == SUPERSET_OF;
    }

    /** Strength for ranking several relations onto one target item: lower is stronger. */
    int strength() {
        return switch (this) {
            case EQUAL -> 0;
            case SUPERSET_OF -> 1;
            case SUBSET_OF -> 2;
            case INTERSECTS_WITH -> 3;
            case INFORMS, INFORMED_BY -> 4;
        };
    }

    public static Relation fromJson(String s) {
        for (Relation r : values()) {
            if (r.json.equals(s)) return r;
        }
        throw new IllegalArgumentException("unknown relation '" + s
                + "' (equal, subset-of, superset-of, intersects-with, informs, informed-by)");
    }
}
