package io.aftercert.records;

import static io.aftercert.records.TestRecords.HEAD;
import static io.aftercert.records.TestRecords.findings;
import static io.aftercert.records.TestRecords.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per KPI and data-quality rule of docs/records-format.md that mutation testing showed no other
 * test pinned down (issue 23). Every expected value is worked out by hand in the comment beside it.
 */
class KpiRulesTests {
    @TempDir
    Path dir;

    private KpiReport run(String csv) throws IOException {
        return TestRecords.run(dir, csv);
    }

    /** A phone consultation answered after {@code sec} seconds, with the given extra columns. */
    private static String row(String id, String type, int sec, String fcr, String repeatOf, String satisfaction) {
        return id + ",phone," + type + ",normal,,2026-03-02T09:00:00,2026-03-02T09:00:" + String.format("%02d", sec) + ",,,,"
                + fcr + "," + repeatOf + "," + satisfaction + ",\n";
    }

    @Test
    void aKpiExactlyAtItsTargetIsMet() throws IOException {
        StringBuilder csv = new StringBuilder(HEAD);
        // 20 phone repairs: 17 answered within 15 s (10 s), 3 after 20 s → hotline 17/20 = 85 % = target 85 → met
        // first_contact_resolved true on 17 of 20 → 85 % = target 85 → met
        // one repair is a repeat (of R1) → repeat repair 1/20 = 5 % = target 5 (at most) → met
        // satisfaction 5, 5, 4, 4, 4 → mean 22/5 = 4.4 → (4.4 − 1) / 4 × 100 = 85 = target 85 → met
        String[] sat = {"5", "5", "4", "4", "4"};
        for (int i = 1; i <= 20; i++) {
            csv.append(row("R" + i, "repair", i <= 17 ? 10 : 20, i <= 17 ? "true" : "false", i == 20 ? "R1" : "",
                    i <= 5 ? sat[i - 1] : ""));
        }
        KpiReport r = run(csv.toString());
        kpi(r, "hotline_answer", 17, 20);
        assertEquals(0, new BigDecimal("85").compareTo(r.kpis().get("hotline_answer").value()));
        assertEquals(Boolean.TRUE, r.kpis().get("hotline_answer").met());
        kpi(r, "first_contact_resolution", 17, 20);
        assertEquals(Boolean.TRUE, r.kpis().get("first_contact_resolution").met());
        kpi(r, "repeat_repair", 1, 20);
        assertEquals(0, new BigDecimal("5").compareTo(r.kpis().get("repeat_repair").value()));
        assertEquals(Boolean.TRUE, r.kpis().get("repeat_repair").met(), "at most 5 %: exactly 5 % is met");
        assertEquals(0, new BigDecimal("85").compareTo(r.kpis().get("satisfaction_index").value()));
        assertEquals(Boolean.TRUE, r.kpis().get("satisfaction_index").met());
        // phone response (target 95): all 20 within 30 s → 100 % met
        assertEquals(Boolean.TRUE, r.kpis().get("phone_response").met());

        // one step past each target: 16/20 = 80 % not met; 2/20 = 10 % > 5 % not met
        StringBuilder below = new StringBuilder(HEAD);
        for (int i = 1; i <= 20; i++) {
            below.append(row("R" + i, "repair", i <= 16 ? 10 : 20, i <= 16 ? "true" : "false", i >= 19 ? "R1" : "", ""));
        }
        KpiReport b = run(below.toString());
        assertEquals(Boolean.FALSE, b.kpis().get("hotline_answer").met());
        assertEquals(Boolean.FALSE, b.kpis().get("first_contact_resolution").met());
        assertEquals(Boolean.FALSE, b.kpis().get("repeat_repair").met());
        // and below 5 %: 0/20 = 0 % met (at most)
        StringBuilder none = new StringBuilder(HEAD);
        for (int i = 1; i <= 20; i++) none.append(row("R" + i, "repair", 10, "", "", ""));
        assertEquals(Boolean.TRUE, run(none.toString()).kpis().get("repeat_repair").met());
    }

