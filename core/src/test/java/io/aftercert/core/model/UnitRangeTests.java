package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Impossible metric values are refused, implausible ones warned about (issue 13). */
class UnitRangeTests {
    private final Rubric mini = TestRubrics.mini(); // A.3: % at least 90, linear from 60

    private static Assessment withA3(String value) {
        return Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.conforms(true))
                .put("A.3", Evidence.value(Ratio.parse(value))).build();
    }

    private List<Problem> refused(String value) {
        return assertThrows(InvalidInputException.class, () -> ScoringEngine.score(mini, withA3(value))).problems();
    }

    @Test
    void ratesLieBetween0And100() {
        for (String bad : new String[] {"-100", "250", "100.01", "-0.5"}) {
            List<Problem> ps = refused(bad);
            assertEquals(1, ps.size(), ps.toString());
            assertEquals("A.3", ps.get(0).code());
            assertEquals("$.evidence[\"A.3\"].value", ps.get(0).path());
            assertTrue(ps.get(0).message().contains("0–100"), ps.toString());
        }
        ScoringEngine.score(mini, withA3("0"));
        ScoringEngine.score(mini, withA3("100"));
    }

    @Test
    void countsAndDurationsAreNotNegative() {
        assertTrue(UnitRange.of(new MetricSpec("km", Direction.AT_MOST, Ratio.of(5), CreditCurve.LINEAR, Ratio.of(10), null))
                .impossible(Ratio.of(-3)).isPresent());
        assertTrue(UnitRange.of(new MetricSpec("小时", Direction.AT_MOST, Ratio.of(4), CreditCurve.THRESHOLD, null, null))
                .impossible(Ratio.ZERO).isEmpty());
        assertTrue(UnitRange.of(new MetricSpec("小时/天", Direction.AT_LEAST, Ratio.of(8), CreditCurve.RATIO, null, null))
                .impossible(Ratio.of(25)).isPresent(), "a day has 24 hours");
    }

    @Test
    void aPercentBelowOneThatLooksLikeAFractionIsWarnedAbout() {
        AssessmentResult r = ScoringEngine.score(mini, withA3("0.87"));
        assertTrue(r.warnings().stream().anyMatch(w -> w.en().contains("A.3") && w.en().contains("0.87") && w.en().contains("87")
                && w.zh().contains("A.3")), r.warnings().toString());
        AssessmentResult fine = ScoringEngine.score(mini, withA3("87"));
        assertTrue(fine.warnings().stream().noneMatch(w -> w.en().contains("A.3")), fine.warnings().toString());
    }

    @Test
    void mostPointsExcludedIsWarnedAbout() {
        // B.1 (4 of 10 points) and A.1 (2) not applicable: 60 % of the points excluded > the declared 50 %
        Assessment a = Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.notApplicable("n/a"))
                .put("B.1", Evidence.notApplicable("n/a")).put("A.2", Evidence.sample(1, 1)).put("A.3", Evidence.value(Ratio.of(95))).build();
        AssessmentResult r = ScoringEngine.score(mini, a);
        assertEquals(Ratio.of(100), r.finalScore());
        assertTrue(r.warnings().stream().anyMatch(w -> w.en().contains("60 %") && w.en().contains("50 %") && w.zh().contains("60%")),
                r.warnings().toString());
        Assessment fewer = Assessment.builder("mini", new Organization("x", null)).put("B.1", Evidence.notApplicable("n/a")).build();
        assertTrue(ScoringEngine.score(mini, fewer).warnings().stream().noneMatch(w -> w.en().contains("excluded")));
    }
}
