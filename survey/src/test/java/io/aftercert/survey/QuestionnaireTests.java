package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped instrument against the standards it cites. */
class QuestionnaireTests {
    /** 《商品售后服务认证评价规范》 §4.1 as the document prints it (some lines truncated), copied into the test resources. */
    private static String clause41() throws java.io.IOException {
        try (var in = QuestionnaireTests.class.getResourceAsStream("002-clause-4.1.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every numbered clause of 002 §4.1 at its deepest level, read off the document (36). */
    private static final List<String> CLAUSES = List.of("4.1.1.1", "4.1.1.2.1", "4.1.1.2.2", "4.1.1.2.3", "4.1.1.2.4", "4.1.1.2.5", "4.1.1.2.6",
            "4.1.1.3.1", "4.1.1.3.2", "4.1.1.4", "4.1.2.1", "4.1.2.2", "4.1.2.3", "4.1.2.4", "4.1.2.5", "4.1.3.1", "4.1.3.2",
            "4.1.4.1", "4.1.4.2", "4.1.4.3", "4.1.4.4", "4.1.4.5", "4.1.4.6", "4.1.5.1", "4.1.5.2", "4.1.6.1", "4.1.6.2", "4.1.6.3",
            "4.1.7.1", "4.1.7.2", "4.1.7.3", "4.1.7.4", "4.1.7.5", "4.1.7.6", "4.1.8.1", "4.1.8.2");

    @Test
    void hasTwentyToThirtyQuestionsCoveringAllSixDimensionsAndOneOverallQuestion() {
        Questionnaire q = Questionnaire.standard();
        assertEquals(30, q.questions().size(), "004 七: 问题数量控制在 20-30 个");
        EnumMap<Dimension, Integer> per = new EnumMap<>(Dimension.class);
        q.questions().stream().filter(x -> !x.overall()).forEach(x -> per.merge(x.dimension(), 1, Integer::sum));
        assertEquals(6, per.size());
        List<Question> overall = q.questions().stream().filter(Question::overall).toList();
        assertEquals(1, overall.size(), "004 六 lists 总体满意度 among the satisfaction indicators");
        assertEquals("OV1", overall.get(0).id());
        assertEquals("总体满意度", overall.get(0).dimensionLabel("zh"));
        assertEquals("Overall satisfaction", overall.get(0).dimensionLabel("en"));
        assertEquals("功能性", q.questions().get(0).dimensionLabel("zh"));
        assertTrue(q.raw().path("overallIndex").path("derived").asBoolean(), "the six-dimension mean is the project's own method");
        assertEquals("OV1", q.raw().path("overallIndex").path("question").asText());
    }

    @Test
    void everyClauseTextIsQuotedVerbatimFrom002() throws Exception {
        // half-width commas inside Chinese text are normalised to full-width (one note in the data says so)
        String seed = clause41().replaceAll("(?<=\\p{IsHan}),(?=\\p{IsHan})", "，");
        for (Question x : Questionnaire.standard().questions()) {
            if (x.overall()) continue;
            assertTrue(seed.contains(x.clauseText()), x.id() + " clause text is not in 002");
            assertTrue(seed.contains(x.clause()), x.id() + " clause " + x.clause() + " is not in 002");
        }
        assertTrue(Questionnaire.standard().raw().path("$comment").asText().contains("normalised to full-width"));
    }

    @Test
    void every41ClauseIsAskedOrSaysWhyACustomerCannotJudgeIt() throws Exception {
        // 002 §4.3: 调查依据、内容为4.1; 001 十一: 调查内容应全面覆盖服务各环节的体验
        String seed = clause41().replace('．', '.'); // the document prints 4.1.6．2 and 4.1.7．2 with a full-width point
        for (String c : CLAUSES) assertTrue(seed.contains(c), c + " is a clause of 002");
        Questionnaire q = Questionnaire.standard();
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> cov = new java.util.LinkedHashMap<>();
        for (var n : q.raw().path("coverage").path("clauses")) {
            assertTrue(cov.put(n.path("clause").asText(), n) == null, n.path("clause").asText() + " listed twice");
        }
        assertEquals(CLAUSES, List.copyOf(cov.keySet()), "every clause once, in the document's order");
        List<String> notJudged = new java.util.ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        q.questions().forEach(x -> ids.add(x.id()));
        for (var e : cov.entrySet()) {
            var n = e.getValue();
            if (n.has("notJudged")) {
                notJudged.add(e.getKey());
                assertTrue(n.path("notJudged").path("zh").asText().endsWith("。") && !n.path("notJudged").path("en").asText().isBlank(), e.getKey());
                assertTrue(!n.has("questions"), e.getKey());
            } else {
                for (var id : n.path("questions")) assertTrue(ids.contains(id.asText()), e.getKey() + " names " + id);
            }
        }
        // a customer cannot know of a systematic defect disclosed to others, nor judge an outlet's resources
        assertEquals(List.of("4.1.1.2.6", "4.1.2.1"), notJudged);
        // every question's own clause lists it
        for (Question x : q.questions()) {
            if (x.overall()) continue;
            List<String> listed = new java.util.ArrayList<>();
            cov.get(x.clause()).path("questions").forEach(n -> listed.add(n.asText()));
            assertTrue(listed.contains(x.id()), x.id() + " is listed under its clause " + x.clause());
        }
        // the two chapters no question cited before: 退换货及废弃商品回收 and 投诉处理要求
        assertEquals("EC5", cov.get("4.1.7.1").path("questions").get(0).asText());
        assertEquals("SF5", cov.get("4.1.7.5").path("questions").get(0).asText());
        assertEquals("TM5", cov.get("4.1.8.1").path("questions").get(0).asText());
        assertEquals("CF5", cov.get("4.1.8.2").path("questions").get(0).asText());
    }

    @Test
    void chineseTextUsesChinesePunctuation() {
        // no half-width , ; : ( ) next to Chinese in the questions, clause texts and notes of the instrument
        java.util.regex.Pattern half = java.util.regex.Pattern.compile("(?<=\\p{IsHan})[,;:()]|[,;:()](?=\\p{IsHan})");
        List<String> bad = new java.util.ArrayList<>();
        for (Question x : Questionnaire.standard().questions()) {
            for (String t : List.of(x.textZh(), x.clauseText())) if (half.matcher(t).find()) bad.add(x.id() + ": " + t);
        }
        Questionnaire.standard().raw().path("coverage").path("clauses").forEach(n -> {
            String t = n.path("notJudged").path("zh").asText();
            if (half.matcher(t).find()) bad.add(n.path("clause").asText() + ": " + t);
        });
        assertEquals(List.of(), bad);
        assertTrue(half.matcher("保养后,服务").find(), "the check sees a half-width comma");
    }

    @Test
    void qualityAndSampleRulesComeFrom004() {
        Questionnaire q = Questionnaire.standard();
        assertEquals(500, q.minCount());
        assertEquals(io.aftercert.core.Ratio.of(1, 20), q.minShare());
    }

    @Test
    void brokenInstrumentsAreRefusedWithTheReason() {
        Questionnaire q = Questionnaire.standard();
        List<Question> few = q.questions().subList(0, 19);
        var e = assertThrows(IllegalArgumentException.class, () -> new Questionnaire("x", "1", "t", "t", few, 60, 10, q.minShare(), 500, q.raw()));
        assertTrue(e.getMessage().contains("20–30"), e.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> new Question("FN9", Dimension.SAFETY, "5.1", "x", "x", "x", null));
        assertTrue(bad.getMessage().contains("not a 002 4.1 clause"), bad.getMessage());
    }

    /** {@code n} questions Q1…Qn, the dimensions taken in turn (so six or more cover them all). */
    static List<Question> questions(int n) {
        List<Question> qs = new java.util.ArrayList<>();
        Dimension[] ds = Dimension.values();
        for (int i = 1; i <= n; i++) qs.add(new Question("Q" + i, ds[(i - 1) % ds.length], "4.1.1", "条款", "题目", "question", null));
        return qs;
    }

    private static Questionnaire instrument(List<Question> qs, long minSeconds, int straight, io.aftercert.core.Ratio share, long count) {
        return new Questionnaire("x", "1", "t", "t", qs, minSeconds, straight, share, count, null);
    }

    private static String refused(List<Question> qs, long minSeconds, int straight, io.aftercert.core.Ratio share, long count) {
        return assertThrows(IllegalArgumentException.class, () -> instrument(qs, minSeconds, straight, share, count)).getMessage();
    }

    @Test
    void twentyToThirtyQuestionsAreAcceptedAndNoMore() {
        // 004 七: "问题数量控制在 20-30 个" (both ends inclusive)
        io.aftercert.core.Ratio share = io.aftercert.core.Ratio.of(1, 20);
        assertEquals(20, instrument(questions(20), 60, 10, share, 500).questions().size());
        assertEquals(30, instrument(questions(30), 60, 10, share, 500).questions().size());
        assertTrue(refused(questions(19), 60, 10, share, 500).contains("not 19"));
        assertTrue(refused(questions(31), 60, 10, share, 500).contains("not 31"));
    }

    @Test
    void everyDimensionNeedsAQuestionAndIdsAreUniqueAndNotReserved() {
        io.aftercert.core.Ratio share = io.aftercert.core.Ratio.of(1, 20);
        List<Question> noCivility = new java.util.ArrayList<>();
        for (Question x : questions(24)) {
            noCivility.add(x.dimension() == Dimension.CIVILITY ? new Question(x.id(), Dimension.SAFETY, "4.1.1", "条款", "题目", "question", null) : x);
        }
        assertTrue(refused(noCivility, 60, 10, share, 500).contains("dimension civility has no question"));
        List<Question> twice = new java.util.ArrayList<>(questions(20));
        twice.set(19, new Question("Q1", Dimension.CIVILITY, "4.1.1", "条款", "题目", "question", null));
        assertTrue(refused(twice, 60, 10, share, 500).contains("question id Q1 appears twice"));
        for (String reserved : List.of(Questionnaire.RESPONDENT, Questionnaire.SUBMITTED, Questionnaire.DURATION)) {
            List<Question> r = new java.util.ArrayList<>(questions(20));
            r.set(7, new Question(reserved, Dimension.ECONOMY, "4.1.1", "条款", "题目", "question", null));
            assertTrue(refused(r, 60, 10, share, 500).contains(reserved + " is a reserved column name"), reserved);
        }
    }

    @Test
    void qualityAndSampleParametersAreCheckedAtTheirBounds() {
        io.aftercert.core.Ratio share = io.aftercert.core.Ratio.of(1, 20);
        List<Question> qs = questions(20);
        // limits accepted exactly: 0 s, 2 equal answers, share 0 and 1, count 0
        Questionnaire low = instrument(qs, 0, 2, io.aftercert.core.Ratio.ZERO, 0);
        assertEquals(0, low.minDurationSeconds());
        assertEquals(2, low.straightLiningMinAnswers());
        assertEquals(0, low.minCount());
        assertEquals(io.aftercert.core.Ratio.ONE, instrument(qs, 0, 2, io.aftercert.core.Ratio.ONE, 0).minShare());
        assertTrue(refused(qs, -1, 10, share, 500).contains("minDurationSeconds must be ≥ 0, not -1"));
        assertTrue(refused(qs, 60, 1, share, 500).contains("straightLiningMinAnswers must be ≥ 2, not 1"));
        assertTrue(refused(qs, 60, 10, io.aftercert.core.Ratio.of(-1, 100), 500).contains("minShare must lie in [0, 1]"));
        assertTrue(refused(qs, 60, 10, io.aftercert.core.Ratio.of(101, 100), 500).contains("minShare must lie in [0, 1]"));
        assertTrue(refused(qs, 60, 10, share, -1).contains("minCount must be ≥ 0, not -1"));
        // the 15-minute limit must lie above the minimum time: 900 over 899 is accepted, over 900 not
        assertEquals(900, new Questionnaire("x", "1", "t", "t", qs, 899, 900, 10, share, 500, null).maxDurationSeconds());
        var slow = assertThrows(IllegalArgumentException.class, () -> new Questionnaire("x", "1", "t", "t", qs, 900, 900, 10, share, 500, null));
        assertTrue(slow.getMessage().contains("maxDurationSeconds must exceed minDurationSeconds 900, not 900"), slow.getMessage());
        // at most one overall question
        List<Question> two = new java.util.ArrayList<>(questions(20));
        two.set(3, new Question("OV1", null, "4.1", "条款", "总体", "overall", null));
        two.set(4, new Question("OV2", null, "4.1", "条款", "总体", "overall", null));
        assertTrue(refused(two, 60, 10, share, 500).contains("at most one overall question, not 2"));
        two.set(4, questions(20).get(4));
        assertEquals(1, instrument(two, 60, 10, share, 500).questions().stream().filter(Question::overall).count());
    }

    @Test
    void theShippedInstrumentIsReadOnceAndHasItsDerivedQualityRules() {
        Questionnaire q = Questionnaire.standard();
        assertSame(q, Questionnaire.standard());
        assertEquals("aftercert-perception", q.id());
        assertEquals("1.1", q.version());
        assertEquals("售后服务顾客感知调查问卷", q.titleZh());
        assertEquals("After-sales service customer perception questionnaire", q.titleEn());
        assertEquals(60, q.minDurationSeconds()); // derived
        assertEquals(10, q.straightLiningMinAnswers()); // derived
        assertEquals(30, q.questions().size());
        assertEquals(900, q.maxDurationSeconds()); // 004 七: 完成时间不超过 15 分钟
        assertEquals("C2.4", q.questions().get(0).gxdsl244());
        assertNull(q.questions().get(2).gxdsl244());
        assertEquals(Dimension.CIVILITY, q.questions().get(28).dimension());
        assertTrue(q.questions().get(29).overall());
        assertEquals("4.1.5.1", q.questions().get(0).clause());
    }

    @Test
    void parseReadsEveryFieldAndNamesAnUnknownDimension() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder qs = new StringBuilder();
        String[] dims = {"functionality", "economy", "safety", "timeliness", "comfort", "civility"};
        for (int i = 1; i <= 20; i++) {
            if (i > 1) qs.append(',');
            qs.append("{\"id\":\"Q").append(i).append("\",\"dimension\":\"").append(dims[(i - 1) % 6])
                    .append("\",\"clause\":\"4.1.").append(i).append("\",\"clauseText\":\"条款").append(i)
                    .append("\",\"text\":{\"zh\":\"题").append(i).append("\",\"en\":\"q").append(i).append("\"}")
                    .append(i == 3 ? ",\"gxdsl244\":\"C2.3\"" : i == 4 ? ",\"gxdsl244\":null" : "").append('}');
        }
        String json = "{\"id\":\"inst\",\"version\":\"2.1\",\"title\":{\"zh\":\"问卷\",\"en\":\"Survey\"},\"questions\":[" + qs
                + "],\"quality\":{\"minDurationSeconds\":45,\"straightLiningMinAnswers\":7},\"sample\":{\"minShare\":0.1,\"minCount\":300}}";
        com.fasterxml.jackson.databind.JsonNode n = m.readTree(json);
        Questionnaire q = Questionnaire.parse(n);
        assertEquals("inst", q.id());
        assertEquals("2.1", q.version());
        assertEquals("问卷", q.titleZh());
        assertEquals("Survey", q.titleEn());
        assertEquals(45, q.minDurationSeconds());
        assertEquals(7, q.straightLiningMinAnswers());
        assertEquals(io.aftercert.core.Ratio.of(1, 10), q.minShare());
        assertEquals(300, q.minCount());
        assertEquals(n, q.raw());
        Question third = q.questions().get(2);
        assertEquals(new Question("Q3", Dimension.SAFETY, "4.1.3", "条款3", "题3", "q3", "C2.3"), third);
        assertNull(q.questions().get(3).gxdsl244()); // an explicit null is no tag
        assertNull(q.questions().get(4).gxdsl244());

        var e = assertThrows(IllegalArgumentException.class, () -> Questionnaire.parse(m.readTree(json.replace("\"dimension\":\"comfort\"", "\"dimension\":\"comfy\""))));
        assertTrue(e.getMessage().contains("question Q5: unknown dimension 'comfy'"), e.getMessage());
        assertEquals(Questionnaire.MAX_DURATION_SECONDS, q.maxDurationSeconds(), "absent: 004's 15 minutes");
        String withOverall = json.replace("\"minDurationSeconds\":45", "\"minDurationSeconds\":45,\"maxDurationSeconds\":600")
                .replace("{\"id\":\"Q18\",\"dimension\":\"civility\"", "{\"id\":\"Q18\",\"dimension\":null,\"overall\":true");
        Questionnaire o = Questionnaire.parse(m.readTree(withOverall));
        assertEquals(600, o.maxDurationSeconds());
        assertTrue(o.questions().get(17).overall());
        var half = assertThrows(IllegalArgumentException.class, () -> Questionnaire.parse(m.readTree(withOverall.replace("\"overall\":true", "\"overall\":false"))));
        assertTrue(half.getMessage().contains("question Q18: the overall question, and only it, has no dimension"), half.getMessage());
        var both = assertThrows(IllegalArgumentException.class, () -> Questionnaire.parse(m.readTree(json.replace("\"dimension\":\"comfort\"", "\"dimension\":\"comfort\",\"overall\":true"))));
        assertTrue(both.getMessage().contains("question Q5: the overall question, and only it, has no dimension"), both.getMessage());
    }

    @Test
    void indexOfColumnsAndAnotherMinimumTime() {
        Questionnaire q = instrument(questions(20), 60, 10, io.aftercert.core.Ratio.of(1, 20), 500);
        assertEquals(0, q.indexOf("Q1"));
        assertEquals(19, q.indexOf("Q20"));
        assertEquals(-1, q.indexOf("Q21"));
        assertEquals(-1, q.indexOf(Questionnaire.RESPONDENT));
        List<String> cols = q.columns();
        assertEquals(23, cols.size()); // id + 20 answers + submitted_at + duration_s
        assertEquals(List.of("respondent_id", "Q1", "Q2"), cols.subList(0, 3));
        assertEquals(List.of("Q20", "submitted_at", "duration_s"), cols.subList(20, 23));
        Questionnaire faster = q.withMinDurationSeconds(15);
        assertEquals(15, faster.minDurationSeconds());
        assertEquals(new Questionnaire(q.id(), q.version(), q.titleZh(), q.titleEn(), q.questions(), 15, q.straightLiningMinAnswers(), q.minShare(), q.minCount(), q.raw()), faster);
        assertEquals(60, q.minDurationSeconds()); // the original is unchanged
    }
}
