package io.aftercert.core.json;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.model.Rubric;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rubric tree ({@code rubric ID --json}): every node, number and flag of the small test rubrics, against the schema. */
class RubricTreeJsonTests {
    private static void number(String expected, JsonNode n, String what) {
        assertTrue(n != null && n.isNumber(), what + " is a JSON number: " + n);
        assertEquals(0, new BigDecimal(expected).compareTo(n.decimalValue()), what);
    }

    @Test
    void theMiniRubricsTreeHasEveryNodeWithItsPoints() throws Exception {
        JsonNode t = SharedMapper.get().readTree(RubricTreeJson.write(TestRubrics.mini()));
        assertEquals(RubricTreeJson.SCHEMA_VERSION, t.get("schemaVersion").intValue());
        assertEquals("mini", t.get("id").textValue());
        assertEquals("迷你", t.get("title").get("zh").textValue());
        assertEquals("Mini", t.get("title").get("en").textValue());
        assertEquals("points", t.get("mode").textValue());
        number("10", t.get("points"), "total");
        assertEquals(4, t.get("leafCount").intValue()); // A.1 A.2 A.3 B.1
        assertFalse(t.has("issuer"));
        // grades 70 / 80 / 90 / 95, qualifying for a year
        JsonNode grades = t.get("gradeScale").get("grades");
        assertEquals(List.of("qualified", "three-star", "four-star", "five-star"),
                List.of(grades.get(0).get("id").textValue(), grades.get(1).get("id").textValue(), grades.get(2).get("id").textValue(),
                        grades.get(3).get("id").textValue()));
        number("95", grades.get(3).get("min"), "five-star bound");
        assertFalse(grades.get(0).get("star").booleanValue());
        assertEquals(12, t.get("gradeScale").get("qualifyingMonths").intValue());
        // special rules: 1 point per deduction, at most 5; bonus 1 point, at most 1
        number("1", t.get("special").get("deductionPoints"), "deduction points");
        assertEquals(5, t.get("special").get("maxDeductions").intValue());
        assertEquals(4, t.get("special").get("deductionCategories").size());
        assertEquals(1, t.get("special").get("maxBonuses").intValue());
        // bands: band 2 is 20–40 %, midpoint 0.3
        assertEquals(5, t.get("bands").size());
        number("0.3", t.get("bands").get(1).get("midpoint"), "band 2 midpoint");
        // children: A (6) with A.1 2, A.2 1.5, A.3 2.5; B (4) with B.1 4
        JsonNode a = t.get("children").get(0);
        assertEquals("A", a.get("code").textValue());
        number("6", a.get("points"), "A");
        assertFalse(a.has("kind"), "a group has no kind");
        assertEquals(3, a.get("children").size());
        JsonNode a2 = a.get("children").get(1);
        number("1.5", a2.get("points"), "A.2");
        assertEquals("sampled", a2.get("kind").textValue());
        assertEquals("要求 A.2", a2.get("requirement").textValue());
        assertEquals(0, a2.get("children").size());
        JsonNode m = a.get("children").get(2).get("metric");
        assertEquals("%", m.get("unit").textValue());
        assertEquals("at-least", m.get("direction").textValue());
        assertEquals("linear", m.get("curve").textValue());
        number("90", m.get("target"), "A.3 target");
        number("60", m.get("floor"), "A.3 floor");
        assertFalse(m.get("derived").booleanValue());
        assertFalse(m.has("valueCreditCap"));
        number("4", t.get("children").get(1).get("children").get(0).get("points"), "B.1");
    }

    @Test
    void weightsGuidanceAndCapsAppearWhereTheRubricHasThem() throws Exception {
        JsonNode w = SharedMapper.get().readTree(RubricTreeJson.write(TestRubrics.weighted()));
        assertEquals("weighted", w.get("mode").textValue());
        JsonNode d1 = w.get("children").get(0);
        number("60", d1.get("weight"), "D1 weight");
        number("50", d1.get("recommendedWeight").get("min"), "D1 recommended min");
        number("55", d1.get("recommendedWeight").get("max"), "D1 recommended max");
        assertFalse(w.get("children").get(1).has("recommendedWeight"));
        assertFalse(w.has("gradeScale") || w.has("special"), "none in this rubric");

        JsonNode p = SharedMapper.get().readTree(RubricTreeJson.write(TemplateJsonTests.plain()));
        assertFalse(p.has("bands"), "no bands, no array");
        JsonNode p1 = p.get("children").get(0);
        assertEquals("GB/T 27922", p1.get("guidance").get(0).get("source").textValue());
        assertEquals("有文件", p1.get("guidance").get(0).get("text").textValue());
        JsonNode m = p.get("children").get(1).get("metric");
        number("0.5", m.get("valueCreditCap"), "cap");
        assertTrue(m.get("derived").booleanValue());
        assertFalse(m.has("floor"));
        assertTrue(p1.get("derived").booleanValue());
        assertEquals("派生分值", p1.get("provenance").get("note").textValue());
        assertEquals("5.1", p1.get("provenance").get("clause").textValue());
        assertFalse(p1.get("provenance").has("quote"));
        assertTrue(p.get("derivedValues").booleanValue(), "a derived item makes the rubric carry derived values");
        assertFalse(w.get("derivedValues").booleanValue());
    }

    @Test
    void everyTreeValidatesAgainstItsSchema() throws Exception {
        JsonSchema schema;
        try (InputStream s = RubricTreeJson.class.getResourceAsStream(RubricTreeJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        }
        for (Rubric r : List.of(TestRubrics.mini(), TestRubrics.weighted(), TemplateJsonTests.plain())) {
            assertEquals(java.util.Set.of(), schema.validate(SharedMapper.get().readTree(RubricTreeJson.write(r))), r.id());
        }
        // and the schema is not a blank cheque: a tree without its points is refused
        com.fasterxml.jackson.databind.node.ObjectNode broken = RubricTreeJson.tree(TestRubrics.mini());
        broken.remove("points");
        assertFalse(schema.validate(broken).isEmpty());
    }
}
