package io.aftercert.records;

import static io.aftercert.records.TestRecords.HEAD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file's findings keep only their row and codes while the file is scanned; the report reads the
 * ticket id and the value of those it lists from the file again. They must read as the values were
 * written: trimmed, cut at 200 characters between UTF-8 characters, in any chunk.
 */
class KpiEngineFindingTextTests {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void listedFindingsReadTheirTextsFromTheFile() throws IOException {
        String longWord = "渠".repeat(201); // 603 bytes: cut at 200 bytes back to a character's start (66), less one, and "…"
        String csv = HEAD
                + " A1 ,  fax  ,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n"
                + "\"A,2\",\"" + longWord + "\",consult,normal,,2026-03-02T09:00:00,,,,,,,,\n"
                + "A3,phone,consult,urgent!,,2026-13-02T09:00:00,,,,,,,,\n"
                + " A4 ,phone,consult,normal,,2026-03-02T09:00:00,,,,,, NOPE ,,\n"; // a repeat_of naming no ticket: decided in the report
        KpiReport r = TestRecords.run(dir, csv);
        List<String> got = r.findings().stream().map(f -> f.row() + " [" + f.ticketId() + "] " + f.column() + " [" + f.value() + "] " + f.reason()).toList();
        assertEquals(List.of(
                "1 [A1] channel [fax] not-allowed",
                "2 [A,2] channel [" + "渠".repeat(65) + "…] not-allowed",
                "3 [A3] priority [urgent!] not-allowed",
                "3 [A3] requested_at [2026-13-02T09:00:00] not-a-timestamp",
                "4 [A4] repeat_of [NOPE] unknown-ticket"), got);
    }

    @Test
    void theRowsOfEveryChunkAreFoundAgain() throws IOException {
        StringBuilder csv = new StringBuilder(HEAD);
        for (int i = 1; i <= 40; i++) csv.append("T").append(i).append(i % 7 == 0 ? ",pigeon" : ",phone").append(",consult,normal,,2026-03-02T09:00:00,,,,,,,,\n");
        java.nio.file.Path file = dir.resolve("chunks.csv");
        java.nio.file.Files.writeString(file, csv.toString());
        long size = java.nio.file.Files.size(file);
        KpiReport r = new KpiEngine(2, null).run(file, new long[] {size / 5, size / 3, size / 2, size * 4 / 5});
        assertEquals(List.of("7 T7 pigeon", "14 T14 pigeon", "21 T21 pigeon", "28 T28 pigeon", "35 T35 pigeon"),
                r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " " + f.value()).toList());
    }

    /** The bytes a row of the file's first 64 KiB, to size the per-row tables: (bytes after the header up to the last line break) ÷ rows. */
    @Test
    void rowsAreExpectedFromTheSample() {
        byte[] sample = ("h,h\n" + "a".repeat(29) + "\n" + "b".repeat(9) + "\n" + "c".repeat(19) + "\ndd").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertEquals(20, KpiEngine.rowBytes(sample, 4)); // 60 bytes of 3 whole rows after the 4-byte header
        assertEquals(128, KpiEngine.rowBytes("h,h\nabc".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 4)); // no whole row
        assertEquals(16, KpiEngine.rowBytes("h\n\n\n\n\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 2)); // at least 16
        assertEquals(1062, KpiEngine.expectedRows(160_000, 155)); // 1,032 rows of 155 bytes, 3 % more
        assertEquals(16, KpiEngine.expectedRows(100, 155));
        assertEquals((32 << 20) / 128 * 103 / 100, KpiEngine.expectedRows(1L << 40, 128)); // at most a regular chunk's worth
    }
}
