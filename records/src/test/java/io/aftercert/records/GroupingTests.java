package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Month and quarter groups of rows whose request time is not a valid timestamp (they share the
 * unnamed group with rows that have none, whichever comes first) and of timestamps with an offset
 * (grouped by the local date, not the UTC one); every group worked out by hand.
 */
class GroupingTests {
    @TempDir
    Path dir;

    private static final String HEAD = "ticket_id,channel,type,priority,region,requested_at,responded_at\n";

    private KpiReport run(String csv, KpiOptions.GroupBy by) throws IOException {
        Path f = dir.resolve("records.csv");
        Files.write(f, csv.getBytes(StandardCharsets.UTF_8));
        return new KpiEngine(1, null).run(f, new KpiOptions(List.of(by), null, null));
    }

    private static List<String> groups(KpiReport r) {
        return r.breakdown().groups().stream()
                .map(g -> String.join("|", g.key().values()) + " rows " + g.rows() + " excluded " + g.rowsExcluded() + " findings " + g.findingsCount())
                .toList();
    }

    @Test
    void anInvalidRequestTimeSharesTheUnnamedGroupWithAnEmptyOne() throws IOException {
        // H1 month 13, H4 30 February: invalid (a finding each); H2 empty (a finding); H3 valid, 2026-03
        String csv = HEAD
                + "H1,phone,consult,normal,南宁,2026-13-01T00:00:00,2026-03-15T10:00:10\n"
                + "H2,phone,consult,normal,南宁,,2026-03-15T10:00:10\n"
                + "H3,phone,consult,normal,南宁,2026-03-15T10:00:00,2026-03-15T10:00:10\n"
                + "H4,phone,consult,normal,南宁,2026-02-30 10:00,2026-03-15T10:00:10\n";
        assertEquals(List.of(" rows 3 excluded 3 findings 3", "2026-03 rows 1 excluded 0 findings 0"), groups(run(csv, KpiOptions.GroupBy.MONTH)));
        assertEquals(List.of(" rows 3 excluded 3 findings 3", "2026-Q1 rows 1 excluded 0 findings 0"), groups(run(csv, KpiOptions.GroupBy.QUARTER)));
        // the empty one first
        String emptyFirst = HEAD
                + "H2,phone,consult,normal,南宁,,2026-03-15T10:00:10\n"
                + "H1,phone,consult,normal,南宁,2026-13-01T00:00:00,2026-03-15T10:00:10\n"
                + "H3,phone,consult,normal,南宁,2026-12-15T10:00:00,2026-12-15T10:00:10\n";
        assertEquals(List.of(" rows 2 excluded 2 findings 2", "2026-12 rows 1 excluded 0 findings 0"), groups(run(emptyFirst, KpiOptions.GroupBy.MONTH)));
        assertEquals(List.of(" rows 2 excluded 2 findings 2", "2026-Q4 rows 1 excluded 0 findings 0"), groups(run(emptyFirst, KpiOptions.GroupBy.QUARTER)));
    }

    @Test
    void timestampsWithAnOffsetAreGroupedByTheirLocalDate() throws IOException {
        // O1: 31 March 23:00 at −05:00 is 1 April 04:00 UTC, still March locally; O2: 1 April 00:30 at +08:00 is 31 March
        // 16:30 UTC, April locally; O3: 1 January 00:00 at +08:00 is 2025-12-31 UTC, 2026-01 locally; O4: 2025-12-31 20:00 −04:00
        String csv = HEAD
                + "O1,phone,consult,normal,南宁,2026-03-31T23:00:00-05:00,2026-03-31T23:00:10-05:00\n"
                + "O2,phone,consult,normal,南宁,2026-04-01T00:30:00+08:00,2026-04-01T00:30:10+08:00\n"
                + "O3,phone,consult,normal,南宁,2026-01-01T00:00:00+08:00,2026-01-01T00:00:10+08:00\n"
                + "O4,phone,consult,normal,南宁,2025-12-31T20:00:00-04:00,2025-12-31T20:00:10-04:00\n";
        assertEquals(List.of("2025-12 rows 1 excluded 0 findings 0", "2026-01 rows 1 excluded 0 findings 0", "2026-03 rows 1 excluded 0 findings 0",
                "2026-04 rows 1 excluded 0 findings 0"), groups(run(csv, KpiOptions.GroupBy.MONTH)));
        assertEquals(List.of("2025-Q4 rows 1 excluded 0 findings 0", "2026-Q1 rows 2 excluded 0 findings 0", "2026-Q2 rows 1 excluded 0 findings 0"),
                groups(run(csv, KpiOptions.GroupBy.QUARTER)));
    }
}