    @Test
    void eachResolutionClassTakesItsMeanAndMedianFromItsOwnDurations() throws IOException {
        // responded 09:00:00 each; simple resolved after 1 h, 2 h, 6 h; complex after 10 h, 20 h, 30 h, 40 h
        KpiReport r = run(HEAD
                + "S1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T10:00:00,,,,\n"
                + "S2,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T11:00:00,,,,\n"
                + "S3,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T15:00:00,,,,\n"
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T19:00:00,,,,\n"
                + "X2,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T05:00:00,,,,\n"
                + "X3,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T15:00:00,,,,\n"
                + "X4,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-04T01:00:00,,,,\n");
        // simple: within 4 h are 1 h, 2 h → 2/3; mean (1 + 2 + 6) / 3 = 3 h; median of 1, 2, 6 = 2 h
        kpi(r, "resolution_simple", 2, 3);
        assertEquals(0, new BigDecimal("3").compareTo(r.kpis().get("resolution_simple").meanHours()));
        assertEquals(0, new BigDecimal("2").compareTo(r.kpis().get("resolution_simple").medianHours()));
        // complex: all by Thursday's end (responded Monday 2 March) → 4/4; mean (10 + 20 + 30 + 40) / 4 = 25 h;
        // median of 10, 20, 30, 40 = (20 + 30) / 2 = 25 h — make it differ from the mean with X4 below
        kpi(r, "resolution_complex", 4, 4);
        assertEquals(0, new BigDecimal("25").compareTo(r.kpis().get("resolution_complex").meanHours()));
        assertEquals(0, new BigDecimal("25").compareTo(r.kpis().get("resolution_complex").medianHours()));

        KpiReport odd = run(HEAD
                + "S1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T10:00:00,,,,\n"
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T19:00:00,,,,\n"
                + "X2,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T05:00:00,,,,\n"
                + "X3,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-04T21:00:00,,,,\n");
        // complex 10 h, 20 h, 60 h: median 20 h, mean 30 h; simple 1 h: median and mean 1 h
        assertEquals(0, new BigDecimal("20").compareTo(odd.kpis().get("resolution_complex").medianHours()));
        assertEquals(0, new BigDecimal("30").compareTo(odd.kpis().get("resolution_complex").meanHours()));
        assertEquals(0, new BigDecimal("1").compareTo(odd.kpis().get("resolution_simple").medianHours()));
        assertEquals(0, new BigDecimal("1").compareTo(odd.kpis().get("resolution_simple").meanHours()));
        // even count: 1 h, 3 h → median (1 + 3) / 2 = 2 h (not the upper 3 h nor the lower 1 h)
        KpiReport even = run(HEAD
                + "S1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T12:00:00,,,,\n"
                + "S2,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T10:00:00,,,,\n");
        assertEquals(0, new BigDecimal("2").compareTo(even.kpis().get("resolution_simple").medianHours()));
        assertNull(even.kpis().get("resolution_complex").medianHours(), "no complex rows: no median");
    }

    @Test
    void resolutionOutliersAreJudgedOnResolutionDurations() throws IOException {
        StringBuilder csv = new StringBuilder(HEAD);
        // every response takes 60 s; 20 resolutions take 1 h (3600 s) and one 100 000 s (27:46:40):
        // with 20 equal values and one other, the odd one's z-score is √20 ≈ 4.47 > 3 → row 21 flagged;
        // no response is an outlier (all equal, standard deviation 0)
        for (int i = 1; i <= 20; i++) {
            csv.append("R").append(i).append(",phone,repair,normal,complex,2026-03-02T09:00:00,2026-03-02T09:01:00,,,2026-03-02T10:01:00,,,,\n");
        }
        csv.append("R21,phone,repair,normal,complex,2026-03-02T09:00:00,2026-03-02T09:01:00,,,2026-03-03T12:47:40,,,,\n");
        KpiReport r = run(csv.toString());
        assertEquals(List.of(21L), r.outliers().get("resolution").rows());
        assertEquals(0, r.outliers().get("response").count());
        // resolution mean (20 × 3600 + 100000) / 21 = 172000/21 s; response mean 60 s, deviation 0
        assertEquals("172000/21", r.outliers().get("resolution").meanExact());
        assertEquals(0, new BigDecimal("60").compareTo(r.outliers().get("response").mean()));
        assertEquals(0, BigDecimal.ZERO.compareTo(r.outliers().get("response").stdDev()));
        // resolution variance: Σx²/n − mean² = (20·3600² + 100000²)/21 − (172000/21)²
        //   = (259 200 000 + 10 000 000 000)/21 − 29 584 000 000/441 = 215 443 200 000/441 − 29 584 000 000/441
        //   = 185 859 200 000/441 → sd = √(185 859 200 000)/21 = 431114.14…/21 = 20529.24…
        double sd = Math.sqrt(185_859_200_000.0) / 21;
        assertEquals(sd, r.outliers().get("resolution").stdDev().doubleValue(), 1e-3);
    }

