package io.aftercert.bench;

import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiReport;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** One AfterCert KPI run in its own JVM: prints the figures the records benchmark compares. */
public final class KpiRun {
    private KpiRun() {
    }

    public static void main(String[] args) {
        long t = System.nanoTime();
        KpiReport r = new KpiEngine().run(Path.of(args[0]));
        long ms = (System.nanoTime() - t) / 1_000_000;
        Map<String, String> out = new TreeMap<>();
        r.kpis().forEach((k, v) -> out.put(k, v.numerator() + "/" + v.denominator()
                + (v.medianHours() != null ? " median " + v.medianHours().stripTrailingZeros().toPlainString() : "")));
        out.put("rows", Long.toString(r.rows()));
        out.put("rows_excluded", Long.toString(r.rowsExcluded()));
        out.put("outliers_response", Long.toString(r.outliers().get("response").count()));
        out.put("outliers_resolution", Long.toString(r.outliers().get("resolution").count()));
        out.forEach((k, v) -> System.out.println("kpi " + k + " = " + v));
        System.out.println("elapsed_ms " + ms);
        System.out.println("peak_rss_mib " + Peak.rssMiB());
    }
}
