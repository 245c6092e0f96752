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
import io.aftercert.core.registry.RubricRegistry;
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

        // C2.1: the overall index 2525/36 = 70.138888888888… → 12 decimals; the notes show 70.13, never the fraction
        JsonNode c21 = after.get("evidence").get("C2.1");
        assertEquals("70.138888888889", c21.get("value").decimalValue().toPlainString());
        assertTrue(c21.get("notes").asText().startsWith("2026Q3满意度调查（5级李克特量表，n=1,642）换算百分制。\n" + SurveyEvidence.MARK), c21.get("notes").asText());
        assertTrue(c21.get("notes").asText().contains("综合感知指数 70.13 分") && !c21.get("notes").asText().contains("2525/36"), c21.get("notes").asText());
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
        // 5 % of 20000 = 1000, but a quarter's file is not a year: the annual rule is not failed, only measured
        assertTrue(notes.contains("顾客总数 20000（T/GXDSL 244—2025 第七章），要求不少于 1000 份"), notes);
        assertTrue(notes.contains("样本量要求按年度判定，所给回答尚差 996 份"), notes);
        assertTrue(notes.contains("有回答的季度 2026-Q3"), notes);
        assertTrue(notes.contains("百分制换算 (x − 1) ÷ 4 × 100，为本项目的解读；六个维度平均为本项目的计算方法"), notes);
        assertTrue(notes.contains("（95% 置信区间 64.9–75.4）（百分制换算"), notes);
        assertTrue(notes.contains("；总体满意度题 62.50 分；"), notes);
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
        assertTrue(h.getMessage().contains("the survey fills rubrics gxdsl244, gxdsl259, gbt27922, not hxjt"), h.getMessage());
    }

    // ---- the survey's paragraph and facts, from small hand-built reports ----

    @Test
    void theSurveyParagraphReplacesAnEarlierOneWhereverItStoodAndKeepsTheAssessorsLines() {
        String m = SurveyEvidence.MARK;
        assertEquals(m + "new", SurveyEvidence.withParagraph(null, "new"));
        assertEquals(m + "new", SurveyEvidence.withParagraph("", "new"));
        assertEquals("a\n" + m + "new", SurveyEvidence.withParagraph("a", "new"));
        // the old paragraph first: no empty first line is left behind
        assertEquals("a\n" + m + "new", SurveyEvidence.withParagraph(m + "old\na", "new"));
        // in the middle, trailing line ends: the assessor's lines (and a blank line between them) stay, in order
        assertEquals("a\n\nb\n" + m + "new", SurveyEvidence.withParagraph("a\n\n" + m + "old\nb\n\n", "new"));
        assertEquals(m + "new", SurveyEvidence.withParagraph(m + "old", "new"));
    }

    private static final Questionnaire Q = Questionnaire.standard();

    private static SurveyReport report(Long customers, long minCount, String[]... rows) {
        Questionnaire q = new Questionnaire(Q.id(), Q.version(), Q.titleZh(), Q.titleEn(), Q.questions(), 60, 10, Q.minShare(), minCount, Q.raw());
        SurveyAccumulator acc = new SurveyAccumulator(q);
        for (int i = 0; i < rows.length; i++) {
            String[] a = new String[Q.questions().size()];
            System.arraycopy(rows[i], 0, a, 0, rows[i].length);
            acc.add(new Response(i + 2, "R" + i, a, null, null));
        }
        return acc.result("s.csv", customers);
    }

    private static String[] all(String v) {
        String[] a = new String[Q.questions().size()];
        java.util.Arrays.fill(a, v);
        return a;
    }

    @Test
    void factsSayWhatCannotBeComputedAndWhenTheSampleIsEnough() {
        // one respondent answering FN1 = 5 only: no period, no overall index (five dimensions unanswered), no interval
        String one = SurveyEvidence.facts(report(null, 500, new String[] {"5"}));
        assertEquals("调查文件 s.csv；有效样本 1 份（受访者 1，数据行 1）；综合感知指数 无法计算（有维度没有有效回答）；"
                + "各维度：功能性 100.00、经济性 —、安全性 —、时间性 —、舒适性 —、文明性 —。", one);
        // two respondents, 20 customers, at least 2 responses: required = max(⌈5 % × 20⌉ = 1, 2) = 2 → enough.
        // every answer 5 and every answer 4: each dimension and the overall index (100 + 75) / 2 = 87.5
        String two = SurveyEvidence.facts(report(20L, 2, all("5"), all("4")));
        assertTrue(two.contains("，顾客总数 20（T/GXDSL 244—2025 第七章），要求不少于 2 份（5% 且不少于 2 份），样本量达到要求；"), two);
        assertTrue(two.contains("综合感知指数 87.50 分"), two);
        assertTrue(two.contains("各维度：功能性 87.50、经济性 87.50、"), two);
        // the interval: per dimension k questions, scores {100 ×k, 75 ×k}, s² = 2k · 12.5² / (2k − 1), s²/n = 156.25 / (2k − 1):
        // five dimensions of 5 questions 156.25/9 = 17.361, civility (4) 156.25/7 = 22.321; overall half-width
        // 1.96 · √((5 · 17.361 + 22.321) / 36) = 1.96 · 1.7411 = 3.41 → 84.1 … 90.9
        assertTrue(two.contains("（95% 置信区间 84.1–90.9）"), two);
        String few = SurveyEvidence.facts(report(20L, 3, all("5"), all("4")));
        assertTrue(few.contains("样本量要求按年度判定，所给回答尚差 1 份"), few); // required max(1, 3) = 3, valid 2, not a year
    }

    @Test
    void gxdsl244FillsOnlyWhatTheAnswersSupport() throws Exception {
        // only FN1 and FN2 answered (both tagged C2.4): no overall index, nothing for C2.2 / C2.3.
        // C2.4 = mean score of FN1, FN2 = (100 + 50) / 2 = 75 → credit 0.75, a terminating value
        SurveyReport r = report(null, 500, new String[] {"5", "3"});
        List<String> filled = new ArrayList<>();
        Rubric rubric = RubricRegistry.getDefault().require("gxdsl244");
        JsonNode after = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, r, Q, filled));
        assertEquals(List.of("C2.4"), filled);
        assertEquals("0.75", after.get("evidence").get("C2.4").get("credit").decimalValue().toPlainString());
        String notes = after.get("evidence").get("C2.4").get("notes").asText();
        assertTrue(notes.startsWith(SurveyEvidence.MARK + "题目 FN1、FN2、FN5 的平均得分 75.00 分（2 个有效回答），折算为得分率 75%（"), notes);
        // every answer 4: overall 75 exactly → no exact-value note
        SurveyReport full = report(null, 500, all("4"));
        List<String> f2 = new ArrayList<>();
        JsonNode a2 = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, full, Q, f2));
        assertEquals(List.of("C2.1", "C2.2", "C2.3", "C2.4"), f2);
        assertEquals("75", a2.get("evidence").get("C2.1").get("value").decimalValue().toPlainString());
        assertFalse(a2.get("evidence").get("C2.1").get("notes").asText().contains("精确值"));
    }

    @Test
    void gxdsl259GetsTheIndexAndTheYearsSampleOnlyForAYear() throws Exception {
        Rubric rubric = RubricRegistry.getDefault().require("gxdsl259");
        // small.csv as given (no --period): 9.5 = the overall index 2525/36 cut to 12 decimals; 11.3 and 11.4 keep no value
        List<String> filled = new ArrayList<>();
        JsonNode ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, SurveyAccumulatorTests.small(80L), Q, filled)).get("evidence");
        assertEquals(List.of("9.5", "11.1", "11.3", "11.4"), filled);
        assertEquals("70.138888888888", ev.get("9.5").get("value").decimalValue().toPlainString());
        assertTrue(ev.get("11.3").path("value").isMissingNode() || ev.get("11.3").get("value").isNull(), ev.get("11.3").toString());
        assertTrue(ev.get("11.3").get("notes").asText().startsWith(SurveyEvidence.MARK + "未给出 --period 年份"), ev.get("11.3").toString());
        assertTrue(ev.get("11.1").get("notes").asText().startsWith(SurveyEvidence.MARK + "调查文件 small.csv"));
        // the same rows as the year 2026, 80 active customers: 11.3 = 4 / 80 × 100 = 5 %, 11.4 = 4 responses
        filled.clear();
        SurveyReport year = SurveyAccumulatorTests.inYear(2026, 80L);
        ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, year, Q, filled)).get("evidence");
        assertEquals(List.of("9.5", "11.1", "11.3", "11.4"), filled);
        assertEquals("5", ev.get("11.3").get("value").decimalValue().toPlainString());
        assertEquals(4, ev.get("11.4").get("value").asInt());
        assertTrue(ev.get("11.3").get("notes").asText().contains("有效样本 4 份 ÷ 顾客总数 80 = 5.00%"), ev.get("11.3").toString());
        assertTrue(ev.get("11.1").get("notes").asText().contains("评价年度 2026"));
        assertTrue(ev.get("11.1").get("notes").asText().contains("未做到每季度至少一次，缺 2026-Q1、2026-Q2、2026-Q4"));
        // a year without the customers: 11.4 is filled, 11.3 says why not
        filled.clear();
        ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, SurveyAccumulatorTests.inYear(2026, null), Q, filled)).get("evidence");
        assertEquals(4, ev.get("11.4").get("value").asInt());
        assertTrue(ev.get("11.3").get("notes").asText().startsWith(SurveyEvidence.MARK + "未给出活跃顾客数（--customers）"));
        // the year's facts: 9.5 carries them, figures as shown (no fraction: the exact index is in the survey's JSON);
        // the year is short of 500, said as a failed year
        filled.clear();
        ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, year, Q, filled)).get("evidence");
        String facts = ev.get("9.5").get("notes").asText();
        assertTrue(facts.startsWith(SurveyEvidence.MARK + "调查文件 small.csv，评价年度 2026") && !facts.contains("2525/36") && !facts.contains("精确值"), facts);
        assertTrue(facts.contains("样本量不足，尚差 496 份"), facts);
        // no customers counted (0): no share to compute
        filled.clear();
        ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, SurveyAccumulatorTests.inYear(2026, 0L), Q, filled)).get("evidence");
        assertTrue(ev.get("11.3").path("value").isMissingNode() || ev.get("11.3").get("value").isNull(), ev.get("11.3").toString());
        // a tailored 259 without these items: nothing to fill
        filled.clear();
        SurveyEvidence.fill(null, "ev.json", without("gxdsl259"), year, Q, filled);
        assertEquals(List.of(), filled);
    }

    @Test
    void theConversionIsSelectableAndTheOtherReadingIsReportedWhenItTurnsTheVerdict() throws Exception {
        // seven respondents answering 4 everywhere, three answering 5: mean answer 4.3
        //   linear (4.3 − 1) / 4 × 100 = 82.5 (< 85); × 20 = 86 (≥ 85): the verdict turns
        String[][] rows = new String[10][];
        for (int i = 0; i < 10; i++) rows[i] = all(i < 7 ? "4" : "5");
        SurveyReport lin = report(null, 500, rows);
        assertEquals(io.aftercert.core.Ratio.parse("82.5"), lin.overall().index());
        assertEquals(io.aftercert.core.Ratio.of(86), lin.otherOverall());
        assertTrue(lin.otherScaleChangesVerdict());
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        for (int i = 0; i < 10; i++) acc.add(new Response(i + 2, "R" + i, rows[i].clone(), null, null));
        SurveyReport t20 = acc.result("s.csv", null, SurveyAccumulator.equalWeights(), Scale.TIMES20, SampleBasis.TOTAL_CUSTOMERS);
        assertEquals(io.aftercert.core.Ratio.of(86), t20.overall().index());
        assertEquals(io.aftercert.core.Ratio.parse("82.5"), t20.otherOverall());
        assertEquals(io.aftercert.core.Ratio.of(86), t20.dimensions().get(Dimension.SAFETY).index());
        assertEquals(io.aftercert.core.Ratio.of(86), t20.overallQuestion().index());
        // C2.2's questions under × 20: 86 → credit 0.86
        List<String> filled = new ArrayList<>();
        Rubric rubric = RubricRegistry.getDefault().require("gxdsl244");
        JsonNode ev = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, t20, Q, filled));
        assertEquals("0.86", ev.get("evidence").get("C2.2").get("credit").decimalValue().toPlainString());
        // everyone at 4: 75 and 80, both under 85: the other reading does not turn the verdict
        SurveyReport fours = report(null, 500, all("4"), all("4"));
        assertFalse(fours.otherScaleChangesVerdict());
        // the overall index not computed: nothing to turn
        assertFalse(report(null, 500, new String[] {"5"}).otherScaleChangesVerdict());
    }

    /** A rubric with the id {@code id} and one item A.1 only: none of the indicators the survey measures (a tailored one, say). */
    private static Rubric without(String id) {
        io.aftercert.core.model.Indicator a1 = new io.aftercert.core.model.Indicator("A.1", io.aftercert.core.Text.of("条款", "item"), "要求",
                io.aftercert.core.model.IndicatorKind.QUALITATIVE, io.aftercert.core.Ratio.of(2), null, null, null, null, null, null, null);
        io.aftercert.core.model.Indicator a = new io.aftercert.core.model.Indicator("A", io.aftercert.core.Text.of("组", "group"), null, null,
                io.aftercert.core.Ratio.of(2), null, null, null, null, null, null, List.of(a1));
        return Rubric.builder().id(id).version("1").title(io.aftercert.core.Text.of("裁剪", "Tailored"))
                .mode(io.aftercert.core.model.ScoringMode.POINTS).total(io.aftercert.core.Ratio.of(2)).indicators(List.of(a)).build();
    }

    @Test
    void aRubricWithoutTheSurveysIndicatorsGetsNothingFilled() throws Exception {
        SurveyReport r = report(null, 500, all("4"));
        for (String id : SurveyEvidence.RUBRICS) {
            List<String> filled = new ArrayList<>();
            Rubric rubric = without(id);
            JsonNode after = M.readTree(SurveyEvidence.fill(null, "ev.json", rubric, r, Q, filled));
            assertEquals(List.of(), filled, id);
            assertEquals(M.readTree(io.aftercert.core.internal.edit.EvidenceEdit.open(null, "ev.json", rubric).bytes()), after, id);
        }
    }
}
