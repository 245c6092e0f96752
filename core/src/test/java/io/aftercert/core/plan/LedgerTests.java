package io.aftercert.core.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.Ledger;
import io.aftercert.core.scoring.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the ledger says for each kind of evidence (issue 23): the words are the audit trail a reader checks by hand. */
class LedgerTests {
    private final Rubric mini = TestRubrics.mini();

    private Ledger.Entry entry(Rubric r, String code, Evidence e) {
        Ledger l = ScoringEngine.score(r, Assessment.builder("mini", new Organization("x", null)).put(code, e).build()).ledger();
        return l.entries().stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aBandNamesItsRangeAndMidpoint() {
        // band 4 of the five bands: 60 %–80 %, midpoint (0.6 + 0.8) / 2 = 0.7; 4 × 0.7 = 2.8 points
        Ledger.Entry e = entry(mini, "B.1", Evidence.band(4));
        assertEquals("band 4 (60%–80%, midpoint 0.7)", e.evidence());
        assertEquals("band credit 0.7 (the midpoint unless a credit inside the band was given)", e.creditRule());
        assertEquals(Ratio.parse("2.8"), e.earned());
    }

    @Test
    void aVerdictSaysWhetherItConforms() {
        Ledger.Entry yes = entry(mini, "B.1", Evidence.conforms(true));
        assertEquals("conforms", yes.evidence());
        assertEquals("conform 1 / non-conform 0", yes.creditRule());
        Ledger.Entry no = entry(mini, "B.1", Evidence.conforms(false));
        assertEquals("does not conform", no.evidence());
        assertEquals("conform 1 / non-conform 0", no.creditRule());
        // a credit given as such is no verdict: 4 × 0.5 = 2 points
        Ledger.Entry half = entry(mini, "B.1", Evidence.credit(Ratio.of(1, 2)));
        assertEquals("credit 0.5", half.evidence());
        assertEquals("credit as given", half.creditRule());
        assertEquals(Ratio.of(2), half.earned());
    }

    @Test
    void aMeasuredValueNamesItsCurveAndWhetherTheTargetIsMet() {
        // A.3: at least 90 %, linear from 60 %; 90 meets it, 75 earns (75 − 60) / 30 = 0.5
        assertEquals("linear curve: target met", entry(mini, "A.3", Evidence.value(Ratio.of(90))).creditRule());
        Ledger.Entry half = entry(mini, "A.3", Evidence.value(Ratio.of(75)));
        assertEquals("linear curve", half.creditRule());
        assertEquals(Ratio.of(1, 2), half.credit());
    }

    @Test
    void theValueCapIsNamedOnlyWhereTheCurveGivesMoreThanIt() {
        // cap 1/2: 95 % (curve 1) is held to 0.5; 75 % gives exactly 0.5 and 66 % (66 − 60) / 30 = 0.2: nothing is held back
        MetricSpec spec = new MetricSpec("%", Direction.AT_LEAST, Ratio.of(90), CreditCurve.LINEAR, Ratio.of(60), null,
                Ratio.of(1, 2), true, "half for the duties");
        Rubric capped = Rubric.builder().id("mini").version("1").title(mini.title()).mode(mini.mode()).total(Ratio.of(10))
                .gradeScale(mini.gradeScale()).specialRules(mini.specialRules()).bands(mini.bands())
                .indicators(List.of(TestRubrics.group("A", "6", TestRubrics.leaf("A.1", "2", IndicatorKind.QUALITATIVE),
                                TestRubrics.leaf("A.2", "1.5", IndicatorKind.SAMPLED), TestRubrics.metric("A.3", "2.5", spec)),
                        TestRubrics.group("B", "4", TestRubrics.leaf("B.1", "4", IndicatorKind.QUALITATIVE))))
                .build();
        assertEquals("linear curve: target met; a value alone earns at most 0.5 (the clause's qualitative part needs the assessor's verdict)",
                entry(capped, "A.3", Evidence.value(Ratio.of(95))).creditRule());
        assertEquals("linear curve", entry(capped, "A.3", Evidence.value(Ratio.of(75))).creditRule());
        assertEquals("linear curve", entry(capped, "A.3", Evidence.value(Ratio.of(66))).creditRule());
        // without a cap nothing is said even at full credit
        assertEquals("linear curve: target met", entry(mini, "A.3", Evidence.value(Ratio.of(95))).creditRule());
    }
}
