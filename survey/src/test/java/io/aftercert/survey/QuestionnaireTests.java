package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped instrument against the standards it cites. */
class QuestionnaireTests {
    private static final Path SEED_002 = Path.of("/work/shared/seeds/002_73be1c426269d433.txt");

    @Test
    void hasTwentyToThirtyQuestionsCoveringAllSixDimensions() {
        Questionnaire q = Questionnaire.standard();
        assertTrue(q.questions().size() >= 20 && q.questions().size() <= 30);
        EnumMap<Dimension, Integer> per = new EnumMap<>(Dimension.class);
        q.questions().forEach(x -> per.merge(x.dimension(), 1, Integer::sum));
        assertEquals(6, per.size());
    }

    @Test
    void everyClauseTextIsQuotedVerbatimFrom002() throws Exception {
        // only where the seed is present (it is in the project's workspace, not in the jar)
        if (!Files.exists(SEED_002)) return;
        String seed = Files.readString(SEED_002, StandardCharsets.UTF_8);
        for (Question x : Questionnaire.standard().questions()) {
            assertTrue(seed.contains(x.clauseText()), x.id() + " clause text is not in 002");
            int at = seed.indexOf(x.clause());
            assertTrue(at >= 0, x.id() + " clause " + x.clause() + " is not in 002");
        }
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
    }

    @Test
    void theShippedInstrumentIsReadOnceAndHasItsDerivedQualityRules() {
        Questionnaire q = Questionnaire.standard();
        assertSame(q, Questionnaire.standard());
        assertEquals("aftercert-perception", q.id());
        assertEquals("1.0", q.version());
        assertEquals("售后服务顾客感知调查问卷", q.titleZh());
        assertEquals("After-sales service customer perception questionnaire", q.titleEn());
        assertEquals(60, q.minDurationSeconds()); // derived
        assertEquals(10, q.straightLiningMinAnswers()); // derived
        assertEquals(24, q.questions().size());
        assertEquals("C2.4", q.questions().get(0).gxdsl244());
        assertNull(q.questions().get(2).gxdsl244());
        assertEquals(Dimension.CIVILITY, q.questions().get(23).dimension());
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
