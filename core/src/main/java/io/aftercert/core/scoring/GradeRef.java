package io.aftercert.core.scoring;

import io.aftercert.core.Text;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import java.util.Optional;

/** A grade as the result names it: id and label; id {@code none} below the lowest grade. */
public record GradeRef(String id, Text label, boolean star) {
    public GradeRef {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("grade id must not be blank");
        if (label == null) throw new IllegalArgumentException("grade " + id + " needs a label");
    }

    static GradeRef of(Optional<Grade> grade, GradeScale scale) {
        return grade.map(g -> new GradeRef(g.id(), g.label(), g.star()))
                .orElseGet(() -> new GradeRef(Grade.NONE_ID, scale.noneLabel(), false));
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isNone() {
        return Grade.NONE_ID.equals(id);
    }
}
