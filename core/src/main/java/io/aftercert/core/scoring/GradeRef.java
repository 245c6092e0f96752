package io.aftercert.core.scoring;

import io.aftercert.core.Text;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import java.util.Optional;

/**
 * A grade as the result names it: id and label; id {@code none} below the lowest grade (and, for
 * the grade awarded, when the evaluation is not passed).
 *
 * @param id    the grade's id ({@code qualified}, {@code three-star}, …) or {@code none}
 * @param label the grade's label as the source prints it ({@code 达标}), or the scale's label for no grade
 * @param star  true for a star grade (granted only after the qualifying period at the lowest grade)
 *
 * @since 1.0
 */
public record GradeRef(String id, Text label, boolean star) {
    /**
     * Checks the reference.
     *
     * @param id    the grade's id ({@code qualified}, {@code three-star}, …) or {@code none}
     * @param label the grade's label as the source prints it ({@code 达标}), or the scale's label for no grade
     * @param star  true for a star grade (granted only after the qualifying period at the lowest grade)
     * @throws IllegalArgumentException when the id is blank or the label is missing
     */
    public GradeRef {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("grade id must not be blank");
        if (label == null) throw new IllegalArgumentException("grade " + id + " needs a label");
    }

    static GradeRef of(Optional<Grade> grade, GradeScale scale) {
        return grade.map(g -> new GradeRef(g.id(), g.label(), g.star()))
                .orElseGet(() -> new GradeRef(Grade.NONE_ID, scale.noneLabel(), false));
    }

    /** {@return true when this is no grade (id {@code none})} */
    public boolean isNone() {
        return Grade.NONE_ID.equals(id);
    }
}
