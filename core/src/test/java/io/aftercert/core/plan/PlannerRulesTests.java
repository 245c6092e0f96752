package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.NextGrade;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The planner's rules one at a time (issue 23): the branch and bound against sets worked out by
 * hand where the greedy set is not the cheapest, its cut-off, the deduction rule, the fewest-items
 * rule on its own, and the method in both languages. Rubrics total 100 points with nothing
 * excluded, so a point lost is a point of final score.
 */
class PlannerRulesTests {
    private static final String FEWEST = "fewest items: largest point losses first (exact)";
    private static final String LEAST_EFFORT = "minimum total effort: branch and bound (exact)";

    /**
     * {@link PlannerProperties#rubric} (items I0.. of the given points, the last taking the rest of
     * 100; 3 points a deduction, at most 5) scored with the given credits, and {@code deductions} deductions.
     */
    private static AssessmentResult scored(Rubric r, List<Ratio> credits, int deductions) {
        Assessment.Builder b = Assessment.builder("small", new Organization("x", null));
        for (int i = 0; i < credits.size(); i++) b.put("I" + i, Evidence.credit(credits.get(i)));
        for (int d = 0; d < deductions; d++) b.finding(Finding.deduction("law", "违规 " + d));
        return ScoringEngine.score(r, b.build());
    }

    private static List<String> codes(Planner.Plan p) {
        return p.steps().stream().map(Planner.Step::code).toList();
    }

    private static Map<String, Ratio> efforts(Object... codeThenEffort) {
        Map<String, Ratio> m = new HashMap<>();
        for (int i = 0; i < codeThenEffort.length; i += 2) m.put((String) codeThenEffort[i], Ratio.of((Integer) codeThenEffort[i + 1]));
        return m;
    }

    /**
     * I0 10 points at credit 0, I1 12 points at credit 0, I2 78 points full: 78 (达标).
     * 四星 90 needs 12 points. By density I0 (10 per effort 1) comes before I1 (12 per effort 2),
     * and the greedy set I0 + I1 costs 3; I1 alone reaches 78 + 12 = 90 exactly, for 2.
     */
    private static AssessmentResult seventyEight() {
        Rubric r = PlannerProperties.rubric(List.of(10, 12, 78));
        AssessmentResult res = scored(r, List.of(Ratio.ZERO, Ratio.ZERO, Ratio.ONE), 0);
        assertEquals(Ratio.of(78), res.finalScore());
        return res;
    }

    @Test
    void theBranchAndBoundBeatsTheGreedySetAndAcceptsASetEndingExactlyOnTheBound() {
        AssessmentResult res = seventyEight();
        Rubric r = PlannerProperties.rubric(List.of(10, 12, 78));
        Planner.Plan p = Planner.plan(r, res, "four-star", efforts("I0", 1, "I1", 2)).orElseThrow();
        assertTrue(p.reachable());
        assertEquals(List.of("I1"), codes(p));
        assertEquals(Ratio.of(2), p.effort());
        assertEquals(Ratio.of(12), p.needed());  // 90 − 78
        assertEquals(Ratio.of(12), p.gain());    // 12 points of 100 → +12, exactly 90
        assertTrue(p.exact());
        assertEquals(LEAST_EFFORT, p.method());
        assertEquals(List.of(Ratio.of(12)), p.steps().stream().map(Planner.Step::scoreGain).toList());
        assertEquals(List.of(Ratio.of(12)), p.steps().stream().map(Planner.Step::pointsLost).toList());
    }

    @Test
    void theBranchAndBoundNeverTradesItsBestSetForADearerOne() {
        // I0 9 points, I1 2, I2 3 at credit 0, I3 86 full: 86; two deductions (3 each, ≤ 5 allowed): 80.
        // 四星 90 needs 10 points. Sets: I0 + I1 = 11 for effort 1 + 1 = 2; I0 + I2 = 12 for 1 + 2 = 3;
        // I1 + I2 = 5 falls short. The cheapest is I0 + I1 (2); the search meets I0 + I2 after it.
        Rubric r = PlannerProperties.rubric(List.of(9, 2, 3, 86));
        AssessmentResult res = scored(r, List.of(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO, Ratio.ONE), 2);
        assertEquals(Ratio.of(80), res.finalScore());
        Planner.Plan p = Planner.plan(r, res, "four-star", efforts("I0", 1, "I1", 1, "I2", 2)).orElseThrow();
        assertEquals(List.of("I0", "I1"), codes(p));
        assertEquals(Ratio.of(2), p.effort());
        assertEquals(Ratio.of(11), p.gain()); // 80 + 11 = 91
        assertTrue(p.exact());
    }

