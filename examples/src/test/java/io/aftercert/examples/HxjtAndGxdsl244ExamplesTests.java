package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.core.tailoring.Tailoring;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The hxjt and gxdsl244 examples, worked out by hand. */
class HxjtAndGxdsl244ExamplesTests {
    private final RubricRegistry registry = RubricRegistry.discover();
    private static final Path MACHINE_TOOLS = Path.of("hxjt", "machine-tool-maker.json");

    private AssessmentResult score(Path p, Rubric rubric) throws IOException {
        return ScoringEngine.score(rubric, EvidenceJson.read(Files.readAllBytes(p), p.toString(), registry::find));
    }

    @Test
    void machineToolMakerWithDerivedPoints() throws IOException {
        AssessmentResult r = score(MACHINE_TOOLS, registry.require("hxjt"));
        // HX-5.1, 8 × 3.125: 4.1, 4.2, 4.6 (the assessor's verdict: 30 years and the archive system), 4.7 full = 12.5;
        //   4.3 band 4 = 2.1875; 4.4, 4.5 band 3 = 1.5625 each; 4.8 band 2 = 0.9375       → 18.75
        assertEquals(Ratio.parse("18.75"), r.group("HX-5.1").orElseThrow().earned());
        // HX-5.2, 10/3 per "shall" item (40 × 2/24), 5.1.2 "可" has 0 points and is not applicable anyway:
        //   six full = 20; 5.1.3, 5.3, 5.6.2 band 4 = 3 × 7/3 = 7; 5.4.2 5/6 → 25/9; 5.6.3 2/3 → 20/9; 5.7 band 3 → 5/3
        //   = 27 + 45/9 + 5/3 = 101/3 of 40
        assertEquals(Ratio.of(101, 3), r.group("HX-5.2").orElseThrow().earned());
        assertEquals(Ratio.of(40), r.group("HX-5.2").orElseThrow().applicable());
        // HX-5.3 in units of 25/19 ("shall" 2 units, 6.3.3 "宜" 1): 6.1.1 2, 6.1.2 7/8 × 2 = 1.75, 6.2.1 2, 6.2.2 2,
        //   6.3.1 band 4 → 1.4, 6.3.2 band 3 → 1, 6.3.3 5/5 → 1, 6.3.4 band 3 → 1, 6.4.1 27/30 × 2 → 1.8, 6.4.2 2
        //   = 15.95 units × 25/19 = 1595/76
        assertEquals(Ratio.of(1595, 76), r.group("HX-5.3").orElseThrow().earned());
        // HX-5.4: 7.1 band 4 = 0.7 × 5 = 3.5, 7.2 = 5, 7.3 "可" 0 points                  → 8.5
        assertEquals(Ratio.parse("8.5"), r.group("HX-5.4").orElseThrow().earned());
        // Σ = 18.75 + 101/3 + 1595/76 + 8.5 = 9337/114 of 100 ≈ 81.90; +1 bonus (5.5)
        assertEquals(Ratio.of(9337, 114), r.score());
        assertEquals(Ratio.of(9337, 114).plus(Ratio.ONE), r.finalScore());
        assertEquals("three-star", r.grade().id());
        assertTrue(r.indicators().stream().allMatch(i -> i.derived()), "derived flag carried into the result");
        assertTrue(r.rubric().derived(), "the result says the rubric has derived values (items and grade bounds)");
    }

    @Test
    void machineToolMakerWithTheCertificationBodysAppendixA() throws IOException {
        Path file = Path.of("hxjt", "tailoring", "appendix-a.json");
        Tailoring t = Tailoring.read(Files.readAllBytes(file), file.toString());
        Rubric tailored = t.applyTo(registry.require("hxjt"));
        AssessmentResult r = score(MACHINE_TOOLS, tailored);
        // 4.x: 3 + 4 + 4×0.7 + 3×0.5 + 3×0.5 + 3 + 3 + 2×0.3                                = 19.4
        // 5.x (5.1.2 excluded, 1 point): 4 + 3×0.7 + 3 + 4×0.7 + 4 + 3×5/6 + 3 + 2 + 3 + 3×0.7 + 4×2/3 + 3×0.5 = 98/3
        // 6.x: 3 + 3×7/8 + 2 + 2 + 2×0.7 + 3×0.5 + 3 + 2×0.5 + 3×0.9 + 2                    = 21.225
        // 7.x: 4×0.7 + 3 + 3×0.5                                                             = 7.3
        assertEquals(Ratio.parse("19.4"), r.group("HX-5.1").orElseThrow().earned());
        assertEquals(Ratio.of(98, 3), r.group("HX-5.2").orElseThrow().earned());
        assertEquals(Ratio.parse("21.225"), r.group("HX-5.3").orElseThrow().earned());
        // (19.4 + 98/3 + 21.225 + 7.3) / 99 × 100 = 48355/594 ≈ 81.41; +1 bonus
        assertEquals(Ratio.of(48355, 594), r.score());
        assertEquals(Ratio.of(48949, 594), r.finalScore());
        assertEquals(t.name(), r.rubric().tailoring().name());
        assertEquals(64, r.rubric().tailoring().sha256().length());
        assertTrue(r.indicators().stream().noneMatch(i -> i.derived()), "the body's own points are not derived");
        assertTrue(!r.rubric().derived(), "nor its grade scale (derived: false in the tailoring)");
    }

    @Test
    void guangxiRetailerIndexHasDimensionScoresAndNoGrade() throws IOException {
        AssessmentResult r = score(Path.of("gxdsl244", "guangxi-ecommerce-retailer.json"), registry.require("gxdsl244"));
        assertNull(r.grade());
        assertEquals(io.aftercert.core.scoring.Verdict.NOT_JUDGED, r.passed());
        // D3 服务创新实施: D3.1 1 of 2 projects (ratio) = 0.5; D3.2, D3.3 band 3 = 0.5 → 50 %
        assertEquals(Ratio.of(50), r.group("D3").orElseThrow().percent());
        // C4 服务安全性: C4.1 0 incidents (met) = 1; C4.2 100 % = 1; C4.3 band 4 = 0.7 → 90 %
        assertEquals(Ratio.of(90), r.group("C4").orElseThrow().percent());
        // C1 with C1.4 excluded keeps C's weight among C1's other three: C1.1 83.4 % (linear 55→85: 28.4/30),
        //   C1.2 4.1 % ≤ 5 % met = 1, C1.3 95.6 % met = 1 → (71/75 + 2)/3 = 221/225
        assertEquals(Ratio.of(221, 225).times(Ratio.HUNDRED), r.group("C1").orElseThrow().percent());
        // the weighted index is Σ earned over 100
        assertEquals(Ratio.HUNDRED, r.totals().applicable());
        assertEquals(r.totals().earned(), r.score());
        assertTrue(r.indicator("B1.2").orElseThrow().metric() != null && !r.indicator("B1.2").orElseThrow().metric().met());
        assertEquals("hotline_answer", r.indicator("B1.2").orElseThrow().metric().recordsKpi());
    }
}
