package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The scoring rules on their boundaries (issue 23): each test is built so that moving a bound by
 * one (≥ for &gt;, a skipped renormalisation, an ignored lower bound) changes an asserted value.
 * Expected values are worked out by hand in the comments.
 */
class ScoringEngineBoundaryTests {
    private final Rubric mini = TestRubrics.mini();

    private static Assessment.Builder builder() {
        return Assessment.builder("mini", new Organization("测试公司", "manufacturer"));
    }

    /** Every item of mini at full credit: A.1 2 + A.2 1.5 + A.3 2.5 + B.1 4 = 10 of 10 → 100. */
    private static Assessment.Builder allFull() {
        return builder().put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(4, 4))
                .put("A.3", Evidence.value(Ratio.of(95))).put("B.1", Evidence.conforms(true));
    }

    private static Assessment.Builder withDeductions(Assessment.Builder b, int n) {
        for (int i = 0; i < n; i++) b.finding(Finding.deduction("law", "违规 " + i));
        return b;
    }

    @Test
    void exactlyFiveDeductionsStillPassAndSixFailAtAScoreWhereItMatters() {
        // 100 − 5 × 1 = 95: exactly on 五星's bound (95); five deductions are "not more than five"
        AssessmentResult five = ScoringEngine.score(mini, withDeductions(allFull(), 5).build());
        assertEquals(Ratio.of(95), five.finalScore());
        assertEquals(Ratio.of(5), five.deductions());
        assertEquals(io.aftercert.core.scoring.Verdict.PASSED, five.passed());
        assertEquals("five-star", five.grade().id());
        assertEquals("five-star", five.gradeByScore().id());
        assertEquals(List.of(), five.reasons());
        assertTrue(five.caveats().stream().anyMatch(c -> c.en().equals("5 special deductions must be rectified")), five.caveats().toString());
        // 100 − 6 = 94 would be 四星 by score, but the sixth deduction fails the evaluation
        AssessmentResult six = ScoringEngine.score(mini, withDeductions(allFull(), 6).build());
        assertEquals(Ratio.of(94), six.finalScore());
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, six.passed());
        assertEquals("none", six.grade().id());
        assertEquals("four-star", six.gradeByScore().id());
        assertEquals(1, six.reasons().size());
        // one deduction: singular wording
        AssessmentResult one = ScoringEngine.score(mini, withDeductions(allFull(), 1).build());
        assertEquals(Ratio.of(99), one.finalScore());
        assertTrue(one.caveats().stream().anyMatch(c -> c.en().equals("1 special deduction must be rectified")), one.caveats().toString());
    }

    @Test
    void aBonusIsAddedOnceAndADeductionSubtractedBeforeTheGrade() {
        // A.1 not conforming: 8 of 10 → 80; + 1 bonus − 1 deduction = 80 (三星 on its bound)
        Assessment.Builder b = allFull().put("A.1", Evidence.conforms(false)).finding(Finding.bonus("领先"));
        AssessmentResult r = ScoringEngine.score(mini, withDeductions(b, 1).build());
        assertEquals(Ratio.of(80), r.score());
        assertEquals(Ratio.ONE, r.bonus());
        assertEquals(Ratio.ONE, r.deductions());
        assertEquals(Ratio.of(80), r.finalScore());
        assertEquals("three-star", r.grade().id());
        assertEquals(Ratio.ONE, r.findings().stream().filter(f -> f.type() == io.aftercert.core.evidence.Finding.Type.BONUS).findFirst().orElseThrow().points());
        assertEquals(Ratio.of(-1), r.findings().stream().filter(f -> f.type() == io.aftercert.core.evidence.Finding.Type.DEDUCTION).findFirst().orElseThrow().points());
        // nothing scored at all: 0 − 1 would be −1, kept at 0
        AssessmentResult low = ScoringEngine.score(mini, withDeductions(builder().put("A.1", Evidence.conforms(false)), 1).build());
        assertEquals(Ratio.ZERO, low.finalScore());
    }

    @Test
    void aCreditBelowItsBandIsRefusedAsMuchAsOneAbove() {
        // band 4 is 0.6–0.8: 0.55 is below it, 0.6 and 0.8 are its inclusive bounds
        Evidence below = Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.55")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScoringEngine.score(mini, builder().put("B.1", below).build()));
        assertEquals("$.evidence[\"B.1\"].credit", e.problems().get(0).path());
        // on the bounds: 0.6 × 4 = 2.4 and 0.8 × 4 = 3.2
        assertEquals(Ratio.parse("2.4"), ScoringEngine.score(mini, builder().put("B.1",
                Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.6")))).build()).indicator("B.1").orElseThrow().earned());
        assertEquals(Ratio.parse("3.2"), ScoringEngine.score(mini, builder().put("B.1",
                Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.8")))).build()).indicator("B.1").orElseThrow().earned());
    }

    @Test
    void aWeightedItemWithoutEvidenceCountsAtItsRenormalisedShare() {
        // weighted: D1 60 % = X + Y (30 each), D2 40 % = Z. X and Z conform, Y not assessed:
        // Y stays in the total at its share 30 → score (30 + 40) / 100 × 100 = 70
        // (were Y counted at its nominal points, 0, the score would be 70 / 70 = 100)
        Assessment a = Assessment.builder("weighted", new Organization("w", null)).put("X", Evidence.conforms(true))
                .put("Z", Evidence.conforms(true)).build();
        AssessmentResult r = ScoringEngine.score(TestRubrics.weighted(), a);
        IndicatorResult y = r.indicator("Y").orElseThrow();
        assertEquals(Status.NOT_ASSESSED, y.status());
        assertEquals(Ratio.of(30), y.applicable());
        assertEquals(Ratio.ZERO, y.earned());
        assertEquals(Ratio.of(70), r.score());
        assertEquals(Ratio.of(100), r.totals().applicable());
        // its gap: 30 of 100 applicable → +30
        assertEquals(Ratio.of(30), r.gaps().stream().filter(g -> g.code().equals("Y")).findFirst().orElseThrow().scoreGain());
    }

    @Test
    void aWeightedItemWithoutEvidenceCountsAtItsShareAfterASiblingIsExcluded() {
        // weighted: D1 60 % = X + Y (30 each nominally), D2 40 % = Z. X not applicable: Y takes D1's
        // whole 60 (its renormalised share), not its nominal 30. Z conforms, Y not assessed:
        // score = 40 / (60 + 40) × 100 = 40; Y's gap lifts it by 60 / 100 × 100 = 60 (to 100)
        // (were Y counted at its nominal 30, its gap would be 30 and the ledger would not add up)
        Assessment a = Assessment.builder("weighted", new Organization("w", null)).put("X", Evidence.notApplicable("无此业务"))
                .put("Z", Evidence.conforms(true)).build();
        AssessmentResult r = ScoringEngine.score(TestRubrics.weighted(), a);
        IndicatorResult y = r.indicator("Y").orElseThrow();
        assertEquals(Status.NOT_ASSESSED, y.status());
        assertEquals(Ratio.of(60), y.applicable());
        assertEquals(Ratio.of(60), y.max());
        assertEquals(Ratio.of(30), y.nominalMax());
        assertEquals(Ratio.of(60), y.lost());
        assertEquals(Ratio.of(40), r.score());
        assertEquals(Ratio.of(100), r.totals().applicable());
        assertEquals(Ratio.of(60), r.gaps().stream().filter(g -> g.code().equals("Y")).findFirst().orElseThrow().scoreGain());
        assertEquals(Ratio.of(60), r.group("D1").orElseThrow().applicable());
    }

    /**
     * Three sub-dimensions: P 40 %, Q 30 %, R 30 % = R1 + R2. With R1 and R2 both not applicable R
     * loses its weight: P gets 40 / 70 × 100 = 4000/70 = 57.142857… (400/7) and Q 30 / 70 × 100 =
     * 42.857142… (300/7); were R to keep its weight, P and Q would stay at 40 and 30.
     */
    @Test
    void aSubDimensionWhoseItemsAreAllNotApplicableLosesItsWeight() {
        Indicator p = dimension("P", 40, TestRubrics.leaf("P.1", "0", IndicatorKind.QUALITATIVE));
        Indicator q = dimension("Q", 30, TestRubrics.leaf("Q.1", "0", IndicatorKind.QUALITATIVE));
        Indicator rr = dimension("R", 30, TestRubrics.leaf("R.1", "0", IndicatorKind.QUALITATIVE),
                TestRubrics.leaf("R.2", "0", IndicatorKind.QUALITATIVE));
        Rubric w = Rubric.builder().id("w3").version("1").title(Text.of("三维", "three")).mode(ScoringMode.WEIGHTED)
                .bands(TestRubrics.fiveBands()).indicators(List.of(p, q, rr)).build();
        Assessment a = Assessment.builder("w3", new Organization("w", null)).put("P.1", Evidence.conforms(true))
                .put("Q.1", Evidence.conforms(false)).put("R.1", Evidence.notApplicable("无"))
                .put("R.2", Evidence.notApplicable("无")).build();
        AssessmentResult r = ScoringEngine.score(w, a);
        assertEquals(Ratio.of(400, 7), r.indicator("P.1").orElseThrow().applicable());
        assertEquals(Ratio.of(300, 7), r.indicator("Q.1").orElseThrow().applicable());
        assertEquals(Ratio.ZERO, r.indicator("R.1").orElseThrow().applicable());
        assertEquals(Ratio.of(400, 7), r.score()); // P earns its whole share, Q nothing: 57.14
        assertEquals(Ratio.of(100), r.totals().applicable());
        // Q's gap lifts the score by its share: +300/7 = 42.86
        assertEquals(Ratio.of(300, 7), r.gaps().get(0).scoreGain());
        assertEquals(Ratio.ZERO, r.group("R").orElseThrow().applicable());
    }

    private static Indicator dimension(String code, int weight, Indicator... children) {
        return new Indicator(code, Text.of("维度" + code, "dimension " + code), null, null, Ratio.ZERO, Ratio.of(weight), null,
                null, null, null, null, List.of(children));
    }

    @Test
    void aNextGradeReachedExactlyOnItsBoundIsReachable() {
        // A.2 2 of 3 (lost 1.5 × 1/3 = 0.5), B.1 credit 0.875 (lost 4 × 0.125 = 0.5), the rest full:
        // 9 of 10 → 90 = 四星. 五星 needs 95 = +5; one item adds 0.5 / 10 × 100 = 5 → exactly 95
        Assessment a = allFull().put("A.2", Evidence.sample(2, 3)).put("B.1", Evidence.credit(Ratio.parse("0.875"))).build();
        AssessmentResult r = ScoringEngine.score(mini, a);
        assertEquals(Ratio.of(90), r.finalScore());
        assertEquals("four-star", r.grade().id());
        NextGrade n = r.nextGrade();
        assertEquals("five-star", n.grade().id());
        assertEquals(Ratio.of(5), n.needed());
        assertTrue(n.reachable(), n.toString());
        assertEquals(1, n.items().size(), n.items().toString());
        assertTrue(List.of("A.2", "B.1").contains(n.items().get(0)), n.items().toString());
        assertEquals(Ratio.of(5), n.gain());
    }

    @Test
    void moreThanFiveDeductionsLeaveTheNextGradeUnreachableWithNoItems() {
        // B.1 band 4 (0.7 × 4 = 2.8, lost 1.2), the rest full: 8.8 of 10 → 88; − 6 = 82 (三星 by score).
        // Without the deduction rule B.1 (+12) would reach 四星; with six deductions no grade is awarded
        AssessmentResult r = ScoringEngine.score(mini, withDeductions(allFull().put("B.1", Evidence.band(4)), 6).build());
        assertEquals(Ratio.of(82), r.finalScore());
        assertEquals("three-star", r.gradeByScore().id());
        NextGrade n = r.nextGrade();
        assertFalse(n.reachable());
        assertEquals(List.of(), n.items());
        assertEquals(Ratio.ZERO, n.gain());
        assertEquals(Ratio.of(8), n.needed()); // 90 − 82
    }

    @Test
    void gapsWithEqualGainsKeepDocumentOrderAndRankByGain() {
        // A.1 false (lost 2), B.1 credit 0.5 (lost 2), A.2 1 of 3 (lost 1): gains 20, 20, 10
        Assessment a = allFull().put("A.1", Evidence.conforms(false)).put("B.1", Evidence.credit(Ratio.parse("0.5")))
                .put("A.2", Evidence.sample(1, 3)).build();
        AssessmentResult r = ScoringEngine.score(mini, a);
        assertEquals(List.of("A.1", "B.1", "A.2"), r.gaps().stream().map(Gap::code).toList());
        assertEquals(List.of(Ratio.of(20), Ratio.of(20), Ratio.of(10)), r.gaps().stream().map(Gap::scoreGain).toList());
        assertEquals(List.of(Ratio.of(2), Ratio.of(2), Ratio.of(1)), r.gaps().stream().map(Gap::pointsLost).toList());
        // earned 0 + 0.5 + 2.5 + 2 = 5 → 50
        assertEquals(Ratio.of(50), r.finalScore());
    }
}
