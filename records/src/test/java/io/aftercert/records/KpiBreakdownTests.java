package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Breakdowns and periods on a handful of rows, every group worked out by hand. */
class KpiBreakdownTests {
    @TempDir
    Path dir;

    private static final String CSV = "ticket_id,channel,type,priority,region,requested_at,responded_at,repeat_of\n"
            + "G1,phone,consult,normal,南宁,2026-01-15T10:00:00,2026-01-15T10:00:10,\n"       // 2026-01, Q1, answered in 10 s
            + "G2,phone,consult,normal,南宁,2026-03-31T23:59:59,2026-04-01T00:00:19,\n"       // 2026-03 (requested), Q1, 20 s
            + "G3,online,consult,normal,柳州,2026-04-01T00:00:00,2026-04-01T00:05:00,\n"      // 2026-04, Q2, 5 min
            + "G4,phone,consult,normal,,,2026-04-01T00:05:00,\n"                            // no requested_at: group "", a finding
            + "G5,phone,repair,normal,柳州,2025-12-31T23:00:00,2025-12-31T23:00:40,\n"       // 2025-12, 2025-Q4, 40 s
            + "G6,phone,repair,normal,柳州,2026-02-01T08:00:00,2026-02-01T08:00:05,G5\n";    // 2026-02, Q1, a repeat of G5

    private KpiReport run(KpiOptions options) throws IOException {
        Path f = dir.resolve("records.csv");
        Files.write(f, CSV.getBytes(StandardCharsets.UTF_8));
        return new KpiEngine(1, null).run(f, options);
    }

    private static List<String> groups(KpiReport r, String kpi) {
        return r.breakdown().groups().stream().map(g -> String.join("|", g.key().values()) + " rows " + g.rows() + " excluded "
                + g.rowsExcluded() + " findings " + g.findingsCount() + " " + kpi + " " + g.kpis().get(kpi).numerator() + "/"
                + g.kpis().get(kpi).denominator()).toList();
    }

    @Test
    void monthsAndQuartersFollowTheRequestDateInLabelOrder() throws IOException {
        KpiReport byMonth = run(new KpiOptions(List.of(KpiOptions.GroupBy.MONTH), null, null));
        assertEquals(List.of("month"), byMonth.breakdown().by());
        assertEquals(List.of(
                " rows 1 excluded 1 findings 1 phone_response 0/0",
                "2025-12 rows 1 excluded 0 findings 0 phone_response 0/1",   // 40 s > 30 s
                "2026-01 rows 1 excluded 0 findings 0 phone_response 1/1",
                "2026-02 rows 1 excluded 0 findings 0 phone_response 1/1",
                "2026-03 rows 1 excluded 0 findings 0 phone_response 1/1",
                "2026-04 rows 1 excluded 0 findings 0 phone_response 0/0"), groups(byMonth, "phone_response"));
        KpiReport byQuarter = run(new KpiOptions(List.of(KpiOptions.GroupBy.QUARTER), null, null));
        assertEquals(List.of(
                " rows 1 excluded 1 findings 1 phone_response 0/0",
                "2025-Q4 rows 1 excluded 0 findings 0 phone_response 0/1",
                "2026-Q1 rows 3 excluded 0 findings 0 phone_response 3/3",
                "2026-Q2 rows 1 excluded 0 findings 0 phone_response 0/0"), groups(byQuarter, "phone_response"));
        // totals are the same as without a breakdown: 6 rows, 1 excluded, phone 3 of 4 (G1, G2, G6; not G5)
        assertEquals(6, byQuarter.rows());
        assertEquals(1, byQuarter.rowsExcluded());
        assertEquals(3, byQuarter.kpis().get("phone_response").numerator());
        assertEquals(4, byQuarter.kpis().get("phone_response").denominator());
        assertNull(run(KpiOptions.NONE).breakdown());
    }

