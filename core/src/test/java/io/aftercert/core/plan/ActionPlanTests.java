package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.plan.PlanInput.Assignment;
import io.aftercert.core.plan.PlanInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one plan and the first screen's sentences on the mini rubric (10 points: A.1 2, A.2 1.5,
 * A.3 2.5, B.1 4; 达标 70, 三星 80, 四星 90, 五星 95; stars after 12 months at 达标), worked by hand.
 */
class ActionPlanTests {
    private final Rubric mini = TestRubrics.mini();

    /** A.1 fails (lost 2, +20), A.2 full, A.3 at its floor (lost 2.5, +25), B.1 band 4 (lost 1.2, +12): 43. */
    private AssessmentResult fortyThree(Finding... findings) {
        Assessment.Builder b = Assessment.builder("mini", new Organization("x", null)).assessedOn(LocalDate.of(2026, 11, 6))
                .put("A.1", Evidence.conforms(false)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(60))).put("B.1", Evidence.band(4));
        for (Finding f : findings) b.finding(f);
        return ScoringEngine.score(mini, b.build());
    }

    /** Everything full but B.1 band 3 (2 of 4, lost 2, +20): 80 = 三星, held 8 months on 2026-11-06. */
    private AssessmentResult eighty(Integer held) {
        return ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null)).assessedOn(LocalDate.of(2026, 11, 6))
                .qualifyingGradeHeldMonths(held).put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(3)).build());
    }

    private static List<String> codes(List<ActionPlan.Action> as) {
        return as.stream().map(ActionPlan.Action::code).toList();
    }

    @Test
    void withoutEffortTheFirstRoundIsThePlannersFewestItemsLargestGainFirstThenTheNextInLine() {
        AssessmentResult r = fortyThree();
        ActionPlan p = ActionPlan.of(mini, r, null, null);
        // 达标 needs 2.7 points: A.3 (2.5) then A.1 (2) — P1; B.1 follows as P2
        assertEquals(List.of("A.3", "A.1", "B.1"), codes(p.actions()));
        assertEquals(List.of("P1", "P1", "P2"), p.actions().stream().map(ActionPlan.Action::priority).toList());
        assertEquals(List.of("A.3", "A.1"), p.firstRoundCodes());
        assertEquals(List.of(Ratio.of(25), Ratio.of(20), Ratio.of(12)), p.actions().stream().map(ActionPlan.Action::gain).toList());
        assertNull(p.actions().get(0).effort());
        assertFalse(p.withEffort());
        assertTrue(p.graded());
        assertEquals(ActionPlan.PRIORITY_LEGEND, p.legend());
        assertEquals(Text.of("暂不能申请认证；完成 A.3、A.1 后可申请达标。", "Not ready to apply; complete A.3, A.1 to apply for Qualified."),
                Headline.recommendation(mini, r, p));
    }

    @Test
    void withAnEffortFileEverySurfaceNamesTheLeastEffortSetAndItsOwners() {
        AssessmentResult r = fortyThree();
        PlanInput in = new PlanInput(Map.of("A.3", Ratio.of(5)), Map.of("A.1", new Assignment("质量部 刘洋", LocalDate.of(2027, 3, 31))));
        ActionPlan p = ActionPlan.of(mini, r, null, in);
        // 2.7 points: A.1 + B.1 = 3.2 for effort 2 beats any pair with A.3 (effort 6); gain order A.1 (+20), B.1 (+12)
        assertEquals(List.of("A.1", "B.1"), p.firstRoundCodes());
        assertEquals(List.of("A.1", "B.1", "A.3"), codes(p.actions()));
        assertEquals("质量部 刘洋", p.actions().get(0).owner());
        assertEquals(LocalDate.of(2027, 3, 31), p.actions().get(0).due());
        assertNull(p.actions().get(1).owner());
        assertEquals(Ratio.of(5), p.actions().get(2).effort());
        assertEquals(Ratio.ONE, p.actions().get(1).effort());
        assertTrue(p.withEffort());
        assertEquals(Ratio.of(2), p.plan().effort());
        assertEquals("暂不能申请认证；完成 A.1、B.1 后可申请达标。", Headline.recommendation(mini, r, p).zh());
    }

    @Test
    void anItemTheEffortFileGivesAnOwnerIsListedEvenBeyondTheRowsShown() {
        // 20 items of 5 points: I0–I11 conform (60), I12–I19 do not (8 gaps of +5). 达标 (70) needs two of
        // them (P1), three more follow (P2): five rows, three gaps left out — unless the effort file names an owner
        List<Integer> fives = java.util.Collections.nCopies(20, 5);
        Rubric r = PlannerProperties.rubric(fives);
        Assessment.Builder b = Assessment.builder("small", new Organization("x", null));
        for (int i = 0; i < 20; i++) b.put("I" + i, Evidence.conforms(i < 12));
        AssessmentResult res = ScoringEngine.score(r, b.build());
        assertEquals(5, ActionPlan.of(r, res, null, null).actions().size());
        String last = res.gaps().get(res.gaps().size() - 1).code();
        ActionPlan p = ActionPlan.of(r, res, null, new PlanInput(Map.of(), Map.of(last, new Assignment("品牌部 王敏", null),
                "I0", new Assignment("无关", null))));
        assertEquals(6, p.actions().size());
        assertEquals(last, p.actions().get(5).code());
        assertEquals("P2", p.actions().get(5).priority());
        assertEquals("品牌部 王敏", p.actions().get(5).owner());
        assertEquals(2, p.firstRound().size());
        // 四星 (90) from 60 needs six of the eight: named by their count, not listed
        ActionPlan four = ActionPlan.of(r, res, "four-star", null);
        assertEquals(6, four.firstRound().size());
        assertEquals(Text.of("暂不能申请认证；完成改进计划中的 6 项并保持达标满 12 个月后（未说明已保持的时间）可申请四星。",
                        "Not ready to apply; complete the 6 items of the plan to apply for Four-star, after 12 months at Qualified (time held not stated)."),
                Headline.recommendation(r, res, four));
        // four items are still named
        AssessmentResult four4 = ScoringEngine.score(r, b.put("I12", Evidence.conforms(true)).put("I13", Evidence.conforms(true)).build());
        assertEquals(4, ActionPlan.of(r, four4, "four-star", null).firstRound().size());
        assertTrue(Headline.recommendation(r, four4, ActionPlan.of(r, four4, "four-star", null)).zh().matches(".*完成 I\\d+、I\\d+、I\\d+、I\\d+ 并.*"));
    }

    @Test
    void aStarGradeHeldTooShortWaitsForTheMonthItIsDue() {
        // 8 of 12 months on 2026-11-06: four more months, 2027-03; 四星 needs B.1 (+20 → 100)
        ActionPlan p = ActionPlan.of(mini, eighty(8), null, null);
        assertEquals(List.of("B.1"), p.firstRoundCodes());
        assertEquals(Text.of("可申请达标；保持达标满 12 个月后（2027-03）可申请三星，完成 B.1 后可申请四星。",
                        "Apply for Qualified now; Three-star after 12 months at Qualified (2027-03); complete B.1 to apply for Four-star."),
                Headline.recommendation(mini, eighty(8), p));
        assertEquals("可申请三星；完成 B.1 后可申请四星。", Headline.recommendation(mini, eighty(12), ActionPlan.of(mini, eighty(12), null, null)).zh());
        assertEquals("可申请达标；保持达标满 12 个月后（未说明已保持的时间）可申请三星，完成 B.1 后可申请四星。",
                Headline.recommendation(mini, eighty(null), ActionPlan.of(mini, eighty(null), null, null)).zh());
    }

    @Test
    void theNextGradeWaitsForTheMonthsWhenOnlyTheLowestIsHeld() {
        // 43 → 达标 by the plan; aiming at 三星 from 43 needs 3.7 points: A.3 + A.1 (4.5)
        AssessmentResult r = fortyThree();
        ActionPlan three = ActionPlan.of(mini, r, "三星", null);
        assertEquals(List.of("A.3", "A.1"), three.firstRoundCodes());
        assertEquals("暂不能申请认证；完成 A.3、A.1 并保持达标满 12 个月后（未说明已保持的时间）可申请三星。",
                Headline.recommendation(mini, r, three).zh());
        assertEquals("Not ready to apply; complete A.3, A.1 to apply for Three-star, after 12 months at Qualified (time held not stated).",
                Headline.recommendation(mini, r, three).en());
    }

    @Test
    void gradesAreFoundByIdAndByTheirNamesInBothLanguages() {
        AssessmentResult r = fortyThree();
        for (String name : List.of("four-star", "四星", "Four-star", " four-STAR ", "ｆｏｕｒ－ｓｔａｒ")) {
            assertEquals("four-star", Planner.plan(mini, r, name, Map.of()).orElseThrow().grade().id(), name);
        }
        assertTrue(mini.gradeScale().find(null).isEmpty());
        assertTrue(mini.gradeScale().find("Four").isEmpty());
        assertEquals("qualified", mini.gradeScale().find("达标").orElseThrow().id());
        Planner.UnknownGrade e = assertThrows(Planner.UnknownGrade.class, () -> Planner.plan(mini, r, "六星", Map.of()));
        assertEquals("没有名为“六星”的等级；可用的等级：达标（qualified）、三星（three-star）、四星（four-star）、五星（five-star）", e.why().zh());
        assertTrue(e.why().en().contains("Four-star (four-star)"), e.why().en());
    }

    @Test
    void tooManyDeductionsComeFirstAndTheTopGradeSaysSo() {
        Finding[] six = new Finding[6];
        for (int i = 0; i < 6; i++) six[i] = Finding.deduction("law", "违规 " + i);
        AssessmentResult r = fortyThree(six);
        assertEquals(Text.of("暂不能申请：特别扣分项 6 项，超过 5 项时不授予任何等级，须先整改。",
                        "Not ready to apply: 6 special deductions stand and more than 5 withhold every grade; rectify them first."),
                Headline.recommendation(mini, r, ActionPlan.of(mini, r, null, null)));
        AssessmentResult full = ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3)).put("A.3", Evidence.value(Ratio.of(90)))
                .put("B.1", Evidence.conforms(true)).qualifyingGradeHeldMonths(24).build());
        ActionPlan top = ActionPlan.of(mini, full, null, null);
        assertNull(top.plan());
        assertTrue(top.actions().isEmpty());
        assertEquals("可申请五星（已是最高等级）。", Headline.recommendation(mini, full, top).zh());
    }

    @Test
    void theTrendSaysTheShownScoresTheirShownDifferenceAndTheGrade() {
        AssessmentResult before = fortyThree();
        AssessmentResult after = eighty(8);
        Text label = Text.of("最终得分", "final score");
        // 43.0 → 80.0: +37.0; the date is the earlier assessment's
        assertEquals(Text.of("与上次评价（2026-11-06）相比：最终得分 43.0 → 80.0（+37.0），等级 未达标 → 三星。",
                "Since the last assessment (2026-11-06): final score 43.0 → 80.0 (+37.0), grade Not qualified → Three-star."),
                Headline.trend(before, after, label));
        assertEquals("与上次评价（2026-11-06）相比：最终得分 80.0 → 80.0（±0.0），等级仍为三星。", Headline.trend(after, after, label).zh());
        assertEquals("Since the last assessment (2026-11-06): final score 80.0 → 43.0 (−37.0), grade Three-star → Not qualified.",
                Headline.trend(after, before).en());
        assertEquals(label, Headline.scoreLabel(after));
    }

    @Test
    void theTrendWithoutDatesOrGradesAndTheLabels() {
        // no date on the earlier assessment: no parenthesis; an index has no grade to name
        AssessmentResult undated = ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .put("A.1", Evidence.conforms(true)).build());
        assertEquals("与上次评价相比：最终得分 20.0 → 80.0（+60.0），等级 未达标 → 三星。", Headline.trend(undated, eighty(8)).zh());
        assertEquals("Since the last assessment: final score 20.0 → 80.0 (+60.0), grade Not qualified → Three-star.",
                Headline.trend(undated, eighty(8)).en());
        // held months stated but no assessment date: the month cannot be said
        AssessmentResult noDate = ScoringEngine.score(mini, Assessment.builder("mini", new Organization("x", null))
                .qualifyingGradeHeldMonths(3).put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(3)).build());
        assertEquals("可申请达标；保持达标满 12 个月后（未说明已保持的时间）可申请三星，完成 B.1 后可申请四星。",
                Headline.recommendation(mini, noDate, ActionPlan.of(mini, noDate, null, null)).zh());
        ActionPlan five = ActionPlan.of(mini, fortyThree(), "five-star", null);
        assertEquals(five.plan(), five.optionalPlan().orElseThrow());
    }

    @Test
    void aRubricWithoutGradesListsTheLargestGapsThreePerPriority() {
        Rubric w = TestRubrics.weighted();
        AssessmentResult r = ScoringEngine.score(w, Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.conforms(false)).put("Y", Evidence.band(1)).put("Z", Evidence.band(3)).build());
        ActionPlan p = ActionPlan.of(w, r, null, null);
        assertFalse(p.graded());
        assertNull(p.plan());
        assertEquals(ActionPlan.INDEX_PRIORITY_LEGEND, p.legend());
        // X loses 30, Y 30 × 0.9 = 27, Z 40 × 0.5 = 20
        assertEquals(List.of("X", "Y", "Z"), codes(p.actions()));
        assertEquals(List.of("P1", "P1", "P1"), p.actions().stream().map(ActionPlan.Action::priority).toList());
        assertEquals("该标准不设认证等级；应优先改进 X、Y、Z。", Headline.recommendation(w, r, p).zh());
        assertEquals("The standard defines no certification grade; improve X, Y, Z first.", Headline.recommendation(w, r, p).en());
        // nothing lost: nothing to improve
        AssessmentResult full = ScoringEngine.score(w, Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.conforms(true)).put("Y", Evidence.conforms(true)).put("Z", Evidence.conforms(true)).build());
        ActionPlan none = ActionPlan.of(w, full, null, null);
        assertTrue(none.actions().isEmpty());
        assertEquals(Text.of("该标准不设认证等级；没有失分的条款。", "The standard defines no certification grade; no item lost points."),
                Headline.recommendation(w, full, none));
        assertEquals(Text.of("服务质量指数", "service quality index"), Headline.scoreLabel(r));
        // an index has no grade: the trend names the index and no grade
        assertEquals("与上次评价相比：服务质量指数 " + io.aftercert.core.Display.scoreText(r.finalScore()) + " → "
                + io.aftercert.core.Display.scoreText(r.finalScore()) + "（±0.0）。", Headline.trend(r, r).zh());
    }
}
