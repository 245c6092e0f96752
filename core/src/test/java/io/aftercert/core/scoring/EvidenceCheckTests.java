package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.SpecialRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one evidence check: each problem on its own, with its path, code and message, and nothing for good input. */
class EvidenceCheckTests {
    private final Rubric mini = TestRubrics.mini();

    private static Assessment.Builder builder(String rubric) {
        return Assessment.builder(rubric, new Organization("测试公司", null));
    }

    private static List<String> paths(List<Problem> ps) {
        return ps.stream().map(Problem::path).toList();
    }

    @Test
    void everyVerdictSuitsEveryKindAndAValueOnlyAMetric() {
        Assessment ok = builder("mini").put("A.1", Evidence.band(2)).put("A.2", Evidence.credit(Ratio.parse("0.5")))
                .put("A.3", Evidence.sample(1, 2)).put("B.1", Evidence.of(new EvidenceValue.Banded(5, Ratio.ONE))).build();
        assertEquals(List.of(), EvidenceCheck.problems(mini, ok));
        assertEquals(List.of(), EvidenceCheck.problems(mini, builder("mini").put("A.3", Evidence.value(Ratio.of(80))).build()));
        List<Problem> p = EvidenceCheck.problems(mini, builder("mini").put("A.1", Evidence.value(Ratio.of(80))).build());
        assertEquals(List.of("$.evidence[\"A.1\"].value"), paths(p));
        assertEquals("A.1 is a qualitative indicator and takes no measured value; use conforms, credit, band or sample",
                p.get(0).message());
        assertEquals("A.1", p.get(0).code());
    }

    @Test
    void aGroupCodeNamesItsItems() {
        List<Problem> p = EvidenceCheck.problems(mini, builder("mini").put("A", Evidence.conforms(true)).build());
        assertEquals(1, p.size());
        assertEquals("'A' is a group; give evidence for its items (A.1, A.2, A.3)", p.get(0).message());
    }

    @Test
    void aBandTheRubricLacksIsNamedWithTheBandsItHas() {
        // a rubric with three bands: band 4 is no band of it; a rubric with none says so
        Rubric three = mini.toBuilder().bands(TestRubrics.fiveBands().subList(0, 3)).build();
        List<Problem> p = EvidenceCheck.problems(three, builder("mini").put("B.1", Evidence.band(4)).build());
        assertEquals(List.of("$.evidence[\"B.1\"].band"), paths(p));
        assertEquals("band must be 1–3, not 4", p.get(0).message());
        Rubric none = mini.toBuilder().bands(List.of()).build();
        assertEquals("rubric mini defines no scoring bands",
                EvidenceCheck.problems(none, builder("mini").put("B.1", Evidence.band(1)).build()).get(0).message());
        assertEquals(List.of(), EvidenceCheck.problems(three, builder("mini").put("B.1", Evidence.band(3)).build()));
    }

    @Test
    void aCreditOutsideItsBandIsNamedWithTheBand() {
        List<Problem> p = EvidenceCheck.problems(mini, builder("mini")
                .put("B.1", Evidence.of(new EvidenceValue.Banded(4, Ratio.parse("0.85")))).build());
        assertEquals(List.of("$.evidence[\"B.1\"].credit"), paths(p));
        assertEquals("credit 0.85 lies outside band 4 (0.6–0.8)", p.get(0).message());
    }

    @Test
    void findingsMustBeAllowedByTheRubric() {
        // the weighted rubric has no special rules at all
        List<Problem> p = EvidenceCheck.problems(TestRubrics.weighted(), builder("weighted").finding(Finding.bonus("好")).build());
        assertEquals(List.of("$.findings[0]"), paths(p));
        assertEquals("rubric weighted has no special deductions or bonuses; remove this bonus", p.get(0).message());
        // bonuses only: a deduction is refused, a bonus is fine
        Rubric bonusOnly = mini.toBuilder().specialRules(new SpecialRules(null, 0, List.of(), null, Ratio.ONE, 1, null)).build();
        List<Problem> d = EvidenceCheck.problems(bonusOnly, builder("mini").finding(Finding.deduction("law", "违规"))
                .finding(Finding.bonus("好")).build());
        assertEquals(List.of("$.findings[0]"), paths(d));
        assertEquals("rubric mini has no special deductions (特别扣分项); remove this deduction", d.get(0).message());
        // a category the rubric does not list; any category where it lists none
        List<Problem> c = EvidenceCheck.problems(mini, builder("mini").finding(Finding.deduction("lwa", "违规")).build());
        assertEquals(List.of("$.findings[0].category"), paths(c));
        Rubric anyCategory = mini.toBuilder().specialRules(new SpecialRules(Ratio.ONE, 5, List.of(), null, Ratio.ONE, 1, null)).build();
        assertEquals(List.of(), EvidenceCheck.problems(anyCategory, builder("mini").finding(Finding.deduction("whatever", "违规")).build()));
        assertEquals(List.of(), EvidenceCheck.problems(mini, builder("mini").finding(Finding.deduction("law", "违规")).build()));
    }

    @Test
    void aFindingsIndicatorMustExistButMayBeAGroup() {
        List<Problem> p = EvidenceCheck.problems(mini, builder("mini")
                .finding(new Finding(Finding.Type.BONUS, null, "好", "C.1")).build());
        assertEquals(List.of("$.findings[0].indicator"), paths(p));
        assertEquals("C.1", p.get(0).code());
        assertEquals(List.of(), EvidenceCheck.problems(mini, builder("mini")
                .finding(new Finding(Finding.Type.DEDUCTION, "law", "违规", "A")).build()));
    }

    @Test
    void theValidatedFormCarriesTheEvidencePerLeafAndScoresAlike() {
        Assessment a = builder("mini").put("B.1", Evidence.band(4)).put("A.2", Evidence.sample(1, 3)).build();
        ValidatedAssessment v = EvidenceCheck.validated(mini, a);
        assertSame(a, v.assessment());
        // A.2 1 of 3 → 0.5, B.1 band 4 → 2.8: 3.3 of 10 → 33
        assertEquals(Ratio.of(33), ScoringEngine.score(v).score());
        assertEquals(Ratio.of(33), ScoringEngine.finalScore(v).score());
        assertEquals(ScoringEngine.score(mini, a).indicators(), ScoringEngine.score(v).indicators());
        assertThrows(InvalidInputException.class, () -> EvidenceCheck.validated(mini, builder("mini").put("A.9", Evidence.band(1)).build()));
    }
}
