package io.aftercert.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiReport;
import io.aftercert.records.RecordsGenerator;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --by month,region} on a generated file equals DuckDB computing the same figures in SQL
 * ({@link DuckDbRun#GROUPED_SQL}, written independently of the Java engine), group by group, and
 * the groups add up to the totals.
 */
class GroupedFiguresTests {
    @Test
    void groupedFiguresEqualDuckDbsAndAddUpToTheTotals(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("records.csv");
        // 30 000 rows over about 4 months (one request every 350 s), 3 % faults of every class, quoted commas and line breaks
        RecordsGenerator.write(file, 30_000, 20261201L, 0.03, 350);
        KpiReport grouped = new KpiEngine(2, null).run(file, KpiRun.GROUPED);
        Map<String, String> ours = KpiRun.figures(grouped, true);
        Map<String, String> duck = DuckDbRun.figures(file.toString(), true);
        assertEquals(duck, ours);
        long groups = ours.keySet().stream().filter(k -> k.endsWith("|rows")).count();
        assertTrue(groups >= 4 * 7, "months × regions: " + groups);
        // the groups add up to the totals
        Map<String, long[]> sums = new TreeMap<>();
        grouped.breakdown().groups().forEach(g -> g.kpis().forEach((k, v) -> {
            long[] s = sums.computeIfAbsent(k, x -> new long[2]);
            s[0] += v.numerator();
            s[1] += v.denominator();
        }));
        grouped.kpis().forEach((k, v) -> {
            assertEquals(v.numerator(), sums.get(k)[0], k);
            assertEquals(v.denominator(), sums.get(k)[1], k);
        });
        assertEquals(grouped.rows(), grouped.breakdown().groups().stream().mapToLong(KpiReport.Group::rows).sum());
    }
}
