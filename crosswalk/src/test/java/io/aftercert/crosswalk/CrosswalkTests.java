package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.registry.RubricRegistry;
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

    /** The example with gbt27922 5.2.2.3 (technical support for the product's life) rated "conforms" instead of band 4. */
    static Assessment exampleSupportConforms() throws Exception {
        Assessment a = example();
        var ev = new java.util.LinkedHashMap<>(a.evidence());
        ev.put("5.2.2.3", Evidence.conforms(true).withNotes("全生命周期技术支持"));
        return new Assessment(a.rubricId(), a.rubricVersion(), a.organization(), a.assessedOn(), a.assessor(),
                a.qualifyingGradeHeldMonths(), ev, a.findings());
    }

    @Test
    void applianceManufacturerToHxjtCarriesNothingBelowFullCredit() throws Exception {
        CrosswalkResult r = cross(example(), "hxjt");
        // gbt27922 → hxjt rows that could carry (superset-of): 5.2.2.3 ⊇ 5.5.1 and 5.2.4.5 ⊇ 5.4.1. Both sources
        // are {"band": 4} (credit 0.7) in the example: the stricter side not fully met says nothing of the looser
        // side, so both arrive "to confirm" with the band quoted, and no row carries anything.
        assertEquals(Ratio.ZERO, r.coverage().get(CrosswalkResult.State.CARRIED)[0]);
        CrosswalkResult.Item support = r.items().stream().filter(i -> i.code().equals("5.5.1")).findFirst().orElseThrow();
        assertEquals(CrosswalkResult.State.TO_CONFIRM, support.state());
        assertEquals(Relation.SUPERSET_OF, support.relation());
        assertEquals("待确认——GB/T 27922 5.2.2.3（涵盖本条）的证据：第 4 档，得分率 70%，原说明：延保客户年度保养执行率88%。", support.note());
        assertEquals(Ratio.ZERO, r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
        // 5.2.2.1 intersects-with 5.1.1 (5.1.1 does not ask timeliness): to confirm, the source quoted
        assertEquals(CrosswalkResult.State.TO_CONFIRM, r.items().stream().filter(i -> i.code().equals("5.1.1")).findFirst().orElseThrow().state());
        assertTrue(r.confirmNotes().get("5.1.1").contains("5.2.2.1"), r.confirmNotes().get("5.1.1"));
    }

    @Test
    void aConformsOnTheStricterSideCarriesAsConforms() throws Exception {
        CrosswalkResult r = cross(exampleSupportConforms(), "hxjt");
        List<String> carried = r.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).toList();
        assertEquals(List.of("5.5.1"), carried);
        assertEquals(new EvidenceValue.Conforms(true), r.prefill().evidence().get("5.5.1").value());
        assertEquals("沿用自 GB/T 27922 5.2.2.3（涵盖本条）：符合，得分率 100%；原说明：全生命周期技术支持",
                r.prefill().evidence().get("5.5.1").notes());
        // hxjt 5.5.1 is worth 10/3 (category 40 over 24 force units: 12 应 = 2, 5.1.2 可 = 0 → 40×2/24):
        // lowest = 10/3 × 1 = 10/3 ≈ 3.33; highest = 100, nothing carried below full credit
        assertEquals(Ratio.of(10, 3), r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
        assertEquals("none", r.lowest().grade().id());
        assertEquals("five-star", r.highest().grade().id());
    }

    @Test
    void applianceManufacturerToGxdsl244CarriesNothingAndSpansTheWholeRange() throws Exception {
        CrosswalkResult r = cross(example(), "gxdsl244");
        var cov = r.coverage();
        // 23 distinct gxdsl244 items are mapped from assessed gbt27922 items; B1.1, B1.3 and C2.1 only
        // through informed-by rows; no row carries a verdict; 67 − 23 = 44 uncovered.
        assertEquals(Ratio.ZERO, cov.get(CrosswalkResult.State.CARRIED)[0]);
        assertEquals(Ratio.of(20), cov.get(CrosswalkResult.State.TO_CONFIRM)[0]);
        assertEquals(Ratio.of(3), cov.get(CrosswalkResult.State.INFORMED)[0]);
        assertEquals(Ratio.of(44), cov.get(CrosswalkResult.State.UNCOVERED)[0]);
        assertEquals(Ratio.ZERO, r.lowest().finalScore());
        assertEquals(Ratio.HUNDRED, r.highest().finalScore());
        assertNull(r.lowest().grade(), "gxdsl244 is a quality index without grades");
        assertEquals(67, r.toAssess().size());
        // ranked by points: the first item carries the most points of any
        Ratio top = r.toAssess().get(0).points();
        assertTrue(r.target().leaves().stream().allMatch(l -> l.points().compareTo(top) <= 0));
    }

    @Test
    void hxjtEvidenceCarriesNothingToTheStricterGbt27922() throws Exception {
        Path p = Path.of("../examples/hxjt/machine-tool-maker.json");
        Assessment a = EvidenceJson.read(Files.readAllBytes(p), p.toString(), REG::find);
        CrosswalkResult r = cross(a, "gbt27922");
        // read from hxjt's side the table has no equal row and its containment rows are subset-of
        // (5.5.1 ⊆ 5.2.2.3, 5.4.1 ⊆ 5.2.4.5): the looser side's verdict never carries to the stricter one
        assertEquals(Ratio.ZERO, r.coverage().get(CrosswalkResult.State.CARRIED)[0]);
        CrosswalkResult.Item i = r.items().stream().filter(x -> x.code().equals("5.2.2.3")).findFirst().orElseThrow();
        boolean assessed = a.evidence().containsKey("5.5.1") && !(a.evidence().get("5.5.1").value() instanceof EvidenceValue.NotApplicable);
        assertEquals(assessed ? CrosswalkResult.State.TO_CONFIRM : CrosswalkResult.State.UNCOVERED, i.state());
        if (assessed) assertTrue(i.note().startsWith("待确认——GB/T 16784—2025 5.5.1（窄于本条）的证据："), i.note());
    }

    @Test
    void theReportValidatesAgainstItsSchemaAndHasNumbersOnly() throws Exception {
        Assessment a = exampleSupportConforms();
        List<CrosswalkResult> rs = List.of(cross(a, "hxjt"), cross(a, "gxdsl244"));
        byte[] json = CrosswalkJson.reportBytes("appliance-manufacturer.json", rs);
        assertEquals(List.of(), SchemaCheck.errors("/io/aftercert/crosswalk/schema/crosswalk-report.schema.json", json));
        JsonNode t = Json.readTree(json).get("targets").get(0);
        assertTrue(t.get("range").get("lowest").isNumber());
        // 10/3 (see above): a number, with the exact fraction beside it
        assertEquals(3.3333333333, t.get("range").get("lowest").doubleValue(), 1e-9);
        assertEquals("10/3", t.get("range").get("lowestExact").textValue());
        // the estimate beside the bounds, as the page shows it: a number (its exact fraction beside it when it does not terminate), within the bounds
        JsonNode range = t.get("range");
        assertTrue(range.get("estimate").isNumber());
        io.aftercert.core.Ratio estimate = range.has("estimateExact") ? io.aftercert.core.Ratio.parse(range.get("estimateExact").textValue())
                : io.aftercert.core.Ratio.parse(range.get("estimate").asText());
        assertEquals(0, rs.get(0).estimate().finalScore().compareTo(estimate));
        assertTrue(estimate.compareTo(rs.get(0).lowest().finalScore()) >= 0 && estimate.compareTo(rs.get(0).highest().finalScore()) <= 0);
        assertTrue(t.get("points").isNumber());
    }

    @Test
    void theQualityEvaluationAndTheManagementSpecificationShareThirteenMeasures() throws Exception {
        Path p = Path.of("../examples/gxdsl244/guangxi-ecommerce-retailer.json");
        Assessment a = EvidenceJson.read(Files.readAllBytes(p), p.toString(), REG::find);
        CrosswalkResult r = cross(a, "gxdsl259");
        // the 13 equal rows whose gxdsl244 items the retailer measured carry their values (same units and targets),
        // B2.2 = 8.4 and B2.4 = 8.13 among them now that both rubrics read those limits as 95 % of requests;
        // the four subset-of rows (B1.3, B2.3, C2.1, D1.3 looser than 8.4, 8.7, 9.5, 8.27) carry nothing this way
        List<String> carried = r.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).sorted().toList();
        assertEquals(List.of("7.10", "7.11", "7.15", "7.16", "7.17", "7.4", "7.8", "7.9", "8.13", "8.2", "8.24", "8.4", "9.4"), carried);
        assertEquals(new EvidenceValue.Measured(Ratio.parse("6.5")), r.prefill().evidence().get("7.8").value());
        assertEquals(new EvidenceValue.Measured(Ratio.parse("88")), r.prefill().evidence().get("8.4").value());
        // 244 B2.3 (100 % within 15 minutes) is narrower than 8.7 (also arranging the handling): to confirm
        assertEquals(CrosswalkResult.State.TO_CONFIRM, r.items().stream().filter(i -> i.code().equals("8.7")).findFirst().orElseThrow().state());
        // gxdsl259: 101 items of 1 derived point, threshold metrics. Met: 7.9 (18 ≤ 20 km), 7.10 (7 ≥ 6 days),
        // 7.11 (10 ≥ 8 h), 7.16 (20 ≤ 24 h), 7.17 (5 ≤ 7 days) = 5 points.
        // Missed: 7.8 (6.5 > 5 km), 7.4 (32 < 40 h), 7.15 (93.5 < 95), 8.2 (81.2 < 85), 8.4 (88 < 95),
        // 8.13 (91.5 < 95), 8.24 (97.3 < 100), 9.4 (83.4 < 85) = 8 points lost for good.
        // lowest 5/101 × 100 = 500/101 ≈ 4.95; highest (101 − 8)/101 × 100 = 9300/101 ≈ 92.08
        assertEquals(Ratio.of(500, 101), r.lowest().finalScore());
        assertEquals(Ratio.of(9300, 101), r.highest().finalScore());
        // and back: the 13 equal measures, plus B2.3 because 259 8.7 (stricter) is fully met (100 % ≥ 95 %);
        // 8.4 (88 %), 9.5 (86.7), 8.27 (88 %) are short of their targets: B1.3, C2.1, D1.3 to confirm
        Path q = Path.of("../examples/gxdsl259/guangxi-ecommerce-retailer-conformance.json");
        CrosswalkResult back = cross(EvidenceJson.read(Files.readAllBytes(q), q.toString(), REG::find), "gxdsl244");
        List<String> back14 = back.items().stream().filter(i -> i.state() == CrosswalkResult.State.CARRIED)
                .map(CrosswalkResult.Item::code).sorted().toList();
        assertEquals(List.of("A1.2", "A1.3", "A1.4", "A1.5", "A3.4", "A5.1", "A5.2", "A5.3", "B1.2", "B2.2", "B2.3", "B2.4", "C1.1", "D1.2"), back14);
        CrosswalkResult.Item arrival = back.items().stream().filter(i -> i.code().equals("B2.4")).findFirst().orElseThrow();
        assertEquals(Relation.EQUAL, arrival.relation());
        // 91.5 % misses 8.13's threshold (credit 0); on B2.4's linear curve it would earn (91.5 − 65)/30 ≈ 0.88, more than
        // the verdict carried, so the credit itself (0) carries, not the value
        assertEquals(new EvidenceValue.Credit(Ratio.ZERO), back.prefill().evidence().get("B2.4").value());
        CrosswalkResult.Item online30 = back.items().stream().filter(i -> i.code().equals("B1.3")).findFirst().orElseThrow();
        assertEquals(Relation.SUPERSET_OF, online30.relation());
        assertEquals(CrosswalkResult.State.TO_CONFIRM, online30.state());
        assertEquals(new EvidenceValue.Measured(Ratio.of(100)), back.prefill().evidence().get("B2.3").value());
    }

    @Test
    void theTwoCasesOfTheReviewNoLongerClaimConformity() throws Exception {
        // a gxdsl244 "conforms" on B1.3 noted 92 % within 30 minutes says nothing of 259 8.4's 5 minutes
        Assessment online = new Assessment("gxdsl244", null, new io.aftercert.core.evidence.Organization("测试公司", null), null, null, null,
                java.util.Map.of("B1.3", Evidence.conforms(true).withNotes("30分钟内响应率92%")), List.of());
        CrosswalkResult to259 = cross(online, "gxdsl259");
        CrosswalkResult.Item i = to259.items().stream().filter(x -> x.code().equals("8.4")).findFirst().orElseThrow();
        assertEquals(CrosswalkResult.State.TO_CONFIRM, i.state());
        assertEquals("待确认——T/GXDSL 244—2025 B1.3（窄于本条）的证据：符合，得分率 100%，原说明：30分钟内响应率92%", i.note());
        assertTrue(to259.prefill().evidence().isEmpty());
        // B2.2 and 8.4 now read the same 5-minute limit the same way (95 % of requests): a "conforms" at 96 % carries
        Assessment online5 = new Assessment("gxdsl244", null, new io.aftercert.core.evidence.Organization("测试公司", null), null, null, null,
                java.util.Map.of("B2.2", Evidence.conforms(true).withNotes("5分钟内响应率96%")), List.of());
        CrosswalkResult same = cross(online5, "gxdsl259");
        assertEquals(new EvidenceValue.Conforms(true), same.prefill().evidence().get("8.4").value());
        assertEquals("沿用自 T/GXDSL 244—2025 B2.2（与本条相同）：符合，得分率 100%；原说明：5分钟内响应率96%", same.prefill().evidence().get("8.4").notes());
        // a gxdsl259 "conforms" on 6.8 noted "one after-sales post, no department" is not gbt27922 5.1.1.1's department
        Assessment post = new Assessment("gxdsl259", null, new io.aftercert.core.evidence.Organization("测试公司", null), null, null, null,
                java.util.Map.of("6.8", Evidence.conforms(true).withNotes("设一个售后服务岗位，未设部门")), List.of());
        CrosswalkResult to27922 = cross(post, "gbt27922");
        CrosswalkResult.Item d = to27922.items().stream().filter(x -> x.code().equals("5.1.1.1")).findFirst().orElseThrow();
        assertEquals(CrosswalkResult.State.TO_CONFIRM, d.state());
        assertEquals(Relation.SUBSET_OF, d.relation());
        assertTrue(d.note().endsWith("原说明：设一个售后服务岗位，未设部门"), d.note());
        // the other way a department that conforms under gbt27922 does satisfy 259's department-or-post
        Assessment dept = new Assessment("gbt27922", null, new io.aftercert.core.evidence.Organization("测试公司", null), null, null, null,
                java.util.Map.of("5.1.1.1", Evidence.conforms(true)), List.of());
        CrosswalkResult toDept = cross(dept, "gxdsl259");
        assertEquals(new EvidenceValue.Conforms(true), toDept.prefill().evidence().get("6.8").value());
        // the carried item says why, from the row's justification, in the report and on the page
        CrosswalkResult.Item carried = toDept.items().stream().filter(x -> x.code().equals("6.8")).findFirst().orElseThrow();
        assertTrue(carried.why().zh().startsWith("27922 要求专门的部门并有合理的职能划分和岗位设置，259 接受部门或岗位"), carried.why().zh());
        JsonNode item = Json.readTree(CrosswalkJson.reportBytes("x.json", List.of(toDept))).get("targets").get(0).get("carried").get(0);
        assertEquals(carried.why().en(), item.get("why").get("en").asText());
        String page = new String(CrosswalkHtml.render("x.json", List.of(toDept), "zh"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(page.contains("依据：27922 要求专门的部门"), "the page shows why");
    }
}
