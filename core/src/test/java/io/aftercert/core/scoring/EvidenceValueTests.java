package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evidence values' own checks (architecture §6): each form refuses what can never be scored, on
 * both sides of each bound, and says which value was wrong.
 */
class EvidenceValueTests {
    private static Ratio r(String s) {
        return Ratio.parse(s);
    }

    @Test
    void aCreditLiesInZeroToOneBothInclusive() {
        assertEquals(Ratio.ZERO, new EvidenceValue.Credit(Ratio.ZERO).credit());
        assertEquals(Ratio.ONE, new EvidenceValue.Credit(Ratio.ONE).credit());
        IllegalArgumentException below = assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Credit(r("-0.01")));
        assertEquals("credit must lie in [0, 1], not -0.01", below.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Credit(r("1.01")));
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Credit(null));
        assertEquals("credit", new EvidenceValue.Credit(r("0.5")).form());
    }

    @Test
    void aBandIsOneToFiveAndItsCreditLiesInZeroToOne() {
        assertEquals(1, new EvidenceValue.Banded(1, null).band());
        assertEquals(5, new EvidenceValue.Banded(5, Ratio.ONE).band());
        assertEquals(Ratio.ZERO, new EvidenceValue.Banded(1, Ratio.ZERO).credit());
        assertEquals("band must be 1–5, not 0", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Banded(0, null)).getMessage());
        assertEquals("band must be 1–5, not 6", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Banded(6, null)).getMessage());
        assertEquals("credit must lie in [0, 1], not -0.1", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Banded(1, r("-0.1"))).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Banded(5, r("1.1")));
        assertEquals("band", Evidence.band(3).value().form());
    }

    @Test
    void aSampleHasAtLeastOneCaseAndConformingWithinIt() {
        // credit = conforming / sampled: 0/1, 1/1, 9/10
        assertEquals(Ratio.ZERO, new EvidenceValue.Sample(0, 1).credit());
        assertEquals(Ratio.ONE, new EvidenceValue.Sample(1, 1).credit());
        assertEquals(r("0.9"), new EvidenceValue.Sample(9, 10).credit());
        assertEquals("sampled must be ≥ 1, not 0", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Sample(0, 0)).getMessage());
        assertEquals("conforming must lie in [0, sampled=3], not 4", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Sample(4, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.Sample(-1, 3));
        assertEquals("sample", Evidence.sample(1, 2).value().form());
    }

    @Test
    void aMeasuredValueAndANotApplicableJustificationMustBeThere() {
        assertEquals("value must not be null", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.Measured(null)).getMessage());
        assertEquals(r("-3"), new EvidenceValue.Measured(r("-3")).value(), "the unit's range is the rubric's check, not the value's");
        assertEquals("value", Evidence.value(r("87.5")).value().form());
        assertThrows(IllegalArgumentException.class, () -> new EvidenceValue.NotApplicable(null));
        assertEquals("a not-applicable item needs a non-blank justification", assertThrows(IllegalArgumentException.class,
                () -> new EvidenceValue.NotApplicable(" \t")).getMessage());
        assertEquals("notApplicable", Evidence.notApplicable("不销售").value().form());
        assertEquals("conforms", Evidence.conforms(false).value().form());
    }

    @Test
    void evidenceNeedsAValueAndNoBlankAttachment() {
        assertEquals("evidence value", assertThrows(NullPointerException.class,
                () -> new Evidence(null, null, null, null, null)).getMessage());
        assertEquals("an attachment must not be blank", assertThrows(IllegalArgumentException.class,
                () -> Evidence.conforms(true).withAttachments(List.of("a.pdf", " "))).getMessage());
        Evidence e = new Evidence(new EvidenceValue.Conforms(true), "n", null, "王工", LocalDate.of(2026, 11, 1));
        assertEquals(List.of(), e.attachments());
        List<String> files = new ArrayList<>(List.of("org.pdf"));
        Evidence with = e.withAttachments(files).withNotes("见附件");
        files.add("later.pdf");
        assertEquals(List.of("org.pdf"), with.attachments(), "copied");
        assertEquals("见附件", with.notes());
        assertEquals("王工", with.assessor());
        assertEquals(LocalDate.of(2026, 11, 1), with.date());
        assertEquals("n", e.notes(), "the original is unchanged");
        assertEquals(new EvidenceValue.Credit(r("0.4")), Evidence.credit(r("0.4")).value());
    }

    @Test
    void aFindingNeedsADescriptionAndADeductionACategory() {
        assertEquals("finding type", assertThrows(NullPointerException.class, () -> new Finding(null, "law", "d", null)).getMessage());
        assertEquals("a deduction finding needs a description", assertThrows(IllegalArgumentException.class,
                () -> Finding.deduction("law", " ")).getMessage());
        assertEquals("a bonus finding needs a description", assertThrows(IllegalArgumentException.class,
                () -> Finding.bonus(null)).getMessage());
        assertEquals("a deduction needs a category", assertThrows(IllegalArgumentException.class,
                () -> Finding.deduction(" ", "违规")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Finding.deduction(null, "违规"));
        Finding bonus = Finding.bonus("领先");
        assertEquals(Finding.Type.BONUS, bonus.type());
        assertNull(bonus.category());
        assertEquals("bonus", bonus.type().json());
        assertEquals("deduction", Finding.deduction("law", "违规").type().json());
        assertEquals("law", Finding.deduction("law", "违规").category());
    }

    @Test
    void anOrganizationHasANameAndAKnownKindOrNone() {
        assertEquals("organization name must not be blank", assertThrows(IllegalArgumentException.class,
                () -> new Organization(" ", null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Organization(null, null));
        assertEquals("organization kind must be manufacturer, trader or service, not Service", assertThrows(
                IllegalArgumentException.class, () -> new Organization("x", "Service")).getMessage());
        for (String k : List.of("manufacturer", "trader", "service")) assertEquals(k, new Organization("x", k).kind());
        assertNull(new Organization("x", null).kind());
    }

    @Test
    void anAssessmentNeedsARubricAndAnOrganizationAndCopiesItsEvidenceInOrder() {
        Organization org = new Organization("x", null);
        assertEquals("rubric id must not be blank", assertThrows(IllegalArgumentException.class,
                () -> Assessment.builder(" ", org).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Assessment.builder(null, org).build());
        assertEquals("organization", assertThrows(NullPointerException.class,
                () -> Assessment.builder("r", null).build()).getMessage());
        assertEquals("qualifyingGradeHeldMonths must be ≥ 0, not -1", assertThrows(IllegalArgumentException.class,
                () -> Assessment.builder("r", org).qualifyingGradeHeldMonths(-1).build()).getMessage());
        assertEquals(0, Assessment.builder("r", org).qualifyingGradeHeldMonths(0).build().qualifyingGradeHeldMonths());
        Assessment a = Assessment.builder("r", org).rubricVersion("2").assessedOn(LocalDate.of(2026, 3, 2)).assessor("李")
                .put("b", Evidence.conforms(true)).put("a", Evidence.conforms(false)).put("b", Evidence.band(2))
                .finding(Finding.bonus("x")).build();
        assertEquals(List.of("b", "a"), List.copyOf(a.evidence().keySet()), "file order; a repeated code replaces the first");
        assertEquals(Evidence.band(2), a.evidence().get("b"));
        assertEquals("2", a.rubricVersion());
        assertEquals(LocalDate.of(2026, 3, 2), a.assessedOn());
        assertEquals("李", a.assessor());
        assertEquals(1, a.findings().size());
        assertThrows(UnsupportedOperationException.class, () -> a.evidence().put("c", Evidence.conforms(true)));
        assertThrows(UnsupportedOperationException.class, () -> a.findings().add(Finding.bonus("y")));
        Map<String, Evidence> m = new LinkedHashMap<>();
        Assessment direct = new Assessment("r", null, org, null, null, null, m, null);
        m.put("late", Evidence.conforms(true));
        assertEquals(Map.of(), direct.evidence(), "copied, not a view");
        assertEquals(List.of(), direct.findings());
        assertEquals(Map.of(), new Assessment("r", null, org, null, null, null, null, null).evidence());
    }
}
