package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared fixture of the KPI tests: a header with every column the rules read, a file written
 * from a string and run through {@link KpiEngine}, and compact views of a report to assert on.
 */
final class TestRecords {
    private TestRecords() {
    }

    /** Every column a KPI or data-quality rule reads, in this order. */
    static final String HEAD = "ticket_id,channel,type,priority,complexity,requested_at,responded_at,appointment_at,"
            + "arrived_at,resolved_at,first_contact_resolved,repeat_of,satisfaction,callback_at\n";

    /** Writes {@code csv} to {@code dir/records.csv} (UTF-8). */
    static Path write(Path dir, String csv) throws IOException {
        Path f = dir.resolve("records.csv");
        Files.write(f, csv.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    /** The report of {@code csv} written to {@code dir/records.csv}, one thread, split automatically. */
    static KpiReport run(Path dir, String csv) throws IOException {
        return new KpiEngine(1, null).run(write(dir, csv));
    }

    /** Asserts a KPI's numerator and denominator. */
    static void kpi(KpiReport r, String id, long num, long den) {
        assertEquals(num, r.kpis().get(id).numerator(), id + " numerator");
        assertEquals(den, r.kpis().get(id).denominator(), id + " denominator");
    }

    /** Each finding as "row column rule reason". */
    static List<String> findings(KpiReport r) {
        return r.findings().stream().map(f -> f.row() + " " + f.column() + " " + f.rule() + " " + f.reason()).toList();
    }
}
