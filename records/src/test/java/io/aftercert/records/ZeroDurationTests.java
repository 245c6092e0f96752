package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A response or resolution of 0 seconds is a duration like any other (it counts in the mean and
 * the deviation), and a row without one adds nothing; mean and deviation worked out by hand.
 */
class ZeroDurationTests {
    @TempDir
    Path dir;

    private static void stats(KpiReport.Outliers o, long durations, int mean, int stdDev) {
        assertEquals(0, new BigDecimal(mean).compareTo(o.mean()), o.toString());
        assertEquals(0, new BigDecimal(stdDev).compareTo(o.stdDev()), o.toString());
        KpiReport.ChannelOutliers phone = o.channels().stream().filter(c -> c.channel().equals("phone")).findFirst().orElseThrow();
        assertEquals(durations, phone.durations(), o.toString());
        assertEquals(0, new BigDecimal(mean).compareTo(phone.mean()), o.toString());
        assertEquals(0, new BigDecimal(stdDev).compareTo(phone.stdDev()), o.toString());
    }

    @Test
    void zeroSecondsCountAndAMissingTimeDoesNot() throws IOException {
        String csv = TestRecords.HEAD
                // responses 0, 0, 20, 20 s: mean 10, deviation 10; resolutions (response to resolution) 0 and 100 s: mean 50, deviation 50
                + "E1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,2026-03-02T09:00:00,,,,\n"
                + "E2,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:00,,,2026-03-02T09:01:40,,,,\n"
                + "E3,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:20,,,,,,,\n"
                + "E4,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:00:20,,,,,,,\n";
        KpiReport r = TestRecords.run(dir, csv);
        assertEquals(0, r.rowsExcluded());
        stats(r.outliers().get("response"), 4, 10, 10);
        stats(r.outliers().get("resolution"), 2, 50, 50);
    }
}