    @Test
    void textKeysGroupByTheirValueAndAnEmptyOneIsItsOwnGroup() throws IOException {
        KpiReport r = run(new KpiOptions(List.of(KpiOptions.GroupBy.REGION, KpiOptions.GroupBy.CHANNEL), null, null));
        assertEquals(List.of(
                "|phone rows 1 excluded 1 findings 1 repeat_repair 0/0",
                "南宁|phone rows 2 excluded 0 findings 0 repeat_repair 0/0",
                "柳州|online rows 1 excluded 0 findings 0 repeat_repair 0/0",
                "柳州|phone rows 2 excluded 0 findings 0 repeat_repair 1/2"), groups(r, "repeat_repair"));
        // type: consult G1 (10 s) and G2 (20 s) are the phone consults → hotline 1/2; repairs G5 (40 s), G6 (5 s) → 1/2
        KpiReport t = run(new KpiOptions(List.of(KpiOptions.GroupBy.TYPE), null, null));
        assertEquals(List.of("consult rows 4 excluded 1 findings 1 hotline_answer 1/2", "repair rows 2 excluded 0 findings 0 hotline_answer 1/2"),
                groups(t, "hotline_answer"));
    }

    @Test
    void aPeriodCountsRequestsOnItsDatesInclusiveAndStillKnowsTicketsOutsideIt() throws IOException {
        // 1 Feb – 31 Mar: G2 (31 Mar) and G6 (1 Feb) inside; G4 has no date and is counted (with its finding);
        // G6 repeats G5, which is outside the period but in the file: no unknown-ticket finding; findings name the file's row
        KpiReport r = run(new KpiOptions(List.of(), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 31)));
        assertEquals(3, r.rows());
        assertEquals(1, r.rowsExcluded());
        assertEquals(List.of("4 requested_at completeness"), r.findings().stream().map(f -> f.row() + " " + f.column() + " " + f.rule()).toList());
        assertEquals(2, r.kpis().get("phone_response").numerator()); // G2 20 s, G6 5 s
        assertEquals(1, r.kpis().get("repeat_repair").numerator());
        assertEquals("2026-02-01", r.period().from());
        assertEquals("2026-03-31", r.period().to());
        // an open end: from 1 April on, G3 only (and the undated G4)
        KpiReport april = run(new KpiOptions(List.of(), LocalDate.of(2026, 4, 1), null));
        assertEquals(2, april.rows());
        assertNull(april.period().to());
        KpiReport upTo = run(new KpiOptions(List.of(), null, LocalDate.of(2025, 12, 31)));
        assertEquals(2, upTo.rows()); // G5 and G4
    }

    @Test
    void aTechnicianBreakdownAndADuplicateInsideAGroup() throws IOException {
        // W1: A1 (10 s) and A1 again (a duplicate: taken out of W1's KPIs, counted as W1's finding); W2: A3 (20 s); no technician: A4 (40 s)
        Path f = dir.resolve("tech.csv");
        Files.write(f, ("ticket_id,channel,type,priority,technician_id,requested_at,responded_at\n"
                + "A1,phone,consult,normal,W1,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "A1,phone,consult,normal,W1,2026-03-02T09:00:00,2026-03-02T09:00:50\n"
                + "A3,phone,consult,normal,W2,2026-03-02T09:00:00,2026-03-02T09:00:20\n"
                + "A4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:40\n").getBytes(StandardCharsets.UTF_8));
        KpiReport r = new KpiEngine(1, null).run(f, new KpiOptions(List.of(KpiOptions.GroupBy.TECHNICIAN), null, null));
        assertEquals(List.of(" rows 1 excluded 0 findings 0 phone_response 0/1", "W1 rows 2 excluded 1 findings 1 phone_response 1/1",
                "W2 rows 1 excluded 0 findings 0 phone_response 1/1"), groups(r, "phone_response"));
    }

    @Test
    void theTotalsOfABreakdownOrOfASplitFileAreTheWholeFilesTotals() throws IOException {
        // every sum a row feeds (counts, resolution sums per class, satisfaction, both spreads, findings by rule),
        // added up from groups or from chunks, gives the whole file's totals
        String csv = TestRecords.HEAD
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-02T19:00:00,true,,5,2026-03-03T09:00:00\n"
                + "X2,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-03T05:00:00,false,,3,\n"
                + "S1,phone,consult,normal,simple,2026-03-02T09:00:00,2026-03-02T09:00:10,,,2026-03-02T09:00:10,true,,4,\n"
                + "S2,online,install,emergency,simple,2026-03-02T09:00:00,2026-03-02T09:10:00,2026-03-02T10:00:00,2026-03-02T10:20:00,2026-03-02T12:10:00,,,,\n"
                + "R1,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:20,,,,,X1,1,\n"
                + "C1,letter,complaint,normal,,2026-03-02T09:00:00,2026-03-03T08:00:00,,,,,,,\n"
                + "X1,onsite,repair,normal,complex,2026-03-02T08:00:00,2026-03-02T09:00:00,,,2026-03-04T01:00:00,,,2,\n"
                + "B1,fax,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n";
        Path f = dir.resolve("all.csv");
        Files.write(f, csv.getBytes(StandardCharsets.UTF_8));
        KpiReport whole = new KpiEngine(1, null).run(f);
        // by hand: kept rows X1 X2 S1 S2 R1 C1 (row 7 a duplicate, row 8 an unknown channel)
        // response mean (3600 + 3600 + 10 + 600 + 20 + 82 800) / 6 = 90 630 / 6 = 15 105 s
        // resolution mean (36 000 + 72 000 + 0 + 10 800) / 4 = 29 700 s (S1 resolved the second it was answered: 0 s)
        // satisfaction 5, 3, 4, 1 → 13/4 → (13/4 − 1) / 4 × 100 = 56.25; callbacks 1 of the 4 resolved
        assertEquals(0, new java.math.BigDecimal("15105").compareTo(whole.outliers().get("response").mean()));
        assertEquals(0, new java.math.BigDecimal("29700").compareTo(whole.outliers().get("resolution").mean()));
        assertEquals(0, new java.math.BigDecimal("56.25").compareTo(whole.kpis().get("satisfaction_index").value()));
        TestRecords.kpi(whole, "callback_ratio", 1, 4);
        TestRecords.kpi(whole, "resolution_complex", 2, 2);
        TestRecords.kpi(whole, "resolution_simple", 2, 2);
        assertEquals(2, whole.rowsExcluded());
        // each group's medians from its own rows: repair X1 10 h and X2 20 h (the duplicate gone) → complex 15 h;
        // install S2 09:10 → 12:10 → simple 3 h; consult S1 → simple 0 h
        KpiReport byType = new KpiEngine(1, null).run(f, new KpiOptions(List.of(KpiOptions.GroupBy.TYPE), null, null));
        assertEquals(List.of("complaint null null", "consult 0 null", "install 3 null", "repair null 15"), byType.breakdown().groups().stream()
                .map(g -> g.key().get("type") + " " + plain(g.kpis().get("resolution_simple").medianHours()) + " "
                        + plain(g.kpis().get("resolution_complex").medianHours())).toList());
        long[] everyLine = new long[csv.length()];
        for (int i = 0; i < everyLine.length; i++) everyLine[i] = i;
        for (KpiReport r : List.of(new KpiEngine(1, null).run(f, new KpiOptions(List.of(KpiOptions.GroupBy.TYPE), null, null)),
                new KpiEngine(1, null).run(f, new KpiOptions(List.of(KpiOptions.GroupBy.CHANNEL, KpiOptions.GroupBy.MONTH), null, null)),
                new KpiEngine(2, null).run(f, everyLine))) {
            assertEquals(whole.kpis(), r.kpis());
            assertEquals(whole.outliers(), r.outliers());
            assertEquals(whole.rows(), r.rows());
            assertEquals(whole.rowsExcluded(), r.rowsExcluded());
            assertEquals(whole.findingsByRule(), r.findingsByRule());
            assertEquals(whole.findings(), r.findings());
        }
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }
}
