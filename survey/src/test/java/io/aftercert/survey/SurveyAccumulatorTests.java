package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Figures of {@code small.csv} worked out by hand. Answer scores: 1→0, 2→25, 3→50, 4→75, 5→100.
 * Each respondent gives one answer to all four questions of a dimension, so per dimension and
 * counted row there are four equal scores. Counted rows: 2 (A), 3 (B), 4 (C), 7 (D); row 5 repeats
 * A (excluded), row 6 has no id (excluded); row 7's FN1 "6", FN2 "4.5", FN4 "x" are range
 * findings and FN3 is blank.
 */
class SurveyAccumulatorTests {
    static SurveyReport small(Long customers) throws Exception {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        try (InputStream in = SurveyAccumulatorTests.class.getResourceAsStream("small.csv")) {
            ResponseReader.readCsv(in, "small.csv", q, acc::add);
        }
        return acc.result("small.csv", customers);
    }

    @Test
    void dimensionIndicesMatchHandArithmetic() throws Exception {
        SurveyReport r = small(null);
        assertEquals(6, r.rows());
        assertEquals(4, r.respondents()); // A, B, C, D
        assertEquals(4, r.valid());
        Map<Dimension, SurveyReport.Figure> d = r.dimensions();
        // functionality: A 4×100, B 4×50, C 4×100, D none valid → 1000 / 12 = 250/3
        assertEquals(Ratio.of(250, 3), d.get(Dimension.FUNCTIONALITY).index());
        assertEquals(12, d.get(Dimension.FUNCTIONALITY).answers());
        // economy: (75 + 25 + 100 + 0) × 4 / 16 = 50
        assertEquals(Ratio.of(50), d.get(Dimension.ECONOMY).index());
        // safety: (50 + 50 + 100 + 25) / 4 = 56.25
        assertEquals(Ratio.parse("56.25"), d.get(Dimension.SAFETY).index());
        // timeliness: (75 + 100 + 100 + 50) / 4 = 81.25; comfort: (100 + 75 + 100 + 50) / 4 = 81.25
        assertEquals(Ratio.parse("81.25"), d.get(Dimension.TIMELINESS).index());
        assertEquals(Ratio.parse("81.25"), d.get(Dimension.COMFORT).index());
        // civility: (75 + 75 + 100 + 25) / 4 = 68.75
        assertEquals(Ratio.parse("68.75"), d.get(Dimension.CIVILITY).index());
        // overall: (250/3 + 50 + 56.25 + 81.25 + 81.25 + 68.75) / 6 = (2525/6) / 6 = 2525/36
        assertEquals(Ratio.of(2525, 36), r.overall().index());
        assertEquals(92, r.overall().answers());
    }

