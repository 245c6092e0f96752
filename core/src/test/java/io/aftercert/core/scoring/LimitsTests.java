package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every limit on an item or a result is said in words, with what lifts it. */
class LimitsTests {
    /** 10 points: M (5) ≥ 10 % by ratio, a value earns at most half (as gbt27922 5.1.2.2); Q (3); N (2). */
    private static Rubric capped() {
        MetricSpec spec = new MetricSpec("%", Direction.AT_LEAST, Ratio.of(10), CreditCurve.RATIO, null, null, Ratio.of(1, 2), true, null);
        return Rubric.builder().id("capped").version("1").title(Text.of("封顶", "Capped")).mode(ScoringMode.POINTS)
                .total(Ratio.of(10)).gradeScale(TestRubrics.starScale()).specialRules(TestRubrics.ctsSpecial()).bands(TestRubrics.fiveBands())
                .indicators(List.of(TestRubrics.group("G", "10", TestRubrics.metric("M", "5", spec),
                        TestRubrics.leaf("Q", "3", IndicatorKind.QUALITATIVE), TestRubrics.leaf("N", "2", IndicatorKind.QUALITATIVE))))
                .build();
    }

    private static AssessmentResult score(Rubric r, Evidence m, Finding... findings) {
        Assessment.Builder b = Assessment.builder(r.id(), new Organization("x", null)).put("M", m).put("Q", Evidence.conforms(true))
                .put("N", Evidence.notApplicable("不适用"));
        for (Finding f : findings) b.finding(f);
        return ScoringEngine.score(r, b.build());
    }

    @Test
    void aValueThatMeetsItsTargetButCanEarnOnlyHalfSaysSoAndWhatLiftsIt() {
        Rubric r = capped();
        // 10.6 % ≥ 10 %: the curve gives 1, the cap 0.5 → 2.5 of 5 points
        AssessmentResult res = score(r, Evidence.value(Ratio.parse("10.6")));
        IndicatorResult m = res.indicator("M").orElseThrow();
        assertEquals(Ratio.parse("2.5"), m.earned());
        assertEquals(Optional.of(Text.of("实测值已达到目标，但实测值单独最多得本项的 50%（2.5 分）：本项另有实测值无法体现的要求。"
                                + "提交评审员的判定（符合、得分率或评分档）可得到其余分值。",
                        "The measured value meets its target, but a measured value alone earns at most 50% of this item (2.5 points): the item "
                                + "has a requirement a value cannot show. The assessor's verdict (conforms, credit or band) earns the rest.")),
                Limits.of(m));
        // below target: the same limit without the first clause
        IndicatorResult low = score(r, Evidence.value(Ratio.parse("8.5"))).indicator("M").orElseThrow();
        assertTrue(Limits.of(low).orElseThrow().zh().startsWith("实测值单独最多得本项的 50%"), Limits.of(low).toString());
        assertEquals("A measured value alone earns at most 50% of this item (2.5 points): the item has a requirement a value cannot show. "
                + "The assessor's verdict (conforms, credit or band) earns the rest.", Limits.of(low).orElseThrow().en());
        // the assessor's verdict is not capped, nor limited
        assertEquals(Optional.empty(), Limits.of(score(r, Evidence.conforms(true)).indicator("M").orElseThrow()));
        assertEquals(Optional.empty(), Limits.of(res.indicator("Q").orElseThrow()));
    }

    @Test
    void notApplicablePointsAndSurplusBonusesAndTooManyDeductionsAreExplainedOnTheResult() {
        Rubric r = capped();
        // N (2) not applicable: 8 applicable of 10, each point lost 100 / 8 = 12.5 of the final score
        AssessmentResult res = score(r, Evidence.value(Ratio.parse("10.6")), Finding.bonus("一"), Finding.bonus("二"));
        assertEquals(List.of(
                Text.of("特别加分项 2 项，只计 1 项（共 +1 分）；其余不再加分。", "2 special bonuses given; only 1 counts (+1 in all); the others add nothing."),
                Text.of("删减（不适用）后适用分值为 8 分（满分 10 分）：每失 1 分，最终得分降低约 12.5 分。",
                        "After the not-applicable items the applicable total is 8 points (of 10): each point lost lowers the final score by about 12.5.")),
                Limits.of(r, res));
        Finding[] six = new Finding[6];
        for (int i = 0; i < 6; i++) six[i] = Finding.deduction("law", "违规 " + i);
        AssessmentResult failed = score(r, Evidence.conforms(true), six);
        // 8 of 8 = 100 − 6 = 94: 四星 by score, none awarded
        assertEquals(Text.of("特别扣分项 6 项，超过 5 项时不授予任何等级；整改至 5 项以内后，按分数可得四星。",
                "6 special deductions stand; more than 5 withhold every grade; with at most 5 the score alone reaches Four-star."),
                Limits.of(r, failed).get(0));
    }

    @Test
    void nothingToSayWhenNoRuleLimitsTheResult() {
        Rubric r = capped();
        // every item applicable, one bonus (it counts), five deductions (allowed): no limit on the result
        Finding[] five = new Finding[5];
        for (int i = 0; i < 5; i++) five[i] = Finding.deduction("law", "违规 " + i);
        Assessment.Builder b = Assessment.builder(r.id(), new Organization("x", null)).put("M", Evidence.conforms(true))
                .put("Q", Evidence.conforms(true)).put("N", Evidence.conforms(false)).finding(Finding.bonus("一"));
        for (Finding f : five) b.finding(f);
        assertEquals(List.of(), Limits.of(r, ScoringEngine.score(r, b.build())));
        // a rubric without special rules and a not-applicable item: only the applicable total is said, as a conformance rate
        Rubric plain = r.toBuilder().specialRules(null).gradeScale(null).result(io.aftercert.core.model.ResultKind.CONFORMANCE).build();
        AssessmentResult res = ScoringEngine.score(plain, Assessment.builder(r.id(), new Organization("x", null)).put("M", Evidence.conforms(true))
                .put("Q", Evidence.conforms(true)).put("N", Evidence.notApplicable("不适用")).build());
        assertEquals(List.of(Text.of("删减（不适用）后适用分值为 8 分（满分 10 分）：每失 1 分，符合率降低约 12.5 个百分点。",
                "After the not-applicable items the applicable total is 8 points (of 10): each point lost lowers the conformance rate by about "
                        + "12.5 percentage points.")), Limits.of(plain, res));
    }

    @Test
    void aWeightMovedFromANotApplicableSiblingIsExplained() {
        Rubric w = TestRubrics.weighted();
        AssessmentResult r = ScoringEngine.score(w, Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.notApplicable("无")).put("Y", Evidence.band(3)).put("Z", Evidence.conforms(true)).build());
        IndicatorResult y = r.indicator("Y").orElseThrow();
        // D1 60 split X 30 + Y 30; X not applicable: Y counts 60
        assertEquals(Text.of("同级不适用条款的权重已移入本项：按 60 分计（标准规定 30 分）。",
                "The weight of not-applicable siblings moved to this item: it counts 60 points (the standard gives 30)."), Limits.of(y).orElseThrow());
        assertEquals(Optional.empty(), Limits.of(r.indicator("X").orElseThrow()));
        assertEquals(List.of(), Limits.of(w, r));
    }
}
