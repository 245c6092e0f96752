package io.aftercert.core.internal.json;

import io.aftercert.core.internal.json.SharedMapper;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.json.EvidenceJson;

import io.aftercert.core.internal.json.JsonNumbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonNumbersTests {

    record Holder(Ratio score, @JsonInclude(JsonInclude.Include.NON_NULL) Ratio optional) {
    }

    @Test
    void anInexactValueIsANumberWithAnExactSibling() throws Exception {
        // 7655/98 = 78.112244897959…; ten places half-even: 78.1122448980
        JsonNode n = SharedMapper.get().readTree(SharedMapper.get().writeValueAsBytes(new Holder(Ratio.of(7655, 98), null)));
        assertTrue(n.get("score").isNumber(), n.toString());
        assertEquals(0, new BigDecimal("78.1122448980").compareTo(n.get("score").decimalValue()), n.toString());
        assertEquals("7655/98", n.get("scoreExact").textValue());
        assertFalse(n.has("optional"), "a null NON_NULL property stays absent, and so does its Exact");
        assertFalse(n.has("optionalExact"));
    }

    @Test
    void aTerminatingValueIsItsExactDecimalAlone() throws Exception {
        JsonNode n = SharedMapper.get().readTree(SharedMapper.get().writeValueAsBytes(new Holder(Ratio.parse("12.375"), Ratio.of(-1, 4))));
        assertEquals(new BigDecimal("12.375"), n.get("score").decimalValue());
        assertFalse(n.has("scoreExact"));
        assertEquals(new BigDecimal("-0.25"), n.get("optional").decimalValue());
    }

    @Test
    void aTerminatingValueTooLongToReadBackGetsAnExactSiblingToo() {
        // 1/2^40 terminates after 40 decimals, longer than the 30 written as-is
        Ratio tiny = Ratio.of(java.math.BigInteger.ONE, java.math.BigInteger.TWO.pow(40));
        ObjectNode o = JsonNumbers.put(JsonNodeFactory.instance.objectNode(), "w", tiny);
        assertEquals("1/1099511627776", o.get("wExact").textValue());
        assertEquals(tiny, JsonNumbers.read(o, "w"));
    }

    @Test
    void handBuiltTreesUseTheSameRuleAndReadBackExactly() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        JsonNumbers.put(o, "points", Ratio.of(25, 9)); // 2.777… → 2.7777777778
        JsonNumbers.put(o, "half", Ratio.of(1, 2));
        JsonNumbers.put(o, "none", null);
        assertEquals(new BigDecimal("2.7777777778"), o.get("points").decimalValue());
        assertEquals("25/9", o.get("pointsExact").textValue());
        assertEquals(Ratio.of(25, 9), JsonNumbers.read(o, "points"));
        assertEquals(Ratio.of(1, 2), JsonNumbers.read(o, "half"));
        assertNull(JsonNumbers.read(o, "none"));
        assertNull(JsonNumbers.read(o, "missing"));
    }

    @Test
    void foldingReplacesEachPairByItsExactValueAtAnyDepth() throws Exception {
        JsonNode n = SharedMapper.get().readTree("{\"a\": {\"x\": 0.3333333333, \"xExact\": \"1/3\"}, \"b\": [{\"y\": 1, \"yExact\": \"1/1\"}],"
                + " \"notAPair\": \"text\", \"loneExact\": \"1/3\"}");
        JsonNumbers.foldExact(n);
        assertEquals("1/3", n.get("a").get("x").textValue());
        assertFalse(n.get("a").has("xExact"));
        assertEquals("1/1", n.get("b").get(0).get("y").textValue());
        assertEquals("1/3", n.get("loneExact").textValue(), "no base field: left alone");
    }

    @Test
    void aResultWithInexactNumbersRoundTripsExactlyAndHasNoNumericStrings() {
        // A.2 1 of 3 sampled: 1.5 × 1/3 = 0.5; A.1 credit 1/3 of 2 points… use a sample of 1 of 3 on A.1 too: 2/3
        Assessment a = Assessment.builder("mini", new Organization("x", null)).put("A.1", Evidence.sample(1, 3))
                .put("A.2", Evidence.sample(1, 3)).put("B.1", Evidence.band(4)).build();
        AssessmentResult r = ScoringEngine.score(TestRubrics.mini(), a);
        // earned 2/3 + 1/2 + 2.8 = 119/30 of 10 → score 119/3 = 39.666…
        assertEquals(Ratio.of(119, 3), r.score());
        byte[] json = ResultJson.write(r);
        String text = new String(json, StandardCharsets.UTF_8);
        assertTrue(text.contains("\"score\" : 39.6666666667"), text.substring(0, 600));
        assertTrue(text.contains("\"scoreExact\" : \"119/3\""));
        assertEquals(r, ResultJson.read(json, "r.json"));
        assertEquals(java.util.List.of(), numericStrings(SharedMapper.get().valueToTree(r), "$"), "only *Exact fields may hold p/q");
    }

    /** Paths of string values that look like numbers outside {@code *Exact} fields. */
    static java.util.List<String> numericStrings(JsonNode n, String path) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && e.getValue().textValue().matches("-?\\d+/\\d+")
                        && !e.getKey().endsWith("Exact")) out.add(path + "." + e.getKey());
                out.addAll(numericStrings(e.getValue(), path + "." + e.getKey()));
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                if (n.get(i).isTextual() && n.get(i).textValue().matches("-?\\d+/\\d+")) out.add(path + "[" + i + "]");
                out.addAll(numericStrings(n.get(i), path + "[" + i + "]"));
            }
        }
        return out;
    }
}
