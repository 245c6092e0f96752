package io.aftercert.core.json;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The blank evidence file: its shape per indicator kind, its guidance text (read as sentences: a requirement
 * quoted as printed keeps its own full stop), and that it reads back once filled in.
 */
class TemplateJsonTests {
    private static final Rubric MINI = TestRubrics.mini();

    /** "plain", 6 points, no bands: P.1 qualitative 2 with guidance, P.2 metric 4 (≤ 2 h, value alone earns at most 1/2). */
    static Rubric plain() {
        MetricSpec spec = new MetricSpec("h", Direction.AT_MOST, Ratio.of(2), CreditCurve.THRESHOLD, null, null, Ratio.of(1, 2), true, null);
        Indicator p1 = new Indicator("P.1", Text.of("制度", "rules"), null, IndicatorKind.QUALITATIVE, Ratio.of(2), null, null, null,
                List.of(), new io.aftercert.core.model.Provenance("GB/T 27922", "5.1", true, "派生分值", null),
                List.of(new Guidance("GB/T 27922", "5.1", "有文件")), null);
        Indicator p2 = new Indicator("P.2", Text.of("时长", "time"), null, IndicatorKind.METRIC, Ratio.of(4), null, null, spec,
                null, null, null, null);
        return Rubric.builder().id("plain").version("2").title(Text.of("无档", "Plain")).mode(ScoringMode.POINTS).total(Ratio.of(6))
                .indicators(List.of(p1, p2)).build();
    }

    private static JsonSchema evidenceSchema() throws Exception {
        try (InputStream s = EvidenceJson.class.getResourceAsStream(EvidenceJson.SCHEMA_RESOURCE)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        }
    }

