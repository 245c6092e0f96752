package io.aftercert.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules this round added: 004's 15-minute limit, a year scored over several files with its
 * quarters, the two 0–100 readings and the two counts of customers.
 */
class SurveyPeriodTests {
    private static final Questionnaire Q = Questionnaire.standard();

    private static Response row(long row, String id, String submitted, String duration, String... first) {
        String[] a = new String[Q.questions().size()];
        System.arraycopy(first, 0, a, 0, first.length);
        return new Response(row, id, a, submitted, duration);
    }

    private static SurveyAccumulator acc(Year year, String file) {
        return new SurveyAccumulator(Q, SurveyAccumulator.DEFAULT_LIST_LIMIT, year, file);
    }

    @Test
    void overFifteenMinutesIsFlaggedAndKeptAtTheBoundNot() {
        // 004 七: 完成时间不超过 15 分钟 — 900 s is within it, 900.5 s and 901 s are over; 59 s is too fast (derived 60 s)
        SurveyAccumulator a = new SurveyAccumulator(Q);
        a.add(row(2, "A", null, "900", "4", "5"));
        a.add(row(3, "B", null, "900.5", "4", "5"));
        a.add(row(4, "C", null, "901", "4", "5"));
        a.add(row(5, "D", null, "59", "4", "5"));
        a.add(row(6, "E", null, "60", "4", "5"));
        SurveyReport r = a.result("t", null);
        assertEquals(2L, r.findingsByRule().get(Rule.TOO_SLOW));
        assertEquals(1L, r.findingsByRule().get(Rule.TOO_FAST));
        assertEquals(5, r.valid(), "flagged rows are kept");
        List<String> slow = r.findings().stream().filter(f -> f.rule() == Rule.TOO_SLOW).map(f -> f.row() + "=" + f.value()).toList();
        assertEquals(List.of("3=900.5", "4=901"), slow);
        assertEquals(900, r.maxDurationSeconds());
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.TOO_SLOW).findFirst().orElseThrow();
        assertEquals("完成用时 900.5 秒，超过 15 分钟（T/GXDSL 244 第七章），已计入，请核查", f.describe("zh", 60, 900));
        assertEquals("completed in 900.5 s, over 15 minutes (T/GXDSL 244 ch. 7); kept, check it", f.describe("en", 60));
    }

    @Test
    void severalFilesKeepTheirOwnDuplicatesAndNameThemselves() {
        // A answers in Q1 and again in Q3 (two survey rounds: both count); B twice in the Q3 file (a duplicate)
        SurveyAccumulator q1 = acc(Year.of(2026), "q1.csv");
        q1.add(row(2, "A", "2026-02-10", null, "5"));
        SurveyAccumulator q3 = acc(Year.of(2026), "q3.csv");
        q3.add(row(2, "A", "2026-08-01", null, "3"));
        q3.add(row(3, "B", "2026-08-02", null, "4"));
        q3.add(row(4, "B", "2026-08-03", null, "1"));
        q3.add(row(5, "C", "2027-01-02", null, "1"));
        q1.merge(q3);
        SurveyReport r = q1.result("q1.csv, q3.csv", 20L, SurveyAccumulator.equalWeights(), Scale.LINEAR, SampleBasis.ACTIVE_CUSTOMERS);
        assertEquals(5, r.rows());
        assertEquals(3, r.respondents()); // A in q1, A and B in q3
        assertEquals(3, r.valid());
        // FN1: 5, 3, 4 → (100 + 50 + 75) / 3 = 75; B's second row and C (2027) are not counted
        assertEquals(Ratio.of(75), r.questions().get(0).index());
        List<String> found = r.findings().stream().map(f -> f.rule().id() + "@" + f.file() + ":" + f.row() + (f.firstRow() > 0 ? "<" + f.firstRow() : "")).toList();
        assertEquals(List.of("duplicate@q3.csv:4<3", "out-of-period@q3.csv:5"), found);
        assertEquals(List.of("2026-Q1", "2026-Q3"), r.frequency().quarters());
        assertEquals(Boolean.FALSE, r.frequency().met());
        assertEquals(List.of("2026-Q2", "2026-Q4"), r.frequency().missing(r.period()));
        // 259 counts active customers: max(⌈5 % × 20⌉, 500) = 500 over the year, 3 valid
        assertEquals(SampleBasis.ACTIVE_CUSTOMERS, r.sample().basis());
        assertTrue(r.sample().annual());
        assertEquals(Boolean.FALSE, r.sample().adequate());
        assertEquals(497L, r.sample().shortfall());
    }

    @Test
    void everyQuarterOfTheYearMeetsTheFrequency() {
        SurveyAccumulator a = acc(Year.of(2026), null);
        String[] days = {"2026-01-01", "2026-04-01", "2026-07-01", "2026-12-31T23:59:59"};
        for (int i = 0; i < 4; i++) a.add(row(i + 2, "R" + i, days[i], null, "4"));
        SurveyReport r = a.result("t", null);
        assertEquals(List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), r.frequency().quarters());
        assertEquals(Boolean.TRUE, r.frequency().met());
        assertEquals(List.of(), r.frequency().missing(r.period()));
        assertEquals(4, r.frequency().required());
        // a row without an id or without a valid answer shows no survey in its quarter
        SurveyAccumulator b = acc(Year.of(2026), null);
        b.add(row(2, null, "2026-01-05", null, "4"));
        b.add(row(3, "X", "2026-04-05", null, "9"));
        b.add(row(4, "Y", "2026-07-05", null, "4"));
        assertEquals(List.of("2026-Q3"), b.result("t", null).frequency().quarters());
    }

    @Test
    void accumulatorsOfDifferentPeriodsDoNotMerge() {
        SurveyAccumulator a = acc(Year.of(2026), null);
        var e = assertThrows(IllegalArgumentException.class, () -> a.merge(acc(Year.of(2025), null)));
        assertTrue(e.getMessage().contains("different periods"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.merge(new SurveyAccumulator(Q)));
        new SurveyAccumulator(Q).merge(new SurveyAccumulator(Q)); // both without a period: fine
    }

    @Test
    void theTwoReadingsOfTheHundredPointScale() {
        // mean (a − 1) = 3.4, i.e. a mean answer of 4.4: linear 3.4 × 25 = 85; × 20: 4.4 × 20 = 88
        Ratio m = Ratio.parse("3.4");
        assertEquals(Ratio.of(85), Scale.LINEAR.score(m));
        assertEquals(Ratio.of(88), Scale.TIMES20.score(m));
        // a mean answer of 4.25 reaches 85 by × 20 only: linear 81.25
        assertEquals(Ratio.of(85), Scale.TIMES20.score(Ratio.parse("3.25")));
        assertEquals(Ratio.parse("81.25"), Scale.LINEAR.score(Ratio.parse("3.25")));
        assertEquals(Ratio.ZERO, Scale.LINEAR.score(Ratio.ZERO));
        assertEquals(Ratio.of(20), Scale.TIMES20.score(Ratio.ZERO));
        assertEquals(625, Scale.LINEAR.varianceFactor());
        assertEquals(400, Scale.TIMES20.varianceFactor());
        assertEquals(Scale.TIMES20, Scale.LINEAR.other());
        assertEquals(Scale.LINEAR, Scale.TIMES20.other());
        assertEquals(Scale.TIMES20, Scale.byId("times20").orElseThrow());
        assertTrue(Scale.byId("x10").isEmpty());
        assertEquals("(x − 1) ÷ 4 × 100", Scale.LINEAR.formula());
        assertEquals("linear", Scale.LINEAR.id());
        assertTrue(SurveyReport.meetsTarget(Ratio.of(85)));
        assertFalse(SurveyReport.meetsTarget(Ratio.parse("84.99")));
        assertNull(SurveyReport.meetsTarget(null));
    }

    @Test
    void eachStandardNamesItsCountOfCustomers() {
        assertEquals(SampleBasis.TOTAL_CUSTOMERS, SampleBasis.forStandard("gxdsl244"));
        assertEquals(SampleBasis.ACTIVE_CUSTOMERS, SampleBasis.forStandard("gxdsl259"));
        assertEquals(SampleBasis.TOTAL_CUSTOMERS, SampleBasis.forStandard("gbt27922"));
        assertEquals(SampleBasis.TOTAL_CUSTOMERS, SampleBasis.forStandard(null));
        assertTrue(SampleBasis.byStandard("hxjt").isEmpty());
        assertEquals("顾客总数", SampleBasis.TOTAL_CUSTOMERS.label("zh"));
        assertEquals("active customers", SampleBasis.ACTIVE_CUSTOMERS.label("en"));
        assertEquals("T/GXDSL 259—2025 第十一章", SampleBasis.ACTIVE_CUSTOMERS.source("zh"));
        assertEquals("T/GXDSL 244—2025 ch. 7", SampleBasis.TOTAL_CUSTOMERS.source("en"));
        assertEquals("gxdsl259", SampleBasis.ACTIVE_CUSTOMERS.standard());
        // both name the quote the data carries
        var bases = Q.raw().path("sample").path("bases");
        assertEquals("顾客总数", bases.get(0).path("zh").asText());
        assertEquals("活跃顾客数", bases.get(1).path("zh").asText());
        assertEquals("建议每季度至少一次", Q.raw().path("sample").path("frequency").path("quote").asText());
    }

    @Test
    void aYearsSampleIsJudgedAndAPartialOneOnlyWhenReached() {
        Ratio share = Ratio.of(1, 20);
        // not a year: 500 reached → true; short → not judged (null), the shortfall still given
        assertEquals(Boolean.TRUE, SurveyReport.Sample.of(1000L, share, 500, 500, SampleBasis.TOTAL_CUSTOMERS, false).adequate());
        SurveyReport.Sample part = SurveyReport.Sample.of(1000L, share, 500, 499, SampleBasis.TOTAL_CUSTOMERS, false);
        assertNull(part.adequate());
        assertEquals(1L, part.shortfall());
        assertEquals(Boolean.FALSE, SurveyReport.Sample.of(1000L, share, 500, 499, SampleBasis.TOTAL_CUSTOMERS, true).adequate());
    }
}
