package io.aftercert.crosswalk;

import io.aftercert.core.Ratio;
import java.util.Optional;

/**
 * How a requirement of one rubric relates to one of another, read "a RELATION b". The vocabulary
 * is the set-theory relationship mapping of NIST IR 8477 (as OSCAL's control mapping uses it), plus
 * {@code informs}/{@code informed-by} for a KPI or value that feeds the other item.
 */
public enum Relation {
    /** The same requirement: a verdict carries over as it is, both ways. */
    EQUAL("equal"),
    /** a is contained in b (b is the stricter): meeting b meets a; a's verdict reaches b only as "to confirm". */
    SUBSET_OF("subset-of"),
    /** a contains b (a is the stricter): a's "conforms" meets b; any lesser verdict reaches b as "to confirm". */
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

    /**
     * True for the relations that claim containment (equal, subset-of, superset-of): each such row
     * must say in the data why meeting one side does or does not meet the other.
     */
    public boolean claimsContainment() {
        return this == EQUAL || this == SUBSET_OF || this == SUPERSET_OF;
    }

    /**
     * The conservative carry rule: the credit a source item's verdict carries onto the target item
     * across this relation (read source RELATION target), or empty when it arrives as "to confirm".
     * Across {@code equal} the verdict carries as it is. Across {@code superset-of} (the source's
     * requirement contains the target's) only full credit carries: the stricter side's "conforms"
     * meets the looser side, while its partial credit or non-conformance says nothing about the
     * looser side. Nothing carries the other way ({@code subset-of}), nor across an overlap or data.
     */
    public Optional<Ratio> carried(Ratio sourceCredit) {
        if (this == EQUAL) return Optional.of(sourceCredit);
        boolean full = sourceCredit.compareTo(Ratio.ONE) >= 0;
        return this == SUPERSET_OF && full ? Optional.of(Ratio.ONE) : Optional.empty();
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
