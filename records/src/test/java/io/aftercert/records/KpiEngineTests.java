package io.aftercert.records;

import static io.aftercert.records.TestRecords.HEAD;
import static io.aftercert.records.TestRecords.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small hand-made files; every numerator, denominator and finding is worked out in the comments. */
class KpiEngineTests {
    @TempDir
    Path dir;

    private KpiReport run(String csv) throws IOException {
        return TestRecords.run(dir, csv);
    }

    @Test
    void responseLimitsAreInclusiveToTheSecond() throws IOException {
        KpiReport r = run(HEAD
                + "P1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:15,,,,,,,\n"    // 15 s: answered, in 30 s
                + "P2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:16,,,,,,,\n"    // 16 s: not answered in 15 s
                + "P3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:30,,,,,,,\n"    // 30 s: in 30 s
                + "P4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:31,,,,,,,\n"    // 31 s: late
                + "P5,phone,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n"                       // never answered
                + "O1,online,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:05:00,,,,,,,\n"   // 5 min: both
                + "O2,app,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:30:00,,,,,,,\n"      // 30 min: 30-min only
                + "O3,online,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:30:01,,,,,,,\n"   // late
                + "E1,onsite,repair,emergency,,2026-03-02T09:00:00,2026-03-02T09:15:00,,,,,,,\n" // 15 min: in
                + "E2,phone,repair,emergency,,2026-03-02T09:00:00,2026-03-02T09:15:01,,,,,,,\n"  // late (and phone: late for both)
                + "C1,letter,complaint,normal,,2026-03-02T09:00:00,2026-03-03T09:00:00,,,,,,,\n" // exactly 24 h: in
                + "C2,letter,complaint,normal,,2026-03-02T09:00:00,2026-03-03T09:00:01,,,,,,,\n" // late
                + "C3,letter,complaint,normal,,2026-03-02T09:00:00,,,,,,,,\n");                  // never answered
        kpi(r, "hotline_answer", 1, 6);        // phone rows P1–P5, E2: only P1 within 15 s
        kpi(r, "phone_response", 3, 6);        // P1, P2, P3
        kpi(r, "online_response", 2, 3);       // O1, O2
        kpi(r, "online_response_5min", 1, 3);  // O1
        kpi(r, "emergency_response", 1, 2);    // E1
        kpi(r, "complaint_response", 1, 3);    // C1
        // 1/6 = 16.666…%: a JSON number to 10 decimals and the exact fraction beside it
        assertEquals(new BigDecimal("16.6666666667"), r.kpis().get("hotline_answer").value());
        assertEquals("50/3", r.kpis().get("hotline_answer").valueExact());
        assertEquals("200/3", r.kpis().get("online_response").valueExact()); // O1, O2 of 3: 200/3 %
        assertEquals(Boolean.FALSE, r.kpis().get("hotline_answer").met());
        assertEquals(Boolean.FALSE, r.kpis().get("online_response_5min").met(), "1 of 3 within 5 min: 33 % < 95 %");
        assertEquals(0, r.rowsExcluded());
    }

    @Test
    void arrivalResolutionAndTheThirdWorkingDayAcrossAWeekend() throws IOException {
        KpiReport r = run(HEAD
                // on-site arrival: |arrived − appointment| ≤ 30 min
                + "A1,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T08:10:00,2026-03-02T10:00:00,2026-03-02T10:30:00,2026-03-02T12:10:00,,,,\n"
                + "A2,onsite,repair,normal,simple,2026-03-02T08:00:00,2026-03-02T08:10:00,2026-03-02T10:00:00,2026-03-02T09:29:59,2026-03-02T12:10:01,,,,\n"
                // complex, responded Friday 2026-03-06: Mon 9, Tue 10, Wed 11 → deadline Wed 23:59:59
                + "X1,phone,repair,normal,complex,2026-03-06T10:00:00,2026-03-06T10:00:10,,,2026-03-11T23:59:59,,,,\n"
                + "X2,phone,repair,normal,complex,2026-03-06T10:00:00,2026-03-06T10:00:10,,,2026-03-12T00:00:00,,,,\n"
                // resolved without a response: in no resolution KPI, but in the callback denominator
                + "X3,phone,repair,normal,complex,2026-03-06T10:00:00,,,,2026-03-06T12:00:00,,,,2026-03-07T09:00:00\n");
        kpi(r, "on_time_arrival", 1, 2);       // A1 exactly 30 min late; A2 30 min 1 s early
        kpi(r, "resolution_simple", 1, 2);     // A1 4 h exactly (08:10 → 12:10); A2 4 h 1 s
        kpi(r, "resolution_complex", 1, 2);    // X1 by Wednesday's end; X2 Thursday 00:00
        kpi(r, "callback_ratio", 1, 5);        // five resolved rows, X3 called back
        kpi(r, "repeat_repair", 0, 5);
        // simple mean (14400 + 14401) / 2 s = 28801/7200 h = 4.000138888…; median the same
        assertEquals(new BigDecimal("4.0001388889"), r.kpis().get("resolution_simple").meanHours());
        assertEquals("28801/7200", r.kpis().get("resolution_simple").meanHoursExact());
        assertEquals(new BigDecimal("4.0001388889"), r.kpis().get("resolution_simple").medianHours());
        assertEquals("28801/7200", r.kpis().get("resolution_simple").medianHoursExact());
        // complex: X1 5 d 13:59:49 = 482389 s, X2 482390 s → mean 482389.5 s = 964779/7200 = 321593/2400 h = 133.99708333…
        assertEquals(new BigDecimal("133.9970833333"), r.kpis().get("resolution_complex").meanHours());
        assertEquals("321593/2400", r.kpis().get("resolution_complex").meanHoursExact());
    }

