package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The KPI dashboard's figures and sentences, worked out by hand from small files. */
class KpiDashboardModelTests {
    @TempDir
    Path dir;

    private static final String HEADER = "ticket_id,requested_at,channel,type,priority,complexity,region,technician_id,responded_at,appointment_at,"
            + "arrived_at,resolved_at,first_contact_resolved,repeat_of,satisfaction,callback_at,remark\n";

    /** Four phone consultations answered in 5 s, satisfaction 5, 4, 5, 4; a fifth row on channel "fax". */
    private KpiReport four() throws IOException {
        StringBuilder csv = new StringBuilder(HEADER);
        int[] answers = {5, 4, 5, 4};
        for (int i = 0; i < 4; i++) {
            csv.append("T-").append(i).append(",2026-02-0").append(i + 1).append("T10:00:00,phone,consult,normal,,南宁,E1,2026-02-0").append(i + 1)
                    .append("T10:00:05,,,,true,,").append(answers[i]).append(",,\n");
        }
        csv.append("T-9,2026-02-09T10:00:00,fax,consult,normal,,南宁,E1,2026-02-09T10:00:05,,,,true,,5,,\n");
        Path f = dir.resolve("four.csv");
        Files.writeString(f, csv);
        return new KpiEngine(1, null).run(f, new KpiOptions(KpiDashboard.OPTIONS_BY, null, null));
    }

    @Test
    void theStandardChosenSetsTheTargetsAndTheVerdicts() throws IOException {
        KpiReport r = four();
        // index = (mean − 1) ÷ 4 × 100 with mean (5+4+5+4)/4 = 4.5: 87.5 — met at ≥ 85 (244), not at ≥ 90 (259)
        String p244 = new KpiDashboard("en").render(r);
        assertTrue(row(p244, "satisfaction_index").contains("87.50 points"), row(p244, "satisfaction_index"));
        assertTrue(row(p244, "satisfaction_index").contains("≥ 85 points") && row(p244, "satisfaction_index").contains(">met<"));
        KpiDashboard.Standard s259 = new KpiDashboard.Standard("T/GXDSL 259—2025",
                Map.of("satisfaction_index", new KpiDashboard.Target(Ratio.of(90), true, "9.5", true)));
        String p259 = new KpiDashboard("en").render(r, s259);
        String sat = row(p259, "satisfaction_index");
        assertTrue(sat.contains("≥ 90 points") && sat.contains(">not met<"), sat);
        assertTrue(sat.contains("T/GXDSL 259—2025 9.5 (project&#39;s reading)"), "the clause and its reading flagged: " + sat);
        assertTrue(p259.contains("id=\"standard\">T/GXDSL 259—2025<"));
        // the answers: total 18 over 4 answers, mean 4.50
        assertTrue(sat.contains("answer total 18 / 4 answers") && sat.contains("mean answer 4.50 (1 to 5)"), sat);
        // a KPI 259 states no target for is only reported
        assertTrue(row(p259, "hotline_answer").contains("reported only"));
    }

    @Test
    void aStandardAppliedToTheReportSetsTargetsAndVerdictsOfTotalsAndGroups() throws IOException {
        KpiReport r = four();
        KpiDashboard.Standard s = new KpiDashboard.Standard("X", Map.of("satisfaction_index", new KpiDashboard.Target(Ratio.of(90), true, null, false)));
        KpiReport applied = s.applyTo(r);
        // 87.5 against ≥ 90: not met; before, against 244's ≥ 85: met
        assertTrue(r.kpis().get("satisfaction_index").met());
        assertFalse(applied.kpis().get("satisfaction_index").met());
        assertTrue(applied.kpis().get("satisfaction_index").target().compareTo(java.math.BigDecimal.valueOf(90)) == 0);
        // a KPI without a target in the standard is only reported: no target, no verdict; the figures stay
        assertTrue(applied.kpis().get("hotline_answer").target() == null && applied.kpis().get("hotline_answer").met() == null);
        assertTrue(applied.kpis().get("hotline_answer").numerator() == r.kpis().get("hotline_answer").numerator());
        for (KpiReport.Group g : applied.breakdown().groups()) {
            KpiReport.KpiValue v = g.kpis().get("satisfaction_index");
            assertTrue(v.target().intValue() == 90, g.key().toString());
            // the phone group holds all four answers (87.5, not met); the fax row is excluded (no answers, no verdict)
            if (v.denominator() > 0) assertFalse(v.met(), g.key().toString());
            else assertTrue(v.met() == null, g.key().toString());
        }
    }

