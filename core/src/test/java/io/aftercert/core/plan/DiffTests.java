package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diff's matching rules (issue 23): findings by type, category and description; indicators by code and credit. */
class DiffTests {
    private final Rubric mini = TestRubrics.mini();

    private AssessmentResult score(Assessment.Builder b) {
        return ScoringEngine.score(mini, b.build());
    }

    private static Assessment.Builder base() {
        return Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.conforms(true));
    }

    /** {@code r} with other findings (as a stored result of the same rubric may carry). */
    private static AssessmentResult withFindings(AssessmentResult r, List<FindingResult> findings) {
        return copy(r, r.indicators(), findings);
    }

    private static AssessmentResult copy(AssessmentResult r, List<IndicatorResult> indicators, List<FindingResult> findings) {
        return r.toBuilder().indicators(indicators).findings(findings).build();
    }

    private static List<String> descriptions(List<FindingResult> l) {
        return l.stream().map(f -> f.type().json() + "/" + f.category() + "/" + f.description()).toList();
    }

    @Test
    void aFindingInBothAssessmentsIsNeitherAddedNorRemoved() {
        // the same deduction first in both lists; the later one adds a bonus after it
        AssessmentResult before = score(base().finding(Finding.deduction("law", "违规")));
        AssessmentResult after = score(base().finding(Finding.deduction("law", "违规")).finding(Finding.bonus("领先")));
        Diff d = Diff.of(before, after);
        assertEquals(List.of("bonus/null/领先"), descriptions(d.findingsAdded()));
        assertEquals(List.of(), d.findingsRemoved());
        // found behind another finding: the bonus first, then the deduction
        Diff back = Diff.of(before, score(base().finding(Finding.bonus("领先")).finding(Finding.deduction("law", "违规"))));
        assertEquals(List.of("bonus/null/领先"), descriptions(back.findingsAdded()));
        assertEquals(List.of(), back.findingsRemoved());
        // twice before, once after: one is removed
        Diff twice = Diff.of(score(base().finding(Finding.deduction("law", "违规")).finding(Finding.deduction("law", "违规"))), before);
        assertEquals(List.of(), twice.findingsAdded());
        assertEquals(List.of("deduction/law/违规"), descriptions(twice.findingsRemoved()));
    }

    @Test
    void findingsDifferingInTypeCategoryOrDescriptionAreDifferentFindings() {
        AssessmentResult r = score(base());
        FindingResult law = new FindingResult(Finding.Type.DEDUCTION, "law", "违规", null, Ratio.ONE.negate());
        List<FindingResult> others = List.of(
                new FindingResult(Finding.Type.BONUS, "law", "违规", null, Ratio.ONE),               // type differs
                new FindingResult(Finding.Type.DEDUCTION, "industry", "违规", null, Ratio.ONE.negate()), // category differs
                new FindingResult(Finding.Type.DEDUCTION, "law", "违规二", null, Ratio.ONE.negate()));  // description differs
        for (FindingResult other : others) {
            Diff d = Diff.of(withFindings(r, List.of(law)), withFindings(r, List.of(other)));
            assertEquals(List.of(other), d.findingsAdded(), other.toString());
            assertEquals(List.of(law), d.findingsRemoved(), other.toString());
        }
        // the indicator and the points play no part
        FindingResult elsewhere = new FindingResult(Finding.Type.DEDUCTION, "law", "违规", "A.1", Ratio.of(-3));
        Diff same = Diff.of(withFindings(r, List.of(law)), withFindings(r, List.of(elsewhere)));
        assertEquals(List.of(), same.findingsAdded());
        assertEquals(List.of(), same.findingsRemoved());
    }

    @Test
    void anItemComingIntoTheAssessmentIsAStatusChangeNotAnImprovement() {
        // B.1 not applicable before, conforming after: credit null → 1 is no rise of the evidence
        AssessmentResult before = score(base().put("B.1", Evidence.notApplicable("剪裁")));
        AssessmentResult after = score(base().put("B.1", Evidence.conforms(true)));
        Diff d = Diff.of(before, after);
        assertEquals(List.of(), d.improved());
        assertEquals(List.of(), d.regressed());
        assertEquals(List.of("B.1"), d.statusChanges().stream().map(Diff.Change::code).toList());
        Diff.Change c = d.statusChanges().get(0);
        assertEquals(Status.NOT_APPLICABLE, c.statusBefore());
        assertEquals(Status.ASSESSED, c.statusAfter());
        assertEquals(null, c.creditBefore());
        assertEquals(Ratio.ONE, c.creditAfter());
        assertEquals(Ratio.of(4), c.earnedAfter());
    }

    @Test
    void anIndicatorOnlyTheLaterResultKnowsIsLeftOut() {
        // a stored earlier result without A.2 (an older version of the rubric): A.2 cannot be compared
        AssessmentResult after = score(base().put("A.2", Evidence.sample(3, 3)).put("B.1", Evidence.conforms(true)));
        AssessmentResult full = score(base().put("A.2", Evidence.sample(1, 3)).put("B.1", Evidence.conforms(false)));
        AssessmentResult before = copy(full, full.indicators().stream().filter(i -> !i.code().equals("A.2")).toList(), full.findings());
        Diff d = Diff.of(before, after);
        // B.1 rose from 0 to 1; A.2 (1/3 → 1 in the full result) is not in the earlier one
        assertEquals(List.of("B.1"), d.improved().stream().map(Diff.Change::code).toList());
        assertEquals(List.of(), d.statusChanges());
    }
}