    @Test
    void aSearchStoppedAtItsNodeLimitIsMarkedAnApproximationAndStillReachesTheGrade() {
        AssessmentResult res = seventyEight();
        Rubric r = PlannerProperties.rubric(List.of(10, 12, 78));
        Map<String, Ratio> e = efforts("I0", 1, "I1", 2);
        // one node: the search stops at once and keeps its feasible start (every item: 22 points, effort 3)
        Planner.Plan cut = Planner.plan(r, res, "four-star", e, 1).orElseThrow();
        assertTrue(cut.reachable());
        assertFalse(cut.exact());
        assertTrue(cut.method().contains("stopped") && cut.method().contains("approximation"), cut.method());
        Ratio points = cut.steps().stream().map(Planner.Step::pointsLost).reduce(Ratio.ZERO, Ratio::plus);
        assertTrue(Ratio.of(78).plus(points).compareTo(Ratio.of(90)) >= 0, "the approximation misses 四星: " + codes(cut));
        assertEquals(cut.steps().stream().map(Planner.Step::effort).reduce(Ratio.ZERO, Ratio::plus), cut.effort());
        // a limit the search stays within: the exact answer of the test above
        Planner.Plan whole = Planner.plan(r, res, "four-star", e, 1_000).orElseThrow();
        assertTrue(whole.exact());
        assertEquals(LEAST_EFFORT, whole.method());
        assertEquals(List.of("I1"), codes(whole));
    }

    @Test
    void everyItemAtFullCreditFallingShortIsUnreachableWithoutItems() {
        // I0 4 points at credit 0 (lost 4), I1 96 points at 0.9 (86.4, lost 9.6): 86.4; two deductions (3 each): 80.4.
        // Every item full: 100 − 6 = 94 < 五星 95 (14.6 points needed, 4 + 9.6 = 13.6 available)
        Rubric r = PlannerProperties.rubric(List.of(4, 96));
        AssessmentResult res = scored(r, List.of(Ratio.ZERO, Ratio.parse("0.9")), 2);
        assertEquals(Ratio.parse("80.4"), res.finalScore());
        for (Map<String, Ratio> e : List.of(Map.<String, Ratio>of(), efforts("I0", 2))) {
            Planner.Plan p = Planner.plan(r, res, "five-star", e).orElseThrow();
            assertFalse(p.reachable());
            assertEquals(List.of(), p.steps());
            assertEquals(Ratio.ZERO, p.gain());
            assertEquals(Ratio.parse("14.6"), p.needed()); // 95 − 80.4
            assertTrue(p.note().contains("falls short of 95"), p.note());
            assertTrue(p.why().zh().contains("达不到 95（五星）"), p.why().zh());
        }
        // 四星 90 is within reach: 9.6 more points needed (90 − 80.4), I1 (9.6) exactly, I0 (4) is not enough
        Planner.Plan four = Planner.plan(r, res, "four-star", Map.of()).orElseThrow();
        assertEquals(List.of("I1"), codes(four));
        assertEquals(Ratio.parse("9.6"), four.gain());
    }

