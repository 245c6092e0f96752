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
 * Each respondent gives one answer to all questions of a dimension (five, civility four), so per
 * dimension and counted row there are five (four) equal scores; OV1, the overall question, is in no
 * dimension: A 4, B 3, C 5, D 2. Counted rows: 2 (A), 3 (B), 4 (C), 7 (D); row 5 repeats
 * A (excluded), row 6 has no id (excluded); row 7's FN1 "6", FN2 "4.5", FN4 "x" are range
 * findings and FN3, FN5 are blank.
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
        // functionality: A 5×100, B 5×50, C 5×100, D none valid → 1250 / 15 = 250/3
        assertEquals(Ratio.of(250, 3), d.get(Dimension.FUNCTIONALITY).index());
        assertEquals(15, d.get(Dimension.FUNCTIONALITY).answers());
        // economy: (75 + 25 + 100 + 0) × 5 / 20 = 50
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
        assertEquals(111, r.overall().answers()); // 15 + 4 × 20 + 16: OV1 is counted in no dimension
        // the overall question on its own: (75 + 50 + 100 + 25) / 4 = 62.5
        assertEquals(Ratio.parse("62.5"), r.overallQuestion().index());
        assertEquals(4, r.overallQuestion().answers());
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
        // Python: statistics.mean / statistics.stdev of the 20 economy scores, mean ± 1.96·s/√20:
        // 32.225832 … 67.774168; functionality (15 scores): 70.986494 … 95.680173
        assertClose("32.225832", r.dimensions().get(Dimension.ECONOMY).ciLow());
        assertClose("67.774168", r.dimensions().get(Dimension.ECONOMY).ciHigh());
        assertClose("70.986494", r.dimensions().get(Dimension.FUNCTIONALITY).ciLow());
        assertClose("95.680173", r.dimensions().get(Dimension.FUNCTIONALITY).ciHigh());
        // overall: 1.96 · sqrt(Σ s_d²/n_d / 36) around 2525/36 → 64.915374 … 75.362403
        assertClose("64.915374", r.overall().ciLow());
        assertClose("75.362403", r.overall().ciHigh());
        // OV1's four scores 75, 50, 100, 25: 30.870636 … 94.129364
        assertClose("30.870636", r.overallQuestion().ciLow());
        assertClose("94.129364", r.overallQuestion().ciHigh());
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
        assertNull(s.adequate(), "a yearly rule is not failed by responses that are not a year's");
        assertFalse(s.annual());
        assertEquals(496, s.shortfall());
        SurveyReport.Sample year = inYear(2026, 100L).sample();
        assertTrue(year.annual());
        assertFalse(year.adequate(), "over the year 2026 the 4 valid responses are short of 500");
        assertEquals(496, year.shortfall());
        SurveyReport.Sample big = small(20_001L).sample();
        assertEquals(1001, big.required()); // ceil(5 % × 20001) = ceil(1000.05)
        assertEquals(997, big.shortfall());
    }

    /** small.csv scored as the year {@code year}. */
    static SurveyReport inYear(int year, Long customers) throws Exception {
        Questionnaire q = Questionnaire.standard();
        SurveyAccumulator acc = new SurveyAccumulator(q, SurveyAccumulator.DEFAULT_LIST_LIMIT, java.time.Year.of(year), null);
        try (InputStream in = SurveyAccumulatorTests.class.getResourceAsStream("small.csv")) {
            ResponseReader.readCsv(in, "small.csv", q, acc::add);
        }
        return acc.result("small.csv", customers, SurveyAccumulator.equalWeights(), Scale.LINEAR, SampleBasis.TOTAL_CUSTOMERS);
    }

    @Test
    void rowsSubmittedOutsideThePeriodAreExcludedAndNamed() throws Exception {
        // every readable date of small.csv is in 2026: scored as 2025, rows 2, 3, 5, 6 and 7 are out of the period;
        // row 4 (C, submitted_at 2026-13-01 unreadable) is kept: 1 valid respondent, answers all 5 → every index 100
        SurveyReport r = inYear(2025, null);
        assertEquals(6, r.rows());
        assertEquals(1, r.valid());
        assertEquals(5L, r.findingsByRule().get(Rule.OUT_OF_PERIOD));
        assertEquals(List.of("2:A=2026-07-01@submitted_at", "3:B=2026-09-30T18:00:00+08:00@submitted_at", "5:A=2026-08-15 10:00@submitted_at",
                "6:null=2026-08-15@submitted_at", "7:D=2026-08-16@submitted_at"),
                findings(r, Rule.OUT_OF_PERIOD));
        assertEquals(0L, r.findingsByRule().get(Rule.DUPLICATE), "row 5 never reached the duplicate rule");
        assertEquals(Ratio.HUNDRED, r.overall().index());
        assertEquals(java.time.Year.of(2025), r.period());
        assertEquals(List.of(), r.frequency().quarters());
        assertEquals(Boolean.FALSE, r.frequency().met());
        assertEquals(List.of("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"), r.frequency().missing(r.period()));
        // scored as 2026: nothing is out of the period; the quarter with responses is Q3 only (C's date is unreadable)
        SurveyReport y = inYear(2026, null);
        assertEquals(0L, y.findingsByRule().get(Rule.OUT_OF_PERIOD));
        assertEquals(List.of("2026-Q3"), y.frequency().quarters());
        assertEquals(Boolean.FALSE, y.frequency().met());
        assertNull(small(null).frequency().met(), "without a year the frequency is listed, not judged");
        assertEquals(List.of("2026-Q3"), small(null).frequency().quarters());
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

    // ---- small hand-built rows on the shipped instrument (24 questions: FN1–4, EC1–4, SF1–4, TM1–4, CF1–4, CV1–4) ----

    private static final Questionnaire Q = Questionnaire.standard();

    /** A row whose first answers are {@code first} (FN1, FN2, …), the rest blank. */
    private static Response row(long row, String id, String submitted, String duration, String... first) {
        String[] a = new String[Q.questions().size()];
        System.arraycopy(first, 0, a, 0, first.length);
        return new Response(row, id, a, submitted, duration);
    }

    private static List<String> findings(SurveyReport r, Rule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule)
                .map(f -> f.row() + ":" + f.respondent() + (f.firstRow() > 0 ? "<" + f.firstRow() : "") + (f.value() == null ? "" : "=" + f.value())
                        + (f.field() == null ? "" : "@" + f.field()))
                .toList();
    }

    @Test
    void twoPartsMergedInEitherOrderCountEachRespondentsEarliestRowOnly() {
        // part P: row 2 A FN1=5 (2026-03-05), row 6 X FN1=1; part Q: row 3 X FN1=3 (2026-02-28), row 4 B FN1=4 (2026-04-10), row 7 A FN1=2
        // whole file: A's row 2, X's row 3, B's row 4 count; rows 6 (X, first on 3) and 7 (A, first on 2) are duplicates.
        // FN1 scores (a − 1) × 25: 100, 50, 75 → functionality 225 / 3 = 75; period 2026-02-28 … 2026-04-10
        for (boolean pFirst : new boolean[] {true, false}) {
            SurveyAccumulator p = new SurveyAccumulator(Q);
            SurveyAccumulator q = new SurveyAccumulator(Q);
            p.add(row(2, "A", "2026-03-05", null, "5"));
            p.add(row(6, "X", null, null, "1"));
            q.add(row(3, "X", "2026-02-28", null, "3"));
            q.add(row(4, "B", "2026-04-10", null, "4"));
            q.add(row(7, "A", null, null, "2"));
            SurveyAccumulator whole = pFirst ? p : q;
            whole.merge(pFirst ? q : p);
            SurveyReport r = whole.result("t", null);
            assertEquals(5, r.rows());
            assertEquals(3, r.respondents());
            assertEquals(3, r.valid());
            assertEquals(Ratio.of(75), r.dimensions().get(Dimension.FUNCTIONALITY).index());
            assertEquals(3, r.dimensions().get(Dimension.FUNCTIONALITY).answers());
            assertEquals(List.of(0L, 0L, 1L, 1L, 1L), Arrays.stream(r.questions().get(0).histogram()).boxed().toList());
            assertEquals(List.of("6:X<3", "7:A<2"), findings(r, Rule.DUPLICATE));
            assertEquals(LocalDate.of(2026, 2, 28), r.periodFrom());
            assertEquals(LocalDate.of(2026, 4, 10), r.periodTo());
        }
    }

    @Test
    void aDuplicateSeenWithinOnePartNamesTheRowThatCountsInTheWholeFile() {
        // part P saw A on rows 5 and 8 (8 repeats 5); part Q saw A on row 3: in the whole file row 3 counts, 5 and 8 repeat it
        SurveyAccumulator p = new SurveyAccumulator(Q);
        p.add(row(5, "A", null, null, "1"));
        p.add(row(8, "A", null, null, "2"));
        SurveyAccumulator q = new SurveyAccumulator(Q);
        q.add(row(3, "A", null, null, "5"));
        p.merge(q);
        SurveyReport r = p.result("t", null);
        assertEquals(List.of("5:A<3", "8:A<3"), findings(r, Rule.DUPLICATE));
        assertEquals(Ratio.HUNDRED, r.dimensions().get(Dimension.FUNCTIONALITY).index()); // only row 3's 5 counts
        assertEquals(1, r.valid());
    }

    @Test
    void mergingNeedsTheSameQuestionnaireByValue() {
        SurveyAccumulator a = new SurveyAccumulator(Q);
        a.merge(new SurveyAccumulator(Questionnaire.parse(Q.raw()))); // an equal instrument read again
        assertEquals(0, a.result("t", null).rows());
        SurveyAccumulator other = new SurveyAccumulator(Q.withMinDurationSeconds(5));
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> a.merge(other));
        assertTrue(e.getMessage().contains("different questionnaires"), e.getMessage());
    }

    @Test
    void aRowMustAnswerEveryQuestionSlotAndTheListLimitIsPositive() {
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.add(new Response(4, "A", new String[23], null, null)));
        assertEquals("row 4: 23 answers for 30 questions", e.getMessage());
        var l = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new SurveyAccumulator(Q, 0));
        assertTrue(l.getMessage().contains("listLimit must be ≥ 1, not 0"), l.getMessage());
        SurveyAccumulator one = new SurveyAccumulator(Q, 1);
        assertEquals(Q, one.questionnaire());
        assertEquals(1, one.result("t", null).listLimit());
    }

    @Test
    void aZScoreOfExactlyThreeIsNotAnOutlierButBeyondThreeIs() {
        // 004 七: "Z 分数超过 3 的数据点需复核确认" — beyond 3, not at 3.
        // FN1 answers: three 1s, nine 2s, one 5; in (a − 1) units: 0 ×3, 1 ×9, 4 ×1, n = 13
        //   mean = (9 + 4) / 13 = 1; Σx² = 9 + 16 = 25; sample variance = (25 − 13²/13) / 12 = 12 / 12 = 1
        //   the 5: (4 − 1)² = 9 = 9 · 1 → |z| = 3 exactly → not flagged
        // one more 2 (n = 14): mean = 14 / 14 = 1; Σx² = 26; variance = (26 − 14) / 13 = 12/13;
        //   9 · 12/13 = 108/13 ≈ 8.31 < 9 → |z| ≈ 3.12 > 3 → flagged (the 1s deviate by 1: 1 < 8.31, not flagged)
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        String[] answers = {"1", "1", "1", "2", "2", "2", "2", "2", "2", "2", "2", "2", "5"};
        for (int i = 0; i < answers.length; i++) acc.add(row(i + 2, "P" + i, null, null, answers[i]));
        assertEquals(0L, acc.result("t", null).findingsByRule().get(Rule.OUTLIER));
        acc.add(row(20, "P20", null, null, "2"));
        SurveyReport r = acc.result("t", null);
        assertEquals(1L, r.findingsByRule().get(Rule.OUTLIER));
        assertEquals(List.of("14:P12=5"), findings(r, Rule.OUTLIER));
    }

    @Test
    void outliersAreCountedAllAndTheLowestRowsListedWhateverTheOrderAndSplit() {
        // FN1: forty 5s and three 1s (rows 10, 20, 30); (a − 1): 4 ×40, 0 ×3, n = 43, mean = 160/43,
        // variance = (640 − 160²/43) / 42 = (27520 − 25600) / (43 · 42) = 1920/1806 ≈ 1.063;
        // a 1 deviates by 160/43 ≈ 3.72: 13.84 > 9 · 1.063 = 9.57 → flagged; a 5 by 12/43: not.
        // Listing limit 1: three counted, row 10 listed. Rows added from the last to the first, in two parts.
        SurveyAccumulator p = new SurveyAccumulator(Q, 1);
        SurveyAccumulator q = new SurveyAccumulator(Q, 1);
        for (int row = 44; row >= 2; row--) { // rows 2–44: 43 rows
            SurveyAccumulator part = row > 25 ? p : q;
            part.add(row(row, "R" + row, null, null, row == 10 || row == 20 || row == 30 ? "1" : "5"));
        }
        p.merge(q);
        SurveyReport r = p.result("t", null);
        assertEquals(43, r.rows());
        assertEquals(3L, r.findingsByRule().get(Rule.OUTLIER));
        assertEquals(List.of("10:R10=1"), findings(r, Rule.OUTLIER));
        assertTrue(r.findingsTruncated());
    }

    @Test
    void weightsMustCoverEveryDimensionNonNegativeAndNotAllZero() {
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        acc.add(row(2, "A", null, null, "5", "4", "3", "2", "1", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5", "5"));
        acc.add(row(3, "B", null, null, "3", "3", "3", "3", "3", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"));
        java.util.Map<Dimension, Ratio> w = new java.util.EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) w.put(d, Ratio.ZERO);
        var zero = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.result("t", null, w));
        assertTrue(zero.getMessage().contains("all 0"), zero.getMessage());
        w.remove(Dimension.COMFORT);
        var missing = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> acc.result("t", null, w));
        assertTrue(missing.getMessage().contains("weight of dimension comfort is missing"), missing.getMessage());
        // a weight of 0 is allowed: only functionality counts, so overall = functionality and so is its interval
        // functionality: A 100 + 75 + 50 + 25 + 0 = 250; B 50 ×5 = 250 → 500 / 10 = 50
        w.put(Dimension.COMFORT, Ratio.ZERO);
        w.put(Dimension.FUNCTIONALITY, Ratio.of(3));
        SurveyReport r = acc.result("t", null, w);
        assertEquals(Ratio.of(50), r.overall().index());
        assertEquals(r.dimensions().get(Dimension.FUNCTIONALITY).ciLow(), r.overall().ciLow());
        assertEquals(r.dimensions().get(Dimension.FUNCTIONALITY).ciHigh(), r.overall().ciHigh());
    }

    @Test
    void straightLiningNeedsAtLeastTheMinimumOfEqualValidAnswers() {
        // the shipped minimum is 10 valid answers (derived); an invalid answer is no answer
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        acc.add(row(2, "TEN", null, null, "4", "4", "4", "4", "4", "9", "4", "4", "4", "4", "4"));  // ten 4s, one range
        acc.add(row(3, "NINE", null, null, "4", "4", "4", "4", "4", "4", "4", "4", "4"));           // nine 4s
        acc.add(row(4, "FIRST", null, null, "3", "4", "4", "4", "4", "4", "4", "4", "4", "4", "4")); // first differs
        acc.add(row(5, "LAST", null, null, "4", "4", "4", "4", "4", "4", "4", "4", "4", "4", "2"));  // last differs
        SurveyReport r = acc.result("t", null);
        assertEquals(List.of("2:TEN=4"), findings(r, Rule.STRAIGHT_LINING));
    }

    @Test
    void aRowWithoutAValidAnswerIsFlaggedAndItsRespondentIsNotAValidResponse() {
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        acc.add(row(2, "E", null, null, "0", "7"));
        acc.add(row(3, "F", null, null, "3"));
        SurveyReport r = acc.result("t", null);
        assertEquals(List.of("2:E"), findings(r, Rule.NO_ANSWERS));
        assertEquals(List.of("2:E=0", "2:E=7"), findings(r, Rule.RANGE));
        assertEquals(2, r.respondents());
        assertEquals(1, r.valid()); // F only
        assertEquals(Ratio.of(50), r.dimensions().get(Dimension.FUNCTIONALITY).index());
    }

    @Test
    void completionTimeBelowTheMinimumIsFlaggedAtTheMinimumItIsNot() {
        // shipped minimum 60 s (derived); a negative or unreadable time is a format finding
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        acc.add(row(2, "A", null, "60", "3"));
        acc.add(row(3, "B", null, "59.90", "3"));
        acc.add(row(4, "C", null, "0", "3"));
        acc.add(row(5, "D", null, "-1", "3"));
        acc.add(row(6, "E", null, " 61 ", "3"));
        acc.add(row(7, "F", null, "1".repeat(41), "3")); // longer than any time anyone means: refused unread
        SurveyReport r = acc.result("t", null);
        assertEquals(List.of("3:B=59.9", "4:C=0"), findings(r, Rule.TOO_FAST));
        assertEquals(List.of("5:D=-1@duration_s", "7:F=" + "1".repeat(41) + "@duration_s"), findings(r, Rule.FORMAT));
        assertEquals(6, r.valid()); // flagged, not excluded
    }

    @Test
    void thePeriodRunsFromTheEarliestToTheLatestDayWhateverTheRowOrder() {
        SurveyAccumulator acc = new SurveyAccumulator(Q);
        acc.add(row(2, "A", "2026-05-10", null, "3"));
        acc.add(row(3, "B", "2026-05-01T08:00:00", null, "3"));
        acc.add(row(4, "C", "2026-06-30 23:59", null, "3"));
        acc.add(row(5, "D", "2026-05-20", null, "3"));
        acc.add(row(6, "E", "2026-02-30", null, "3"));
        SurveyReport r = acc.result("t", null);
        assertEquals(LocalDate.of(2026, 5, 1), r.periodFrom());
        assertEquals(LocalDate.of(2026, 6, 30), r.periodTo());
        assertEquals(List.of("6:E=2026-02-30@submitted_at"), findings(r, Rule.FORMAT));
    }

    @Test
    void submittedAtIsReadAsTheDayWrittenInEveryIsoForm() {
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date("2026-03-02"));
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date(" 2026-03-02 "));
        assertEquals(LocalDate.of(2028, 2, 29), SurveyAccumulator.date("2028-02-29")); // leap day
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date("2026-03-02T23:30"));
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date("2026-03-02 23:30:15"));
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date("2026-03-02T23:30:00-05:00")); // the day as written, offset not applied
        assertEquals(LocalDate.of(2026, 3, 2), SurveyAccumulator.date("2026-03-02 01:00+08:00"));
        for (String bad : List.of("2027-02-29", "2026-3-2", "2026-03-02X10:00", "2026-03-02 25:00", "02/03/2026", "", "2026-03-02T10:00:00.000000000000000000000000000000+08:00",
                "+10000000-03-02T10:00:00.123456789+08:00:00")) { // the last is ISO but 43 characters: no real submission time
            assertNull(SurveyAccumulator.date(bad), bad);
        }
    }

    @Test
    void likertAcceptsOneToFiveWrittenAsDecimalsToo() {
        assertEquals(1, SurveyAccumulator.likert("1"));
        assertEquals(5, SurveyAccumulator.likert("5"));
        assertEquals(1, SurveyAccumulator.likert("1.00"));
        assertEquals(5, SurveyAccumulator.likert("5.0"));
        assertEquals(3, SurveyAccumulator.likert(" 3 "));
        for (String bad : List.of("0.0", "6.0", "5.01", "0.99", "1".repeat(41), "/", ":")) assertEquals(0, SurveyAccumulator.likert(bad), bad);
    }

    @Test
    void aRowTakenBackByAMergeTakesOnlyItsOwnAnswersWithIt() {
        // whole file: rows 2–11 answer FN1 = 5 (row 5 is X, row 7 is Z), row 12 Y answers FN1 = 1,
        // row 20 X answers 1 again and row 25 Z answers nothing: both repeat an earlier row.
        // Part P holds rows 12, 20, 25, part Q rows 2–11; merging takes rows 20 and 25 back out of P.
        // Counted FN1: ten 5s and Y's 1 → (a − 1): 4 ×10, 0 ×1, n = 11, mean 40/11, variance (160 − 1600/11) / 10 = 16/11;
        // the 1 deviates by 40/11: 1600/121 ≈ 13.2 > 9 · 16/11 ≈ 13.1 → an outlier (row 12 only: row 20 is not counted).
        SurveyAccumulator p = new SurveyAccumulator(Q);
        p.add(row(12, "Y", null, null, "1"));
        p.add(row(20, "X", null, null, "1"));
        p.add(row(25, "Z", null, null));
        SurveyAccumulator q = new SurveyAccumulator(Q);
        for (int r = 2; r <= 11; r++) q.add(row(r, r == 5 ? "X" : r == 7 ? "Z" : "R" + r, null, null, "5"));
        p.merge(q);
        SurveyReport r = p.result("t", null);
        assertEquals(13, r.rows());
        assertEquals(11, r.respondents());
        assertEquals(11, r.valid()); // Z's counted row 7 has an answer; its empty row 25 took nothing back
        assertEquals(List.of(1L, 0L, 0L, 0L, 10L), Arrays.stream(r.questions().get(0).histogram()).boxed().toList());
        assertEquals(List.of("20:X<5", "25:Z<7"), findings(r, Rule.DUPLICATE));
        assertEquals(List.of("12:Y=1"), findings(r, Rule.OUTLIER));
        assertEquals(1L, r.findingsByRule().get(Rule.OUTLIER));
    }

    @Test
    void outliersOfDifferentQuestionsAreListedByRowUpToTheLimit() {
        // rows 2–12, FN1 and FN2: ten 5s and one 1 each (row 12 for FN1, row 3 for FN2); as above,
        // ten 5s and one 1 make the 1 an outlier (1600/121 > 144/11). Limit 1: both counted, row 3 listed.
        SurveyAccumulator acc = new SurveyAccumulator(Q, 1);
        for (int r = 2; r <= 12; r++) acc.add(row(r, "R" + r, null, null, r == 12 ? "1" : "5", r == 3 ? "1" : "5"));
        SurveyReport s = acc.result("t", null);
        assertEquals(2L, s.findingsByRule().get(Rule.OUTLIER));
        assertEquals(List.of("3:R3=1"), findings(s, Rule.OUTLIER));
        assertEquals("FN2", s.findings().stream().filter(f -> f.rule() == Rule.OUTLIER).findFirst().orElseThrow().question());
    }

    @Test
    void theFindingsAndPeriodOfEitherPartSurviveAMergeEvenWhenThePartHasNoDates() {
        // part P: row 2 A answers FN1 "9" (range finding), no submitted_at; part Q: row 3 B FN1 = 4 on 2026-01-05
        for (boolean pFirst : new boolean[] {true, false}) {
            SurveyAccumulator p = new SurveyAccumulator(Q);
            p.add(row(2, "A", null, null, "9", "4"));
            SurveyAccumulator q = new SurveyAccumulator(Q);
            q.add(row(3, "B", "2026-01-05", null, "4"));
            SurveyAccumulator whole = pFirst ? p : q;
            whole.merge(pFirst ? q : p);
            SurveyReport r = whole.result("t", null);
            assertEquals(List.of("2:A=9"), findings(r, Rule.RANGE));
            assertEquals(LocalDate.of(2026, 1, 5), r.periodFrom());
            assertEquals(LocalDate.of(2026, 1, 5), r.periodTo());
            assertEquals(Ratio.of(75), r.dimensions().get(Dimension.FUNCTIONALITY).index()); // A's FN2 4 and B's FN1 4
        }
    }
}