    @Test
    void weightsChangeOnlyTheOverallIndex() throws Exception {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        try (InputStream in = getClass().getResourceAsStream("small.csv")) {
            ResponseReader.readCsv(in, "small.csv", q, acc::add);
        }
        Map<Dimension, Ratio> w = new java.util.EnumMap<>(SurveyAccumulator.equalWeights());
        w.put(Dimension.FUNCTIONALITY, Ratio.of(2));
        SurveyReport r = acc.result("small.csv", null, w);
        // (2 · 250/3 + 50 + 56.25 + 81.25 + 81.25 + 68.75) / 7 = (1000/6 + 2025/6) / 7 = 3025/42
        assertEquals(Ratio.of(3025, 42), r.overall().index());
        assertEquals(Ratio.of(250, 3), r.dimensions().get(Dimension.FUNCTIONALITY).index());
        w.put(Dimension.ECONOMY, Ratio.of(-1));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.result("small.csv", null, w));
        assertTrue(e.getMessage().contains("economy"), e.getMessage());
    }

    @Test
    void confidenceIntervalsMatchAnIndependentComputation() throws Exception {
        SurveyReport r = small(null);
        // Python: statistics.mean / statistics.stdev of the 16 economy scores, mean ± 1.96·s/√16:
        // 29.995834 … 70.004166; functionality (12 scores): 69.40422 … 97.262447
        assertClose("29.995834", r.dimensions().get(Dimension.ECONOMY).ciLow());
        assertClose("70.004166", r.dimensions().get(Dimension.ECONOMY).ciHigh());
        assertClose("69.404220", r.dimensions().get(Dimension.FUNCTIONALITY).ciLow());
        assertClose("97.262447", r.dimensions().get(Dimension.FUNCTIONALITY).ciHigh());
        // overall: 1.96 · sqrt(Σ s_d²/n_d / 36) around 2525/36 → 64.378785 … 75.898993
        assertClose("64.378785", r.overall().ciLow());
        assertClose("75.898993", r.overall().ciHigh());
    }

    private static void assertClose(String expected, BigDecimal actual) {
        assertTrue(new BigDecimal(expected).subtract(actual).abs().compareTo(new BigDecimal("0.000001")) <= 0, expected + " vs " + actual);
    }

    @Test
    void everyFindingNamesRowRespondentQuestionAndRule() throws Exception {
        SurveyReport r = small(null);
        List<String> got = r.findings().stream()
                .map(f -> f.rule().id() + "@" + f.row() + ":" + f.respondent() + ":" + f.question() + ":" + f.value())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "range@7:D:FN1:6", "range@7:D:FN2:4.5", "range@7:D:FN4:x",
                "duplicate@5:A:null:null",
                "missing-id@6:null:null:null",
                "straight-lining@4:C:null:5",
                "too-fast@3:B:null:30",
                "format@4:C:null:2026-13-01", "format@7:D:null:abc"), got);
        assertEquals(2, r.findings().stream().filter(f -> f.rule() == Rule.DUPLICATE).findFirst().orElseThrow().firstRow());
        assertEquals(3L, r.findingsByRule().get(Rule.RANGE));
        assertEquals(0L, r.findingsByRule().get(Rule.OUTLIER));
        assertEquals(0L, r.findingsByRule().get(Rule.NO_ANSWERS));
        assertEquals(LocalDate.of(2026, 7, 1), r.periodFrom());
        assertEquals(LocalDate.of(2026, 9, 30), r.periodTo()); // the day as written, offset not applied
    }

    @Test
    void sampleAdequacyUsesFivePercentAndFiveHundred() throws Exception {
        assertNull(small(null).sample().adequate());
        SurveyReport.Sample s = small(100L).sample();
        assertEquals(500, s.required()); // 5 % of 100 = 5 < 500
        assertFalse(s.adequate());
        assertEquals(496, s.shortfall());
        SurveyReport.Sample big = small(20_001L).sample();
        assertEquals(1001, big.required()); // ceil(5 % × 20001) = ceil(1000.05)
        assertEquals(997, big.shortfall());
    }

    @Test
    void sampleIsAdequateAtTheBoundExactly() {
        Questionnaire q = Questionnaire.standard();
        assertTrue(SurveyReport.Sample.of(10_000L, q.minShare(), q.minCount(), 500).adequate()); // 5 % of 10000 = 500
        assertFalse(SurveyReport.Sample.of(10_020L, q.minShare(), q.minCount(), 500).adequate()); // needs 501
    }

    @Test
    void anAnswerBeyondThreeStandardDeviationsIsFlagged() {
        // 20 answers 5 and one answer 1 to FN1: in (a−1) units mean 80/21, sample variance 16/21;
        // the 1 deviates by 80/21: (80/21)² = 6400/441 ≈ 14.5 > 9 · 16/21 ≈ 6.86 → |z| > 3.
        // The 5s deviate by 4/21: not flagged.
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        for (int i = 0; i < 21; i++) {
            String[] a = new String[q.questions().size()];
            a[0] = i == 13 ? "1" : "5";
            acc.add(new Response(i + 2, "P" + i, a, null, null));
        }
        SurveyReport r = acc.result("t", null);
        assertEquals(1L, r.findingsByRule().get(Rule.OUTLIER));
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.OUTLIER).findFirst().orElseThrow();
        assertEquals(15, f.row());
        assertEquals("P13", f.respondent());
        assertEquals("FN1", f.question());
        assertEquals("1", f.value());
    }

    @Test
    void aBlankIsMissingNeverZero() {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        String[] a = new String[q.questions().size()];
        a[0] = "5"; // every other answer blank
        acc.add(new Response(2, "X", a, null, null));
        SurveyReport r = acc.result("t", null);
        assertEquals(Ratio.HUNDRED, r.dimensions().get(Dimension.FUNCTIONALITY).index());
        assertEquals(1, r.dimensions().get(Dimension.FUNCTIONALITY).answers());
        assertNull(r.dimensions().get(Dimension.ECONOMY).index());
        assertNull(r.overall().index()); // not every dimension answered
        assertNull(r.dimensions().get(Dimension.FUNCTIONALITY).ciLow()); // one answer: no interval
    }

    @Test
    void likertAcceptsIntegersOneToFiveOnly() {
        assertEquals(4, SurveyAccumulator.likert("4"));
        assertEquals(4, SurveyAccumulator.likert("4.0"));
        for (String bad : Arrays.asList("0", "6", "4.5", "x", "-1", "1e1", "")) assertEquals(0, SurveyAccumulator.likert(bad), bad);
    }

    @Test
    void rowsAddedOutOfOrderStillKeepTheEarlierDuplicate() {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q);
        String[] five = new String[q.questions().size()];
        String[] one = new String[q.questions().size()];
        five[0] = "5";
        one[0] = "1";
        acc.add(new Response(9, "Z", one, null, null));
        acc.add(new Response(3, "Z", five, null, null));
        SurveyReport r = acc.result("t", null);
        assertEquals(Ratio.HUNDRED, r.dimensions().get(Dimension.FUNCTIONALITY).index()); // row 3 counts, row 9 is the duplicate
        Finding dup = r.findings().stream().filter(f -> f.rule() == Rule.DUPLICATE).findFirst().orElseThrow();
        assertEquals(9, dup.row());
        assertEquals(3, dup.firstRow());
    }

    @Test
    void generatedFaultsAreAllFoundAndNothingElse() throws Exception {
        Questionnaire q = Questionnaire.standard();
        java.io.StringWriter w = new java.io.StringWriter();
        SurveyGenerator.Injected inj = new SurveyGenerator(q, 42, 0.02).write(3000, w);
        SurveyAccumulator acc = new SurveyAccumulator(q);
        ResponseReader.readCsv(new java.io.ByteArrayInputStream(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "gen.csv", q, acc::add);
        SurveyReport r = acc.result("gen.csv", null);
        assertTrue(inj.range() > 0 && inj.duplicates() > 0 && inj.straight() > 0 && inj.tooFast() > 0 && inj.missingId() > 0, inj.toString());
        assertEquals(inj.range(), r.findingsByRule().get(Rule.RANGE));
        assertEquals(inj.duplicates(), r.findingsByRule().get(Rule.DUPLICATE));
        assertEquals(inj.straight(), r.findingsByRule().get(Rule.STRAIGHT_LINING));
        assertEquals(inj.tooFast(), r.findingsByRule().get(Rule.TOO_FAST));
        assertEquals(inj.missingId(), r.findingsByRule().get(Rule.MISSING_ID));
        assertEquals(0L, r.findingsByRule().get(Rule.FORMAT));
        assertEquals(3000, r.rows());
        assertEquals(3000 - inj.duplicates() - inj.missingId(), r.respondents());
    }

    @Test
    void findingsAreCountedAllButListedUpToTheLimit() {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q, 3);
        for (int i = 0; i < 10; i++) {
            String[] a = new String[q.questions().size()];
            a[0] = "9";
            acc.add(new Response(100 - i, "R" + i, a, null, null));
        }
        SurveyReport r = acc.result("t", null);
        assertEquals(10L, r.findingsByRule().get(Rule.RANGE));
        List<Long> rows = new ArrayList<>();
        r.findings().stream().filter(f -> f.rule() == Rule.RANGE).forEach(f -> rows.add(f.row()));
        assertEquals(List.of(91L, 92L, 93L), rows); // the lowest rows, whatever the order they came in
        assertTrue(r.findingsTruncated());
    }
}
