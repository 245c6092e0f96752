package io.aftercert.rubric.gxdsl259;

import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricProvider;

/**
 * Rubric {@code gxdsl259}: the T/GXDSL 259—2025 (征求意见稿) management specification as a
 * conformance checklist. The standard sets requirements only; the equal points per requirement
 * are the project's own, flagged derived, and the result is a conformance percentage with no grade.
 */
public final class Gxdsl259Provider implements RubricProvider {
    @Override
    public String id() {
        return "gxdsl259";
    }

    @Override
    public Rubric load() {
        return loadResource("gxdsl259.json");
    }
}