    @Test
    void answeredButUnresolvedRequestsAreNotInTheResolutionDenominator() throws IOException {
        KpiReport r = run(HEAD
                + "S1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T11:00:00,,,,\n" // 2 h: in 4 h
                + "S2,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,,,,,\n"                    // answered, unresolved
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T09:00:00,,,,\n"
                + "X2,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,,,,,\n");                // answered, unresolved
        kpi(r, "resolution_simple", 1, 1);
        kpi(r, "resolution_complex", 1, 1);
        // the mean of the one resolved simple request is its own 2 h, of the complex one 24 h
        assertEquals(0, new BigDecimal("2").compareTo(r.kpis().get("resolution_simple").meanHours()));
        assertEquals(0, new BigDecimal("24").compareTo(r.kpis().get("resolution_complex").meanHours()));
        kpi(r, "callback_ratio", 0, 2); // resolved: S1 and X1
    }

    @Test
    void onlyRowsWithAppointmentAndArrivalCountForOnTimeArrival() throws IOException {
        KpiReport r = run(HEAD
                + "A1,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T08:05:00,2026-03-02T10:00:00,2026-03-02T10:10:00,,,,,\n" // 10 min late: on time
                + "A2,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T08:05:00,,2026-03-02T10:10:00,,,,,\n"                    // arrival, no appointment
                + "A3,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T08:05:00,2026-03-02T10:00:00,,,,,,\n"                    // appointment, no arrival
                + "A4,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T08:05:00,2026-03-02T10:00:00,2026-03-02T10:31:00,,,,,\n"); // 31 min late
        kpi(r, "on_time_arrival", 1, 2); // A1 of A1, A4
        assertEquals(0, r.rowsExcluded());
    }

    @Test
    void satisfactionAnswersOneToFiveAreAcceptedAndNothingElse() throws IOException {
        KpiReport r = run(HEAD
                + row("T1", "consult", 5, "", "", "1")
                + row("T2", "consult", 5, "", "", "5")
                + row("T3", "consult", 5, "", "", "0")
                + row("T4", "consult", 5, "", "", "6")
                + row("T5", "consult", 5, "", "", "12"));
        // answers 1 and 5 are kept: mean 3 → (3 − 1) / 4 × 100 = 50; 0, 6 and 12 are range findings
        assertEquals(2L, r.kpis().get("satisfaction_index").responses());
        assertEquals(6, r.kpis().get("satisfaction_index").numerator());
        assertEquals(0, new BigDecimal("50").compareTo(r.kpis().get("satisfaction_index").value()));
        assertEquals(List.of("3 satisfaction range not-1-to-5", "4 satisfaction range not-1-to-5", "5 satisfaction range not-1-to-5"),
                findings(r));
        // a lone answer of 1 is index 0, a lone 5 is 100
        assertEquals(0, BigDecimal.ZERO.compareTo(run(HEAD + row("T1", "consult", 5, "", "", "1")).kpis().get("satisfaction_index").value()));
        assertEquals(0, new BigDecimal("100").compareTo(run(HEAD + row("T1", "consult", 5, "", "", "5")).kpis().get("satisfaction_index").value()));
    }

