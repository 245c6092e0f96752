package io.aftercert.bench;

import io.aftercert.core.Ratio;
import io.aftercert.records.KpiDashboard;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One AfterCert KPI run in its own JVM: prints the figures the records benchmark compares.
 * {@code KpiRun FILE [plain|grouped|dashboard]}: grouped = {@code --by month,region};
 * dashboard = the month × region × channel pass plus both dashboard pages (zh, en) written next to FILE.
 */
public final class KpiRun {
    private KpiRun() {
    }

    static final KpiOptions GROUPED = new KpiOptions(List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.REGION), null, null);

    public static void main(String[] args) throws Exception {
        String mode = args.length > 1 ? args[1] : "plain";
        long t = System.nanoTime();
        Path file = Path.of(args[0]);
        Map<String, String> out = switch (mode) {
            case "grouped" -> figures(new KpiEngine().run(file, GROUPED), true);
            case "dashboard" -> {
                KpiReport r = new KpiEngine().run(file, new KpiOptions(KpiDashboard.OPTIONS_BY, null, null));
                for (String lang : List.of("zh", "en")) {
                    Path html = file.resolveSibling(file.getFileName() + ".dashboard." + lang + ".html");
                    Files.writeString(html, new KpiDashboard(lang).render(r), StandardCharsets.UTF_8);
                }
                yield figures(r, false);
            }
            default -> figures(new KpiEngine().run(file), false);
        };
        long ms = (System.nanoTime() - t) / 1_000_000;
        out.forEach((k, v) -> System.out.println(k + " = " + v));
        System.out.println("elapsed_ms " + ms);
        System.out.println("peak_rss_mib " + Peak.rssMiB());
        System.out.println("cpu_ms " + ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(-1L));
    }

    private static String hours(BigDecimal rounded, String exact) {
        BigDecimal h = exact != null ? Ratio.parse(exact).toBigDecimal(4, RoundingMode.HALF_EVEN) : rounded.setScale(4, RoundingMode.HALF_EVEN);
        return h.stripTrailingZeros().toPlainString();
    }

    /** The report's figures under the keys {@link DuckDbRun#figures} uses. */
    public static Map<String, String> figures(KpiReport r, boolean groups) {
        Map<String, String> out = new TreeMap<>();
        r.kpis().forEach((k, v) -> out.put("kpi " + k, v.numerator() + "/" + v.denominator()
                + (v.medianHours() != null ? " median " + hours(v.medianHours(), v.medianHoursExact()) : "")));
        out.put("kpi rows", Long.toString(r.rows()));
        out.put("kpi rows_excluded", Long.toString(r.rowsExcluded()));
        out.put("kpi outliers_response", Long.toString(r.outliers().get("response").count()));
        out.put("kpi outliers_resolution", Long.toString(r.outliers().get("resolution").count()));
        if (groups && r.breakdown() != null) {
            for (KpiReport.Group g : r.breakdown().groups()) {
                String key = DuckDbRun.groupKey(g.key().get("month"), g.key().get("region"));
                g.kpis().forEach((k, v) -> {
                    if (v.denominator() != 0) out.put("group " + key + "|" + k, v.numerator() + "/" + v.denominator());
                });
                out.put("group " + key + "|rows", g.rows() + "/" + g.rowsExcluded());
            }
        }
        return out;
    }
}
