package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.SpecialRules;
import io.aftercert.core.evidence.Finding;
import java.util.concurrent.atomic.AtomicInteger;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Plans checked against brute force over every subset on small random rubrics. */
class PlannerProperties {
    /** A one-group rubric of {@code points.size()} items totalling 100 (the last item takes the rest). */
    static Rubric rubric(List<Integer> points) {
        List<Indicator> leaves = new ArrayList<>();
        int sum = 0;
        for (int i = 0; i < points.size(); i++) {
            int p = i == points.size() - 1 ? 100 - sum : points.get(i);
            sum += p;
            leaves.add(TestRubrics.leaf("I" + i, Integer.toString(p), IndicatorKind.QUALITATIVE));
        }
        return Rubric.builder().id("small").version("1").title(Text.of("小", "small")).mode(ScoringMode.POINTS)
                .gradeScale(TestRubrics.starScale())
                // 3 points a deduction (a test value): 2 deductions cap the final score at 94, below 五星 (95),
                // so the generator reaches unreachable targets too
                .specialRules(new SpecialRules(Ratio.of(3), 5, List.of("law"), null, Ratio.ONE, 1, null))
                .indicators(List.of(
                        TestRubrics.group("G", "100", leaves.toArray(Indicator[]::new)))).build();
    }

    @Test
    void theBranchAndBoundPlanIsTheCheapestSetThatReachesTheGrade() {
        AtomicInteger reachable = new AtomicInteger();
        AtomicInteger unreachable = new AtomicInteger();
        qt().withExamples(150).forAll(
                lists().of(integers().between(2, 11)).ofSizeBetween(4, 9),
                lists().of(integers().between(0, 10)).ofSize(9),
                lists().of(integers().between(1, 9)).ofSize(9),
                integers().between(0, 3)).checkAssert((pts, credits, efforts, deductions) -> {
            Rubric r = rubric(pts);
            Assessment.Builder b = Assessment.builder("small", new Organization("x", null));
            for (int d = 0; d < deductions; d++) b.finding(Finding.deduction("law", "d" + d));
            Map<String, Ratio> effort = new HashMap<>();
            for (int i = 0; i < r.leaves().size(); i++) {
                b.put("I" + i, Evidence.credit(Ratio.of(credits.get(i), 10)));
                effort.put("I" + i, Ratio.of(efforts.get(i)));
            }
            AssessmentResult res = ScoringEngine.score(r, b.build());
            for (String grade : List.of("qualified", "three-star", "four-star", "five-star")) {
                var plan = Planner.plan(r, res, grade, effort).orElseThrow();
                Ratio best = bruteForce(r, res, grade, effort);
                if (best == null) {
                    assertTrue(!plan.reachable(), grade + " is unreachable, the planner says otherwise");
                    assertEquals(List.of(), plan.steps());
                    unreachable.incrementAndGet();
                    continue;
                }
                reachable.incrementAndGet();
                assertTrue(plan.reachable(), grade + " is reachable at effort " + best);
                assertEquals(plan.steps().size(), plan.steps().stream().map(Planner.Step::code).distinct().count(), "an item twice");
                assertTrue(plan.exact());
                assertEquals(best, plan.effort(), grade + ": not the cheapest set");
                // never a set that misses the target
                Ratio raised = res.totals().earned().minus(res.deductions());
                for (var s : plan.steps()) raised = raised.plus(s.pointsLost());
                assertTrue(raised.compareTo(r.gradeScale().byId(grade).orElseThrow().minScore()) >= 0 || plan.needed().signum() <= 0,
                        grade + ": the plan misses the bound");
            }
        });
        // both branches really ran
        assertTrue(reachable.get() > 0 && unreachable.get() > 0, reachable + " reachable, " + unreachable + " unreachable");
    }

    /** The least total effort over every subset reaching the bound, or null when none does. */
    static Ratio bruteForce(Rubric r, AssessmentResult res, String gradeId, Map<String, Ratio> effort) {
        Ratio bound = r.gradeScale().byId(gradeId).orElseThrow().minScore();
        int n = r.leaves().size();
        Ratio best = null;
        for (int mask = 0; mask < (1 << n); mask++) {
            Ratio earned = res.totals().earned();
            Ratio cost = Ratio.ZERO;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) continue;
                var ir = res.indicator("I" + i).orElseThrow();
                earned = earned.plus(ir.lost());
                cost = cost.plus(effort.get("I" + i));
            }
            // the rubric totals 100 with nothing excluded, so the score equals Σ earned; deductions (3 each)
            // come off, and more than five would fail (the generators give at most 3)
            earned = earned.minus(res.deductions());
            if (earned.compareTo(bound) >= 0 && (best == null || cost.compareTo(best) < 0)) best = cost;
        }
        return best;
    }

    @Test
    void withoutEffortsThePlanHasTheFewestItems() {
        qt().withExamples(100).forAll(lists().of(integers().between(2, 11)).ofSizeBetween(4, 9),
                lists().of(integers().between(0, 10)).ofSize(9)).checkAssert((pts, credits) -> {
            Rubric r = rubric(pts);
            Assessment.Builder b = Assessment.builder("small", new Organization("x", null));
            Map<String, Ratio> ones = new HashMap<>();
            for (int i = 0; i < r.leaves().size(); i++) {
                b.put("I" + i, Evidence.credit(Ratio.of(credits.get(i), 10)));
                ones.put("I" + i, Ratio.ONE);
            }
            AssessmentResult res = ScoringEngine.score(r, b.build());
            var plan = Planner.plan(r, res, "four-star", Map.of()).orElseThrow();
            Ratio best = bruteForce(r, res, "four-star", ones);
            if (best == null) assertTrue(!plan.reachable());
            else assertEquals(best, Ratio.of(plan.steps().size()));
            assertEquals(plan.steps().size(), plan.steps().stream().map(Planner.Step::code).distinct().count(), "an item twice");
            if (res.nextGrade() != null && res.nextGrade().reachable() && res.nextGrade().grade().id().equals("four-star")) {
                assertEquals(res.nextGrade().items().size(), plan.steps().size(), "the result's next grade uses the same rule");
            }
        });
    }
}