    @Test
    void onlyDeductionsCountTowardsTheDeductionRuleNotBonuses() {
        // mini: A.1, A.2, A.3 full, B.1 band 4 (2.8 of 4): 8.8 of 10 → 88; five deductions (1 each) → 83,
        // one bonus (+1) → 84. Five deductions are allowed: 四星 90 needs +6, B.1 (1.2 points → +12) gives 96
        Rubric mini = TestRubrics.mini();
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(4)).finding(Finding.bonus("领先"));
        for (int i = 0; i < 5; i++) b.finding(Finding.deduction("law", "违规 " + i));
        AssessmentResult r = ScoringEngine.score(mini, b.build());
        assertEquals(Ratio.of(84), r.finalScore());
        Planner.Plan p = Planner.plan(mini, r, "four-star", Map.of()).orElseThrow();
        assertTrue(p.reachable(), p.note());
        assertEquals(List.of("B.1"), codes(p));
        assertEquals(Ratio.of(12), p.gain());
        assertTrue(r.nextGrade().reachable(), r.nextGrade().note());
        assertEquals(List.of("B.1"), r.nextGrade().items());
    }

    @Test
    void aRubricWithoutSpecialRulesPlansAndOneWithoutGradesPlansNothing() {
        // no special rules: I0 30 points at credit 0, I1 70 full: 70 = 达标; 三星 80 needs 10 → I0 (+30) → 100
        Indicator[] leaves = {TestRubrics.leaf("I0", "30", IndicatorKind.QUALITATIVE), TestRubrics.leaf("I1", "70", IndicatorKind.QUALITATIVE)};
        Rubric plain = Rubric.builder().id("small").version("1").title(Text.of("小", "small")).mode(ScoringMode.POINTS)
                .gradeScale(TestRubrics.starScale()).indicators(List.of(TestRubrics.group("G", "100", leaves))).build();
        AssessmentResult res = scored(plain, List.of(Ratio.ZERO, Ratio.ONE), 0);
        assertEquals(Ratio.of(70), res.finalScore());
        Planner.Plan p = Planner.nextGrade(plain, res).orElseThrow();
        assertEquals("three-star", p.grade().id());
        assertEquals(List.of("I0"), codes(p));
        assertEquals(Ratio.of(30), p.gain());
        // no grade scale: nothing to aim at
        Rubric weighted = TestRubrics.weighted();
        AssessmentResult w = ScoringEngine.score(weighted, Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.conforms(false)).build());
        assertEquals(Optional.empty(), Planner.plan(weighted, w, null, Map.of()));
        assertEquals(Optional.empty(), Planner.nextGrade(weighted, w));
        // a result carrying no grade by score (as one scored without a grade scale does) plans nothing either
        AssessmentResult noGrade = res.toBuilder().grade(null).gradeByScore(null).passed(io.aftercert.core.scoring.Verdict.NOT_JUDGED).nextGrade(null).build();
        assertEquals(Optional.empty(), Planner.plan(plain, noGrade, "five-star", Map.of()));
    }

    @Test
    void aGradeTheScoreSitsOnIsAlreadyReached() {
        // 70 exactly = 达标's bound: needed 0, nothing to do, and the plan says so
        Rubric r = PlannerProperties.rubric(List.of(30, 70));
        AssessmentResult res = scored(r, List.of(Ratio.ZERO, Ratio.ONE), 0);
        Planner.Plan on = Planner.plan(r, res, "qualified", Map.of()).orElseThrow();
        assertEquals(Ratio.ZERO, on.needed());
        assertEquals("already reached", on.method());
        assertEquals(List.of(), on.steps());
        assertTrue(on.reachable() && on.exact());
        assertEquals(Ratio.ZERO, on.gain());
        assertNull(on.note());
        assertNull(on.why());
        // above the bound, with efforts: I0 at 1/20 (30 × 1/20 = 1.5) + 70 = 71.5; 达标 needs 70 − 71.5 = −1.5
        AssessmentResult above = scored(r, List.of(Ratio.of(1, 20), Ratio.ONE), 0);
        Planner.Plan p = Planner.plan(r, above, "qualified", efforts("I0", 2)).orElseThrow();
        assertEquals(Ratio.parse("-1.5"), p.needed());
        assertEquals("already reached", p.method());
        assertEquals(List.of(), p.steps());
    }

    @Test
    void withoutEffortsThePlanNamesTheFewestItemsMethodAndNoNote() {
        // 78 (see seventyEight); 四星 needs 12 points: the largest loss first, I1 (12) alone; effort 1
        AssessmentResult res = seventyEight();
        Rubric r = PlannerProperties.rubric(List.of(10, 12, 78));
        Planner.Plan p = Planner.plan(r, res, "four-star", Map.of()).orElseThrow();
        assertEquals(FEWEST, p.method());
        assertEquals(List.of("I1"), codes(p));
        assertEquals(Ratio.ONE, p.effort());
        assertNull(p.note());
        assertNull(p.why());
        // 五星 95 needs 17: I1 (12) then I0 (10), largest first
        Planner.Plan five = Planner.plan(r, res, "five-star", Map.of()).orElseThrow();
        assertEquals(List.of("I1", "I0"), codes(five));
        assertEquals(Ratio.of(22), five.gain()); // 78 + 22 = 100
    }

    @Test
    void everyMethodReadsInChineseInFullAndInEnglishAsItsJsonText() {
        AssessmentResult res = seventyEight();
        Rubric r = PlannerProperties.rubric(List.of(10, 12, 78));
        Map<String, Ratio> e = efforts("I0", 1, "I1", 2);
        List<Planner.Plan> plans = new ArrayList<>(List.of(
                Planner.plan(r, res, "four-star", Map.of()).orElseThrow(),                 // fewest items
                Planner.plan(r, res, "four-star", e).orElseThrow(),                        // branch and bound
                Planner.plan(r, res, "four-star", e, 1).orElseThrow(),                     // stopped
                Planner.plan(r, res, "qualified", Map.of()).orElseThrow()));               // already reached
        AssessmentResult low = scored(r, List.of(Ratio.ZERO, Ratio.ZERO, Ratio.ZERO), 6);  // six deductions: none
        plans.add(Planner.plan(r, low, "qualified", Map.of()).orElseThrow());
        assertEquals(5, plans.stream().map(Planner.Plan::method).distinct().count());
        for (Planner.Plan p : plans) {
            Text t = p.methodText();
            assertEquals(p.method(), t.en());
            assertFalse(t.zh().matches(".*[A-Za-z].*"), "English in the Chinese method: " + t.zh());
        }
    }

    @Test
    void aPlanBuiltWithAnEnglishNoteRepeatsItInBothLanguages() {
        Planner.Plan p = new Planner.Plan(null, Ratio.ZERO, Ratio.ONE, List.of(), Ratio.ZERO, Ratio.ZERO, false, true, "none",
                "an embedding's own reason");
        assertEquals(Text.of("an embedding's own reason", "an embedding's own reason"), p.why());
        assertNull(new Planner.Plan(null, Ratio.ZERO, Ratio.ONE, List.of(), Ratio.ZERO, Ratio.ZERO, true, true, "none", null).why());
    }

    @Test
    void theNextGradesReasonReadsInEachLanguageInFullAndRoundTripsThroughTheJson() {
        // I0 4 points at credit 0, I1 96 full: 96; two deductions (3 each): 90 = 四星. 五星 95 needs 5, only I0's 4 are left
        Rubric r = PlannerProperties.rubric(List.of(4, 96));
        AssessmentResult shortOf = scored(r, List.of(Ratio.ZERO, Ratio.ONE), 2);
        assertEquals(Ratio.of(90), shortOf.finalScore());
        NextGrade n = shortOf.nextGrade();
        assertFalse(n.reachable());
        assertEquals(Text.of("所有条款满分仍达不到 95（五星）", "full credit on every item still falls short of 95 (Five-star)"), n.why());
        assertEquals(n.why().en(), n.note());
        // six deductions: no grade while more than five stand
        AssessmentResult six = scored(r, List.of(Ratio.ZERO, Ratio.ONE), 6);
        assertEquals(Text.of("特别扣分项超过 5 项时不授予任何等级，请先整改",
                "no grade can be awarded while more than 5 special deductions stand: rectify them first"), six.nextGrade().why());
        // nothing applicable
        Rubric mini = TestRubrics.mini();
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null));
        for (String c : List.of("A.1", "A.2", "A.3", "B.1")) b.put(c, Evidence.notApplicable("n/a"));
        NextGrade none = ScoringEngine.score(mini, b.build()).nextGrade();
        assertEquals(Text.of("所有条款均标为不适用：没有条款能提高得分", "every indicator is marked not applicable: no item can raise the score"),
                none.why());
        for (NextGrade x : List.of(n, six.nextGrade(), none)) {
            assertFalse(x.why().zh().matches(".*[A-Za-z].*"), x.why().zh());
            assertFalse(x.why().en().matches(".*\\p{IsHan}.*"), x.why().en());
        }
        // the JSON carries both; read back, the result is the same
        String json = io.aftercert.core.json.ResultJson.writeString(shortOf);
        assertTrue(json.contains("所有条款满分仍达不到 95（五星）"), json);
        assertEquals(shortOf, io.aftercert.core.json.ResultJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "result.json"));
        // a result written before the bilingual reason: the note stands for both languages
        String old = json.replaceAll(",?\\s*\"why\"\\s*:\\s*\\{[^}]*\\}", "");
        assertFalse(old.contains("\"why\""), old);
        NextGrade back = io.aftercert.core.json.ResultJson.read(old.getBytes(java.nio.charset.StandardCharsets.UTF_8), "result.json").nextGrade();
        assertEquals(Text.of(n.note(), n.note()), back.why());
    }

    // the fewest-items rule on its own (public: the result's next grade uses it too)

    private static Gap gap(String code, int lost) {
        return new Gap(code, Text.of(code, code), Status.ASSESSED, Ratio.of(lost), Ratio.of(lost));
    }

    @Test
    void fewestItemsSortsTheGapsItselfAndStopsOnTheBound() {
        // 90 of 100 applicable, bound 95: 5 points needed. Given smallest first, the largest (5) alone is the answer
        assertEquals(Optional.of(List.of("B")), fewest(List.of(gap("A", 1), gap("B", 5), gap("C", 3)),
                Ratio.of(90), Ratio.HUNDRED, Ratio.of(95)).map(l -> l.stream().map(Gap::code).toList()));
        // 6 needed: B (5) then C (3)
        assertEquals(Optional.of(List.of("B", "C")), fewest(List.of(gap("A", 1), gap("B", 5), gap("C", 3)),
                Ratio.of(89), Ratio.HUNDRED, Ratio.of(95)).map(l -> l.stream().map(Gap::code).toList()));
        // 50 applicable points: a point is worth 2; 90 + 2 × 2.5 … B (5 points) = +10 → 100 ≥ 95
        assertEquals(Optional.of(List.of("B")), fewest(List.of(gap("A", 1), gap("B", 5)),
                Ratio.of(90), Ratio.of(50), Ratio.of(95)).map(l -> l.stream().map(Gap::code).toList()));
    }

    @Test
    void fewestItemsIsEmptyWhenAllItemsFallShortOrNothingIsApplicable() {
        // 90 + 1 + 3 = 94 < 95
        assertEquals(Optional.empty(), fewest(List.of(gap("A", 1), gap("C", 3)), Ratio.of(90), Ratio.HUNDRED, Ratio.of(95)));
        // nothing applicable: no item can raise the score (and nothing is divided by zero)
        assertEquals(Optional.empty(), fewest(List.of(gap("A", 1)), Ratio.ZERO, Ratio.ZERO, Ratio.of(70)));
        // already on the bound: nothing to take
        assertEquals(Optional.of(List.of()), fewest(List.of(gap("A", 1)), Ratio.of(95), Ratio.HUNDRED, Ratio.of(95)));
    }

    @Test
    void fewestItemsReachingTheBoundExactlyIsReachable() {
        // 90 + 5 = 95 exactly
        assertEquals(Optional.of(List.of("B")), fewest(List.of(gap("B", 5)), Ratio.of(90), Ratio.HUNDRED, Ratio.of(95))
                .map(l -> l.stream().map(Gap::code).toList()));
    }

    @Test
    void aNextGradeWithoutItemsHasAnEmptyList() {
        NextGrade n = new NextGrade(null, Ratio.ONE, null, Ratio.ZERO, false, "x");
        assertEquals(List.of(), n.items());
        List<String> mine = new ArrayList<>(List.of("A"));
        NextGrade m = new NextGrade(null, Ratio.ONE, mine, Ratio.ONE, true, (String) null);
        mine.add("B");
        assertEquals(List.of("A"), m.items()); // a copy
    }

    private static Optional<List<Gap>> fewest(List<Gap> gaps, Ratio unclamped, Ratio applicable, Ratio bound) {
        return io.aftercert.core.internal.plan.FewestItems.choose(gaps, Gap::pointsLost, unclamped, applicable, bound);
    }
}