    @Test
    void everyEmptyRequiredFieldIsACompletenessFinding() throws IOException {
        KpiReport r = run(HEAD
                + "E1,,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n"
                + "E2,phone,,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n"
                + "E3,phone,consult,,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n"
                + "E4,phone,consult,normal,,,2026-03-02T09:00:05,,,,,,,\n"
                + "E5,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n");
        assertEquals(List.of("1 channel completeness empty", "2 type completeness empty", "3 priority completeness empty",
                "4 requested_at completeness empty"), findings(r));
        assertEquals(4, r.rowsExcluded());
        kpi(r, "hotline_answer", 1, 1); // E5 only
        // an unknown complexity is a range finding; an empty one means simple
        KpiReport c = run(HEAD + "C1,onsite,repair,normal,hard,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T10:00:00,,,,\n"
                + "C2,onsite,repair,normal,,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T10:00:00,,,,\n");
        assertEquals(List.of("1 complexity range not-allowed"), findings(c));
        kpi(c, "resolution_simple", 1, 1);
        kpi(c, "resolution_complex", 0, 0);
        // an unknown type is a range finding too
        assertEquals(List.of("1 type range not-allowed"), findings(run(HEAD + "Y1,phone,chat,normal,,2026-03-02T09:00:00,,,,,,,,\n")));
    }

    @Test
    void aRetractedDuplicateLeavesNoTraceInTheSpread() throws IOException {
        // responses 60, 60, 120, 120 s; then D1 again (a duplicate, taken out) with 6000 s and a 30 000 s resolution
        // kept rows: response mean 90 s, population variance ((30² × 4) / 4) = 900 → sd 30 s
        // resolutions of the kept rows: 3600 s and 7200 s → mean 5400 s, sd 1800 s
        KpiReport r = run(HEAD
                + "D1,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:01:00,,,2026-03-02T10:01:00,,,,\n"
                + "D2,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:01:00,,,2026-03-02T11:01:00,,,,\n"
                + "D3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:02:00,,,,,,,\n"
                + "D4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:02:00,,,,,,,\n"
                + "D1,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T10:40:00,,,2026-03-02T19:00:00,,,,\n");
        assertEquals(List.of("5 ticket_id logic duplicate-ticket"), findings(r));
        assertEquals(0, new BigDecimal("90").compareTo(r.outliers().get("response").mean()));
        assertEquals(0, new BigDecimal("30").compareTo(r.outliers().get("response").stdDev()));
        assertEquals(0, new BigDecimal("5400").compareTo(r.outliers().get("resolution").mean()));
        assertEquals(0, new BigDecimal("1800").compareTo(r.outliers().get("resolution").stdDev()));
        kpi(r, "phone_response", 0, 4);
        kpi(r, "resolution_simple", 2, 2); // 1 h and 2 h, both within 4 h; the duplicate's 8 h 20 min is gone
        assertEquals(0, new BigDecimal("1.5").compareTo(r.kpis().get("resolution_simple").meanHours()));
        assertEquals(1, r.rowsExcluded());
    }

    @Test
    void the29thOfFebruaryExistsInLeapYearsOnly() throws IOException {
        KpiReport r = run(HEAD
                + "L1,phone,consult,normal,,2028-02-29T09:00:00,2028-02-29T09:00:05,,,,,,,\n" // 2028: divisible by 4
                + "L2,phone,consult,normal,,2000-02-29T09:00:00,2000-02-29T09:00:05,,,,,,,\n" // 2000: divisible by 400
                + "L3,phone,consult,normal,,2026-02-29T09:00:00,,,,,,,,\n"                    // 2026: not a leap year
                + "L4,phone,consult,normal,,2100-02-29T09:00:00,,,,,,,,\n"                    // 2100: divisible by 100, not 400
                + "L5,phone,consult,normal,,2026-04-31T09:00:00,,,,,,,,\n"                    // April has 30 days
                + "L6,phone,consult,normal,,2026-12-31T23:59:59,2027-01-01T00:00:09,,,,,,,\n" // 10 s across the year's end
                + "L7,phone,consult,normal,,2026-02-28T23:59:50,2026-03-01T00:00:05,,,,,,,\n"); // 15 s across 28 Feb (no 29th)
        assertEquals(List.of("3 requested_at range not-a-timestamp", "4 requested_at range not-a-timestamp",
                "5 requested_at range not-a-timestamp"), findings(r));
        kpi(r, "hotline_answer", 4, 4); // L1, L2, L6, L7 each within 15 s
    }

