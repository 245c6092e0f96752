package io.aftercert.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.cli.Main;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gxdsl259 example, worked out by hand: every item is worth 1 point (100 requirements share
 * 100), so each chapter's earned points are the sum of its credits. Credits: conforms 1 / 0,
 * band 2 → 0.3, band 3 → 0.5, band 4 → 0.7 (midpoints), sample conforming / sampled, a value 1 when
 * it meets the target and 0 when not (threshold).
 */
class Gxdsl259ExamplesTests {
    private static final Path RETAILER = Path.of("gxdsl259", "guangxi-ecommerce-retailer-conformance.json");
    private final RubricRegistry registry = RubricRegistry.discover();

    private AssessmentResult score() throws IOException {
        return ScoringEngine.score(registry.require("gxdsl259"),
                EvidenceJson.read(Files.readAllBytes(RETAILER), RETAILER.toString(), registry::find));
    }

    @Test
    void retailerConformancePerChapterAndOverall() throws IOException {
        AssessmentResult r = score();
        // 六: 6.1–6.3, 6.5 (objective 90 ≥ 90), 6.6 (30 ≤ 30), 6.8, 6.9, 6.11, 6.13 = 9; 6.4, 6.12 band 4 = 1.4;
        //     6.7 objective 90 < 95 = 0; 6.10 5/6                          → 10.4 + 5/6 = 337/30 of 13
        assertEquals(Ratio.of(337, 30), r.group("6").orElseThrow().earned());
        assertEquals(Ratio.of(3370, 39), r.group("6").orElseThrow().percent());                  // ≈ 86.41 %
        // 七 (7.22 not applicable, 21 applicable): 7.1, 7.6, 7.9 (18 ≤ 20), 7.10 (7 ≥ 6), 7.11 (10 ≥ 8), 7.13,
        //     7.16 (20 ≤ 24), 7.17 (5 ≤ 7), 7.18, 7.20, 7.21 = 11; 7.2 0.95, 7.3 0.9, 7.5 0.5, 7.7 2/3, 7.14 0.7,
        //     7.19 0.5, 7.8 the assessor's band 4 on a metric = 0.7 (no value given, so no threshold);
        //     7.4 (32 < 40), 7.12, 7.15 (93.5 < 95) = 0
        //     → 11 + 0.95 + 0.9 + 0.5 + 0.7 + 0.5 + 0.7 = 15.25, + 2/3 = 915/60 + 40/60 = 955/60 = 191/12 of 21
        assertEquals(Ratio.of(191, 12), r.group("7").orElseThrow().earned());
        assertEquals(Ratio.of(21), r.group("7").orElseThrow().applicable());
        // 191/12 ÷ 21 × 100 = 19100/252 = 4775/63 ≈ 75.79 %
        assertEquals(Ratio.of(4775, 63), r.group("7").orElseThrow().percent());
        // 八: 8.1 (4 ≥ 4), 8.3 (12 ≥ 8), 8.6, 8.7 (100 ≥ 95), 8.8 (96.2 ≥ 95), 8.10, 8.11, 8.16 (20/20), 8.18–8.21, 8.23,
        //     8.25 (100 ≥ 95), 8.28–8.31 (26.4 ≥ 20) = 18; samples 8.5 47/50, 8.12 45/50, 8.14 18/20, 8.15 19/20, 8.17 27/30,
        //     8.26 9/10 = 0.94 + 0.9 + 0.9 + 0.95 + 0.9 + 0.9 = 5.49; 8.22 band 3 = 0.5;
        //     8.2, 8.4 (88 < 95), 8.9 (78 < 95), 8.13 (91.5 < 95), 8.24, 8.27 (below target), 8.32 = 0 → 18 + 5.49 + 0.5 = 23.99 of 32
        assertEquals(Ratio.parse("23.99"), r.group("8").orElseThrow().earned());
        // 九: 9.1, 9.2, 9.7 (6 ≥ 5), 9.9, 9.11, 9.13–9.15, 9.17 = 9; 9.6 0.7, 9.10 7/8, 9.12 0.5, 9.16 0.5,
        //     9.8 the assessor's sample on a metric: 11 of 12 quarterly outlet inspections held = 11/12;
        //     9.3 (94.1 < 95), 9.4 (83.4 < 85), 9.5 (86.7 < 90) = 0
        //     → 9 + 0.7 + 0.875 + 0.5 + 0.5 = 11.575 = 6945/600, + 11/12 = 550/600 → 7495/600 = 1499/120 of 17
        assertEquals(Ratio.of(1499, 120), r.group("9").orElseThrow().earned());
        // 1499/120 ÷ 17 × 100 = 149900/2040 = 7495/102 ≈ 73.48 %
        assertEquals(Ratio.of(7495, 102), r.group("9").orElseThrow().percent());
        // 十 (10.4 retired): 10.1, 10.2, 10.5 = 3; 10.3 band 3 = 0.5            → 3.5 of 4 = 87.5 %
        assertEquals(Ratio.parse("87.5"), r.group("10").orElseThrow().percent());
        // 十一: 11.1–11.4 (5.26 ≥ 5, 1642 ≥ 500), 11.6–11.9, 11.11, 11.13 = 10; 11.5, 11.10 band 4 = 1.4; 11.12 (0 < 1) = 0 → 11.4
        assertEquals(Ratio.parse("11.4"), r.group("11").orElseThrow().earned());
        // Σ in 600ths: 六 6740 + 七 9550 + 八 14394 + 九 7495 + 十 2100 + 十一 6840 = 47119 → 47119/600 of 100
        assertEquals(Ratio.of(47119, 600), r.totals().earned());
        assertEquals(Ratio.of(100), r.totals().applicable());
        // conformance 47119/600 ÷ 100 × 100 = 47119/600 (600 = 2³·3·5²; 47119 is odd, its digits add to 22, it ends
        // in 9: no common factor) ≈ 78.5317 %, shown cut to one decimal as 78.5
        assertEquals(Ratio.of(47119, 600), r.score());
        assertEquals(new java.math.BigDecimal("78.5"), r.scoreDisplay());
        assertEquals(r.score(), r.finalScore());
        assertNull(r.grade());
        assertEquals(io.aftercert.core.scoring.Verdict.NOT_JUDGED, r.passed());
        assertTrue(r.indicators().stream().allMatch(IndicatorResult::derived), "every item's point is derived");
    }

