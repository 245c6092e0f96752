package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order rules (no response before the request, no resolution before the response, no arrival
 * before the request) compare valid times only: a time that is not a valid timestamp gets its own
 * format finding and never a second, order finding; each finding below is worked out by hand.
 */
class TimeOrderTests {
    @TempDir
    Path dir;

    @Test
    void anInvalidTimeIsNotComparedWithTheOthers() throws IOException {
        String csv = TestRecords.HEAD
                // 1: responded_at in month 13
                + "C1,phone,consult,normal,,2026-03-02T09:00:00,2026-13-02T09:00:05,,,,,,,\n"
                // 2: arrived_at on 32 March
                + "C2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,2026-03-32T10:00:00,,,,,\n"
                // 3: resolved_at at hour 25
                + "C3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,2026-03-02T25:00:00,,,,\n"
                // 4: requested_at on 30 February, the others valid
                + "C4,phone,consult,normal,,2026-02-30T09:00:00,2026-03-02T09:00:05,,2026-03-02T10:00:00,2026-03-02T12:00:00,,,,\n";
        KpiReport r = TestRecords.run(dir, csv);
        assertEquals(List.of("1 responded_at", "2 arrived_at", "3 resolved_at", "4 requested_at"),
                r.findings().stream().map(f -> f.row() + " " + f.column()).toList());
        assertEquals(4, r.rowsExcluded());
    }

    @Test
    void validTimesOutOfOrderAreFoundOnTheLaterColumn() throws IOException {
        String csv = TestRecords.HEAD
                // 1: answered a second before the request
                + "D1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T08:59:59,,,,,,,\n"
                // 2: resolved a second before the answer
                + "D2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,,2026-03-02T09:00:04,,,,\n"
                // 3: arrived a second before the request
                + "D3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:05,,2026-03-02T08:59:59,,,,,\n"
                // 4: all at the same second: in order
                + "D4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,,\n";
        KpiReport r = TestRecords.run(dir, csv);
        assertEquals(List.of("1 responded_at logic", "2 resolved_at logic", "3 arrived_at logic"),
                r.findings().stream().map(f -> f.row() + " " + f.column() + " " + f.rule()).toList());
    }
}
