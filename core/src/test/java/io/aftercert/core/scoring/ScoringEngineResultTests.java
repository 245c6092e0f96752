package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.WeightRange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the full result says beside the score (architecture §2, §3): group subtotals on every level,
 * the leaves' forms, and each warning exactly when its condition holds. Expected values by hand.
 */
class ScoringEngineResultTests {
    private final Rubric mini = TestRubrics.mini();

    private static Assessment.Builder builder(String rubric) {
        return Assessment.builder(rubric, new Organization("测试公司", null));
    }

    /** Every item of mini at full credit: 10 of 10. */
    private static Assessment.Builder allFull() {
        return builder("mini").put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(4, 4))
                .put("A.3", Evidence.value(Ratio.of(95))).put("B.1", Evidence.conforms(true));
    }

    private static boolean warns(AssessmentResult r, String enPart) {
        return r.warnings().stream().anyMatch(w -> w.en().contains(enPart));
    }

    @Test
    void theFastAnswerChecksTheEvidenceToo() {
        Assessment bad = builder("mini").put("A.9", Evidence.conforms(true)).build();
        assertThrows(InvalidInputException.class, () -> ScoringEngine.finalScore(mini, bad));
        assertThrows(InvalidInputException.class, () -> ScoringEngine.score(mini, bad));
    }

    @Test
    void aPointsRubricKeepsItsPointsAndGroupsSumTheirItems() {
        // A.1 not applicable: A's applicable 6 − 2 = 4, its maximum stays 6; totals 10 / 8 / 8
        AssessmentResult r = ScoringEngine.score(mini, allFull().put("A.1", Evidence.notApplicable("无")).build());
        GroupResult a = r.group("A").orElseThrow();
        assertEquals(Ratio.of(6), a.max());
        assertNull(a.nominalMax(), "a points group is never renormalised");
        assertEquals(Ratio.of(4), a.applicable());
        assertEquals(Ratio.of(4), a.earned());
        assertEquals(1, a.level());
        assertNull(a.parent());
        assertEquals(new Totals(Ratio.of(8), Ratio.of(8), Ratio.of(10)), r.totals());
        IndicatorResult a2 = r.indicator("A.2").orElseThrow();
        assertEquals(Ratio.parse("1.5"), a2.max());
        assertNull(a2.nominalMax(), "points: scored against its own points");
        assertEquals(Integer.valueOf(4), a2.conforming());
        assertEquals(Integer.valueOf(4), a2.sampled());
        assertFalse(warns(r, "not applicable"), r.warnings().toString()); // 2 of 10 excluded: no warning
    }

    @Test
    void groupsNestOnEveryLevelWithTheirParents() {
        // T (10) = U (6) = U.1 4 + U.2 2; T.3 4. U.1 credit 0.5 → 2, U.2 conforms → 2, T.3 band 4 (0.7) → 2.8
        Indicator u = TestRubrics.group("U", "6", TestRubrics.leaf("U.1", "4", IndicatorKind.QUALITATIVE),
                TestRubrics.leaf("U.2", "2", IndicatorKind.QUALITATIVE));
        Rubric nested = Rubric.builder().id("nested").version("1").title(Text.of("嵌套", "nested")).mode(ScoringMode.POINTS)
                .bands(TestRubrics.fiveBands()).indicators(List.of(TestRubrics.group("T", "10", u,
                        TestRubrics.leaf("T.3", "4", IndicatorKind.QUALITATIVE)))).build();
        AssessmentResult r = ScoringEngine.score(nested, builder("nested").put("U.1", Evidence.credit(Ratio.parse("0.5")))
                .put("U.2", Evidence.conforms(true)).put("T.3", Evidence.band(4)).build());
        GroupResult t = r.group("T").orElseThrow();
        GroupResult ug = r.group("U").orElseThrow();
        assertEquals(1, t.level());
        assertEquals(2, ug.level());
        assertEquals("T", ug.parent());
        assertEquals(Ratio.of(6), ug.max());
        assertEquals(Ratio.of(4), ug.earned());
        assertEquals(Ratio.parse("6.8"), t.earned()); // 2 + 2 + 2.8
        assertEquals(Ratio.of(10), t.max());
        assertEquals(List.of("T", "U"), r.groups().stream().map(GroupResult::code).toList(), "parent before child");
        assertEquals(Ratio.of(68), r.score());
        assertEquals(Integer.valueOf(4), r.indicator("T.3").orElseThrow().band());
        assertEquals(Ratio.parse("0.7"), r.indicator("T.3").orElseThrow().credit());
    }

    @Test
    void aWeightedGroupWhoseItemsAreAllExcludedKeepsItsNominalShareAsItsMaximum() {
        // weighted: D2 (40) = Z; Z not applicable → D2 applicable 0, its maximum shown as its nominal 40;
        // D1 takes the whole index: X and Y 50 each (nominal 30), D1's maximum 100 (nominal 60)
        AssessmentResult r = ScoringEngine.score(TestRubrics.weighted(), builder("weighted").put("X", Evidence.conforms(true))
                .put("Y", Evidence.conforms(true)).put("Z", Evidence.notApplicable("无")).build());
        GroupResult d2 = r.group("D2").orElseThrow();
        assertEquals(Ratio.of(40), d2.max());
        assertNull(d2.nominalMax());
        assertEquals(Ratio.ZERO, d2.applicable());
        GroupResult d1 = r.group("D1").orElseThrow();
        assertEquals(Ratio.of(100), d1.max());
        assertEquals(Ratio.of(60), d1.nominalMax());
        assertEquals(Ratio.of(50), r.indicator("X").orElseThrow().max());
        assertEquals(Ratio.of(30), r.indicator("X").orElseThrow().nominalMax());
        assertEquals(Ratio.of(100), r.score());
        // the excluded item keeps its nominal maximum and applies nothing
        IndicatorResult z = r.indicator("Z").orElseThrow();
        assertEquals(Ratio.of(40), z.max());
        assertEquals(Ratio.ZERO, z.applicable());
        assertEquals("无", z.justification());
    }

    @Test
    void aNotApplicableItemKeepsItsNotesAndAttachments() {
        Evidence na = Evidence.notApplicable("不销售实物").withNotes("见营业执照").withAttachments(List.of("licence.pdf"));
        IndicatorResult b1 = ScoringEngine.score(mini, allFull().put("B.1", na).build()).indicator("B.1").orElseThrow();
        assertEquals(Status.NOT_APPLICABLE, b1.status());
        assertEquals("见营业执照", b1.notes());
        assertEquals(List.of("licence.pdf"), b1.attachments());
        assertEquals("notApplicable", b1.form());
    }

    @Test
    void dimensionWeightsOutsideTheirRecommendedRangeAreWarnedOnEveryLevel() {
        // weighted: D1 60 % against a recommended 50–55 %: one warning naming D1; D2 has no range
        AssessmentResult r = ScoringEngine.score(TestRubrics.weighted(), builder("weighted").build());
        List<Text> w = r.warnings().stream().filter(t -> t.en().startsWith("weight of")).toList();
        assertEquals(1, w.size(), r.warnings().toString());
        assertTrue(w.get(0).en().startsWith("weight of D1 "), w.toString());
        // a second-level node out of its range is found too: E (100) = E.1 (weight 3, range 1–2) + E.2 (1)
        Indicator e1 = new Indicator("E.1", Text.of("子一", "sub one"), null, IndicatorKind.QUALITATIVE, Ratio.ZERO, Ratio.of(3),
                new WeightRange(Ratio.ONE, Ratio.of(2)), null, null, null, null, null);
        Indicator e2 = new Indicator("E.2", Text.of("子二", "sub two"), null, IndicatorKind.QUALITATIVE, Ratio.ZERO, Ratio.ONE,
                null, null, null, null, null, null);
        Indicator e = new Indicator("E", Text.of("维度", "dim"), null, null, Ratio.ZERO, Ratio.HUNDRED, null, null, null, null, null,
                List.of(e1, e2));
        Rubric deep = Rubric.builder().id("deep").version("1").title(Text.of("深", "deep")).mode(ScoringMode.WEIGHTED)
                .indicators(List.of(e)).build();
        AssessmentResult d = ScoringEngine.score(deep, builder("deep").put("E.1", Evidence.conforms(true)).build());
        assertEquals(1, d.warnings().stream().filter(t -> t.en().startsWith("weight of E.1 ")).count(), d.warnings().toString());
        assertEquals(Ratio.of(75), d.score(), "E.1 holds 3 of 4 parts of 100");
    }

    @Test
    void aMatchingVersionAndASingleBonusWarnNothing() {
        AssessmentResult r = ScoringEngine.score(mini, allFull().rubricVersion("1").finding(Finding.bonus("领先")).build());
        assertEquals(List.of(), r.warnings());
        assertEquals(Ratio.ONE, r.bonus());
        // two bonuses: the second does not count, and that is said
        AssessmentResult two = ScoringEngine.score(mini, allFull().finding(Finding.bonus("一")).finding(Finding.bonus("二")).build());
        assertEquals(Ratio.ONE, two.bonus());
        assertEquals(List.of(Ratio.ONE, Ratio.ZERO), two.findings().stream().map(FindingResult::points).toList());
        assertTrue(warns(two, "2 special bonuses given; at most 1 counts"), two.warnings().toString());
    }

    @Test
    void everythingNotApplicableIsSaidAndNoItemCanRaiseTheScore() {
        AssessmentResult r = ScoringEngine.score(mini, builder("mini").put("A.1", Evidence.notApplicable("无"))
                .put("A.2", Evidence.notApplicable("无")).put("A.3", Evidence.notApplicable("无")).put("B.1", Evidence.notApplicable("无"))
                .build());
        assertEquals(Ratio.ZERO, r.score());
        assertTrue(warns(r, "every indicator is marked not applicable: nothing was scored"), r.warnings().toString());
        assertEquals(List.of(), r.gaps());
        NextGrade n = r.nextGrade();
        assertFalse(n.reachable());
        assertEquals("every indicator is marked not applicable: no item can raise the score", n.note());
        assertEquals(4, r.notApplicable().size());
        assertEquals(1, r.warnings().size(), "all excluded: said once, not also as an excluded share: " + r.warnings());
        // an ordinary result says nothing of the kind
        assertFalse(warns(ScoringEngine.score(mini, allFull().build()), "every indicator"));
    }

    @Test
    void aNextGradeBeyondFullCreditIsUnreachableWithNoItems() {
        // a scale 70 / 99: A.1 not conforming → 80, two deductions → 78 (达标); 99 needs +21, but
        // A.1 at full credit gives 100 − 2 = 98 < 99: unreachable, no items, no gain
        GradeScale scale = new GradeScale(List.of(new Grade("qualified", Text.of("达标", "Qualified"), Ratio.of(70), false),
                new Grade("top", Text.of("顶级", "Top"), Ratio.of(99), true)), null, false, 0, null, null);
        Rubric r99 = TestRubrics.mini().toBuilder().gradeScale(scale).build();
        AssessmentResult r = ScoringEngine.score(r99, allFull().put("A.1", Evidence.conforms(false))
                .finding(Finding.deduction("law", "一")).finding(Finding.deduction("law", "二")).build());
        assertEquals(Ratio.of(78), r.finalScore());
        NextGrade n = r.nextGrade();
        assertEquals("top", n.grade().id());
        assertEquals(Ratio.of(21), n.needed());
        assertFalse(n.reachable());
        assertEquals(List.of(), n.items());
        assertEquals(Ratio.ZERO, n.gain());
        assertEquals("full credit on every item still falls short of 99 (Top)", n.note());
        assertEquals(Text.of("所有条款满分仍达不到 99（顶级）", "full credit on every item still falls short of 99 (Top)"), n.why());
    }

    @Test
    void aRubricWithSpecialRulesButNoGradePassesUnlessDeductionsFailIt() {
        Rubric ungraded = TestRubrics.mini().toBuilder().gradeScale(null).build();
        AssessmentResult ok = ScoringEngine.score(ungraded, allFull().build());
        assertEquals(io.aftercert.core.scoring.Verdict.PASSED, ok.passed());
        assertNull(ok.grade());
        assertNull(ok.nextGrade());
        Assessment.Builder six = allFull();
        for (int i = 0; i < 6; i++) six.finding(Finding.deduction("law", "违规 " + i));
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, ScoringEngine.score(ungraded, six.build()).passed());
        assertEquals(io.aftercert.core.scoring.Verdict.FAILED, ScoringEngine.finalScore(ungraded, six.build()).passed());
        // without special rules there is nothing to pass
        assertEquals(io.aftercert.core.scoring.Verdict.NOT_JUDGED, ScoringEngine.score(TestRubrics.weighted(), builder("weighted").build()).passed());
    }

    @Test
    void evidenceForAnExcludedItemIsWarnedAboutUnlessItSaysNotApplicable() {
        // a tailoring excludes A.3: a value given for it is not scored, and the result says so (once);
        // its implausible 0.5 % is not warned about, since it is not scored
        Rubric tailored = TestRubrics.mini().toBuilder().exclusions(Map.of("A.3", "不涉及")).build();
        AssessmentResult r = ScoringEngine.score(tailored, allFull().put("A.3", Evidence.value(Ratio.parse("0.5"))).build());
        assertEquals(List.of("A.3 is excluded by the tailoring; the evidence given was not scored"),
                r.warnings().stream().map(Text::en).toList());
        assertEquals(Status.NOT_APPLICABLE, r.indicator("A.3").orElseThrow().status());
        assertNull(r.indicator("A.3").orElseThrow().notes());
        assertEquals(Ratio.of(100), r.score()); // 7.5 of 7.5
        AssessmentResult na = ScoringEngine.score(tailored, allFull().put("A.3", Evidence.notApplicable("同意")).build());
        assertEquals(List.of(), na.warnings());
        AssessmentResult none = ScoringEngine.score(tailored, allFull().put("A.3", Evidence.of(new EvidenceValue.Credit(Ratio.ONE)))
                .build());
        assertEquals(1, none.warnings().size());
        // the same 0.5 % on a scored metric is warned about as a likely fraction
        AssessmentResult scored = ScoringEngine.score(mini, allFull().put("A.3", Evidence.value(Ratio.parse("0.5"))).build());
        assertTrue(warns(scored, "A.3: the measured value 0.5 % is below 1 %"), scored.warnings().toString());
    }

    /** Nine items of 10 points and one of 20 (100 in all), one group. */
    private static Rubric hundred() {
        Indicator[] leaves = new Indicator[9];
        for (int i = 0; i < 9; i++) leaves[i] = TestRubrics.leaf("I" + i, i == 8 ? "20" : "10", IndicatorKind.QUALITATIVE);
        return Rubric.builder().id("nine").version("1").title(Text.of("九", "nine")).mode(ScoringMode.POINTS)
                .indicators(List.of(TestRubrics.group("G", "100", leaves))).build();
    }

    @Test
    void excludingMoreThanHalfOfThePointsIsWarnedExactlyHalfIsNot() {
        // I8 (20) + I0, I1, I2 (30) = 50 of 100 excluded: exactly half, no warning
        Assessment.Builder half = builder("nine").put("I8", Evidence.notApplicable("无")).put("I0", Evidence.notApplicable("无"))
                .put("I1", Evidence.notApplicable("无")).put("I2", Evidence.notApplicable("无"));
        AssessmentResult r = ScoringEngine.score(hundred(), half.build());
        assertEquals(List.of(), r.warnings());
        // + I3 (10): 60 of 100 excluded, more than half; the score rests on the other 40
        AssessmentResult more = ScoringEngine.score(hundred(), half.put("I3", Evidence.notApplicable("无")).build());
        assertEquals(List.of(Text.of("60% 的分值被列为不适用，超过 50%：得分只反映其余 40% 的条款",
                "60 % of the points are excluded as not applicable, more than 50 %: the score rests on the remaining 40 % alone")),
                more.warnings());
    }

    @Test
    void theNullSafeAccessorsAndSmallValuesSayWhatTheyHold() {
        AssessmentResult r = ScoringEngine.score(mini, allFull().put("A.1", Evidence.notApplicable("无")).put("B.1", Evidence.band(4)).build());
        // A.2 1.5 + A.3 2.5 + B.1 2.8 = 6.8 of 8 → 85: 四星 needs 90, so a next grade exists
        assertEquals(Ratio.of(85), r.score());
        assertEquals("three-star", r.optionalGrade().orElseThrow().id());
        assertFalse(r.optionalGrade().orElseThrow().isNone());
        assertEquals("four-star", r.optionalNextGrade().orElseThrow().grade().id());
        assertEquals(List.of("A.1"), r.notApplicable().stream().map(IndicatorResult::code).toList());
        assertEquals(List.of(), r.notAssessed());
        // B: 2.8 of 4 → 70 %; A: 4 of 4 → 100 %
        assertEquals(Ratio.of(70), r.group("B").orElseThrow().percent());
        assertEquals(Ratio.HUNDRED, r.group("A").orElseThrow().percent());
        assertFalse(r.rubric().conformance());
        // below every bound: no grade, and the grade called none
        AssessmentResult low = ScoringEngine.score(mini, builder("mini").build());
        assertTrue(low.grade().isNone());
        assertEquals(List.of("A.1", "A.2", "A.3", "B.1"), low.notAssessed().stream().map(IndicatorResult::code).toList());
        // a group with nothing applicable has no percentage
        AssessmentResult bNa = ScoringEngine.score(mini, allFull().put("B.1", Evidence.notApplicable("无")).build());
        assertNull(bNa.group("B").orElseThrow().percent());
        // the validated form names its rubric and organisation
        ValidatedAssessment v = EvidenceCheck.validated(mini, allFull().build());
        assertEquals("mini", v.rubric().id());
        assertEquals("ValidatedAssessment[mini, 测试公司]", v.toString());
        assertThrows(IllegalArgumentException.class, () -> new GradeRef(" ", Text.of("无", "none"), false));
        assertThrows(IllegalArgumentException.class, () -> new GradeRef(null, Text.of("无", "none"), false));
        assertThrows(IllegalArgumentException.class, () -> new GradeRef("x", null, false));
    }

    @Test
    void theLedgerNamesEachBandsRangeAndMidpointOnTheOuterBandsToo() {
        // band 1 is 0–20 % (midpoint 0.1), band 5 80–100 % (midpoint 0.9)
        AssessmentResult r = ScoringEngine.score(mini, allFull().put("A.1", Evidence.band(1)).put("B.1", Evidence.band(5)).build());
        Map<String, String> ev = new java.util.HashMap<>();
        for (Ledger.Entry e : r.ledger().entries()) ev.put(e.code(), e.evidence());
        assertEquals("band 1 (0%–20%, midpoint 0.1)", ev.get("A.1"));
        assertEquals("band 5 (80%–100%, midpoint 0.9)", ev.get("B.1"));
        // A.1 2 × 0.1 = 0.2, B.1 4 × 0.9 = 3.6, A.2 1.5, A.3 2.5: 7.8 of 10 → 78
        assertEquals(Ratio.of(78), r.score());
    }
}
