package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that mixes timestamps with and without an offset is refused at the later of the first row
 * of each form, and the message names both rows by their numbers in the file, also when the first
 * row of a form is not the first row of its chunk; row numbers counted by hand.
 */
class MixedFormRowTests {
    @TempDir
    Path dir;

    private static String row(String id, String requested) {
        return id + ",phone,consult,normal,," + requested + ",,,,,,,,\n";
    }

    private InvalidInputException refused(String csv, long[] split) throws IOException {
        Path f = TestRecords.write(dir, csv);
        return assertThrows(InvalidInputException.class, () -> new KpiEngine(1, null).run(f, split));
    }

    @Test
    void aLocalTimeAfterThreeWithAnOffset() throws IOException {
        String rows = row("M1", "2026-03-02T09:00:00+08:00") + row("M2", "2026-03-02T09:00:01+08:00") + row("M3", "2026-03-02T09:00:02+08:00")
                + row("M4", "2026-03-02T09:00:03");
        String csv = TestRecords.HEAD + rows;
        // whole, and split at the start of row 3 (row 4 is then the second row of the second chunk)
        long rowThree = (TestRecords.HEAD + row("M1", "2026-03-02T09:00:00+08:00") + row("M2", "2026-03-02T09:00:01+08:00"))
                .getBytes(StandardCharsets.UTF_8).length;
        for (long[] split : new long[][] {null, {rowThree}}) {
            InvalidInputException e = refused(csv, split);
            assertEquals("row 4", e.problems().get(0).path());
            assertTrue(e.problems().get(0).message().contains("row 1 requested_at '2026-03-02T09:00:00+08:00' has a UTC offset, "
                    + "row 4 requested_at '2026-03-02T09:00:03' has none"), e.getMessage());
        }
    }

    @Test
    void anOffsetAfterThreeLocalTimes() throws IOException {
        String csv = TestRecords.HEAD + row("L1", "2026-03-02T09:00:00") + row("L2", "2026-03-02T09:00:01") + row("L3", "2026-03-02T09:00:02")
                + row("L4", "2026-03-02T09:00:03Z");
        long rowThree = (TestRecords.HEAD + row("L1", "2026-03-02T09:00:00") + row("L2", "2026-03-02T09:00:01")).getBytes(StandardCharsets.UTF_8).length;
        for (long[] split : new long[][] {null, {rowThree}}) {
            InvalidInputException e = refused(csv, split);
            assertEquals("row 4", e.problems().get(0).path());
            assertTrue(e.problems().get(0).message().contains("row 4 requested_at '2026-03-02T09:00:03Z' has a UTC offset, "
                    + "row 1 requested_at '2026-03-02T09:00:00' has none"), e.getMessage());
        }
    }
}
