package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.model.Rubric;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every class of bad evidence input gets a clear problem naming file, JSON path and code. */
class EvidenceJsonTests {
    private static final Rubric MINI = TestRubrics.mini();

    private static Assessment read(String json) {
        return EvidenceJson.read(json.getBytes(StandardCharsets.UTF_8), "ev.json", id -> id.equals("mini") ? Optional.of(MINI) : Optional.empty());
    }

    private static List<Problem> problems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(json));
        e.problems().forEach(p -> assertEquals("ev.json", p.file(), "every problem names the file"));
        return e.problems();
    }

    private static String file(String evidence) {
        return "{\"rubric\":\"mini\",\"organization\":{\"name\":\"华澜\"},\"evidence\":{" + evidence + "}}";
    }

    @Test
    void aValidFileReadsEveryForm() {
        Assessment a = read(file("\"A.1\":{\"conforms\":true,\"notes\":\"ok\",\"attachments\":[\"a.pdf\"]},"
                + "\"A.2\":{\"sample\":{\"conforming\":9,\"sampled\":10}},\"A.3\":{\"value\":87.5},"
                + "\"B.1\":{\"band\":4,\"credit\":0.65}"));
        assertEquals(new EvidenceValue.Sample(9, 10), a.evidence().get("A.2").value());
        assertEquals(new EvidenceValue.Measured(Ratio.parse("87.5")), a.evidence().get("A.3").value());
        assertEquals(new EvidenceValue.Banded(4, Ratio.parse("0.65")), a.evidence().get("B.1").value());
        assertEquals(List.of("a.pdf"), a.evidence().get("A.1").attachments());
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() {
        byte[] body = file("\"A.1\":{\"conforms\":true}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals("华澜", EvidenceJson.read(withBom, "bom.json").organization().name());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        List<Problem> ps = problems("{\"rubric\":\"mini\",\n\"organization\": {\"name\": \"x\"},\n\"evidence\": {\"A.1\": {\"conforms\": tru}}}");
        assertEquals(1, ps.size());
        assertTrue(ps.get(0).path().startsWith("line 3"), ps.get(0).path());
    }

    @Test
    void duplicateKeysNanAndTrailingGarbageAreRefused() {
        assertTrue(problems(file("\"A.1\":{\"conforms\":true},\"A.1\":{\"conforms\":false}")).get(0).message().contains("the key 'A.1' appears twice"));
        assertTrue(problems(file("\"A.3\":{\"value\":NaN}")).get(0).message().contains("not valid JSON"));
        assertTrue(problems(file("\"A.1\":{\"conforms\":true}") + " {}").get(0).message().contains("not valid JSON"));
    }

    @Test
    void hostileNestingAndSizeFailCleanly() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertTrue(problems(deep).get(0).message().contains("nested deeper than 64"), "deep nesting");
        byte[] huge = new byte[Json.MAX_DOCUMENT_BYTES + 1];
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EvidenceJson.read(huge, "big.json"));
        assertTrue(e.problems().get(0).message().contains("limited to"), e.getMessage());
        List<Problem> big = problems(file("\"A.3\":{\"value\":1e400}"));
        assertTrue(big.stream().anyMatch(p -> p.path().equals("$.evidence[\"A.3\"].value") && p.message().contains("out of range")),
                big.toString());
    }

    @Test
    void everyProblemIsReportedAtOnceWithPathAndCode() {
        List<Problem> ps = problems("{\"rubric\":\"mini\",\"organisation\":{},\"evidence\":{"
                + "\"A.1\":{\"conforms\":\"yes\"},"
                + "\"A.2\":{\"sample\":{\"conforming\":11,\"sampled\":10}},"
                + "\"B.1\":{\"band\":6},"
                + "\"A.3\":{\"value\":\"87.5\"},"
                + "\"A.4\":{\"credit\":1.5,\"conforms\":true}"
                + "},\"findings\":[{\"type\":\"deduction\",\"description\":\"无分类\"}]}");
        List<String> lines = ps.stream().map(Problem::toString).toList();
        String all = String.join("\n", lines);
        assertTrue(all.contains("$.organisation [") || all.contains("$.organisation: unknown field 'organisation' (did you mean 'organization'?)"), all);
        assertTrue(all.contains("$.organization: organization is required"), all);
        assertTrue(all.contains("$.evidence[\"A.1\"].conforms [A.1]: conforms must be true or false, not a string"), all);
        assertTrue(all.contains("$.evidence[\"A.2\"].sample [A.2]: conforming must not exceed sampled"), all);
        assertTrue(all.contains("$.evidence[\"B.1\"].band [B.1]: band must be 1–5 (got 6)"), all);
        assertTrue(all.contains("$.evidence[\"A.3\"].value [A.3]: value must be a number, not a string (write 87.5"), all);
        assertTrue(all.contains("$.evidence[\"A.4\"] [A.4]: give exactly one of"), all);
        assertTrue(all.contains("$.evidence[\"A.4\"].credit [A.4]: credit must be ≤ 1"), all);
        assertTrue(all.contains("$.findings[0]: a deduction needs a category"), all);
        // the rubric check runs too, even on an entry with other problems: mini has no A.4
        assertTrue(all.contains("$.evidence[\"A.4\"] [A.4]: rubric mini has no indicator 'A.4'"), all);
        assertEquals(10, ps.size(), all);
    }

    @Test
    void misspeltCodesGetTheNearestValidCode() {
        List<Problem> ps = problems(file("\"A.l\":{\"conforms\":true},\"B1\":{\"conforms\":true}"));
        Problem al = ps.stream().filter(p -> "A.l".equals(p.code())).findFirst().orElseThrow();
        assertTrue(al.message().contains("did you mean 'A.1'"), al.message());
        Problem b1 = ps.stream().filter(p -> "B1".equals(p.code())).findFirst().orElseThrow();
        assertTrue(b1.message().contains("did you mean 'B.1'"), b1.message());
    }

    @Test
    void notApplicableNeedsARealJustification() {
        List<Problem> ps = problems(file("\"B.1\":{\"notApplicable\":\"   \"}"));
        assertEquals("$.evidence[\"B.1\"]", ps.get(0).path());
        assertTrue(ps.get(0).message().contains("justification"), ps.get(0).message());
        assertEquals("B.1", ps.get(0).code());
    }

    @Test
    void anUnknownRubricIsNamed() {
        List<Problem> ps = problems("{\"rubric\":\"gbt27923\",\"organization\":{\"name\":\"x\"},\"evidence\":{}}");
        assertEquals("$.rubric", ps.get(0).path());
        assertTrue(ps.get(0).message().contains("gbt27923"));
    }

    @Test
    void templatePlaceholdersLeaveItemsNotAssessed() {
        Assessment a = read(file("\"A.1\":{\"band\":null,\"notes\":\"\"},\"A.2\":{\"sample\":{\"conforming\":null,\"sampled\":null}}"));
        assertEquals(List.of(), List.copyOf(a.evidence().keySet()));
        assertTrue(problems(file("\"A.1\":{\"notes\":\"nothing else\"}")).get(0).message().contains("give exactly one of"));
    }

    @Test
    void writeThenReadGivesTheSameAssessment() {
        Assessment a = read("{\"rubric\":\"mini\",\"organization\":{\"name\":\"华澜\",\"kind\":\"trader\"},\"assessedOn\":\"2026-11-01\","
                + "\"evidence\":{\"A.1\":{\"conforms\":false,\"notes\":\"缺\"},\"A.2\":{\"sample\":{\"conforming\":2,\"sampled\":3}},"
                + "\"A.3\":{\"value\":91.25},\"B.1\":{\"notApplicable\":\"无\"}},"
                + "\"findings\":[{\"type\":\"bonus\",\"description\":\"领先\"},{\"type\":\"deduction\",\"category\":\"law\",\"description\":\"违规\",\"indicator\":\"A.1\"}]}");
        assertEquals(2, a.findings().size());
        assertEquals(a, EvidenceJson.read(EvidenceJson.write(a), "again.json"));
    }

    @Test
    void anOutOfRangeCountIsReportedOnce() {
        List<Problem> ps = problems(file("\"A.2\":{\"sample\":{\"conforming\":4611686018427387904,\"sampled\":10}}"));
        assertEquals(1, ps.size(), ps.toString()); // was: "out of range" and a spurious "conforming is required"
        assertTrue(ps.get(0).message().contains("out of range"), ps.toString());
    }

    @Test
    void aCreditAsAJavaDoublePrintsItIsAccepted() {
        Assessment a = read(file("\"A.1\":{\"credit\":0.6666666666666666},\"B.1\":{\"band\":4,\"credit\":0.7000000000000001}"));
        assertEquals(Ratio.parse("0.6666666666666666"), ((EvidenceValue.Credit) a.evidence().get("A.1").value()).credit());
    }
    /** The messages a Chinese reader gets name the fields in the workbook's words, the JSON field beside them. */
    @Test
    void everyEvidenceMessageReadsInChineseWithTheFieldBesideIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("""
                {"rubric": "mini", "organization": {"name": "x", "kind": "生产企业"},
                 "evidence": {"A.1": {}, "A.2": {"conforms": "yes"}, "A.3": {"value": "87.5"},
                              "B.1": {"sample": {"conforming": 5, "sampled": 3}}, "C.9": {"conforms": true}},
                 "findings": [{"type": "deduction", "description": "d"}]}"""));
        java.util.Map<String, String> zh = new java.util.LinkedHashMap<>();
        for (Problem p : e.problems()) zh.put(p.path(), p.message(io.aftercert.core.Lang.ZH));
        assertEquals("请给出且只给出一种评价：符合与否（conforms）、得分率（credit）、档位（band）、抽查结果（sample）、实测值（value）或不适用（notApplicable）",
                zh.get("$.evidence[\"A.1\"]"));
        assertEquals("符合与否（conforms）只能是 true 或 false，不能是文本", zh.get("$.evidence[\"A.2\"].conforms"));
        assertTrue(zh.get("$.evidence[\"A.3\"].value").startsWith("实测值（value）应为数字，不能是文本（写 87.5"), zh.toString());
        assertEquals("抽样合格数（conforming）不能大于抽样数（sampled）", zh.get("$.evidence[\"B.1\"].sample"));
        assertEquals("评分标准 mini 中没有条款“C.9”（可能应为“A.1”）", zh.get("$.evidence[\"C.9\"]"));
        assertEquals("组织类型（organization.kind）只能是生产型（manufacturer）、贸易型（trader）或服务型（service）（现为“生产企业”）",
                zh.get("$.organization.kind"));
        assertTrue(zh.get("$.findings[0]").startsWith("扣分项须写明类别（category）：法律法规（law）"), zh.toString());
        assertTrue(e.describe(io.aftercert.core.Lang.ZH).startsWith("证据文件 ev.json 有误（7 个问题）"), e.describe(io.aftercert.core.Lang.ZH));
        // the English stays as it was: logs, exception messages and the JSON APIs read it
        assertTrue(e.getMessage().startsWith("invalid evidence file ev.json (7 problems)"), e.getMessage());
        assertTrue(e.getMessage().contains("give exactly one of conforms, credit, band, sample, value, notApplicable"), e.getMessage());
        for (String m : zh.values()) {
            assertTrue(!m.matches(".*\\p{IsHan}, ?\\p{IsHan}.*"), "no ASCII comma between Chinese: " + m);
        }
    }

    @Test
    void aSyntaxErrorIsPlacedInChineseWords() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("{\"rubric\": \"mini\",\n  'x': 1}"));
        Problem p = e.problems().get(0);
        assertEquals("line 2, column 3", p.path());
        assertEquals("ev.json: 第 2 行第 3 列：不是有效的 JSON：意外的“'”（JSON 文本用双引号）", p.toString(io.aftercert.core.Lang.ZH));
        assertEquals("ev.json: line 2, column 3: not valid JSON: unexpected ''' (JSON strings take double quotes)", p.toString());
    }
}