    @Test
    void aTruncatedTimestampIsAFindingNotMidnightOrTheEpoch() throws IOException {
        KpiReport r = run(HEAD
                + "T1,phone,consult,normal,,2026-03-02,,,,,,,,\n"
                + "T2,phone,consult,normal,,2026-03-02T09,,,,,,,,\n"
                + "T3,phone,consult,normal,,2026-03-02T09:0,,,,,,,,\n"
                + "T4,phone,consult,normal,,2026-03-02T09:00:0,,,,,,,,\n"
                + "T5,phone,consult,normal,,2026-03-02T09:00,2026-03-02,,,,,,,\n"
                + "T6,phone,consult,normal,,2026-03-02T09:00:00.,,,,,,,,\n"
                + "T7,phone,consult,normal,,2026-03-02T09:00:00+08:0,,,,,,,,\n"
                + "T8,phone,consult,normal,,2026-03-02T24:00:00,,,,,,,,\n"
                + "T9,phone,consult,normal,,2026-13-02T09:00:00,,,,,,,,\n"
                + "T10,phone,consult,normal,,2026-03-02T09:60:00,,,,,,,,\n"
                + "T11,phone,consult,normal,,2026-03-02T09:00:60,,,,,,,,\n"
                + "T12,phone,consult,normal,,2026-03-02T09:00:00+19:00,,,,,,,,\n"
                + "T13,phone,consult,normal,,2026-03-02T09:00:00X,,,,,,,,\n"
                + "T14,phone,consult,normal,,2026-00-02T09:00:00,,,,,,,,\n"
                + "T15,phone,consult,normal,,2026-03-00T09:00:00,,,,,,,,\n"
                + "T16,phone,consult,normal,,2026-03/02T09:00:00,,,,,,,,\n");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= 16; i++) expected.add(i + (i == 5 ? " responded_at" : " requested_at") + " range not-a-timestamp");
        assertEquals(expected, findings(r));
        assertEquals(16, r.rowsExcluded());
    }

    @Test
    void offsetsMillisecondsAndShortFormsAreReadToTheMillisecond() throws IOException {
        KpiReport r = run(HEAD
                // −05:30 and +0800 and +08 and Z: all the same instant 01:00:00Z requested; answers 15 s later
                + "O1,phone,consult,normal,,2026-03-01T19:30:00-05:30,2026-03-02T01:00:15Z,,,,,,,\n"
                + "O2,phone,consult,normal,,2026-03-02T09:00:00+0800,2026-03-02T09:00:15+08,,,,,,,\n"
                // 15.001 s: just over 15 s
                + "O3,phone,consult,normal,,2026-03-02T09:00:00.000+08:00,2026-03-02T09:00:15.001+08:00,,,,,,,\n"
                // 14.9999 s: the fourth fraction digit is dropped, 14.999 s
                + "O4,phone,consult,normal,,2026-03-02T09:00:00+08:00,2026-03-02T09:00:14.9999+08:00,,,,,,,\n");
        assertEquals(List.of(), findings(r));
        kpi(r, "hotline_answer", 3, 4); // O1, O2, O4
        kpi(r, "phone_response", 4, 4);
    }

    @Test
    void aZScoreOfExactlyThreeIsNotAnOutlier() throws IOException {
        // nine responses of 0 s and one of 100 s: mean 10 s, population variance (9 × 10² + 90²) / 10 = 900, sd 30 s,
        // so the 100 s response is exactly 3 standard deviations out: not "exceeds 3", not flagged
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 9; i++) csv.append("Z").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,,,,\n");
        csv.append("Z10,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:40,,,,,,,\n");
        KpiReport r = run(csv.toString());
        assertEquals(0, new BigDecimal("30").compareTo(r.outliers().get("response").stdDev()));
        assertEquals(List.of(), r.outliers().get("response").rows());
        // ten of 0 s and one of 110 s: mean 10 s, variance (10 × 10² + 100²) / 11 = 1000, z = 100 / √1000 = 3.16… > 3: flagged
        csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 10; i++) csv.append("Z").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,,,,\n");
        csv.append("Z11,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:50,,,,,,,\n");
        assertEquals(List.of(11L), run(csv.toString()).outliers().get("response").rows());
        // and a response in the very second of the request can be the outlier: twenty of 100 s and one of 0 s, z = √20
        csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 20; i++) csv.append("Z").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:40,,,,,,,\n");
        csv.append("Z21,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,,,,\n");
        assertEquals(List.of(21L), run(csv.toString()).outliers().get("response").rows());
    }

    @Test
    void responseOutliersAreJudgedWithinTheirOwnChannel() throws IOException {
        // phone: ten answered at once and one after 110 s (rows 1–11): within phone mean 10 s, variance
        // (10 × 10² + 100²) / 11 = 1000, z of the 110 s answer = 100 / √1000 = 3.16… > 3: flagged
        // on-site: six after 1 h and six after 3 h (rows 12–23): mean 7200 s, sd 3600 s, every z = 1: none flagged
        // (all 23 pooled: mean 86510 / 23 ≈ 3761 s, sd ≈ 4434 s; the 110 s answer's z ≈ 0.82 would hide it)
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 10; i++) csv.append("P").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,,,,\n");
        csv.append("P11,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:50,,,,,,,\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("S").append(i).append(",onsite,repair,normal,,2026-03-02T09:00:00,2026-03-02T").append(i <= 6 ? "10" : "12").append(":00:00,,,,,,,\n");
        }
        KpiReport.Outliers o = run(csv.toString()).outliers().get("response");
        assertEquals(List.of(11L), o.rows());
        assertEquals(1, o.count());
        assertEquals(2, o.channels().size());
        KpiReport.ChannelOutliers phone = o.channels().get(0);
        assertEquals("phone", phone.channel());
        assertEquals(11, phone.durations());
        assertEquals(1, phone.count());
        assertEquals(0, new BigDecimal("10").compareTo(phone.mean()));
        assertEquals(Math.sqrt(1000), phone.stdDev().doubleValue(), 1e-6);
        KpiReport.ChannelOutliers onsite = o.channels().get(1);
        assertEquals("onsite", onsite.channel());
        assertEquals(12, onsite.durations());
        assertEquals(0, onsite.count());
        assertEquals(0, new BigDecimal("7200").compareTo(onsite.mean()));
        assertEquals(0, new BigDecimal("3600").compareTo(onsite.stdDev()));
        // the overall mean stays for reference: 86510 / 23
        assertEquals("86510/23", o.meanExact());

        // thirty phone answers after 10 s and two on-site responses after 2 h: each channel is uniform (sd 0), so
        // nothing is an outlier; pooled (mean 459.375 s, sd ≈ 1740 s) the two on-site rows would be z ≈ 3.87
        csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 30; i++) csv.append("P").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10,,,,,,,\n");
        for (int i = 1; i <= 2; i++) csv.append("S").append(i).append(",onsite,repair,normal,,2026-03-02T09:00:00,2026-03-02T11:00:00,,,,,,,\n");
        o = run(csv.toString()).outliers().get("response");
        assertEquals(List.of(), o.rows());
        assertEquals(0, o.count());
        assertEquals(List.of(0L, 0L), o.channels().stream().map(KpiReport.ChannelOutliers::count).toList());
        assertEquals(List.of(30L, 2L), o.channels().stream().map(KpiReport.ChannelOutliers::durations).toList());
    }

    @Test
    void mediansOfUnsortedDurationsWithRepeatsAreTheMiddleValues() throws IOException {
        // simple, in file order: 5 1 4 1 5 9 2 6 5 h → sorted 1 1 2 4 5 5 5 6 9: median 5 h, mean 38/9 h, within 4 h: 1 1 2 4 → 4/9
        // complex: 5 1 4 1 5 9 2 6 5 3 h → sorted 1 1 2 3 4 5 5 5 6 9: median (4 + 5) / 2 = 4.5 h, mean 41/10 h, all in time
        StringBuilder csv = new StringBuilder(HEAD);
        int[] hours = {5, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        for (int i = 0; i < hours.length; i++) {
            String resolved = String.format("2026-03-02T%02d:00:00", 9 + hours[i]);
            if (i < 9) csv.append("S").append(i).append(",onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T09:00:00,,,").append(resolved).append(",,,,\n");
            csv.append("X").append(i).append(",onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,").append(resolved).append(",,,,\n");
        }
        KpiReport r = run(csv.toString());
        kpi(r, "resolution_simple", 4, 9);
        assertEquals(0, new BigDecimal("5").compareTo(r.kpis().get("resolution_simple").medianHours()));
        assertEquals("38/9", r.kpis().get("resolution_simple").meanHoursExact());
        kpi(r, "resolution_complex", 10, 10);
        assertEquals(0, new BigDecimal("4.5").compareTo(r.kpis().get("resolution_complex").medianHours()));
        assertEquals(0, new BigDecimal("4.1").compareTo(r.kpis().get("resolution_complex").meanHours()));
    }

    @Test
    void aRetractedDuplicateLeavesNoTraceInComplexResolutionSatisfactionOrCallbacks() throws IOException {
        // X1 complex 10 h, satisfaction 5, called back; X2 complex 20 h, satisfaction 3; X1 again (taken out): 40 h, 1, called back
        // kept: complex 2/2 with mean (10 + 20) / 2 = 15 h and median 15 h; satisfaction (5 + 3) / 2 = 4 → 75; callbacks 1/2
        KpiReport r = run(HEAD
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T19:00:00,,,5,2026-03-03T09:00:00\n"
                + "X2,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T05:00:00,,,3,\n"
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-04T01:00:00,,,1,2026-03-05T09:00:00\n");
        kpi(r, "resolution_complex", 2, 2);
        assertEquals(0, new BigDecimal("15").compareTo(r.kpis().get("resolution_complex").meanHours()));
        assertEquals(0, new BigDecimal("15").compareTo(r.kpis().get("resolution_complex").medianHours()));
        assertEquals(2L, r.kpis().get("satisfaction_index").responses());
        assertEquals(0, new BigDecimal("75").compareTo(r.kpis().get("satisfaction_index").value()));
        kpi(r, "callback_ratio", 1, 2);
        // the resolution spread of the kept rows only: 36 000 s and 72 000 s → mean 54 000 s, sd 18 000 s
        assertEquals(0, new BigDecimal("54000").compareTo(r.outliers().get("resolution").mean()));
        assertEquals(0, new BigDecimal("18000").compareTo(r.outliers().get("resolution").stdDev()));
    }

    @Test
    void aShortRowsMissingColumnsAreEmptyAndEqualTimesAreInOrder() throws IOException {
        // row 1 is complete; row 2 stops after requested_at (its responded_at … callback_at are missing, not row 1's);
        // row 3 is answered, arrived at and resolved in the very second it was requested: no logic finding, 0 s each
        KpiReport r = run(HEAD
                + "A1,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10,2026-03-02T10:00:00,2026-03-02T10:00:00,2026-03-02T11:00:00,true,,5,2026-03-02T12:00:00\n"
                + "A2,phone,consult,normal,,2026-03-02T09:00:00\n"
                + "A3,onsite,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,2026-03-02T09:00:00,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,\n");
        assertEquals(List.of(), findings(r));
        kpi(r, "phone_response", 1, 2);             // A1 in 10 s; A2 never answered
        kpi(r, "first_contact_resolution", 1, 1);   // A1 only
        kpi(r, "callback_ratio", 1, 2);             // resolved: A1 (called back) and A3
        kpi(r, "on_time_arrival", 2, 2);
        assertEquals(1L, r.kpis().get("satisfaction_index").responses());
        // resolutions 7 190 s (09:00:10 → 11:00:00 is 1 h 59 min 50 s) and 0 s: mean 3 595 s; responses 10 s and 0 s: mean 5 s
        assertEquals(0, new BigDecimal("3595").compareTo(r.outliers().get("resolution").mean()));
        assertEquals(0, new BigDecimal("5").compareTo(r.outliers().get("response").mean()));
    }
}
