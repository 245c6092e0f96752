package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The gbt27922 examples scored by hand: each item's earned points are worked out in the comments
 * (points × credit; band midpoints 0.1/0.3/0.5/0.7/0.9), summed per second-level group.
 */
class Gbt27922ExamplesTests {
    private final RubricRegistry registry = RubricRegistry.discover();

    private AssessmentResult score(String file) throws IOException {
        Path p = Path.of("gbt27922", file);
        var a = EvidenceJson.read(Files.readAllBytes(p), p.toString(), registry::find);
        return ScoringEngine.score(registry.require("gbt27922"), a);
    }

    private static Ratio r(String s) {
        return Ratio.parse(s);
    }

    @Test
    void applianceManufacturerIsQualifiedJustBelowThreeStars() throws IOException {
        AssessmentResult res = score("appliance-manufacturer.json");
        // 5.1.1: 1 + 3×0.7 = 3.1 | 5.1.2: 18/20 × 1 = 0.9, 5.1.2.2 8 % of 10 % target (ratio) 0.8 × 5 = 4 → 4.9
        // 5.1.3: 2 + 2×0.7 + 2 = 5.4 | 5.1.4: 4×0.7 + 2 = 4.8 | 5.1.5: 1 + 6×0.5 = 4
        // 5.1.6: 2×0.7 + 0 + 1 + 0 = 2.4 | 5.1.7: 1 + 2×0.9 + 3×0.5 = 4.3        → 5.1 = 28.9
        assertEquals(r("28.9"), res.group("5.1").orElseThrow().earned());
        // 5.2.1: 1 + 2×0.95 + 1 + 1 + 0 = 4.9 | 5.2.2: 1.5×0.7 + 1.5 + 1.5×0.7 + 1.5 = 5.1
        // 5.2.3: 1 + 45/50 × 3 = 3.7 | 5.2.4: 1 + 1 + 27/30 × 3 + 1 + 3×0.7 + 0 = 7.8
        // 5.2.5: 1 + 1 + 2 + 0.5 (5.2.5.5 not applicable) = 4.5 | 5.2.6: 1 + 0.5 = 1.5 → 5.2 = 27.5
        assertEquals(r("27.5"), res.group("5.2").orElseThrow().earned());
        assertEquals(r("33"), res.group("5.2").orElseThrow().applicable()); // 35 − 2
        // 5.3.1: 3 + 2×0.7 + 16/20 × 3 + 5×0.7 + 2×0.5 = 11.3 | 5.3.2: 19/20 × 2 + 17/20 × 7 + 1 = 8.85 → 20.15
        assertEquals(r("20.15"), res.group("5.3").orElseThrow().earned());
        // 28.9 + 27.5 + 20.15 = 76.55 of 98 → 7655/98 = 78.112…; +1 bonus −1 deduction
        assertEquals(Ratio.of(7655, 98), res.score());
        assertEquals(Ratio.of(7655, 98), res.finalScore());
        assertEquals(new BigDecimal("78.1"), res.scoreDisplay());
        assertEquals("qualified", res.grade().id());
        assertEquals(io.aftercert.core.scoring.Verdict.PASSED, res.passed());
        assertEquals(Status.NOT_APPLICABLE, res.indicator("5.2.5.5").orElseThrow().status());
        // three-star needs 80 − 7655/98 = 185/98; 5.1.5.2 lost 3 → +300/98 alone suffices
        assertEquals("three-star", res.nextGrade().grade().id());
        assertEquals(Ratio.of(185, 98), res.nextGrade().needed());
        assertEquals(List.of("5.1.5.2"), res.nextGrade().items());
    }

