package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every scoring rule of architecture §3 on worked examples; the arithmetic is in the comments. */
class ScoringEngineTests {
    private final Rubric mini = TestRubrics.mini();

    private static Assessment.Builder builder() {
        return Assessment.builder("mini", new Organization("测试公司", "manufacturer"));
    }

    /** A.1 conforms (2), A.2 2 of 3 (1.5 × 2/3 = 1), A.3 75 % (linear (75−60)/(90−60) = 0.5 → 1.25), B.1 band 4 (0.7 × 4 = 2.8). */
    private static Assessment.Builder baseline() {
        return builder().put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(2, 3))
                .put("A.3", Evidence.value(Ratio.of(75))).put("B.1", Evidence.band(4));
    }

    @Test
    void earnedIsPointsTimesCreditAndScoreIsEarnedOverApplicable() {
        AssessmentResult r = ScoringEngine.score(mini, baseline().build());
        assertEquals(Ratio.of(2), r.indicator("A.1").orElseThrow().earned());
        assertEquals(Ratio.ONE, r.indicator("A.2").orElseThrow().earned());
        assertEquals(Ratio.parse("1.25"), r.indicator("A.3").orElseThrow().earned());
        assertEquals(Ratio.parse("2.8"), r.indicator("B.1").orElseThrow().earned());
        // Σ earned = 2 + 1 + 1.25 + 2.8 = 7.05 of 10 → 70.5
        assertEquals(new Totals(Ratio.parse("7.05"), Ratio.of(10), Ratio.of(10)), r.totals());
        assertEquals(Ratio.parse("70.5"), r.score());
        assertEquals(Ratio.parse("70.5"), r.finalScore());
        assertEquals("qualified", r.grade().id());
        assertEquals(io.aftercert.core.scoring.Verdict.PASSED, r.passed());
        // group A: 2 + 1 + 1.25 = 4.25 of 6
        assertEquals(Ratio.parse("4.25"), r.group("A").orElseThrow().earned());
        assertEquals(Ratio.of(6), r.group("A").orElseThrow().max());
    }

    @Test
    void notApplicableItemsLeaveTheApplicableTotal() {
        AssessmentResult r = ScoringEngine.score(mini, baseline().put("B.1", Evidence.notApplicable("不销售此类商品")).build());
        IndicatorResult b1 = r.indicator("B.1").orElseThrow();
        assertEquals(Status.NOT_APPLICABLE, b1.status());
        assertEquals(Ratio.ZERO, b1.applicable());
        assertNull(b1.credit());
        assertEquals("不销售此类商品", b1.justification());
        // 4.25 of 6 applicable → 425/6 = 70.8333…; shown cut to 70.8
        assertEquals(Ratio.of(425, 6), r.score());
        assertEquals(new BigDecimal("70.8"), r.scoreDisplay());
        assertEquals(Ratio.of(10), r.totals().max());
        assertEquals(Ratio.of(6), r.totals().applicable());
    }

    @Test
    void missingEvidenceIsNotAssessedEarnsZeroAndStaysInTheTotal() {
        AssessmentResult r = ScoringEngine.score(mini, builder().put("A.1", Evidence.conforms(true)).build());
        assertEquals(List.of("A.2", "A.3", "B.1"), r.notAssessed().stream().map(IndicatorResult::code).toList());
        IndicatorResult b1 = r.indicator("B.1").orElseThrow();
        assertEquals(Ratio.ZERO, b1.earned());
        assertEquals(Ratio.of(4), b1.applicable());
        // 2 of 10 → 20
        assertEquals(Ratio.of(20), r.score());
        assertEquals("none", r.grade().id());
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, r.passed());
        assertTrue(r.reasons().get(0).en().contains("below 70"), r.reasons().toString());
    }

    @Test
    void bandsScoreTheirMidpointUnlessACreditInsideTheBandIsGiven() {
        // band 1..5 midpoints 0.1 0.3 0.5 0.7 0.9 of B.1's 4 points
        String[] expected = {"0.4", "1.2", "2", "2.8", "3.6"};
        for (int band = 1; band <= 5; band++) {
            AssessmentResult r = ScoringEngine.score(mini, builder().put("B.1", Evidence.band(band)).build());
            assertEquals(Ratio.parse(expected[band - 1]), r.indicator("B.1").orElseThrow().earned(), "band " + band);
        }
        Evidence inside = Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.65")));
        assertEquals(Ratio.parse("2.6"), ScoringEngine.score(mini, builder().put("B.1", inside).build())
                .indicator("B.1").orElseThrow().earned()); // 0.65 × 4
        Evidence outside = Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.85")));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ScoringEngine.score(mini, builder().put("B.1", outside).build()));
        assertEquals("$.evidence[\"B.1\"].credit", e.problems().get(0).path());
    }

    @Test
    void eachDeductionTakesOnePointAndMoreThanFiveFailWhateverTheScore() {
        Assessment.Builder b = baseline();
        for (int i = 0; i < 5; i++) b.finding(Finding.deduction("law", "违规 " + i));
        AssessmentResult five = ScoringEngine.score(mini, b.build());
        // 70.5 − 5 = 65.5: below 70 but not failed by deductions
        assertEquals(Ratio.parse("65.5"), five.finalScore());
        assertEquals(Ratio.of(5), five.deductions());
        AssessmentResult six = ScoringEngine.score(mini, allFull().findingsOf(6).build());
        // all full: 100 − 6 = 94 would be 四星, but six deductions fail
        assertEquals(Ratio.of(94), six.finalScore());
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, six.passed());
        assertEquals("none", six.grade().id());
        assertEquals("four-star", six.gradeByScore().id());
        assertTrue(six.reasons().get(0).en().startsWith("6 special deductions"), six.reasons().toString());
        assertFalse(six.nextGrade().reachable());
    }

    @Test
    void atMostOneBonusCountsAndTheFinalScoreIsCappedAt100() {
        AssessmentResult r = ScoringEngine.score(mini, baseline().finding(Finding.bonus("行业领先")).finding(Finding.bonus("第二项")).build());
        assertEquals(Ratio.ONE, r.bonus());
        assertEquals(Ratio.parse("71.5"), r.finalScore()); // 70.5 + 1
        assertTrue(r.warnings().stream().anyMatch(w -> w.en().contains("at most 1 counts")), r.warnings().toString());
        assertEquals(Ratio.ZERO, r.findings().get(1).points());
        AssessmentResult capped = ScoringEngine.score(mini, allFull().findingsOf(0).finding(Finding.bonus("领先")).build());
        assertEquals(Ratio.HUNDRED, capped.finalScore()); // 100 + 1 → 100
    }

    @Test
    void theDisplayedScoreNeverSuggestsAGradeTheExactScoreMisses() {
        // A full (6) + B.1 credit 0.749 (2.996) = 8.996 of 10 → 89.96: 三星, shown 89.9 (not 90.0)
        AssessmentResult r = ScoringEngine.score(mini, allFull().findingsOf(0).put("B.1", Evidence.credit(Ratio.parse("0.749"))).build());
        assertEquals(Ratio.parse("89.96"), r.finalScore());
        assertEquals(new BigDecimal("89.9"), r.scoreDisplay());
        assertEquals("three-star", r.grade().id());
        // exactly on the bound: 9 of 10 → 90 → 四星
        AssessmentResult on = ScoringEngine.score(mini, allFull().findingsOf(0).put("B.1", Evidence.credit(Ratio.parse("0.75"))).build());
        assertEquals(Ratio.of(90), on.finalScore());
        assertEquals("four-star", on.grade().id());
    }

    @Test
    void starGradesCarryTheOneYearCaveatUnlessTheQualifyingGradeWasHeldLongEnough() {
        AssessmentResult noHistory = ScoringEngine.score(mini, allFull().findingsOf(0).build());
        assertEquals("five-star", noHistory.grade().id());
        assertTrue(noHistory.caveats().stream().anyMatch(c -> c.en().contains("not stated") && c.zh().contains("未说明")), noHistory.caveats().toString());
        AssessmentResult eight = ScoringEngine.score(mini, allFull().findingsOf(0).qualifyingGradeHeldMonths(8).build());
        assertTrue(eight.caveats().stream().anyMatch(c -> c.en().contains("held 8 months") && c.zh().contains("8 个月")), eight.caveats().toString());
        AssessmentResult year = ScoringEngine.score(mini, allFull().findingsOf(0).qualifyingGradeHeldMonths(12).build());
        assertEquals(List.of(), year.caveats());
        AssessmentResult qualified = ScoringEngine.score(mini, baseline().build());
        assertEquals(List.of(), qualified.caveats()); // 达标 is not a star grade
    }

    @Test
    void gapsRankByFinalScoreRiseAndTheNextGradeTakesTheFewestItems() {
        AssessmentResult r = ScoringEngine.score(mini, baseline().build());
        // lost: A.3 1.25, B.1 1.2, A.2 0.5 (A.1 none); each point of 10 is worth 10 score points
        assertEquals(List.of("A.3", "B.1", "A.2"), r.gaps().stream().map(Gap::code).toList());
        assertEquals(Ratio.parse("12.5"), r.gaps().get(0).scoreGain());
        NextGrade n = r.nextGrade();
        assertEquals("three-star", n.grade().id());
        assertEquals(Ratio.parse("9.5"), n.needed()); // 80 − 70.5
        assertEquals(List.of("A.3"), n.items()); // +12.5 ≥ 9.5 with one item
        assertTrue(n.reachable());
    }

    @Test
    void notApplicableRenormalisesGapsToo() {
        // B.1 excluded: 6 applicable; A.3 lost 1.25 → 1.25 / 6 × 100 = 125/6
        AssessmentResult r = ScoringEngine.score(mini, baseline().put("B.1", Evidence.notApplicable("不适用")).build());
        assertEquals(Ratio.of(125, 6), r.gaps().get(0).scoreGain());
    }

    @Test
    void everyProblemInAnAssessmentIsReportedWithPathAndCode() {
        Assessment bad = builder().put("A.9", Evidence.conforms(true)).put("B", Evidence.conforms(true))
                .put("A.3", Evidence.of(new io.aftercert.core.evidence.EvidenceValue.Banded(4, Ratio.parse("0.55")))).put("A.1", Evidence.value(Ratio.ONE))
                .finding(Finding.deduction("laws", "x")).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringEngine.score(mini, bad));
        List<String> paths = e.problems().stream().map(p -> p.path()).toList();
        assertEquals(List.of("$.evidence[\"A.9\"]", "$.evidence.B", "$.evidence[\"A.3\"].credit", "$.evidence[\"A.1\"].value",
                "$.findings[0].category"), paths);
        assertTrue(e.problems().get(0).message().contains("did you mean"), e.problems().get(0).message());
        assertTrue(e.problems().get(1).message().contains("B.1"), "a group names its items");
        assertTrue(e.problems().get(4).message().contains("did you mean 'law'"), e.problems().get(4).message());
    }

    @Test
    void weightedRubricsKeepDimensionWeightsWhenAnItemIsExcluded() {
        Rubric w = TestRubrics.weighted();
        // D1 60 % = X, Y at 30 each; D2 40 % = Z
        assertEquals(Ratio.of(30), w.indicator("X").orElseThrow().points());
        Assessment a = Assessment.builder("weighted", new Organization("w", null)).put("X", Evidence.conforms(true))
                .put("Y", Evidence.conforms(false)).put("Z", Evidence.band(3)).build();
        // 30 × 1 + 30 × 0 + 40 × 0.5 = 50
        AssessmentResult r = ScoringEngine.score(w, a);
        assertEquals(Ratio.of(50), r.score());
        assertNull(r.grade());
        assertEquals(io.aftercert.core.scoring.Verdict.NOT_JUDGED, r.passed());
        assertTrue(r.warnings().stream().anyMatch(s -> s.en().contains("D1") && s.en().contains("50–55")), r.warnings().toString());
        // Y excluded: D1 keeps 60 %, all on X → 60 × 1 + 40 × 0.5 = 80 (a points table would give 40/70)
        Assessment na = Assessment.builder("weighted", new Organization("w", null)).put("X", Evidence.conforms(true))
                .put("Y", Evidence.notApplicable("无")).put("Z", Evidence.band(3)).build();
        AssessmentResult rn = ScoringEngine.score(w, na);
        assertEquals(Ratio.of(80), rn.score());
        assertEquals(Ratio.of(60), rn.indicator("X").orElseThrow().applicable());
        // X is scored against its renormalised share: max 60, nominal 30 beside it, earned 60 ≤ 60
        IndicatorResult x = rn.indicator("X").orElseThrow();
        assertEquals(Ratio.of(60), x.max());
        assertEquals(Ratio.of(30), x.nominalMax());
        assertEquals(Ratio.of(60), x.earned());
        // Y itself is excluded: it keeps its nominal 30 as max, no nominalMax
        assertEquals(Ratio.of(30), rn.indicator("Y").orElseThrow().max());
        assertNull(rn.indicator("Y").orElseThrow().nominalMax());
        // D1's budget is unchanged (60), so no nominal beside it
        assertEquals(Ratio.of(60), rn.group("D1").orElseThrow().max());
        assertNull(rn.group("D1").orElseThrow().nominalMax());
        // the ledger prints the same maxima
        assertEquals(Ratio.of(60), rn.ledger().entries().get(0).max());
        assertEquals(Ratio.of(30), rn.ledger().entries().get(0).nominalMax());
    }

    @Test
    void aWholeDimensionNotApplicableRaisesTheOtherDimensionsMaxima() {
        Rubric w = TestRubrics.weighted();
        // D2 (40 %) excluded: D1 carries 100 → X and Y max 50 each (nominal 30), D1 max 100 (nominal 60)
        Assessment a = Assessment.builder("weighted", new Organization("w", null)).put("X", Evidence.conforms(true))
                .put("Y", Evidence.band(5)).put("Z", Evidence.notApplicable("无")).build();
        AssessmentResult r = ScoringEngine.score(w, a);
        assertEquals(Ratio.of(50), r.indicator("X").orElseThrow().max());
        assertEquals(Ratio.of(30), r.indicator("X").orElseThrow().nominalMax());
        assertEquals(Ratio.of(45), r.indicator("Y").orElseThrow().earned()); // 50 × 0.9
        assertEquals(Ratio.of(100), r.group("D1").orElseThrow().max());
        assertEquals(Ratio.of(60), r.group("D1").orElseThrow().nominalMax());
        assertEquals(Ratio.of(95), r.group("D1").orElseThrow().earned()); // 50 + 45
        assertEquals(Ratio.of(40), r.group("D2").orElseThrow().max()); // nothing applicable: nominal
        assertEquals(Ratio.of(95), r.score());
        assertEquals(Ratio.of(100), r.totals().max(), "totals keep the nominal maximum");
    }

    @Test
    void aMetricIndicatorTakesTheAssessorsVerdictScoredAsForAQualitativeItem() {
        // A.3 (metric, 2.5 points): band 4 → midpoint 0.7 → 1.75; credit 0.4 → 1; conforms → 2.5; sample 3 of 4 → 1.875
        assertEquals(Ratio.parse("1.75"), ScoringEngine.score(mini, builder().put("A.3", Evidence.band(4)).build())
                .indicator("A.3").orElseThrow().earned());
        assertEquals(Ratio.ONE, ScoringEngine.score(mini, builder().put("A.3", Evidence.credit(Ratio.parse("0.4"))).build())
                .indicator("A.3").orElseThrow().earned());
        assertEquals(Ratio.parse("2.5"), ScoringEngine.score(mini, builder().put("A.3", Evidence.conforms(true)).build())
                .indicator("A.3").orElseThrow().earned());
        IndicatorResult s = ScoringEngine.score(mini, builder().put("A.3", Evidence.sample(3, 4)).build()).indicator("A.3").orElseThrow();
        assertEquals(Ratio.parse("1.875"), s.earned());
        assertNull(s.metric(), "a verdict has no measured value to show");
        assertEquals("sample", s.form());
    }

    @Test
    void aValueAloneEarnsAtMostTheCapWhereTheClauseHasAQualitativePart() {
        // cap 1/2: 95 % meets the 90 % target (curve 1) but earns 0.5 × 2.5 = 1.25; 66 % → curve 0.2 → 0.5 (under the cap)
        var spec = new io.aftercert.core.model.MetricSpec("%", io.aftercert.core.model.Direction.AT_LEAST, Ratio.of(90),
                io.aftercert.core.model.CreditCurve.LINEAR, Ratio.of(60), null, Ratio.of(1, 2), true, "half for the duties");
        Rubric capped = Rubric.builder().id("mini").version("1").title(mini.title()).mode(mini.mode()).total(Ratio.of(10))
                .gradeScale(mini.gradeScale()).specialRules(mini.specialRules()).bands(mini.bands())
                .indicators(List.of(TestRubrics.group("A", "6", TestRubrics.leaf("A.1", "2", io.aftercert.core.model.IndicatorKind.QUALITATIVE),
                        TestRubrics.leaf("A.2", "1.5", io.aftercert.core.model.IndicatorKind.SAMPLED), TestRubrics.metric("A.3", "2.5", spec)),
                        TestRubrics.group("B", "4", TestRubrics.leaf("B.1", "4", io.aftercert.core.model.IndicatorKind.QUALITATIVE))))
                .build();
        IndicatorResult high = ScoringEngine.score(capped, builder().put("A.3", Evidence.value(Ratio.of(95))).build())
                .indicator("A.3").orElseThrow();
        assertEquals(Ratio.parse("1.25"), high.earned());
        assertEquals(Ratio.ONE, high.metric().curveCredit());
        assertEquals(Ratio.of(1, 2), high.metric().valueCreditCap());
        assertTrue(high.metric().derived());
        assertEquals(Ratio.parse("0.5"), ScoringEngine.score(capped, builder().put("A.3", Evidence.value(Ratio.of(66))).build())
                .indicator("A.3").orElseThrow().earned());
        // the verdict covers both parts: full credit is reachable only with it
        assertEquals(Ratio.parse("2.5"), ScoringEngine.score(capped, builder().put("A.3", Evidence.conforms(true)).build())
                .indicator("A.3").orElseThrow().earned());
        String rule = ScoringEngine.score(capped, builder().put("A.3", Evidence.value(Ratio.of(95))).build()).ledger().entries().get(2).creditRule();
        assertTrue(rule.contains("at most 0.5"), rule);
    }

    @Test
    void theVersionMismatchIsReportedNotRefused() {
        Assessment a = Assessment.builder("mini", new Organization("x", null)).rubricVersion("0.9").build();
        AssessmentResult r = ScoringEngine.score(mini, a);
        assertTrue(r.warnings().get(0).en().contains("version 0.9"), r.warnings().toString());
    }

    @Test
    void evidenceForAnotherRubricIsRefused() {
        Assessment a = Assessment.builder("gbt27922", new Organization("x", null)).build();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScoringEngine.score(mini, a));
        assertEquals("$.rubric", e.problems().get(0).path());
    }

    private FullBuilder allFull() {
        return new FullBuilder();
    }

    /** All items at full credit: A.1 2 + A.2 1.5 + A.3 2.5 + B.1 4 = 10 → 100. */
    private static final class FullBuilder {
        private final Assessment.Builder b = builder().put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(4, 4))
                .put("A.3", Evidence.value(Ratio.of(95))).put("B.1", Evidence.conforms(true));

        Assessment.Builder findingsOf(int deductions) {
            for (int i = 0; i < deductions; i++) b.finding(Finding.deduction("system-impact", "d" + i));
            return b;
        }
    }
}
