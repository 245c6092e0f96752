package io.aftercert.records;

import static io.aftercert.records.TestRecords.kpi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file engine's chunks on a few rows, at split points chosen by hand: a split inside a quoted
 * line break, a chunk that fails only because it started inside quotes, points outside the data,
 * the row a format error is reported at, and the progress reported.
 */
class KpiEngineSplitTests {
    @TempDir
    Path dir;

    private static final String HEAD = "ticket_id,channel,type,priority,region,requested_at,responded_at\n";

    /** Byte offset of the first occurrence of {@code s} in {@code csv} (UTF-8). */
    private static long at(String csv, String s) {
        return csv.substring(0, csv.indexOf(s)).getBytes(StandardCharsets.UTF_8).length;
    }

    private static List<String> findings(KpiReport r) {
        return r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " " + f.column() + " " + f.reason()).toList();
    }

    @Test
    void aQuotedLineBreakAcrossASplitIsReadAsOneRecord() throws IOException {
        // row 2's region holds a line break; a split just before it puts a chunk start right after that line break,
        // in the middle of row 2: the chunk is scanned again from where row 2 really ends
        String csv = HEAD
                + "T1,phone,consult,normal,南宁,2026-03-02T09:00:00,2026-03-02T09:00:10\n"     // 10 s
                + "T2,phone,consult,normal,\"玉林\n(容县)\",2026-03-02T09:00:00,2026-03-02T09:00:20\n" // 20 s
                + "T1,phone,consult,normal,柳州,2026-03-02T09:00:00,2026-03-02T09:00:40\n"     // duplicate of row 1
                + "T4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:14\n";       // 14 s
        Path f = TestRecords.write(dir, csv);
        long inside = at(csv, "(容县)") - 2; // on the line break inside the quotes
        for (long[] split : new long[][] {{}, {inside}, {inside, at(csv, "T1,phone,consult,normal,柳州")}, {inside, inside + 1, inside + 2}}) {
            KpiReport r = new KpiEngine(2, null).run(f, split);
            assertEquals(4, r.rows(), "split " + java.util.Arrays.toString(split));
            // rows 1, 2, 4 kept (row 3 a duplicate): hotline 10 s and 14 s of 3, phone 3 of 3
            kpi(r, "hotline_answer", 2, 3);
            kpi(r, "phone_response", 3, 3);
            // the duplicate's ticket is read back from the file at its own offset, in the right chunk
            assertEquals(List.of("3 T1 ticket_id duplicate-ticket"), findings(r), "split " + java.util.Arrays.toString(split));
        }
    }

    @Test
    void aChunkThatFailsOnlyBecauseItStartedInsideQuotesIsScannedAgain() throws IOException {
        // row 2's region ends with a line break just before its closing quote: a chunk starting after that line break
        // begins with the closing quote, which opens a quoted field that never closes (no other quote follows)
        String csv = HEAD
                + "T1,phone,consult,normal,\"南宁\n\",2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T2,phone,consult,normal,柳州,2026-03-02T09:00:00,2026-03-02T09:00:20\n";
        KpiReport r = new KpiEngine(1, null).run(TestRecords.write(dir, csv), new long[] {at(csv, "南宁")});
        assertEquals(2, r.rows());
        kpi(r, "hotline_answer", 1, 2); // 10 s of 10 s and 20 s
        assertEquals(List.of(), r.findings());
    }

    @Test
    void aFormatErrorInALaterChunkNamesItsRowInTheWholeFile() throws IOException {
        // rows 1 and 2 in the first chunk, row 3 in the second; row 4 opens a quote that never closes
        String csv = HEAD
                + "T1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T4,phone,consult,normal,\"南宁,2026-03-02T09:00:00,2026-03-02T09:00:10\n";
        Path f = TestRecords.write(dir, csv);
        for (long[] split : new long[][] {{}, {at(csv, "T3") - 1}, {at(csv, "T2") - 1, at(csv, "T4") - 1}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new KpiEngine(2, null).run(f, split));
            assertEquals("row 4, column 5", e.problems().get(0).path(), java.util.Arrays.toString(split));
            assertEquals("records.csv", e.problems().get(0).file());
            assertTrue(e.problems().get(0).message().contains("not closed"), e.getMessage());
            assertEquals("第 5 个字段的引号直到文件结束都没有闭合", e.problems().get(0).text().zh());
        }
    }

    @Test
    void splitPointsOutsideTheDataOrTwiceOnOneLineChangeNothing() throws IOException {
        String csv = HEAD
                + "T1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T2,online,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:04:00\n"
                + "T3,app,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:06:00";
        Path f = TestRecords.write(dir, csv);
        long size = csv.getBytes(StandardCharsets.UTF_8).length;
        long t2 = at(csv, "T2");
        long dataStart = at(csv, "T1");
        // in the header, at the data start, in the last line (no line break after it), at and past the end, unsorted,
        // and three points on row 1 that all move to the start of row 2; chunks: the data start plus the line starts
        // the points inside the data move to (one progress report per chunk, as the file is far below the 8 MiB step)
        long[][] splits = {{0}, {5}, {dataStart}, {t2 - 60}, {size - 3}, {size}, {size + 100}, {t2 - 1, t2 - 9, t2 - 30}, {size - 3, t2 - 1}};
        int[] chunks = {1, 1, 1, 2, 1, 1, 1, 2, 2};
        for (int k = 0; k < splits.length; k++) {
            long[] split = splits[k];
            List<Long> progress = new ArrayList<>();
            KpiReport r = new KpiEngine(1, b -> {
                synchronized (progress) {
                    progress.add(b);
                }
            }).run(f, split);
            assertEquals(3, r.rows(), java.util.Arrays.toString(split));
            kpi(r, "hotline_answer", 1, 1);
            kpi(r, "online_response", 2, 2);       // 4 min and 6 min, both within 30 min
            kpi(r, "online_response_5min", 1, 2);  // 4 min only
            // every byte after the header is reported once in all, whatever the chunks
            assertEquals(size - dataStart, progress.stream().mapToLong(Long::longValue).max().orElseThrow(), java.util.Arrays.toString(split));
            assertEquals(chunks[k], progress.size(), "progress reports for " + java.util.Arrays.toString(split) + ": " + progress);
        }
    }

    @Test
    void aFileWithoutRowsOrWithoutAHeaderIsHandled() throws IOException {
        KpiReport none = new KpiEngine(1, null).run(TestRecords.write(dir, HEAD));
        assertEquals(0, none.rows());
        kpi(none, "hotline_answer", 0, 0);
        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> new KpiEngine(1, null).run(TestRecords.write(dir, "")));
        assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
        assertEquals("header", empty.problems().get(0).path());
        InvalidInputException open = assertThrows(InvalidInputException.class,
                () -> new KpiEngine(1, null).run(TestRecords.write(dir, "ticket_id,\"channel\n")));
        assertEquals("header, column 2", open.problems().get(0).path());
        assertTrue(open.problems().get(0).message().contains("not closed"), open.getMessage());
    }

    @Test
    void aRecordSpanningSeveralChunkStartsLeavesTheChunksInsideItEmpty() throws IOException {
        // row 2's region holds two line breaks; points after each give two chunk starts inside row 2, both before its
        // real end: the chunk between them is empty, the one after is scanned from row 3. Row 3 repeats row 1's ticket
        // with spaces around it: the finding, made after the scan from the file's bytes, names it trimmed
        String csv = HEAD
                + "T1,phone,consult,normal,南宁,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "T2,phone,consult,normal,\"a\nb\nc\",2026-03-02T09:00:00,2026-03-02T09:00:20\n"
                + " T1 ,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:40\n"
                + "T4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:14\n";
        Path f = TestRecords.write(dir, csv);
        long a = at(csv, "a\nb");
        for (long[] split : new long[][] {{a}, {a, a + 2}, {a + 2, a, at(csv, "T4") - 1}}) {
            KpiReport r = new KpiEngine(2, null).run(f, split);
            assertEquals(4, r.rows(), java.util.Arrays.toString(split));
            kpi(r, "hotline_answer", 2, 3); // rows 1 (10 s), 2 (20 s), 4 (14 s) kept
            assertEquals(List.of("3 T1 ticket_id duplicate-ticket"), findings(r), java.util.Arrays.toString(split));
        }
    }
}