    @Test
    void tradingCompanyExcludesManufacturerOnlyItemsAndReachesThreeStarsWithTheCaveat() throws IOException {
        AssessmentResult res = score("trading-company.json");
        assertEquals(List.of("5.2.1.1", "5.2.1.2", "5.2.1.4", "5.2.1.5"),
                res.notApplicable().stream().map(i -> i.code()).toList());
        // 5.1.1: 1 + 2.7 = 3.7 | 5.1.2: 1 + 5 (12 % ≥ 10 %) = 6 | 5.1.3: 2 + 1.4 + 2 = 5.4 | 5.1.4: 3.6 + 2 = 5.6
        // 5.1.5: 1 + 4.2 = 5.2 | 5.1.6: 1.4 + 1 + 1 + 0 = 3.4 | 5.1.7: 1 + 1.4 + 2.1 = 4.5   → 5.1 = 33.8
        assertEquals(r("33.8"), res.group("5.1").orElseThrow().earned());
        // 5.2.1: 1 | 5.2.2: 1.05 + 1.35 + 1.05 + 1.5 = 4.95 | 5.2.3: 1 + 96/100 × 3 = 3.88
        // 5.2.4: 1 + 1 + 23/25 × 3 + 1 + 2.1 + 1 = 8.86 | 5.2.5: 1 + 1 + 2 + 0.7 + 2 × 0.85 = 6.4
        // 5.2.6: 1 + 0.5 = 1.5                                                              → 5.2 = 26.59 of 30
        assertEquals(r("26.59"), res.group("5.2").orElseThrow().earned());
        assertEquals(r("30"), res.group("5.2").orElseThrow().applicable());
        // 5.3.1: 3 + 2 + 28/30 × 3 + 3.5 + 1.4 = 12.7 | 5.3.2: 2 + 38/40 × 7 + 1 = 9.65     → 5.3 = 22.35
        assertEquals(r("22.35"), res.group("5.3").orElseThrow().earned());
        // 33.8 + 26.59 + 22.35 = 82.74 of 95 → 8274/95 = 87.094…
        assertEquals(Ratio.of(8274, 95), res.finalScore());
        assertEquals(new BigDecimal("87.0"), res.scoreDisplay());
        assertEquals("three-star", res.grade().id());
        assertTrue(res.caveats().stream().anyMatch(c -> c.en().contains("held 8 months")), res.caveats().toString());
        // 5.2.5.5 (贸易型企业) answered: band 5 with credit 0.85 → 1.7
        assertEquals(r("1.7"), res.indicator("5.2.5.5").orElseThrow().earned());
        // four-star: 90 − 8274/95 = 276/95, i.e. 2.76 points; lost 1.8 (5.1.5.2) + 1.5 (5.3.1.4) = 3.3 ≥ 2.76
        assertEquals(Ratio.of(276, 95), res.nextGrade().needed());
        assertEquals(List.of("5.1.5.2", "5.3.1.4"), res.nextGrade().items());
    }

    /**
     * The embedding example's printed outcome against an independent tally over the rubric's own
     * points: every item conforms (credit 1) except sampled items at 9/10, 5.3.2.2 at 46/50,
     * 5.3.1.4 band 4 (midpoint 0.7), 5.1.2.2 11.5 % against its 10 % target (ratio credit 1, but a
     * measured value alone earns at most its valueCreditCap 0.5 of the 5 points), and 5.2.5.5 not
     * applicable; + 1 bonus. With today's points: 98 applicable, Σ earned 4612/50, score
     * 4612/50 / 98 × 100 = 4612/49 = 94.12, + 1 = 4661/49 = 95.12 → 五星 (≥ 95), held 13 months so no
     * star caveat; the largest gap is 5.1.2.2 (2.5 lost → 2.5 / 98 × 100 = +2.55).
     */
    @Test
    void theEmbeddingExampleRuns() {
        var rubric = registry.require("gbt27922");
        Ratio earned = Ratio.ZERO;
        Ratio applicable = Ratio.ZERO;
        for (var leaf : rubric.leaves()) {
            String c = leaf.code();
            if (c.equals("5.2.5.5")) continue;
            Ratio credit = c.equals("5.3.2.2") ? Ratio.of(46, 50) : c.equals("5.3.1.4") ? Ratio.of(7, 10)
                    : c.equals("5.1.2.2") ? Ratio.of(1, 2)
                    : leaf.kind() == io.aftercert.core.model.IndicatorKind.SAMPLED ? Ratio.of(9, 10) : Ratio.ONE;
            earned = earned.plus(leaf.points().times(credit));
            applicable = applicable.plus(leaf.points());
        }
        Ratio expected = earned.dividedBy(applicable).times(Ratio.HUNDRED).plus(Ratio.ONE).min(Ratio.HUNDRED);
        Ratio topGap = Ratio.of(5).times(Ratio.of(1, 2)).dividedBy(applicable).times(Ratio.HUNDRED); // 5.1.2.2 at half

        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.io.PrintStream old = System.out;
        System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            EmbeddingExample.main(new String[0]);
        } finally {
            System.setOut(old);
        }
        List<String> lines = bytes.toString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertEquals("final score " + expected.truncate(1) + " (exact " + expected + ")", lines.get(0), lines.toString());
        assertEquals(Ratio.of(4661, 49), expected, "the rubric's points changed: redo the tally in the comment");
        assertEquals("grade       五星 / five-star, passed", lines.get(1), lines.toString());
        assertEquals("gaps (final-score rise at full credit):", lines.get(2), lines.toString());
        assertTrue(lines.get(3).startsWith("  5.1.2.2  +" + topGap.truncate(2) + "  "), lines.toString());
        assertEquals("+2.55", "+" + topGap.truncate(2));
        assertEquals(8, lines.size(), "five gap lines, no caveat (13 months held), no next grade above 五星: " + lines);
    }
}
