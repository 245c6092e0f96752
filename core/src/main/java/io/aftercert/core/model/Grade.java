package io.aftercert.core.model;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;

/**
 * A grade of a rubric's scale.
 *
 * @param id       stable id ({@code qualified}, {@code three-star}, …)
 * @param label    label as the source prints it ({@code 达标}, {@code 三星})
 * @param minScore the inclusive lower bound of the final score
 * @param star     true when certification bodies normally grant it only after the qualifying
 *                 period at the lowest grade (GB/T 27922 star levels)
 */
public record Grade(String id, Text label, Ratio minScore, boolean star) {
    /** The id a result gives when no grade is reached or the evaluation is not passed; no grade may use it. */
    public static final String NONE_ID = "none";

    /**
     * Checks the grade.
     *
     * @param id       stable id ({@code qualified}, {@code three-star}, …)
     * @param label    label as the source prints it ({@code 达标}, {@code 三星})
     * @param minScore the inclusive lower bound of the final score
     * @param star     true when certification bodies normally grant it only after the qualifying
     *                 period at the lowest grade (GB/T 27922 star levels)
     * @throws IllegalArgumentException when the id is blank or {@value #NONE_ID}, the label is
     *                                  missing, or the bound lies outside [0, 100]
     */
    public Grade {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("grade id must not be blank");
        if (label == null) throw new IllegalArgumentException("grade " + id + " needs a label");
        if (minScore == null || minScore.signum() < 0 || minScore.compareTo(Ratio.HUNDRED) > 0) {
            throw new IllegalArgumentException("grade " + id + " bound must lie in [0, 100], not " + minScore);
        }
        if (NONE_ID.equals(id)) throw new IllegalArgumentException("grade id 'none' is reserved for 'no grade'");
    }
}
