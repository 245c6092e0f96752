package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Worked cases of {@link Planner} the adversarial pass of issue 13 found. */
class PlannerTests {
    private final Rubric mini = TestRubrics.mini();

    @Test
    void nothingApplicableScoresZeroWithAWarningAndPlansNothing() {
        Assessment a = Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.notApplicable("n/a")).put("A.2", Evidence.notApplicable("n/a"))
                .put("A.3", Evidence.notApplicable("n/a")).put("B.1", Evidence.notApplicable("n/a")).build();
        AssessmentResult r = ScoringEngine.score(mini, a); // threw ArithmeticException: division by zero
        assertEquals(Ratio.ZERO, r.finalScore());
        assertTrue(r.warnings().stream().anyMatch(w -> w.en().contains("not applicable")), r.warnings().toString());
        assertFalse(r.nextGrade().reachable());
        Planner.Plan p = Planner.plan(mini, r, "qualified", Map.of()).orElseThrow();
        assertFalse(p.reachable());
        assertTrue(p.note().contains("applicable"), p.note());
        Planner.Plan e = Planner.plan(mini, r, "qualified", Map.of("A.1", Ratio.of(2))).orElseThrow();
        assertFalse(e.reachable());
    }

    @Test
    void moreThanFiveDeductionsIsNeverAlreadyReached() {
        // all full: score 100; 6 deductions: final 94 ≥ 90 (four-star bound), but > 5 deductions fail the evaluation
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.conforms(true))
                .put("A.2", Evidence.sample(2, 2)).put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.conforms(true));
        for (int i = 0; i < 6; i++) b.finding(Finding.deduction("law", "违规 " + i));
        AssessmentResult r = ScoringEngine.score(mini, b.build());
        assertEquals(Ratio.of(94), r.finalScore());
        assertEquals(Boolean.FALSE, r.passed());
        Planner.Plan p = Planner.plan(mini, r, "four-star", Map.of()).orElseThrow();
        assertFalse(p.reachable(), "said 'already reached': " + p.method());
        assertTrue(p.note().contains("deductions"), p.note());
        assertTrue(p.why().zh().contains("特别扣分项") && !p.why().zh().matches(".*[A-Za-z].*"), "Chinese in full: " + p.why().zh());
    }

    @Test
    void theDeductionRuleDoesNotDependOnTheReasonText() {
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.conforms(true));
        for (int i = 0; i < 6; i++) b.finding(Finding.deduction("law", "违规 " + i));
        AssessmentResult r = ScoringEngine.score(mini, b.build());
        // the same result with its reasons translated away: the planner must still see the rule
        AssessmentResult silent = new AssessmentResult(r.schemaVersion(), r.sdkVersion(), r.rubric(), r.organization(),
                r.assessedOn(), r.assessor(), r.score(), r.bonus(), r.deductions(), r.finalScore(), r.scoreDisplay(), r.grade(),
                r.gradeByScore(), r.passed(), java.util.List.of(), r.caveats(), r.warnings(), r.totals(), r.groups(),
                r.indicators(), r.findings(), r.gaps(), r.nextGrade(), r.ledger());
        Planner.Plan p = Planner.plan(mini, silent, "qualified", Map.of()).orElseThrow();
        assertFalse(p.reachable());
        assertTrue(p.note().contains("deductions"), p.note());
    }
}
