package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.Ledger;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiffAndLedgerTests {
    private final Rubric mini = TestRubrics.mini();

    private AssessmentResult score(Assessment.Builder b) {
        return ScoringEngine.score(mini, b.build());
    }

    private static Assessment.Builder base() {
        return Assessment.builder("mini", new Organization("x", null));
    }

    @Test
    void theLedgerRetracesEveryNumber() {
        AssessmentResult r = score(base().put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(2, 3))
                .put("B.1", Evidence.notApplicable("不适用")).finding(Finding.bonus("领先")));
        Ledger l = r.ledger();
        assertEquals(4, l.entries().size());
        Ledger.Entry a2 = l.entries().get(1);
        assertEquals("sample 2 of 3", a2.evidence());
        assertEquals("conforming / sampled = 2/3", a2.creditRule());
        assertEquals(Ratio.ONE, a2.earned()); // 1.5 × 2/3
        // A.3 not assessed: 0 of 2.5; B.1 excluded: 4 points leave the denominator → 6 applicable
        assertEquals("no evidence", l.entries().get(2).evidence());
        assertEquals(Ratio.of(4), l.notApplicable());
        assertEquals(Ratio.of(6), l.applicable());
        assertEquals(Ratio.of(3), l.earned());
        assertEquals(Ratio.of(50), l.score());                 // 3 / 6 × 100
        assertEquals(Ratio.of(100, 6), a2.contribution());     // 1 / 6 × 100
        assertEquals(Ratio.of(51), l.unclamped());             // + 1 bonus
        assertEquals(r.finalScore(), l.finalScore());
    }

    @Test
    void diffListsScoreGradeItemsExclusionsAndFindings() {
        AssessmentResult before = score(base().put("A.1", Evidence.conforms(false)).put("A.2", Evidence.sample(3, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.band(4)).finding(Finding.deduction("law", "违规")));
        AssessmentResult after = score(base().put("A.1", Evidence.conforms(true)).put("A.2", Evidence.sample(2, 3))
                .put("A.3", Evidence.value(Ratio.of(90))).put("B.1", Evidence.notApplicable("剪裁")).finding(Finding.bonus("领先")));
        Diff d = Diff.of(before, after);
        // before: 0 + 1.5 + 2.5 + 2.8 = 6.8 of 10 → 68 − 1 = 67; after: 2 + 1 + 2.5 = 5.5 of 6 → 91.67 + 1
        assertEquals(Ratio.of(67), d.scoreBefore());
        assertEquals(Ratio.of(55, 6).times(Ratio.of(10)).plus(Ratio.ONE), d.scoreAfter());
        assertEquals("none", d.gradeBefore().id());
        assertEquals("four-star", d.gradeAfter().id());
        assertEquals(List.of("A.1"), d.improved().stream().map(Diff.Change::code).toList());
        // B.1 left the scoring (excluded): a status change, not a regression of its evidence
        assertEquals(List.of("A.2"), d.regressed().stream().map(Diff.Change::code).toList());
        assertEquals(Status.NOT_APPLICABLE, d.statusChanges().get(0).statusAfter());
        assertEquals(io.aftercert.core.evidence.Finding.Type.BONUS, d.findingsAdded().get(0).type());
        assertEquals(io.aftercert.core.evidence.Finding.Type.DEDUCTION, d.findingsRemoved().get(0).type());
        assertThrows(IllegalArgumentException.class, () -> Diff.of(before, ScoringEngine.score(TestRubrics.weighted(),
                Assessment.builder("weighted", new Organization("x", null)).build())));
    }

    @Test
    void renormalisationAloneIsNeitherImprovementNorRegression() {
        Rubric w = TestRubrics.weighted();
        Assessment.Builder common = Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.credit(Ratio.of(1, 2))).put("Z", Evidence.conforms(true));
        AssessmentResult before = ScoringEngine.score(w, common.put("Y", Evidence.conforms(true)).build());
        AssessmentResult after = ScoringEngine.score(w, Assessment.builder("weighted", new Organization("x", null))
                .put("X", Evidence.credit(Ratio.of(1, 2))).put("Z", Evidence.conforms(true))
                .put("Y", Evidence.notApplicable("剪裁")).build());
        // X keeps credit 1/2; with Y excluded D1's 60 % rests on X alone, so X's earned points move
        assertEquals(before.indicator("X").orElseThrow().credit(), after.indicator("X").orElseThrow().credit());
        Diff d = Diff.of(before, after);
        assertEquals(List.of(), d.improved());
        assertEquals(List.of(), d.regressed());
        assertEquals(List.of("Y"), d.statusChanges().stream().map(Diff.Change::code).toList());
    }
}
