package io.aftercert.core.scoring;

import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.model.Rubric;

/**
 * Proof that an {@link Assessment} passed the rubric checks of {@link EvidenceCheck} against one
 * {@link Rubric} instance: only {@link EvidenceCheck#validated} makes one (the evidence readers
 * call it as their last step), so the scoring engine scores it without checking again (issue 22:
 * one validation pass). It also carries the evidence resolved to the rubric's leaves.
 *
 * <p>Immutable (the assessment and the rubric are) and thread-safe.
 *
 * @since 1.0
 */
public final class ValidatedAssessment {
    private final Rubric rubric;
    private final Assessment assessment;
    /** evidence per leaf of {@code rubric.leaves()}, null where none is given; never exposed */
    final Evidence[] byLeaf;

    ValidatedAssessment(Rubric rubric, Assessment assessment, Evidence[] byLeaf) {
        this.rubric = rubric;
        this.assessment = assessment;
        this.byLeaf = byLeaf;
    }

    /** {@return the rubric the assessment was checked against (the very instance)} */
    public Rubric rubric() {
        return rubric;
    }

    /** {@return the assessment as read} */
    public Assessment assessment() {
        return assessment;
    }

    @Override
    public String toString() {
        return "ValidatedAssessment[" + rubric.id() + ", " + assessment.organization().name() + "]";
    }
}
