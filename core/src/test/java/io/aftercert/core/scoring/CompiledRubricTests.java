package io.aftercert.core.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiled run's exact long sums, and the Ratio sums it falls back to when they overflow. */
class CompiledRubricTests {
    /** Nine items worth 10, 10, …, 10, 20 points (100 in all), one group, the star scale. */
    private static Rubric rubric() {
        List<Indicator> leaves = new ArrayList<>();
        for (int i = 0; i < 9; i++) leaves.add(TestRubrics.leaf("I" + i, i == 8 ? "20" : "10", IndicatorKind.QUALITATIVE));
        return Rubric.builder().id("nine").version("1").title(Text.of("九", "nine")).mode(ScoringMode.POINTS)
                .gradeScale(TestRubrics.starScale())
                .indicators(List.of(TestRubrics.group("G", "100", leaves.toArray(Indicator[]::new)))).build();
    }

    /** Credits (p−1)/p over nine distinct primes above 10^6: the common denominator (> 10^54) overflows a long. */
    private static final long[] PRIMES = {1_000_003, 1_000_033, 1_000_037, 1_000_039, 1_000_081, 1_000_099, 1_000_117,
        1_000_121, 1_000_133};

    @Test
    void sumsBeyondLongFallBackToExactRatios() {
        Rubric r = rubric();
        Assessment.Builder b = Assessment.builder("nine", new Organization("x", null));
        // expected score, by hand in BigInteger: Σ points_i × (p_i − 1) / p_i over an applicable total of 100, × 100
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (int i = 0; i < 9; i++) {
            long p = PRIMES[i];
            b.put("I" + i, Evidence.credit(Ratio.of(p - 1, p)));
            BigInteger termNum = BigInteger.valueOf(i == 8 ? 20 : 10).multiply(BigInteger.valueOf(p - 1));
            BigInteger termDen = BigInteger.valueOf(p);
            num = num.multiply(termDen).add(termNum.multiply(den));
            den = den.multiply(termDen);
        }
        // × 100 / 100 cancel: the score is Σ earned itself
        Ratio expected = Ratio.of(num, den);
        Assessment a = b.build();
        assertEquals(expected, ScoringEngine.score(r, a).score());
        assertEquals(expected, ScoringEngine.finalScore(r, a).score());
        assertEquals(expected, ScoringEngine.finalScore(r, a).finalScore(), "no bonus or deduction");
        // 100 − Σ points_i / p_i ≈ 99.99989: five stars (95)
        assertEquals("five-star", ScoringEngine.finalScore(r, a).grade().id());
    }

    @Test
    void smallDenominatorsStayExactInLongs() {
        Rubric r = rubric();
        Assessment a = Assessment.builder("nine", new Organization("x", null))
                .put("I0", Evidence.credit(Ratio.of(1, 3)))   // 10/3
                .put("I1", Evidence.sample(5, 7))              // 50/7
                .put("I2", Evidence.conforms(true))            // 10
                .put("I3", Evidence.notApplicable("n/a"))      // leaves the total: applicable 90
                .put("I8", Evidence.credit(Ratio.of(3, 4)))    // 15
                .build();
        // earned 10/3 + 50/7 + 10 + 15 = (70 + 150 + 210 + 315) / 21 = 745/21; score = 745/21 / 90 × 100 = 7450/189
        FinalScore f = ScoringEngine.finalScore(r, a);
        assertEquals(Ratio.of(7450, 189), f.score());
        assertEquals("none", f.grade().id(), "39.4 is below 达标 (70)");
        assertEquals(Ratio.of(745, 21), ScoringEngine.score(r, a).totals().earned());
        assertEquals(Ratio.of(90), ScoringEngine.score(r, a).totals().applicable());
    }

    @Test
    void compiledOncePerRubricInstance() {
        Rubric r = rubric();
        assertEquals(System.identityHashCode(CompiledRubric.of(r)), System.identityHashCode(CompiledRubric.of(r)));
        assertEquals(9, CompiledRubric.of(r).rubric().leaves().size());
        assertEquals(8, CompiledRubric.of(r).leafIndex("I8"));
        assertEquals(-1, CompiledRubric.of(r).leafIndex("G"));
    }

    @Test
    void theRatioFallbackLeavesExcludedItemsOutAndCountsUnassessedOnesAtZero() {
        Rubric r = rubric();
        // I0 not applicable, I1 without evidence, I2 … I8 credits (p−1)/p: the common denominator overflows a long
        Assessment.Builder b = Assessment.builder("nine", new Organization("x", null)).put("I0", Evidence.notApplicable("无"));
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (int i = 2; i < 9; i++) {
            long p = PRIMES[i];
            b.put("I" + i, Evidence.credit(Ratio.of(p - 1, p)));
            num = num.multiply(BigInteger.valueOf(p)).add(BigInteger.valueOf(i == 8 ? 20 : 10).multiply(BigInteger.valueOf(p - 1)).multiply(den));
            den = den.multiply(BigInteger.valueOf(p));
        }
        // applicable = 100 − 10 (I0) = 90, I1 in it at 0; score = Σ earned / 90 × 100 = Σ earned × 10 / 9
        Ratio earned = Ratio.of(num, den);
        Assessment a = b.build();
        AssessmentResult res = ScoringEngine.score(r, a);
        assertEquals(earned, res.totals().earned());
        assertEquals(Ratio.of(90), res.totals().applicable());
        assertEquals(Ratio.of(num.multiply(BigInteger.TEN), den.multiply(BigInteger.valueOf(9))), res.score());
        assertEquals(res.score(), ScoringEngine.finalScore(r, a).score());
        assertEquals(Status.NOT_ASSESSED, res.indicator("I1").orElseThrow().status());
        assertEquals(Ratio.of(10), res.indicator("I1").orElseThrow().applicable());
    }
}