    @Test
    void aSmallSampleIsSaidAndDrawsNoTrends() throws IOException {
        String zh = new KpiDashboard("zh").render(four());
        assertTrue(zh.contains("id=\"small-sample\">只有 4 行计入 KPI"), "4 counted rows (the fax row is excluded)");
        assertFalse(zh.contains("<figure class=\"trend\""));
        assertTrue(row(zh, "satisfaction_index").contains("样本少"));
    }

    @Test
    void anInvalidChannelIsADataQualityFindingNotAChannel() throws IOException {
        String en = new KpiDashboard("en").render(four());
        String channels = en.substring(en.indexOf("id=\"channel-rows\""), en.indexOf("</table>", en.indexOf("id=\"channel-rows\"")));
        assertFalse(channels.contains("fax"), channels);
        assertTrue(channels.contains("<td>phone</td><td class=\"num\">4</td><td class=\"num\">0</td>"), channels);
        assertTrue(en.contains("<td>Channel value not allowed: fax (rows excluded, not shown as a channel)</td><td class=\"num\">1</td>"));
    }

    @Test
    void theAxisSpansTheValuesAndTheTargetInRoundSteps() {
        // 3.2–5.0: span 1.8 → steps of 1 from 3 to 5
        assertArrayEquals(new int[] {3, 5, 1}, KpiDashboardModel.axis(3.2, 5.0));
        // 30–85: span 55 → 55/10 > 5, so steps of 25 from 25 to 100
        assertArrayEquals(new int[] {25, 100, 25}, KpiDashboardModel.axis(30, 85));
        // 84–95: span 11 → steps of 5 from 80 to 95
        assertArrayEquals(new int[] {80, 95, 5}, KpiDashboardModel.axis(84, 95));
        // a flat 100 keeps a span: 95 to 100
        assertArrayEquals(new int[] {99, 100, 1}, KpiDashboardModel.axis(100, 100));
    }

    @Test
    void valuesAreCutTowardsTheMiss() {
        // 2/3 = 0.666…: 0.66 for at least, 0.67 for at most
        assertTrue(KpiDashboardModel.cut(Ratio.of(2, 3), true, 2).equals("0.66"));
        assertTrue(KpiDashboardModel.cut(Ratio.of(2, 3), false, 2).equals("0.67"));
        // satisfaction 18/4 answers: (4.5 − 1) ÷ 4 × 100 = 87.5; hotline 1/8 = 12.5 %
        assertTrue(KpiDashboardModel.value(true, 18, 4).equals(Ratio.parse("175/2")));
        assertTrue(KpiDashboardModel.value(false, 1, 8).equals(Ratio.parse("25/2")));
    }

    private static String row(String page, String id) {
        int at = page.indexOf("<tr id=\"kpi-" + id + "\">");
        assertTrue(at >= 0, id);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void monthsTheRecordsCutIntoAreMarkedPartial() {
        // one row every 10 min (144 a day) from 5 January to 23 May: January 27 × 144 = 3888 rows over 31 days
        // (125.4 a day), May 23 × 144 = 3312 (106.8 a day); the median month 144 a day, 90 % of it 129.6:
        // January and May are partial, February to April are not
        String[] keys = {"2026-01", "2026-02", "2026-03", "2026-04", "2026-05"};
        long[] rows = {3888, 28 * 144, 31 * 144, 30 * 144, 3312};
        java.util.Map<String, KpiDashboard.Agg> byMonth = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            KpiDashboard.Agg a = new KpiDashboard.Agg();
            a.rows = rows[i];
            byMonth.put(keys[i], a);
        }
        KpiReport r = new KpiReport(KpiReport.SCHEMA_VERSION, "x.csv", null, 0, 0, java.util.Map.of(), java.util.Map.of(), java.util.Map.of(), 0, false,
                java.util.List.of(), null);
        boolean[] p = KpiDashboardModel.partialMonths(r, byMonth, java.util.List.of(keys));
        org.junit.jupiter.api.Assertions.assertArrayEquals(new boolean[] {true, false, false, false, true}, p);
        // from the 2nd (30 of 31 days, 139.4 a day, above 129.6) the first month is whole enough
        byMonth.get("2026-01").rows = 30 * 144;
        org.junit.jupiter.api.Assertions.assertArrayEquals(new boolean[] {false, false, false, false, true},
                KpiDashboardModel.partialMonths(r, byMonth, java.util.List.of(keys)));
    }
}
