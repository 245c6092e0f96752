package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outlier after a row that counts in no KPI (a row with a finding, a row outside the period) is
 * flagged at its own row number, in the response and in the resolution time: every row keeps its
 * place in the per-row duration lists whether it has durations or not.
 */
class OutlierRowNumberTests {
    @TempDir
    Path dir;

    /** Rows 1–20 on 2 March: answers after 60 s or 62 s, resolutions after 3,600 s or 3,602 s (mean ± 1 s each). */
    private static StringBuilder twentyCloseRows() {
        StringBuilder csv = new StringBuilder(TestRecords.HEAD);
        for (int i = 1; i <= 20; i++) {
            String s = i <= 10 ? "00" : "02";
            csv.append("R").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:").append(s)
                    .append(",,,2026-03-02T10:00:").append(s).append(",,,,\n");
        }
        return csv;
    }

    /** Row 22: answered after 20 minutes and resolved after 3 hours, far out on both (z ≈ 4.47 with 21 durations). */
    private static final String FAR = "R22,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:20:00,,,2026-03-02T12:00:00,,,,\n";

    private static void flaggedAt22(KpiReport r) {
        assertEquals(List.of(22L), r.outliers().get("response").rows());
        assertEquals(List.of(22L), r.outliers().get("resolution").rows());
    }

    @Test
    void afterARowWithAFinding() throws IOException {
        // row 21: priority "urgent!" is not a priority: a finding, no KPI, no duration
        String csv = twentyCloseRows() + "R21,phone,consult,urgent!,,2026-03-02T09:00:00,2026-03-02T09:01:00,,,2026-03-02T10:00:00,,,,\n" + FAR;
        KpiReport r = TestRecords.run(dir, csv);
        assertEquals(1, r.rowsExcluded());
        flaggedAt22(r);
    }

    @Test
    void afterARowOutsideThePeriod() throws IOException {
        // row 21 was requested on 1 March, before the period (2 March on)
        String csv = twentyCloseRows() + "R21,phone,consult,normal,,2026-03-01T09:00:00,2026-03-01T09:01:00,,,2026-03-01T10:00:00,,,,\n" + FAR;
        KpiReport r = new KpiEngine(1, null).run(TestRecords.write(dir, csv), new KpiOptions(List.of(), LocalDate.of(2026, 3, 2), null));
        assertEquals(21, r.rows());
        flaggedAt22(r);
    }
}
