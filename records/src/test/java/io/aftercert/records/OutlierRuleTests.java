package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rows the outlier rule must not judge: one without the duration and a duplicate ruled out of the
 * KPIs only when every part's ticket ids are known, however far their durations lie from the mean.
 */
class OutlierRuleTests {
    @TempDir
    Path dir;

    /** Ten phone answers after 60 s and ten after 62 s: mean 61 s, standard deviation 1 s. */
    private static String twentyCloseAnswers() {
        StringBuilder csv = new StringBuilder(TestRecords.HEAD);
        for (int i = 1; i <= 20; i++) {
            csv.append("P").append(i).append(",phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:01:0").append(i <= 10 ? "0" : "2")
                    .append(",,,,,,,\n");
        }
        return csv.toString();
    }

    @Test
    void aRowWithoutAResponseIsNotAnOutlier() throws IOException {
        // row 21 has no response time: were its missing duration read as a number it would be 62 deviations out
        KpiReport r = TestRecords.run(dir, twentyCloseAnswers() + "P21,phone,consult,normal,,2026-03-02T09:00:00,,,,,,,,\n");
        assertEquals(List.of(), r.outliers().get("response").rows());
        assertEquals(0, r.outliers().get("response").count());
    }

    @Test
    void aDuplicateFarOutIsNotAnOutlier() throws IOException {
        // row 21 repeats P1's id with a 20-minute answer: a duplicate, taken out of the KPIs, so not judged either
        KpiReport r = TestRecords.run(dir, twentyCloseAnswers() + "P1,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:20:00,,,,,,,\n");
        assertEquals(List.of(), r.outliers().get("response").rows());
        assertEquals(List.of("21 P1 ticket_id"), r.findings().stream().map(f -> f.row() + " " + f.ticketId() + " " + f.column()).toList());
        // the duplicate's answer is retracted from the sums: 20 durations, mean 61 s, deviation 1 s, as before it came
        KpiReport.Outliers o = r.outliers().get("response");
        assertEquals(0, new BigDecimal(61).compareTo(o.mean()), o.toString());
        assertEquals(0, BigDecimal.ONE.compareTo(o.stdDev()), o.toString());
        KpiReport.ChannelOutliers phone = o.channels().stream().filter(c -> c.channel().equals("phone")).findFirst().orElseThrow();
        assertEquals(20, phone.durations());
        assertEquals(0, new BigDecimal(61).compareTo(phone.mean()), phone.toString());
        assertEquals(0, BigDecimal.ONE.compareTo(phone.stdDev()), phone.toString());
        // a unique ticket with the same answer is one: z = (1200 − 115.71…) / 242.56… ≈ 4.47
        KpiReport unique = TestRecords.run(dir, twentyCloseAnswers() + "P21,phone,consult,normal,,2026-03-02T09:00:00,2026-03-02T09:20:00,,,,,,,\n");
        assertEquals(List.of(21L), unique.outliers().get("response").rows());
    }
}