    private static List<String> fieldNames(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void eachLeafAsksForWhatItsKindNeeds() {
        ObjectNode t = TemplateJson.template(MINI);
        assertEquals(EvidenceJson.SCHEMA_VERSION, t.get("schemaVersion").intValue());
        assertEquals("mini", t.get("rubric").textValue());
        assertEquals("1", t.get("rubricVersion").textValue());
        assertEquals("", t.get("organization").get("name").textValue());
        assertEquals("manufacturer", t.get("organization").get("kind").textValue());
        assertTrue(t.get("assessedOn").isNull() && t.get("assessor").isNull());
        assertTrue(t.get("findings").isArray() && t.get("findings").isEmpty());
        JsonNode ev = t.get("evidence");
        assertEquals(List.of("A.1", "A.2", "A.3", "B.1"), fieldNames(ev), "every leaf, in rubric order, no groups");
        // mini has bands: a qualitative item is rated by band
        assertEquals(List.of("band", "notes", "guidance"), fieldNames(ev.get("A.1")));
        assertTrue(ev.get("A.1").get("band").isNull());
        assertEquals(List.of("sample", "notes", "guidance"), fieldNames(ev.get("A.2")));
        assertEquals(List.of("conforming", "sampled"), fieldNames(ev.get("A.2").get("sample")));
        // a metric: the measured value, or beside it the verdict (band, since mini has bands)
        assertEquals(List.of("value", "band", "notes", "guidance"), fieldNames(ev.get("A.3")));
        // the rating guide: the five bands with range and midpoint (band 4 = 60–80 % → 0.7)
        JsonNode guide = t.get("ratingGuide");
        assertEquals(5, guide.size());
        assertEquals(4, guide.get(3).get("band").intValue());
        assertEquals("60%–80%", guide.get(3).get("range").textValue());
        assertEquals(0, new java.math.BigDecimal("0.7").compareTo(guide.get(3).get("midpoint").decimalValue()));
        assertEquals("良好", guide.get(3).get("descriptors").get(0).textValue());

        ObjectNode p = TemplateJson.template(plain());
        assertFalse(p.has("ratingGuide"), "no bands, no guide");
        assertEquals(List.of("conforms", "notes", "guidance"), fieldNames(p.get("evidence").get("P.1")));
        assertEquals(List.of("value", "conforms", "notes", "guidance"), fieldNames(p.get("evidence").get("P.2")));
    }

    @Test
    void theGuidanceSaysWhatToWriteInTheRubricsTerms() {
        JsonNode ev = TemplateJson.template(MINI).get("evidence");
        String bands = "1 = 0%–20%; 2 = 20%–40%; 3 = 40%–60%; 4 = 60%–80%; 5 = 80%–100%";
        assertEquals("条款A.1 / item A.1 — max 2. 要求 A.1. Rate with \"band\" 1–5 (" + bands + "), or \"conforms\": true/false."
                + " Or \"notApplicable\": \"why\".", ev.get("A.1").get("guidance").textValue());
        assertEquals("条款A.2 / item A.2 — max 1.5. 要求 A.2. Checked on samples: give {\"sample\": {\"conforming\": n, \"sampled\": m}}."
                + " Or \"notApplicable\": \"why\".", ev.get("A.2").get("guidance").textValue());
        assertEquals("指标A.3 / kpi A.3 — max 2.5. Target ≥ 90 %; give either the measured \"value\" in % or the assessor's verdict"
                + " (\"band\" 1–5, \"conforms\", \"credit\" or \"sample\"), not both. Or \"notApplicable\": \"why\".",
                ev.get("A.3").get("guidance").textValue());
        JsonNode pe = TemplateJson.template(plain()).get("evidence");
        assertEquals("制度 / rules — max 2. [GB/T 27922 5.1] 有文件. Or \"notApplicable\": \"why\".", pe.get("P.1").get("guidance").textValue());
        assertEquals("时长 / time — max 4. Target ≤ 2 h; give either the measured \"value\" in h or the assessor's verdict"
                + " (\"conforms\", \"credit\" or \"sample\"), not both; a value alone earns at most 0.5 of the item: its qualitative part"
                + " needs the verdict. Or \"notApplicable\": \"why\".", pe.get("P.2").get("guidance").textValue());
    }

    @Test
    void theTemplateValidatesAndReadsBackOnceFilledIn() throws Exception {
        JsonSchema schema = evidenceSchema();
        for (Rubric r : List.of(MINI, plain(), TestRubrics.weighted())) {
            assertEquals(java.util.Set.of(), schema.validate(TemplateJson.template(r)), r.id());
        }
        // blank: the organisation's name is the one thing the reader insists on; with it, every leaf is not assessed yet
        byte[] blank = TemplateJson.write(MINI);
        ObjectNode named = (ObjectNode) SharedMapper.get().readTree(blank);
        ((ObjectNode) named.get("organization")).put("name", "华澜");
        Assessment none = EvidenceJson.read(SharedMapper.get().writeValueAsBytes(named), "template.json", id -> Optional.of(MINI));
        assertEquals(4, ScoringEngine.score(MINI, none).notAssessed().size());

        // filled in: A.1 band 5 (midpoint 0.9 × 2 = 1.8), A.2 9 of 10 (1.5 × 9/10 = 1.35), A.3 value 90 % (at target: 2.5),
        // B.1 band 4 (0.7 × 4 = 2.8) → 8.45 of 10 → score 84.5
        ObjectNode t = (ObjectNode) SharedMapper.get().readTree(blank);
        ObjectNode ev = (ObjectNode) t.get("evidence");
        ((ObjectNode) t.get("organization")).put("name", "华澜");
        ((ObjectNode) ev.get("A.1")).put("band", 5);
        ((ObjectNode) ev.get("A.2").get("sample")).put("conforming", 9).put("sampled", 10);
        ((ObjectNode) ev.get("A.3")).put("value", 90);
        ((ObjectNode) ev.get("B.1")).put("band", 4);
        assertEquals(java.util.Set.of(), schema.validate(t));
        Assessment a = EvidenceJson.read(SharedMapper.get().writeValueAsBytes(t), "filled.json", id -> Optional.of(MINI));
        assertEquals("华澜", a.organization().name());
        AssessmentResult r = ScoringEngine.score(MINI, a);
        assertEquals(Ratio.parse("84.5"), r.score());
        assertEquals(0, r.notAssessed().size());
    }

    // ---- punctuation of the guidance (from main) ----

    private static Rubric punctuated() {
        String leaf = "{\"code\":\"1.%d\",\"title\":{\"zh\":\"项%d\",\"en\":\"Item %d\"},\"requirement\":\"%s\",\"kind\":\"%s\",\"points\":5%s}";
        String json = "{\"id\":\"t\",\"version\":\"1\",\"title\":{\"zh\":\"测\"},\"scoring\":{\"mode\":\"points\",\"total\":15},"
                + "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"points\":15,\"children\":["
                + String.format(leaf, 1, 1, 1, "企业应建立投诉处理流程。", "qualitative", "") + ","
                + String.format(leaf, 2, 2, 2, "投诉处理满意率应不低于 90%", "metric",
                        ",\"metric\":{\"unit\":\"%\",\"direction\":\"at-least\",\"target\":90,\"curve\":\"threshold\"}") + ","
                + String.format(leaf, 3, 3, 3, "回访比例建议不低于当月服务总量的 20%；", "metric",
                        ",\"metric\":{\"unit\":\"%\",\"direction\":\"at-least\",\"target\":20,\"curve\":\"threshold\"}") + "]}]}";
        return RubricJson.read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static String guidance(String code) {
        ObjectNode t = TemplateJson.template(punctuated());
        return t.get("evidence").get(code).get("guidance").asText();
    }

    @Test
    void aRequirementEndingInAChineseFullStopIsNotFollowedByAnotherStop() {
        String g = guidance("1.1");
        assertFalse(g.contains("。."), g);
        assertEquals("项1 / Item 1 — max 5. 企业应建立投诉处理流程。 Or \"notApplicable\": \"why\".", g);
    }

    @Test
    void aRequirementWithoutClosingPunctuationGetsAFullStopBeforeTheTarget() {
        String g = guidance("1.2");
        assertTrue(g.contains("不低于 90%. Target ≥ 90 %;"), g);
        String semicolon = guidance("1.3");
        assertTrue(semicolon.contains("20%； Target ≥ 20 %"), semicolon);
        assertFalse(semicolon.contains("；."), semicolon);
    }

    @Test
    void noGuidanceOfAnyShippedShapeDoublesItsPunctuation() {
        for (String code : new String[] {"1.1", "1.2", "1.3"}) {
            String g = guidance(code);
            for (String doubled : new String[] {"。.", "；.", "..", "!.", "?."}) {
                assertFalse(g.contains(doubled), code + ": " + g);
            }
        }
    }
}
