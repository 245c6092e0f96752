package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Multi-step plans on the mini rubric, every item and sum worked out by hand (issue 23), and the
 * cases the adversarial pass of issue 13 found.
 */
class PlannerTests {
    private final Rubric mini = TestRubrics.mini();

    /**
     * A.1 not conforming (lost 2), A.2 full, A.3 60 % = its floor (credit 0, lost 2.5), B.1 band 4
     * (2.8, lost 1.2): earned 0 + 1.5 + 0 + 2.8 = 4.3 of 10 → 43, below 达标 (70).
     */
    private AssessmentResult fortyThree() {
        return ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(false)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(60))).put("B.1", Evidence.band(4)).build());
    }

    private static List<String> codes(Planner.Plan p) {
        return p.steps().stream().map(Planner.Step::code).toList();
    }

    @Test
    void fewestItemsTakesTheLargestLossesAndListsEachOnce() {
        AssessmentResult r = fortyThree();
        assertEquals(Ratio.of(43), r.finalScore());
        // 达标 70: +27 → 2.7 points; A.3 (2.5) → 68, short; + A.1 (2) → 88
        Planner.Plan q = Planner.plan(mini, r, "qualified", Map.of()).orElseThrow();
        assertEquals(List.of("A.3", "A.1"), codes(q));
        assertEquals(Ratio.of(27), q.needed());
        assertEquals(Ratio.of(45), q.gain()); // 88 − 43
        assertEquals(Ratio.of(2), q.effort());
        assertTrue(q.reachable() && q.exact());
        assertEquals(List.of(Ratio.of(25), Ratio.of(20)), q.steps().stream().map(Planner.Step::scoreGain).toList());
        // 四星 90: +47 → 4.7 points; 2.5 + 2 = 4.5 short; + B.1 (1.2) = 5.7 → 100
        Planner.Plan four = Planner.plan(mini, r, "four-star", Map.of()).orElseThrow();
        assertEquals(List.of("A.3", "A.1", "B.1"), codes(four));
        assertEquals(Ratio.of(57), four.gain());
        assertEquals(Ratio.of(3), four.effort());
        assertEquals(Set.copyOf(codes(four)).size(), codes(four).size(), "an item listed twice");
        // the result's own next grade is 达标 with the same items
        assertEquals(List.of("A.3", "A.1"), r.nextGrade().items());
        assertEquals(Ratio.of(45), r.nextGrade().gain());
        // and the default target is the next grade
        assertEquals(codes(q), codes(Planner.nextGrade(mini, r).orElseThrow()));
    }

    @Test
    void equalEffortsOtherThanOneGiveTheSameItemsOnceEach() {
        AssessmentResult r = fortyThree();
        Map<String, Ratio> twos = Map.of("A.1", Ratio.of(2), "A.3", Ratio.of(2), "B.1", Ratio.of(2));
        // 四星 needs all three (4.7 points of 5.7): effort 2 + 2 + 2 = 6
        Planner.Plan four = Planner.plan(mini, r, "four-star", twos).orElseThrow();
        assertEquals(Set.of("A.3", "A.1", "B.1"), Set.copyOf(codes(four)));
        assertEquals(3, codes(four).size());
        assertEquals(Ratio.of(6), four.effort());
        assertEquals(Ratio.of(57), four.gain());
        // 达标 (2.7 points): any two of the three reach it except A.1 + B.1 (3.2 ≥ 2.7 reaches too): two items, effort 4
        Planner.Plan q = Planner.plan(mini, r, "qualified", twos).orElseThrow();
        assertEquals(2, codes(q).size());
        assertEquals(2, Set.copyOf(codes(q)).size());
        assertEquals(Ratio.of(4), q.effort());
        assertTrue(q.exact());
    }

    @Test
    void userEffortsChooseTheCheapestCoverNotTheLargestLosses() {
        AssessmentResult r = fortyThree();
        // A.3 costs 5: 达标 needs 2.7 points; A.1 + B.1 = 3.2 for effort 2 beats anything with A.3 (≥ 6)
        Planner.Plan q = Planner.plan(mini, r, "qualified", Map.of("A.3", Ratio.of(5))).orElseThrow();
        assertEquals(Set.of("A.1", "B.1"), Set.copyOf(codes(q)));
        assertEquals(Ratio.of(2), q.effort());
        assertEquals(Ratio.of(32), q.gain()); // 3.2 points × 10 → 75 − 43
        assertEquals(List.of(Ratio.ONE, Ratio.ONE), q.steps().stream().map(Planner.Step::effort).toList());
        // a fractional effort 0.5 on A.3: A.3 alone (2.5) falls short of 2.7, A.3 + either other item costs 1.5,
        // which beats A.1 + B.1 for 2
        Planner.Plan half = Planner.plan(mini, r, "qualified", Map.of("A.3", Ratio.parse("0.5"))).orElseThrow();
        assertEquals(2, codes(half).size());
        assertTrue(codes(half).contains("A.3"), codes(half).toString());
        assertEquals(Ratio.parse("1.5"), half.effort());
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(mini, r, "qualified", Map.of("A.1", Ratio.ZERO)));
        assertThrows(IllegalArgumentException.class, () -> Planner.plan(mini, r, "platinum", Map.of()));
    }

    @Test
    void aGradeAlreadyReachedNeedsNothing() {
        Planner.Plan p = Planner.plan(mini, fortyThree(), "qualified", Map.of()).orElseThrow();
        assertTrue(p.needed().signum() > 0);
        AssessmentResult full = ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.conforms(true)).build());
        Planner.Plan done = Planner.plan(mini, full, "four-star", Map.of()).orElseThrow();
        assertEquals(List.of(), done.steps());
        assertEquals(Ratio.of(-10), done.needed()); // 90 − 100
        assertTrue(done.reachable());
        assertTrue(Planner.nextGrade(mini, full).isEmpty(), "五星 is the top grade");
    }

    @Test
    void aGradeReachedExactlyOnItsBoundIsReachable() {
        // A.2 2 of 3 (lost 0.5) and B.1 credit 0.875 (lost 0.5): 90; 五星 95 needs 0.5 point = one item, exactly 95
        AssessmentResult r = ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(2, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.credit(Ratio.parse("0.875"))).build());
        Planner.Plan p = Planner.plan(mini, r, "five-star", Map.of()).orElseThrow();
        assertTrue(p.reachable());
        assertEquals(1, p.steps().size(), codes(p).toString());
        assertEquals(Ratio.of(5), p.gain());
        // with efforts: the cheaper of the two
        Planner.Plan e = Planner.plan(mini, r, "five-star", Map.of("A.2", Ratio.of(3), "B.1", Ratio.of(2))).orElseThrow();
        assertEquals(List.of("B.1"), codes(e));
        assertEquals(Ratio.of(2), e.effort());
        assertEquals(Ratio.of(5), e.gain());
    }

    @Test
    void moreThanFiveDeductionsMakeEveryGradeUnreachable() {
        // B.1 band 4 (lost 1.2), the rest full: 88 − 6 = 82; B.1 would lift it to 94 ≥ 90, but six deductions fail
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(4));
        for (int i = 0; i < 6; i++) b.finding(Finding.deduction("law", "d" + i));
        AssessmentResult r = ScoringEngine.score(mini, b.build());
        Planner.Plan p = Planner.plan(mini, r, "four-star", Map.of()).orElseThrow();
        assertFalse(p.reachable());
        assertEquals(List.of(), p.steps());
        assertEquals(Ratio.of(8), p.needed());
        // five deductions: 83, and B.1 (+12) reaches 95 = 五星 exactly
        Assessment.Builder five = Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(4));
        for (int i = 0; i < 5; i++) five.finding(Finding.deduction("law", "d" + i));
        Planner.Plan top = Planner.plan(mini, ScoringEngine.score(mini, five.build()), "five-star", Map.of()).orElseThrow();
        assertTrue(top.reachable());
        assertEquals(List.of("B.1"), codes(top));
        assertEquals(Ratio.of(12), top.gain());
    }

    // issue 13: the adversarial pass's cases

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
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, r.passed());
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
        AssessmentResult silent = r.toBuilder().reasons(java.util.List.of()).build();
        Planner.Plan p = Planner.plan(mini, silent, "qualified", Map.of()).orElseThrow();
        assertFalse(p.reachable());
        assertTrue(p.note().contains("deductions"), p.note());
    }
}