    @Test
    void firstContactRepeatRepairsAndSatisfaction() throws IOException {
        KpiReport r = run(HEAD
                + "F1,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,true,,5,\n"
                + "F2,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,false,F1,4,\n"
                + "F3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,true,,3,\n"
                + "F4,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,F9,,\n"      // repeat of a later ticket
                + "F9,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n");
        kpi(r, "first_contact_resolution", 2, 3);
        kpi(r, "repeat_repair", 2, 4);           // F2, F4 of the repairs F1 F2 F4 F9
        // answers 5, 4, 3: mean 4 → (4 − 1) / 4 × 100 = 75
        assertEquals(3L, r.kpis().get("satisfaction_index").responses());
        assertEquals(12, r.kpis().get("satisfaction_index").numerator());
        assertEquals(new BigDecimal("75"), r.kpis().get("satisfaction_index").value());
        assertNull(r.kpis().get("satisfaction_index").valueExact(), "75 terminates");
        assertEquals(Boolean.FALSE, r.kpis().get("satisfaction_index").met());
        assertEquals(Boolean.FALSE, r.kpis().get("repeat_repair").met()); // 50 % > 5 %
    }

    @Test
    void everyDataQualityRuleNamesRowTicketColumnAndRule() throws IOException {
        KpiReport r = run(HEAD
                + "Q1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n"          // 1 clean
                + ",phone,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n"                                 // 2 completeness ticket_id
                + "Q3,fax,consult,urgent,,2026-03-02T09:00:00,,,,,,,,\n"                                 // 3 range channel, priority
                + "Q4,phone,consult,normal,,2026-03-02T09:00:00,,,,,maybe,,9,\n"                         // 4 range fcr, satisfaction
                + "Q5,phone,consult,normal,,2026-02-30T09:00:00,,,,,,,,\n"                               // 5 range requested_at
                + "Q6,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T08:59:59,,,,,,,\n"            // 6 logic responded
                + "Q7,onsite,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:01:00,,2026-03-02T08:00:00,2026-03-02T09:00:30,,,,\n" // 7 logic arrived, resolved
                + "Q1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,\n"          // 8 duplicate
                + "Q9,phone,repair,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,Q404,,\n"         // 9 dangling repeat_of
                + "Q10,phone,consult,,,,,,,,,,,\n");                                                     // 10 completeness priority, requested_at
        List<String> got = r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " " + f.column() + " " + f.rule()).toList();
        assertEquals(List.of(
                "2  ticket_id completeness",
                "3 Q3 channel range", "3 Q3 priority range",
                "4 Q4 first_contact_resolved range", "4 Q4 satisfaction range",
                "5 Q5 requested_at range",
                "6 Q6 responded_at logic",
                "7 Q7 arrived_at logic", "7 Q7 resolved_at logic",
                "8 Q1 ticket_id logic",
                "9 Q9 repeat_of logic",
                "10 Q10 priority completeness", "10 Q10 requested_at completeness"), got);
        assertEquals(10, r.rows());
        assertEquals(9, r.rowsExcluded());
        kpi(r, "phone_response", 1, 1); // only row 1 counts
        assertEquals(3L, r.findingsByRule().get("completeness"));
        assertEquals(5L, r.findingsByRule().get("range"));
        assertEquals(5L, r.findingsByRule().get("logic"));
    }

    @Test
    void aDurationMoreThanThreeStandardDeviationsOutIsFlaggedNotDropped() throws IOException {
        StringBuilder csv = new StringBuilder(HEAD);
        // 20 responses of 60 s and one of 100 000 s: for n = 21 with 20 equal values the odd one's z is √20 ≈ 4.47
        for (int i = 1; i <= 20; i++) csv.append("R").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:00,,,,,,,\n");
        csv.append("R21,phone,consult,normal,,2026-03-02T09:00:00,2026-03-03T12:46:40,,,,,,,\n");
        KpiReport r = run(csv.toString());
        assertEquals(List.of(21L), r.outliers().get("response").rows());
        assertEquals(0, r.outliers().get("resolution").count());
        kpi(r, "phone_response", 0, 21); // flagged, still counted
        assertEquals(0, r.rowsExcluded());
    }

    @Test
    void csvEdgeCases() throws IOException {
        String bom = "\uFEFF";
        // columns in another order, an unknown column, CRLF, quoted commas, doubled quotes, a quoted
        // line break, Chinese text, and no final newline
        String csv = bom + "备注,requested_at,channel,ticket_id,type,priority,responded_at\r\n"
                + "\"南宁, 青秀区\",2026-03-02T09:00:00,phone,\"T\"\"1\",consult,normal,2026-03-02T09:00:10\r\n"
                + "\"第一行\r\n第二行\",2026-03-02T09:00:00,phone,T2,consult,normal,2026-03-02T09:00:20\r\n"
                + "顾客满意,2026-03-02T09:00:00,phone,T3,consult,normal,2026-03-02T09:00:40";
        KpiReport r = run(csv);
        assertEquals(3, r.rows());
        assertEquals(0, r.rowsExcluded());
        kpi(r, "hotline_answer", 1, 3);   // 10 s
        kpi(r, "phone_response", 2, 3);   // 10 s, 20 s
        // a duplicate check sees the unescaped id T"1
        KpiReport dup = run("ticket_id,channel,type,priority,requested_at\n\"T\"\"1\",phone,consult,normal,2026-03-02T09:00:00\n"
                + "T\"1,phone,consult,normal,2026-03-02T09:00:00\n");
        assertEquals("T\"1", dup.findings().get(0).ticketId());
        assertEquals(2, dup.findings().get(0).row());
        // offsets convert to one clock: 09:00:00+08:00 is 01:00:00Z
        KpiReport tz = run("ticket_id,channel,type,priority,requested_at,responded_at\nZ1,phone,consult,normal,2026-03-02T09:00:00+08:00,2026-03-02T01:00:12Z\n");
        kpi(tz, "hotline_answer", 1, 1);
    }

    @Test
    void aHeaderWithoutRequiredColumnsIsRefusedByName() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> run("ticket,channel,type,priority,requested_at\nT1,phone,consult,normal,2026-03-02T09:00:00\n"));
        assertTrue(e.problems().get(0).message().contains("required column 'ticket_id' is missing (did you mean 'ticket'?)"), e.getMessage());
        assertEquals("records.csv", e.problems().get(0).file());
        InvalidInputException open = assertThrows(InvalidInputException.class,
                () -> run(HEAD + "\"T1,phone,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n"));
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
        assertThrows(InvalidInputException.class, () -> run(""));
    }

    @Test
    void emptyClassesHaveNoValue() throws IOException {
        KpiReport r = run(HEAD + "L1,letter,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n");
        assertNull(r.kpis().get("hotline_answer").value());
        assertNull(r.kpis().get("hotline_answer").met());
        assertFalse(r.findingsTruncated());
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // reads megabytes: the normal build only, not every mutant
    void aFileCutWhileReadIsRefusedAndNoThreadKeepsSpinning() throws Exception {
        // about 40 MB of records in 2 workers; the first progress report (after 8 MiB) cuts the file to 70 %
        StringBuilder csv = new StringBuilder(HEAD);
        String row = "T,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:15,,,,,,,\n";
        csv.append(row.repeat(40_000_000 / row.length()));
        Path f = TestRecords.write(dir, csv.toString());
        long size = java.nio.file.Files.size(f);
        java.util.concurrent.atomic.AtomicBoolean cut = new java.util.concurrent.atomic.AtomicBoolean();
        KpiEngine engine = new KpiEngine(2, scanned -> {
            if (cut.compareAndSet(false, true)) {
                try (var ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.WRITE)) {
                    ch.truncate(size * 7 / 10);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.run(f)); // a hang: the build's fork timeout
        assertTrue(cut.get());
        String text = e.problems().get(0).toString();
        assertTrue(text.startsWith(f.getFileName() + ": ") && text.contains("the file changed while it was read"), text);
        // the workers must end on their own: wait for each (a bounded join, not a fixed sleep), then count the living
        List<Thread> workers = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("aftercert-kpi")).toList();
        for (Thread t : workers) t.join(30_000);
        assertEquals(0, workers.stream().filter(Thread::isAlive).count(), "no worker is left running");
    }

    @Test
    void aFileRewrittenToTheSameSizeWhileReadIsRefused() throws Exception {
        String csv = HEAD + "P1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:15,,,,,,,\n";
        Path f = TestRecords.write(dir, csv.repeat(1));
        StringBuilder big = new StringBuilder(HEAD);
        big.append("P1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:15,,,,,,,\n".repeat(200_000)); // over 8 MiB: progress is reported
        java.nio.file.Files.writeString(f, big);
        KpiEngine engine = new KpiEngine(1, scanned -> {
            try { // same bytes, a later time of change: another program wrote the file meanwhile
                java.nio.file.Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 60_000));
            } catch (IOException x) {
                throw new java.io.UncheckedIOException(x);
            }
        });
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> engine.run(f));
        assertTrue(e.problems().get(0).message().contains("changed while it was read"), e.getMessage());
    }

    @Test
    void recordsThatAreNotUtf8AreRefusedNamingTheEncodingAndTheRow() throws Exception {
        String head = HEAD.replace("callback_at\n", "callback_at,region\n");
        String rows = "G1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,,华南\n"
                + "G2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,,华北\n"
                + "G3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,,西南\n";
        KpiOptions byRegion = new KpiOptions(List.of(KpiOptions.GroupBy.of("region")), null, null);
        // GBK (Notepad's "ANSI"): read as UTF-8 the three regions were one, "����"
        Path gbk = dir.resolve("gbk.csv");
        java.nio.file.Files.write(gbk, (head + rows).getBytes(java.nio.charset.Charset.forName("GBK")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new KpiEngine(1, null).run(gbk, byRegion));
        assertEquals("gbk.csv: row 1: the file is not UTF-8 but looks like GBK/GB18030 (what Notepad calls \"ANSI\" on Chinese Windows): "
                + "save the file as UTF-8", e.problems().get(0).toString());
        // UTF-16: one problem naming the encoding, not one per required column
        Path utf16 = dir.resolve("utf16.csv");
        java.nio.file.Files.write(utf16, (head + rows).getBytes(java.nio.charset.StandardCharsets.UTF_16));
        InvalidInputException u = assertThrows(InvalidInputException.class, () -> new KpiEngine(1, null).run(utf16, byRegion));
        assertEquals(1, u.problems().size(), u.getMessage());
        assertTrue(u.problems().get(0).message().startsWith("the file is UTF-16"), u.getMessage());
        // GBK after the first 64 KiB (1,000 UTF-8 rows of 75 bytes): found where the region is read as a group's name
        String utf8Row = "U,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,,,,,,华东\n";
        byte[] late = concat((head + utf8Row.repeat(1000)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                rows.getBytes(java.nio.charset.Charset.forName("GBK")));
        Path lateFile = dir.resolve("late.csv");
        java.nio.file.Files.write(lateFile, late);
        InvalidInputException l = assertThrows(InvalidInputException.class, () -> new KpiEngine(2, null).run(lateFile, byRegion));
        assertEquals("late.csv: row 1001, column 15: the file is not UTF-8 but looks like GBK/GB18030 (what Notepad calls \"ANSI\" on Chinese Windows): "
                + "save the file as UTF-8", l.problems().get(0).toString());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    @org.junit.jupiter.api.Tag("slow") // reads megabytes: the normal build only, not every mutant
    void aTwoGigabyteSparseFileWithAHugeSecondLineIsRefusedQuickly() throws Exception {
        // the header, then "T1," and 2 GB of zero bytes without a line break (a hole: no disk used). Each of the
        // 64 split points used to read to the end of the file, and every chunk sized tables for 2 GB / 128 rows
        Path f = dir.resolve("sparse.csv");
        java.nio.file.Files.writeString(f, HEAD + "T1,");
        try (java.io.RandomAccessFile raf = new java.io.RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(2L << 30);
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new KpiEngine(2, null).run(f)); // a hang: the build's fork timeout
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("longer than 16 MiB"), e.getMessage());
    }
}