    @Test
    void theExampleShowsBothFormsOnMetricItemsAVerdictAndAMeasuredValue() throws IOException {
        AssessmentResult r = score();
        IndicatorResult radius = r.indicator("7.8").orElseThrow();
        assertEquals(io.aftercert.core.model.IndicatorKind.METRIC, radius.kind());
        assertNull(radius.metric(), "a band on a metric item is a verdict: no measured value");
        assertEquals(Ratio.of(7, 10), radius.credit());                  // band 4 → midpoint 0.7
        IndicatorResult inspections = r.indicator("9.8").orElseThrow();
        assertEquals(Ratio.of(11, 12), inspections.credit());            // 11 of 12 inspections held
        assertNull(inspections.metric());
        IndicatorResult channels = r.indicator("8.1").orElseThrow();
        assertTrue(channels.metric() != null && channels.metric().met()); // a measured value: 4 ≥ 4 channels
        assertEquals(Ratio.ONE, channels.credit());
    }

    @Test
    void theExampleValidatesAgainstTheEvidenceSchema() throws IOException {
        assertEquals(List.of(), io.aftercert.testkit.Schemas.evidenceErrors(Files.readAllBytes(RETAILER)));
    }

    @Test
    void theMissedFiguresAreTheMissedTargets() throws IOException {
        AssessmentResult r = score();
        List<String> missed = r.indicators().stream().filter(i -> i.metric() != null && !i.metric().met())
                .map(IndicatorResult::code).toList();
        // 7.8 and 9.8 carry the assessor's verdict (band, sample), not a value: neither met nor missed
        assertEquals(List.of("6.7", "7.4", "7.15", "8.2", "8.4", "8.9", "8.13", "8.24", "8.27", "9.3", "9.4", "9.5",
                "11.12"), missed);
    }

    @Test
    void serviceRecordsFillTheKpiItems(@TempDir Path dir) throws IOException {
        // four tickets: T1 phone answered in 10 s, T2 phone in 20 s (within 30 s, not 15 s), T3 online in 4 min,
        // T4 an emergency repair in 20 min; T1 and T3 resolved, T1 called back; satisfaction 5 and 4.
        Path csv = dir.resolve("tickets.csv");
        Files.writeString(csv, "ticket_id,channel,type,priority,requested_at,responded_at,resolved_at,first_contact_resolved,satisfaction,callback_at\n"
                + "T1,phone,consult,normal,2026-10-02T09:00:00,2026-10-02T09:00:10,2026-10-02T09:10:00,true,5,2026-10-03T10:00:00\n"
                + "T2,phone,consult,normal,2026-10-02T09:00:00,2026-10-02T09:00:20,,false,,\n"
                + "T3,online,consult,normal,2026-10-02T09:00:00,2026-10-02T09:04:00,2026-10-02T09:30:00,true,4,\n"
                + "T4,phone,repair,emergency,2026-10-02T10:00:00,2026-10-02T10:20:00,,,,\n");
        Path evidence = dir.resolve("ev.json");
        Files.copy(RETAILER, evidence);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                "kpi", csv.toString(), "--evidence-for", "gxdsl259", "--into", evidence.toString());
        assertEquals(0, code, err.toString());
        JsonNode ev = Json.reader().readTree(java.nio.file.Files.readAllBytes(evidence)).get("evidence");
        // hotline_answer: T1 of the phone tickets T1, T2, T4 → 1/3; phone_response (30 s): T1, T2 → 2/3
        assertEquals(100.0 / 3, ev.get("8.2").get("value").asDouble(), 0.01);
        assertEquals(200.0 / 3, ev.get("9.3").get("value").asDouble(), 0.01);
        assertEquals(100, ev.get("8.4").get("value").asInt());   // online within 5 min: T3, 1/1
        assertEquals(0, ev.get("8.7").get("value").asInt());     // emergency within 15 min: T4 took 20 → 0/1
        assertEquals(50, ev.get("8.30").get("value").asInt());   // callbacks: T1 of resolved T1, T3
        assertEquals(87.5, ev.get("9.5").get("value").asDouble()); // mean 4.5 → (4.5 − 1)/4 × 100
        assertEquals(200.0 / 3, ev.get("9.4").get("value").asDouble(), 0.01); // first contact: T1, T3 of T1–T3
        assertEquals(97.3, ev.get("8.24").get("value").asDouble(), "no complaint in the records: left as it was");
        assertEquals(91.5, ev.get("8.13").get("value").asDouble(), "no appointment in the records: left as it was");
        assertEquals(90, ev.get("6.5").get("value").asInt(), "non-KPI items untouched");
        AssessmentResult filled = ScoringEngine.score(registry.require("gxdsl259"),
                EvidenceJson.read(Files.readAllBytes(evidence), evidence.toString(), registry::find));
        assertTrue(filled.indicator("8.4").orElseThrow().metric().met());
        assertTrue(!filled.indicator("8.7").orElseThrow().metric().met());
    }
}
