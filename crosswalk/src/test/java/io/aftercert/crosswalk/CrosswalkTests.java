package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.RubricRegistry;
import io.aftercert.testkit.Schemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The appliance manufacturer's gbt27922 evidence crossed to hxjt and gxdsl244, checked by hand. */
class CrosswalkTests {
    static final RubricRegistry REG = RubricRegistry.getDefault();
    static final Path EXAMPLE = Path.of("../examples/gbt27922/appliance-manufacturer.json");

    static Assessment example() throws Exception {
        return EvidenceJson.read(Files.readAllBytes(EXAMPLE), EXAMPLE.toString(), REG::find);
    }

    static CrosswalkResult cross(Assessment a, String to) {
        Rubric from = REG.require(a.rubricId());
        return Crosswalk.cross(from, a, REG.require(to), Crosswalks.shipped(a.rubricId(), to).orElseThrow(), "zh");
    }

    @Test
    void applianceManufacturerToHxjtCarriesTheTwoSupersetItems() throws Exception {
        CrosswalkResult r = cross(example(), "hxjt");
        // gbt27922 → hxjt rows that carry (superset-of): 5.2.2.3 ⊇ 5.5.1 and 5.2.4.5 ⊇ 5.4.1.
        // Both sources are {"band": 4} in the example; hxjt has the same five CTS bands, so band 4
        // carries as band 4 (midpoint 0.7).
        List<String> carried = r.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).toList();
        assertEquals(List.of("5.4.1", "5.5.1"), carried);
        assertEquals(new EvidenceValue.Banded(4, null), r.prefill().evidence().get("5.5.1").value());
        // hxjt 5.4.1 and 5.5.1 are worth 10/3 each (category 40 over 24 force units: 12 应 = 2, 5.1.2 可 = 0 → 40×2/24).
        // lowest = 10/3×0.7 + 10/3×0.7 = 14/3 of 100 applicable points → 14/3 ≈ 4.67
        assertEquals(Ratio.of(14, 3), r.lowest().finalScore());
        // highest = 100 − 2 × 10/3 × 0.3 = 98 → 五星 (≥ 95)
        assertEquals(Ratio.of(98), r.highest().finalScore());
        assertEquals("none", r.lowest().grade().id());
        assertEquals("five-star", r.highest().grade().id());
        // 5.2.2.1 subset-of 5.1.1: a gbt27922 verdict does NOT carry to the wider hxjt 5.1.1
        assertEquals(CrosswalkResult.State.TO_CONFIRM, r.items().stream().filter(i -> i.code().equals("5.1.1")).findFirst().orElseThrow().state());
        assertTrue(r.confirmNotes().get("5.1.1").contains("5.2.2.1"), r.confirmNotes().get("5.1.1"));
    }

    @Test
    void applianceManufacturerToGxdsl244CarriesNothingAndSpansTheWholeRange() throws Exception {
        CrosswalkResult r = cross(example(), "gxdsl244");
        var cov = r.coverage();
        // 22 distinct gxdsl244 items are mapped from assessed gbt27922 items; B1.1, B1.3 and C2.1 only
        // through informed-by rows; no row carries a verdict; 67 − 22 = 45 uncovered.
        assertEquals(Ratio.ZERO, cov.get(CrosswalkResult.State.CARRIED)[0]);
        assertEquals(Ratio.of(19), cov.get(CrosswalkResult.State.TO_CONFIRM)[0]);
        assertEquals(Ratio.of(3), cov.get(CrosswalkResult.State.INFORMED)[0]);
        assertEquals(Ratio.of(45), cov.get(CrosswalkResult.State.UNCOVERED)[0]);
        assertEquals(Ratio.ZERO, r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
        assertNull(r.lowest().grade(), "gxdsl244 is a quality index without grades");
        assertEquals(67, r.toAssess().size());
        // ranked by points: the first item carries the most points of any
        Ratio top = r.toAssess().get(0).points();
        assertTrue(r.target().leaves().stream().allMatch(l -> l.points().compareTo(top) <= 0));
    }

    @Test
    void hxjtEvidenceCarriesTheWiderInstallationItemToGbt27922() throws Exception {
        Path p = Path.of("../examples/hxjt/machine-tool-maker.json");
        Assessment a = EvidenceJson.read(Files.readAllBytes(p), p.toString(), REG::find);
        CrosswalkResult r = cross(a, "gbt27922");
        // read from hxjt's side, 5.1.1 superset-of 5.2.2.1: the only carrying row in that direction
        var carried = r.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED).map(CrosswalkResult.Item::code).toList();
        boolean assessed = a.evidence().containsKey("5.1.1") && !(a.evidence().get("5.1.1").value() instanceof EvidenceValue.NotApplicable);
        assertEquals(assessed ? List.of("5.2.2.1") : List.of(), carried);
    }

    @Test
    void thePrefilledFileReadsBackAndScoresAsTheLowerBound() throws Exception {
        for (String to : List.of("hxjt", "gxdsl244")) {
            CrosswalkResult r = cross(example(), to);
            byte[] bytes = CrosswalkJson.prefill(r);
            assertEquals(List.of(), Schemas.evidenceErrors(bytes), to);
            Assessment back = EvidenceJson.read(bytes, "prefill-" + to + ".json", REG::find);
            assertEquals(r.lowest().finalScore(), ScoringEngine.score(REG.require(to), back).finalScore(), to);
            JsonNode ev = Json.readTree(bytes).get("evidence");
            // every to-confirm item is present with notes quoting its source, and a blank (null) form
            r.confirmNotes().forEach((code, note) -> {
                assertEquals(note, ev.get(code).get("notes").asText());
                assertEquals(2, ev.get(code).size(), code + " must carry notes and a null form only");
                assertTrue(back.evidence().get(code) == null, code + " must read back as not assessed");
            });
        }
    }

    @Test
    void theReportValidatesAgainstItsSchemaAndHasNumbersOnly() throws Exception {
        Assessment a = example();
        List<CrosswalkResult> rs = List.of(cross(a, "hxjt"), cross(a, "gxdsl244"));
        byte[] json = CrosswalkJson.reportBytes("appliance-manufacturer.json", rs);
        assertEquals(List.of(), SchemaCheck.errors("/io/aftercert/crosswalk/schema/crosswalk-report.schema.json", json));
        JsonNode t = Json.readTree(json).get("targets").get(0);
        assertTrue(t.get("range").get("lowest").isNumber());
        // 14/3 (see above): a number, with the exact fraction beside it
        assertEquals(4.6666666667, t.get("range").get("lowest").doubleValue(), 1e-9);
        assertEquals("14/3", t.get("range").get("lowestExact").textValue());
        assertTrue(t.get("points").isNumber());
    }

    @Test
    void theQualityEvaluationAndTheManagementSpecificationShareThirteenMeasures() throws Exception {
        Path p = Path.of("../examples/gxdsl244/guangxi-ecommerce-retailer.json");
        Assessment a = EvidenceJson.read(Files.readAllBytes(p), p.toString(), REG::find);
        CrosswalkResult r = cross(a, "gxdsl259");
        // the 13 equal rows whose gxdsl244 items the retailer measured carry their values (same units);
        // the three subset-of rows (B2.4, C2.1, D1.3 narrower than 8.13, 9.5, 8.27) carry nothing this way
        List<String> carried = r.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).sorted().toList();
        assertEquals(List.of("7.10", "7.11", "7.15", "7.16", "7.17", "7.4", "7.8", "7.9", "8.2", "8.24", "8.4", "8.7", "9.4"), carried);
        assertEquals(new EvidenceValue.Measured(Ratio.parse("6.5")), r.prefill().evidence().get("7.8").value());
        // gxdsl259: 101 items of 1 derived point, threshold metrics. Met: 7.9 (18 ≤ 20 km), 7.10 (7 ≥ 6 days),
        // 7.11 (10 ≥ 8 h), 7.16 (20 ≤ 24 h), 7.17 (5 ≤ 7 days), 8.7 (100 ≥ 95 %) = 6 points.
        // Missed: 7.8 (6.5 > 5 km), 7.4 (32 < 40 h), 7.15 (93.5 < 95), 8.2 (81.2 < 85), 8.4 (88 < 95),
        // 8.24 (97.3 < 100), 9.4 (83.4 < 85) = 7 points lost for good: lowest 6/101 × 100, highest 94/101 × 100.
        assertEquals(Ratio.of(600, 101), r.lowest().finalScore());
        assertEquals(Ratio.of(9400, 101), r.highest().finalScore());
        // and back: the 13 equal measures plus the three where 259's stricter target contains 244's
        Path q = Path.of("../examples/gxdsl259/guangxi-ecommerce-retailer-conformance.json");
        CrosswalkResult back = cross(EvidenceJson.read(Files.readAllBytes(q), q.toString(), REG::find), "gxdsl244");
        List<String> back16 = back.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).sorted().toList();
        assertEquals(List.of("A1.2", "A1.3", "A1.4", "A1.5", "A3.4", "A5.1", "A5.2", "A5.3", "B1.2", "B2.2", "B2.3", "B2.4",
                "C1.1", "C2.1", "D1.2", "D1.3"), back16);
        assertEquals(Relation.SUPERSET_OF, back.items().stream().filter(i -> i.code().equals("B2.4")).findFirst().orElseThrow().relation());
    }
}
