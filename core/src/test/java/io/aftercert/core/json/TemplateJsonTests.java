package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.model.Rubric;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The blank evidence file's guidance reads as sentences: a requirement quoted as printed keeps its own full stop. */
class TemplateJsonTests {
    private static Rubric rubric() {
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
        ObjectNode t = TemplateJson.template(rubric());
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
