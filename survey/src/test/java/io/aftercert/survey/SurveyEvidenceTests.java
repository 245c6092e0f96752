package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filling evidence files from the survey: the indicators it measures change, nothing else does. */
class SurveyEvidenceTests {
    private static final ObjectMapper M = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "examples");

    private static byte[] fill(byte[] existing, String rubric, List<String> filled) throws Exception {
        Rubric r = RubricRegistry.getDefault().require(rubric);
        return SurveyEvidence.fill(existing, "ev.json", r, SurveyAccumulatorTests.small(20_000L), Questionnaire.standard(), filled);
    }

    @Test
    void gxdsl244SatisfactionIndicatorsAreFilledAndEverythingElseStays() throws Exception {
        byte[] before = Files.readAllBytes(EXAMPLES.resolve("gxdsl244/guangxi-ecommerce-retailer.json"));
        List<String> filled = new ArrayList<>();
        JsonNode after = M.readTree(fill(before, "gxdsl244", filled));
        JsonNode orig = M.readTree(before);
        assertEquals(List.of("C2.1", "C2.2", "C2.3", "C2.4"), filled);

        // C2.1: the overall index 2525/36 = 70.138888888888… → 12 decimals, exact value in the notes
        JsonNode c21 = after.get("evidence").get("C2.1");
        assertEquals("70.138888888889", c21.get("value").decimalValue().toPlainString());
        assertTrue(c21.get("notes").asText().startsWith("2026Q3满意度调查（5级李克特量表，n=1,642）换算百分制。\n" + SurveyEvidence.MARK), c21.get("notes").asText());
        assertTrue(c21.get("notes").asText().contains("2525/36"));
        assertEquals(orig.get("evidence").get("C2.1").get("attachments"), c21.get("attachments"));
        // C2.3 (service staff) = questions CV1–CV4 = the civility dimension: 68.75 → credit 0.6875
        assertEquals("0.6875", after.get("evidence").get("C2.3").get("credit").decimalValue().toPlainString());
        assertFalse(after.get("evidence").get("C2.3").has("band")); // the earlier verdict form is replaced
        // C2.4 (problem resolution) = FN1, FN2: A 5,5; B 3,3; C 5,5; D range → (100+100+50+50+100+100)/6 = 250/3 → credit 5/6, truncated
        assertEquals("0.833333333333", after.get("evidence").get("C2.4").get("credit").decimalValue().toPlainString());
        // C2.2 (touch points) = TM1, TM2, TM4, CF1, CF2: A 75,75,75,100,100; B 100,100,100,75,75; C 100×5; D 50,50,50,50,50
        //   sum = 425 + 450 + 500 + 250 = 1625 over 20 answers = 81.25 → 0.8125
        assertEquals("0.8125", after.get("evidence").get("C2.2").get("credit").decimalValue().toPlainString());

        // everything else is byte-for-byte the same JSON
        ObjectNode a = (ObjectNode) after.deepCopy();
        ObjectNode o = (ObjectNode) orig.deepCopy();
        for (String code : filled) {
            ((ObjectNode) a.get("evidence")).remove(code);
            ((ObjectNode) o.get("evidence")).remove(code);
        }
        assertEquals(o, a);
    }

    @Test
    void fillingTwiceReplacesTheSurveyParagraphInsteadOfStackingIt() throws Exception {
        byte[] before = Files.readAllBytes(EXAMPLES.resolve("gxdsl244/guangxi-ecommerce-retailer.json"));
        byte[] once = fill(before, "gxdsl244", new ArrayList<>());
        byte[] twice = fill(once, "gxdsl244", new ArrayList<>());
        assertEquals(M.readTree(once), M.readTree(twice));
        String notes = M.readTree(twice).get("evidence").get("C2.1").get("notes").asText();
        assertEquals(1, notes.split(SurveyEvidence.MARK, -1).length - 1);
    }

    @Test
    void gbt27922GetsTheFactsAsNotesOf5314AndKeepsItsVerdict() throws Exception {
        byte[] before = Files.readAllBytes(EXAMPLES.resolve("gbt27922/appliance-manufacturer.json"));
        List<String> filled = new ArrayList<>();
        JsonNode after = M.readTree(fill(before, "gbt27922", filled));
        assertEquals(List.of("5.3.1.4"), filled);
        JsonNode e = after.get("evidence").get("5.3.1.4");
        assertEquals(4, e.get("band").asInt()); // the assessor's verdict is not touched
        String notes = e.get("notes").asText();
        assertTrue(notes.startsWith("每季度第三方满意度调查，样本1,200份；2026Q3售后满意度86.2分。\n" + SurveyEvidence.MARK), notes);
        assertTrue(notes.contains("2026-07-01 至 2026-09-30"), notes);
        assertTrue(notes.contains("有效样本 4 份"), notes);
        assertTrue(notes.contains("样本量不足，尚差 996 份"), notes); // 5 % of 20000 = 1000
        assertTrue(notes.contains("综合感知指数 70.13 分"), notes);
        ObjectNode a = (ObjectNode) after.deepCopy();
        ObjectNode o = (ObjectNode) M.readTree(before).deepCopy();
        ((ObjectNode) a.get("evidence").get("5.3.1.4")).remove("notes");
        ((ObjectNode) o.get("evidence").get("5.3.1.4")).remove("notes");
        assertEquals(o, a);
    }

    @Test
    void gbt27922WithoutAVerdictStaysNotAssessed() throws Exception {
        JsonNode after = M.readTree(fill(null, "gbt27922", new ArrayList<>()));
        JsonNode e = after.get("evidence").get("5.3.1.4");
        assertTrue(e.get("conforms").isNull()); // the template placeholder: not assessed
        List<String> forms = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = e.fields(); it.hasNext(); ) {
            var f = it.next();
            if (!f.getValue().isNull() && !f.getKey().equals("notes")) forms.add(f.getKey());
        }
        assertEquals(List.of(), forms);
    }

    @Test
    void anEvidenceFileForAnotherRubricIsRefused() throws Exception {
        byte[] gbt = Files.readAllBytes(EXAMPLES.resolve("gbt27922/appliance-manufacturer.json"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> fill(gbt, "gxdsl244", new ArrayList<>()));
        assertTrue(e.getMessage().contains("ev.json") && e.getMessage().contains("$.rubric"), e.getMessage());
        InvalidInputException h = assertThrows(InvalidInputException.class, () -> fill(null, "hxjt", new ArrayList<>()));
        assertTrue(h.getMessage().contains("gxdsl244 and gbt27922"), h.getMessage());
    }
}
