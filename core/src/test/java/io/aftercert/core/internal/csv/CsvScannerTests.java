package io.aftercert.core.internal.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The RFC 4180 scanner over byte ranges of a file (offsets, ranges, the bound, a file that changes),
 * over small files and tiny buffers (so that every record crosses
 * a buffer end). The sink checks each record against the expected list as it arrives and stops the
 * scan at the first difference or the first record too many: a scanner that would re-read one
 * record forever fails at once instead of running into a time-out.
 */
class CsvScannerTests {
    @TempDir
    Path dir;

    /** A record as the sink saw it: its fields and its file offset. */
    private record Rec(List<String> fields, long offset) {
        @Override
        public String toString() {
            return offset + ":" + fields;
        }
    }

    private static Rec rec(long offset, String... fields) {
        return new Rec(List.of(fields), offset);
    }

    /** Scans [from, until) of {@code csv} with a buffer of {@code buffer} bytes; asserts the records one by one. */
    private long scan(String csv, int buffer, int maxRecord, long from, long until, List<Rec> expected) throws IOException {
        Path f = dir.resolve("s.csv");
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        Files.write(f, bytes);
        List<Rec> got = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            CsvScanner s = new CsvScanner(ch, bytes.length, buffer, maxRecord);
            long end = s.scan(from, until, (buf, st, en, n, off) -> {
                List<String> fields = new ArrayList<>();
                for (int k = 0; k < n; k++) fields.add(new String(buf, st[k], en[k] - st[k], StandardCharsets.UTF_8));
                Rec r = new Rec(fields, off);
                int i = got.size();
                if (i >= expected.size()) fail("record " + (i + 1) + " too many: " + r + " after " + got);
                assertEquals(expected.get(i), r, "record " + (i + 1));
                got.add(r);
                return true;
            });
            assertEquals(expected, got);
            return end;
        }
    }

    private long scan(String csv, int buffer, List<Rec> expected) throws IOException {
        return scan(csv, buffer, CsvScanner.MAX_RECORD, 0, Long.MAX_VALUE, expected);
    }

    @Test
    void fieldsQuotesAndLineEndsWhateverTheBufferSize() throws IOException {
        // offsets by hand: "a,b\n" is 4 bytes, so record 2 starts at 4; "\"c,d\",\"e\"\"f\"\r\n" is 5 + 1 + 6 + 2 = 14
        // (record 3 at 18); "\"g\nh\",\n" is 7 (record 4 at 25); ",\r\n" is 3 (record 5 at 28); "x,\"\"" ends the file at 32
        String csv = "a,b\n\"c,d\",\"e\"\"f\"\r\n\"g\nh\",\n,\r\nx,\"\"";
        List<Rec> expected = List.of(rec(0, "a", "b"), rec(4, "c,d", "e\"f"), rec(18, "g\nh", ""), rec(25, "", ""), rec(28, "x", ""));
        for (int buffer : new int[] {1, 2, 3, 5, 8, 64}) {
            assertEquals(32, scan(csv, buffer, expected), "buffer " + buffer + ": the offset after the last record is the file's end");
        }
    }

    @Test
    void aTrailingCommaAtTheEndOfTheFileIsOneMoreEmptyField() throws IOException {
        for (int buffer : new int[] {1, 4, 64}) {
            assertEquals(4, scan("a,b,", buffer, List.of(rec(0, "a", "b", ""))));
            assertEquals(5, scan("a,b,\n", buffer, List.of(rec(0, "a", "b", ""))));
        }
    }

    @Test
    void emptyLinesAreSkippedButAnEmptyQuotedFieldIsARecord() throws IOException {
        // "\n" at 0, "\r\n" at 1, "\"\"\n" at 3 (one empty quoted field: a record), "\n" at 6, "z" at 7
        assertEquals(8, scan("\n\r\n\"\"\n\nz", 2, List.of(rec(3, ""), rec(7, "z"))));
        // a lone CR ends a record as well
        assertEquals(4, scan("p\rq\r", 3, List.of(rec(0, "p"), rec(2, "q"))));
    }

    @Test
    void aQuoteInsideAFieldIsALiteralAndBytesAfterAClosingQuoteAreDropped() throws IOException {
        // 5"6 is a literal quote (the field does not start with one); "ab"cd keeps ab and drops the stray cd; 3 + 1 + 6 + 1 + 1 + 2 bytes
        assertEquals(14, scan("5\"6,\"ab\"cd,e\r\n", 4, List.of(rec(0, "5\"6", "ab", "e"))));
        // doubled quotes at a buffer edge: each field is unescaped on its own, the unquoted one untouched; 6 + 1 + 4 + 1 + 5 + 1 bytes
        assertEquals(18, scan("\"\"\"\"\"\",x\"\"y,\"a\"\"\"\n", 1, List.of(rec(0, "\"\"", "x\"\"y", "a\""))));
    }

    @Test
    void aRangeScansTheRecordsStartingInsideItAndEndsAfterTheLastOne() throws IOException {
        String csv = "r1,1\nr2,2\nr3,3\nr4,4\n"; // records at 0, 5, 10, 15; 20 bytes
        // records starting in [5, 11): r2 and r3 (r3 starts at 10 < 11 and is read to its end, 15)
        assertEquals(15, scan(csv, 3, CsvScanner.MAX_RECORD, 5, 11, List.of(rec(5, "r2", "2"), rec(10, "r3", "3"))));
        // [5, 10): r2 only, the scan stops at r3's start
        assertEquals(10, scan(csv, 64, CsvScanner.MAX_RECORD, 5, 10, List.of(rec(5, "r2", "2"))));
        // from the end: nothing
        assertEquals(20, scan(csv, 64, CsvScanner.MAX_RECORD, 20, 40, List.of()));
    }

    @Test
    void aSinkCanStopTheScanAfterARecord() throws IOException {
        Path f = dir.resolve("stop.csv");
        Files.writeString(f, "h1,h2\nd1,d2\n");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            int[] calls = {0};
            long end = new CsvScanner(ch, 12, 4).scan(0, 12, (buf, st, en, n, off) -> {
                calls[0]++;
                return false;
            });
            assertEquals(1, calls[0]);
            assertEquals(6, end, "the offset just after the header row");
        }
    }

    @Test
    void aRecordGrowsTheBufferUpToTheBoundAndNoFurther() throws IOException {
        // 40 bytes in one quoted field: a 4-byte buffer doubles to 8, 16, 32, then 64 ≥ 44 bytes of record
        String big = "x".repeat(40);
        assertEquals(45, scan("\"" + big + "\",y\n", 4, 64, 0, Long.MAX_VALUE, List.of(rec(0, big, "y"))));
        // a bound of 64 bytes: the second record (at byte 4) is "\"" + 63 bytes + "\"\n" = 66 bytes, refused once the
        // buffer has grown 4, 8, 16, 32, 64 (the bound); the message names where the record starts
        CsvScanner.CsvFormatException e = assertThrows(CsvScanner.CsvFormatException.class,
                () -> scan("a,b\n\"" + "z".repeat(63) + "\"\n", 4, 64, 0, Long.MAX_VALUE, List.of(rec(0, "a", "b"))));
        assertTrue(e.getMessage().contains("(starting at byte 4)"), e.getMessage());
        // a record of exactly the bound is still read: "\"" + 61 bytes + "\"\n" = 64 bytes
        String fits = "z".repeat(61);
        assertEquals(68, scan("a,b\n\"" + fits + "\"\n", 4, 64, 0, Long.MAX_VALUE, List.of(rec(0, "a", "b"), rec(4, fits))));
    }

    @Test
    void anUnclosedQuoteOrTooManyFieldsIsNotCsv() throws IOException {
        CsvScanner.CsvFormatException open = assertThrows(CsvScanner.CsvFormatException.class,
                () -> scan("a,b\n\"c,d\n", 4, List.of(rec(0, "a", "b"))));
        assertTrue(open.getMessage().contains("not closed"), open.getMessage());
        // 256 fields are the most a record may have; 257 are refused
        String max = ",".repeat(255) + "\n";
        List<String> empty = new ArrayList<>();
        for (int i = 0; i < 256; i++) empty.add("");
        assertEquals(256, scan(max, 64, List.of(new Rec(empty, 0))));
        CsvScanner.CsvFormatException many = assertThrows(CsvScanner.CsvFormatException.class,
                () -> scan(",".repeat(256) + "\n", 64, List.of()));
        assertTrue(many.getMessage().contains("more than 256 fields"), many.getMessage());
        // the same at the end of a file without a final newline, where a trailing comma adds the 257th, empty field
        assertEquals(255, scan(",".repeat(255), 64, List.of(new Rec(empty, 0))));
        CsvScanner.CsvFormatException last = assertThrows(CsvScanner.CsvFormatException.class, () -> scan(",".repeat(256), 64, List.of()));
        assertTrue(last.getMessage().contains("more than 256 fields"), last.getMessage());
    }

    @Test
    void shortRecordsAreCompactedIntoTheBufferNotGrownPastIt() throws IOException {
        // ten records of 5 bytes through a 4-byte buffer under an 8-byte bound: the buffer grows once (to 8) and is
        // then reused by moving each unfinished record to its front; growing at every refill would pass the bound
        StringBuilder csv = new StringBuilder();
        List<Rec> expected = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            csv.append('r').append(i).append(",x\n");
            expected.add(rec(5L * i, "r" + i, "x"));
        }
        assertEquals(50, scan(csv.toString(), 4, 8, 0, Long.MAX_VALUE, expected));
    }

    @Test
    void strayBytesEndAtALoneCarriageReturnOrAtTheEndOfAFullBuffer() throws IOException {
        // "\"a\"x\r" is one record (the stray x dropped) ended by the lone CR; "b" follows at 5
        assertEquals(7, scan("\"a\"x\rb\n", 64, List.of(rec(0, "a"), rec(5, "b"))));
        // the stray bytes run to the very end of a buffer that holds exactly the file
        assertEquals(6, scan("\"ab\"cd", 6, List.of(rec(0, "ab"))));
        // an escaped quoted field last in a file without a final newline is unescaped too
        assertEquals(8, scan("x,\"a\"\"b\"", 64, List.of(rec(0, "x", "a\"b"))));
    }

    @Test
    void aFileShorterThanItsRecordedSizeChangedWhileRead() throws IOException {
        // the scanner was told 100 bytes, the file has 12 ("a,b\nc,d\ne,f\n"): the old fill loop read -1 for ever
        Path f = dir.resolve("cut.csv");
        Files.writeString(f, "a,b\nc,d\ne,f\n");
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            CsvScanner s = new CsvScanner(ch, 100, 8);
            // a read loop that never ends would hang here: the build's fork timeout fails it, no clock in the test
            CsvScanner.FileChangedException e = assertThrows(CsvScanner.FileChangedException.class, () -> s.scan(0, 100, (buf, st, en, n, off) -> true));
            assertEquals(12, e.offset, "where the file ended");
            assertTrue(e.getMessage().contains("changed while it was read"), e.getMessage());
        }
    }
}
