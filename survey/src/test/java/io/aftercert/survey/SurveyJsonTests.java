package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The survey JSON and the questionnaire template against their shipped schemas (independent validator). */
class SurveyJsonTests {
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final ObjectMapper M = new ObjectMapper();

    static List<String> errors(String schemaResource, byte[] json) throws Exception {
        try (InputStream s = SurveyJsonTests.class.getResourceAsStream(schemaResource)) {
            JsonSchema schema = FACTORY.getSchema(s);
            return schema.validate(M.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }

    @Test
    void reportValidatesAndCarriesExactSiblings() throws Exception {
        byte[] json = SurveyJson.write(SurveyAccumulatorTests.small(100L));
        assertEquals(List.of(), errors(SurveyJson.SCHEMA_RESOURCE, json));
        JsonNode n = M.readTree(json);
        assertEquals(2, n.get("schemaVersion").asInt());
        // 250/3 does not terminate: a JSON number plus the exact "p/q"
        JsonNode fn = n.get("dimensions").get("functionality");
        assertTrue(fn.get("index").isNumber());
        assertEquals("83.3333333333", fn.get("index").decimalValue().toPlainString());
        assertEquals("250/3", fn.get("indexExact").asText());
        // 56.25 terminates: no sibling
        assertEquals("56.25", n.get("dimensions").get("safety").get("index").decimalValue().toPlainString());
        assertFalse(n.get("dimensions").get("safety").has("indexExact"));
        assertEquals("2525/36", n.get("overall").get("indexExact").asText());
        assertTrue(n.get("overall").get("ci95").get("low").isNumber());
        assertEquals(500, n.get("sample").get("required").asInt());
        assertFalse(n.get("sample").get("adequate").asBoolean());
        assertEquals(496, n.get("sample").get("shortfall").asInt());
        assertEquals(3, n.get("findingsByRule").get("range").asInt());
        assertEquals(0.05, n.get("sample").get("minimumShare").asDouble());
    }

    @Test
    void everyNumberIsAJsonNumber() throws Exception {
        JsonNode n = M.readTree(SurveyJson.write(SurveyAccumulatorTests.small(null)));
        List<String> textNumbers = new ArrayList<>();
        walk(n, "$", textNumbers);
        assertEquals(List.of(), textNumbers);
    }

    private static void walk(JsonNode n, String path, List<String> bad) {
        if (n.isObject()) {
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (e.getKey().endsWith("Exact") || e.getKey().equals("value") || e.getKey().equals("respondent") || e.getKey().equals("version")) continue; // p/q; raw answers as written; version labels
                walk(e.getValue(), path + "." + e.getKey(), bad);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) walk(n.get(i), path + "[" + i + "]", bad);
        } else if (n.isTextual() && n.asText().matches("-?[0-9]+(\\.[0-9]+)?(/[0-9]+)?")) {
            bad.add(path + " = \"" + n.asText() + "\"");
        }
    }

    @Test
    void aReportWithoutAnswersStillValidates() throws Exception {
        SurveyReport r = new SurveyAccumulator(Questionnaire.standard()).result("empty.csv", null);
        assertEquals(List.of(), errors(SurveyJson.SCHEMA_RESOURCE, SurveyJson.write(r)));
        assertTrue(M.readTree(SurveyJson.write(r)).get("overall").get("index").isNull());
    }

    @Test
    void theSchemaRejectsANumberWrittenAsText() throws Exception {
        ObjectMapper m = new ObjectMapper();
        var tree = SurveyJson.tree(SurveyAccumulatorTests.small(null));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("dimensions").get("safety")).put("index", "56.25");
        assertFalse(errors(SurveyJson.SCHEMA_RESOURCE, m.writeValueAsBytes(tree)).isEmpty());
    }

    @Test
    void templateJsonValidatesAndListsTheQuestions() throws Exception {
        byte[] json = TemplateWriter.write(Questionnaire.standard(), TemplateWriter.Format.JSON);
        assertEquals(List.of(), errors(SurveyJson.TEMPLATE_SCHEMA_RESOURCE, json));
        JsonNode n = M.readTree(json);
        assertEquals(30, n.get("questions").size());
        JsonNode q = n.get("questions").get(0);
        assertEquals("FN1", q.get("id").asText());
        assertEquals("functionality", q.get("dimension").asText());
        assertEquals("4.1.5.1", q.get("clause").asText());
        assertTrue(q.get("text").get("zh").asText().contains("维修"));
        assertTrue(n.get("mapping").get("derived").asBoolean());
    }
}
