package io.aftercert.records;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.registry.RubricRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiAccumulatorTests {
    @TempDir
    Path dir;

    private KpiReport run(String csv) throws IOException {
        return TestRecords.run(dir, csv);
    }

    @Test
    void erpTimestampFormatsAreRead() throws IOException {
        KpiReport r = run("ticket_id,channel,type,priority,requested_at,responded_at\n"
                + "A1,phone,consult,normal,2026/03/02 09:00:00,2026/03/02 09:00:10\n"   // 10 s
                + "A2,phone,consult,normal,2026-03-02 09:00:00,2026-03-02 09:00:20\n"   // 20 s
                + "A3,phone,consult,normal,2026/3/2 9:00,2026/3/2 9:01\n"               // Excel zh-CN, no seconds: 60 s
                + "A4,phone,consult,normal,2026-03-02T09:00,2026-03-02T09:00:05.5\n"    // 5.5 s
                + "A5,phone,consult,normal,2026/3/2 9:00:00,2026/03/02 9:00:15\n"       // 15 s, mixed digit counts
                + "A6,phone,consult,normal,2026/3/32 9:00,\n"                           // no 32 March: range finding
                + "A7,phone,consult,normal,2026/3/2 9:0,\n"                             // one minute digit: range finding
                + "A8,phone,consult,normal,2026.3.2 9:00,\n");                          // dots: range finding
        assertEquals(5, r.kpis().get("phone_response").denominator());
        assertEquals(3, r.kpis().get("hotline_answer").numerator());  // A1, A4, A5 within 15 s
        assertEquals(4, r.kpis().get("phone_response").numerator());  // and A2 within 30 s
        assertEquals(List.of("6 requested_at 2026/3/32 9:00 not-a-timestamp", "7 requested_at 2026/3/2 9:0 not-a-timestamp",
                "8 requested_at 2026.3.2 9:00 not-a-timestamp"), r.findings().stream()
                .map(f -> f.row() + " " + f.column() + " " + f.value() + " " + f.reason()).toList());
    }

    @Test
    void findingsCarryTheOffendingValueAndAReason() throws IOException {
        KpiReport r = run("ticket_id,channel,type,priority,requested_at,responded_at,satisfaction,repeat_of\n"
                + "B1,fax,consult,normal,2026-03-02T09:00:00,2026-03-02T08:59:00,9,\n"
                + "B1,phone,consult,normal,2026-03-02T09:00:00,,,B404\n");
        List<String> got = r.findings().stream().map(f -> f.row() + " " + f.column() + " '" + f.value() + "' " + f.reason() + ": "
                + DataQualityFinding.Reason.of(f.reason()).text("en")).toList();
        assertEquals(List.of(
                "1 channel 'fax' not-allowed: not one of the allowed values",
                "1 responded_at '2026-03-02T08:59:00' before-requested: earlier than requested_at",
                "1 satisfaction '9' not-1-to-5: not a whole number from 1 to 5",
                "2 ticket_id 'B1' duplicate-ticket: the ticket id appears in an earlier row",
                "2 repeat_of 'B404' unknown-ticket: names no ticket in the records"), got);
        assertEquals("工单号与前面的行重复", DataQualityFinding.Reason.DUPLICATE_TICKET.text("zh"));
        // row 2 has two logic findings made at the end but is taken out of the KPIs once: 2 rows excluded of 2
        assertEquals(2, r.rowsExcluded());
        assertEquals(3L, r.findingsByRule().get("logic"));
        assertEquals(2L, r.findingsByRule().get("range"));
        assertEquals(5, r.findingsCount());
    }

    @Test
    void aReportLeavesTheAccumulatorAsItWasSoRowsCanFollow() {
        KpiAccumulator acc = new KpiAccumulator();
        acc.add(ServiceRecord.of(Map.of("ticket_id", "L1", "channel", "phone", "type", "consult", "priority", "normal",
                "requested_at", "2026-03-02 09:00:00", "responded_at", "2026-03-02 09:00:05")));
        KpiReport first = acc.report("live");
        assertEquals(first, acc.report("live"));
        acc.add(ServiceRecord.of(Map.of("ticket_id", "L1", "channel", "phone", "type", "consult", "priority", "normal",
                "requested_at", "2026-03-02 09:00:00", "responded_at", "2026-03-02 09:00:05")));
        KpiReport second = acc.report("live");
        assertEquals(1, first.kpis().get("hotline_answer").denominator());
        assertEquals(1, second.kpis().get("hotline_answer").denominator(), "the duplicate is taken out");
        assertEquals(2, second.rows());
        assertEquals("L1", second.findings().get(0).ticketId());
    }

    @Test
    void mergingRefusesWhatWouldBreakTheContract() {
        KpiAccumulator a = new KpiAccumulator(KpiOptions.NONE, 1);
        assertThrows(IllegalArgumentException.class, () -> a.merge(new KpiAccumulator(KpiOptions.NONE, 1)), "same part key");
        assertThrows(IllegalArgumentException.class, () -> a.merge(a));
        KpiOptions byMonth = new KpiOptions(List.of(KpiOptions.GroupBy.MONTH), null, null);
        assertThrows(IllegalArgumentException.class, () -> a.merge(new KpiAccumulator(byMonth, 2)), "different options");
        assertThrows(IllegalArgumentException.class, () -> new KpiOptions(List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.MONTH), null, null));
        assertThrows(IllegalArgumentException.class, () -> KpiOptions.GroupBy.of("week"));
        KpiAccumulator b = new KpiAccumulator(KpiOptions.NONE, 2);
        a.merge(b);
        assertThrows(IllegalStateException.class, () -> b.add(field -> null), "rows must go to the accumulator that holds the part now");
    }

    /**
     * The JDBC example: service records in an embedded H2 database (as an ERP would hold them),
     * read with a plain {@code ResultSet} into a {@link KpiAccumulator}, give the file engine's
     * report on the same rows.
     */
    @Test
    @org.junit.jupiter.api.Tag("slow") // megabytes of records: in the build, not in each PIT mutant run
    void recordsReadOverJdbcGiveTheFileEnginesReport() throws Exception {
        Path file = dir.resolve("export.csv");
        RecordsGenerator.write(file, 1_500, 77L, 0.08, 2_000);
        List<Map<String, String>> rows = TestCsv.read(file);
        RecordField[] fields = RecordField.values();
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:records;DB_CLOSE_DELAY=-1")) {
            try (Statement s = c.createStatement()) {
                StringBuilder ddl = new StringBuilder("CREATE TABLE service_request (seq BIGINT PRIMARY KEY");
                for (RecordField f : fields) ddl.append(", ").append(f.column()).append(" VARCHAR(1000)");
                s.execute(ddl.append(')').toString());
            }
            StringBuilder insert = new StringBuilder("INSERT INTO service_request VALUES (?");
            for (int i = 0; i < fields.length; i++) insert.append(", ?");
            try (PreparedStatement ps = c.prepareStatement(insert.append(')').toString())) {
                long seq = 0;
                for (Map<String, String> r : rows) {
                    ps.setLong(1, seq++);
                    for (int i = 0; i < fields.length; i++) {
                        String v = r.get(fields[i].column());
                        ps.setString(i + 2, v == null || v.isEmpty() ? null : v); // empty cells are NULL in the database
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            KpiAccumulator acc = new KpiAccumulator(KpiOptions.NONE, 0);
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM service_request ORDER BY seq")) {
                ServiceRecord row = field -> {
                    try {
                        return rs.getString(field.column());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                };
                while (rs.next()) acc.add(row);
            }
            KpiReport fromDb = acc.report("export.csv");
            KpiReport fromFile = new KpiEngine(2, null).run(file);
            assertEquals(fromFile, fromDb);
            assertTrue(fromFile.findingsCount() > 50 && fromFile.kpis().get("hotline_answer").denominator() > 300, "a real workload");
        }
    }

    @Test
    void fillingAValueKeepsTheEntrysNotesAndAttachments() throws IOException {
        KpiReport r = run("ticket_id,channel,type,priority,requested_at,responded_at\n"
                + "T1,phone,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:10\n");
        Rubric rubric = RubricRegistry.getDefault().require("gxdsl244");
        byte[] first = EvidenceFill.fill(null, "ev.json", rubric, r, new ArrayList<>());
        ObjectNode root = (ObjectNode) SharedMapper.get().readTree(first);
        ObjectNode b12 = (ObjectNode) root.get("evidence").get("B1.2");
        b12.put("notes", "呼叫中心系统导出，王工核对");
        b12.putArray("attachments").add("hotline-2026-03.pdf");
        byte[] again = EvidenceFill.fill(SharedMapper.get().writeValueAsBytes(root), "ev.json", rubric, r, new ArrayList<>());
        JsonNode entry = SharedMapper.get().readTree(again).get("evidence").get("B1.2");
        assertEquals("呼叫中心系统导出，王工核对", entry.get("notes").asText());
        assertEquals("hotline-2026-03.pdf", entry.get("attachments").get(0).asText());
        assertEquals(100, entry.get("value").asInt());
        // a note this command wrote is renewed with the new figures
        assertTrue(SharedMapper.get().readTree(again).get("evidence").get("B2.1").get("notes").asText().startsWith("服务记录 records.csv：电话响应及时率（30 秒）为 100%（1 / 1）"));
    }

    /** A record from alternating column names and values (columns not named are empty). */
    private static ServiceRecord rec(String... columnsAndValues) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) m.put(columnsAndValues[i], columnsAndValues[i + 1]);
        return ServiceRecord.of(m);
    }

    /** A phone request of {@code type} answered {@code sec} seconds after 09:00:00 on 2 March 2026. */
    private static ServiceRecord phone(String ticket, String type, int sec, String repeatOf) {
        return rec("ticket_id", ticket, "channel", "phone", "type", type, "priority", "normal", "requested_at", "2026-03-02 09:00:00",
                "responded_at", "2026-03-02 09:00:" + (sec < 10 ? "0" : "") + sec, "repeat_of", repeatOf);
    }

    @Test
    void partsAreOrderedByTheirKeysWhateverTheOrderOfMerging() {
        // part 1: T1 (20 s), T5 (5 s); part 2: T1 again (10 s, the duplicate: part 1 comes first), T9 a repair repeating T5;
        // rows count across parts in key order: T1 1, T5 2, T1 3, T9 4.
        // kept: T1 20 s, T5 5 s, T9 5 s → hotline (≤ 15 s) 2/3, phone (≤ 30 s) 3/3; repeat repair 1/1 (T9, T5 is in part 1)
        for (boolean lowFirst : new boolean[] {true, false}) {
            KpiAccumulator one = new KpiAccumulator(KpiOptions.NONE, 1);
            one.add(phone("T1", "consult", 20, null));
            one.add(phone("T5", "consult", 5, null));
            KpiAccumulator two = new KpiAccumulator(KpiOptions.NONE, 2);
            two.add(phone("T1", "consult", 10, null));
            two.add(phone("T9", "repair", 5, "T5"));
            KpiReport r = (lowFirst ? one.merge(two) : two.merge(one)).report("parts");
            assertEquals(List.of("3 T1 ticket_id duplicate-ticket"), r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " "
                    + f.column() + " " + f.reason()).toList(), "low part first: " + lowFirst);
            TestRecords.kpi(r, "hotline_answer", 2, 3);
            TestRecords.kpi(r, "phone_response", 3, 3);
            TestRecords.kpi(r, "repeat_repair", 1, 1);
            assertEquals(4, r.rows());
            assertEquals(1, r.rowsExcluded());
        }
    }

    @Test
    void ticketIdsOfAddedRecordsAreKeptExactlyForFindingsMadeAtTheEnd() {
        // 60 tickets of 10 bytes (600 bytes, past the first 256-byte pool), an empty one and one outside the period among
        // them, a region of 700 bytes (past the 512-byte record buffer); then T-0000007, T-0000030 and the last, T-0000059,
        // again: the findings name exactly those ids, at rows 63, 64, 65
        KpiOptions march = new KpiOptions(List.of(), java.time.LocalDate.of(2026, 3, 1), null);
        KpiAccumulator acc = new KpiAccumulator(march, 0);
        for (int i = 0; i < 60; i++) {
            acc.add(rec("ticket_id", String.format("T-%07d", i), "channel", "phone", "type", "consult", "priority", "normal",
                    "region", i == 5 ? "南".repeat(233) + "x" : "", "requested_at", "2026-03-02 09:00:00"));
            if (i == 20) acc.add(rec("ticket_id", "", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
            if (i == 40) acc.add(rec("ticket_id", "T-OUTSIDE", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-02-02 09:00:00"));
        }
        for (int i : new int[] {7, 30, 59}) {
            acc.add(rec("ticket_id", String.format("T-%07d", i), "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
        }
        KpiReport r = acc.report("added");
        assertEquals(List.of("22  ticket_id completeness", "63 T-0000007 ticket_id logic", "64 T-0000030 ticket_id logic",
                "65 T-0000059 ticket_id logic"), r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " " + f.column() + " " + f.rule()).toList());
        assertEquals(64, r.rows()); // 65 added, one outside the period
        assertEquals(4, r.rowsExcluded());
    }

    @Test
    void aBreakdownSurvivesSerialisationAndKeepsFillingItsGroups() throws Exception {
        KpiOptions byChannel = new KpiOptions(List.of(KpiOptions.GroupBy.CHANNEL), null, null);
        KpiAccumulator acc = new KpiAccumulator(byChannel, 0);
        acc.add(phone("P1", "consult", 10, null));
        acc.add(rec("ticket_id", "O1", "channel", "online", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(acc);
        }
        KpiAccumulator back;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            back = (KpiAccumulator) in.readObject();
        }
        // after the round trip: P2 (20 s) joins the phone group, P1 again is a duplicate in it, L1 opens a letter group
        back.add(phone("P2", "consult", 20, null));
        back.add(phone("P1", "consult", 5, null));
        back.add(rec("ticket_id", "L1", "channel", "letter", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
        KpiReport r = back.report("back");
        assertEquals(List.of("letter rows 1 excluded 0 findings 0", "online rows 1 excluded 0 findings 0", "phone rows 3 excluded 1 findings 1"),
                r.breakdown().groups().stream().map(g -> g.key().get("channel") + " rows " + g.rows() + " excluded " + g.rowsExcluded()
                        + " findings " + g.findingsCount()).toList());
        // phone group: P1 10 s and P2 20 s kept → hotline 1/2, phone response 2/2
        KpiReport.Group phone = r.breakdown().groups().get(2);
        assertEquals(1, phone.kpis().get("hotline_answer").numerator());
        assertEquals(2, phone.kpis().get("hotline_answer").denominator());
        assertEquals(2, phone.kpis().get("phone_response").numerator());
    }

    @Test
    void aMixtureOfFormsIsRefusedNamingTheFirstRowOfEachAcrossParts() {
        // part 1: rows 1, 2 local; part 2: rows 3, 4 with offsets. Merged either way the first offset row is 3, the first
        // local row 1; the problem sits at the later of the two, row 3
        for (boolean lowFirst : new boolean[] {true, false}) {
            KpiAccumulator one = new KpiAccumulator(KpiOptions.NONE, 1);
            one.add(rec("ticket_id", "A", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
            one.add(rec("ticket_id", "B", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:01"));
            KpiAccumulator two = new KpiAccumulator(KpiOptions.NONE, 2);
            two.add(rec("ticket_id", "C", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:02+08:00"));
            two.add(rec("ticket_id", "D", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:03Z"));
            KpiAccumulator all = lowFirst ? one.merge(two) : two.merge(one);
            io.aftercert.core.InvalidInputException e = assertThrows(io.aftercert.core.InvalidInputException.class, () -> all.report("mixed"));
            assertEquals("row 3", e.problems().get(0).path());
            assertTrue(e.getMessage().contains("row 3 requested_at '2026-03-02 09:00:02+08:00' has a UTC offset, row 1 requested_at"
                    + " '2026-03-02 09:00:00' has none"), e.getMessage());
        }
        // an offset only in a later column of a row: responded_at of row 2 names that column
        KpiAccumulator acc = new KpiAccumulator();
        acc.add(phone("A", "consult", 5, null));
        acc.add(rec("ticket_id", "B", "channel", "phone", "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00",
                "responded_at", "2026-03-02 01:00:05Z"));
        io.aftercert.core.InvalidInputException e = assertThrows(io.aftercert.core.InvalidInputException.class, () -> acc.report("mixed"));
        assertTrue(e.getMessage().contains("row 2 responded_at '2026-03-02 01:00:05Z' has a UTC offset, row 1 requested_at"), e.getMessage());
    }

    @Test
    void aLongValueIsCutInItsFindingAndAShortEnoughOneIsNot() {
        KpiAccumulator acc = new KpiAccumulator();
        // channel values of 200 bytes (DataQualityFinding.MAX_VALUE: kept whole) and 201 bytes (cut to 199 characters and "…")
        acc.add(rec("ticket_id", "A", "channel", "x".repeat(200), "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
        acc.add(rec("ticket_id", "B", "channel", "y".repeat(201), "type", "consult", "priority", "normal", "requested_at", "2026-03-02 09:00:00"));
        List<DataQualityFinding> f = acc.report("long").findings();
        assertEquals("x".repeat(200), f.get(0).value());
        assertEquals("y".repeat(199) + "…", f.get(1).value());
    }
}
