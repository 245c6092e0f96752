package io.aftercert.cli;

import io.aftercert.core.AtomicFiles;
import io.aftercert.core.json.Json;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.spi.RubricRegistry;
import io.aftercert.records.EvidenceFill;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "kpi", description = {
        "Service KPIs and data-quality findings from service records (CSV).",
        "Record format (columns, KPIs, data-quality rules): docs/records-format.md in the AfterCert repository;",
        "a sample file: examples/records/service-records.csv.",
        "With --evidence-for gxdsl244 --into FILE, fill the matching gxdsl244 metric indicators of an evidence file."})
final class KpiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECORDS.csv")
    Path records;

    @Option(names = "--json", paramLabel = "FILE", description = "write the KPI JSON to FILE ('-' = standard output, alone)")
    String json;

    @Option(names = "--evidence-for", paramLabel = "RUBRIC", description = "rubric whose metric indicators to fill (gxdsl244)")
    String evidenceFor;

    @Option(names = "--into", paramLabel = "EVIDENCE.json", description = "evidence file to fill (created when missing)")
    Path into;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if ((evidenceFor == null) != (into == null)) throw new Main.UserException("--evidence-for and --into go together");
        if (!Files.isRegularFile(records)) throw new java.nio.file.NoSuchFileException(records.toString());
        long size = Files.size(records);
        PrintWriter err = spec.commandLine().getErr();
        // progress only for big files and only for a person watching: never into a redirected stream
        boolean showProgress = size > (64L << 20) && Main.interactive();
        long startNanos = System.nanoTime();
        long[] last = {0};
        KpiEngine engine = new KpiEngine(threads != null ? threads : Runtime.getRuntime().availableProcessors(),
                showProgress ? done -> {
                    long now = System.nanoTime();
                    synchronized (last) {
                        if (now - last[0] < 500_000_000L) return;
                        last[0] = now;
                    }
                    err.printf("\r%5.1f %% of %,d MB  (%.1f s)", 100.0 * done / size, size >> 20, (now - startNanos) / 1e9);
                    err.flush();
                } : null);
        KpiReport report = engine.run(records);
        if (showProgress) err.printf("\r100.0 %% of %,d MB  (%.1f s)%n", size >> 20, (System.nanoTime() - startNanos) / 1e9);

        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        byte[] reportJson = Json.mapper().writeValueAsBytes(report);
        boolean toStdout = "-".equals(json);
        if (json != null && !toStdout) outputs.put(Path.of(json), reportJson);
        List<String> filled = new ArrayList<>();
        if (evidenceFor != null) {
            Rubric rubric = RubricRegistry.getDefault().require(evidenceFor);
            byte[] existing = Files.exists(into) ? Files.readAllBytes(into) : null;
            outputs.put(into, EvidenceFill.fill(existing, into.toString(), rubric, report, filled));
        }
        if (!outputs.isEmpty()) AtomicFiles.writeAll(outputs);

        PrintWriter out = spec.commandLine().getOut();
        if (toStdout) {
            out.println(new String(reportJson, StandardCharsets.UTF_8));
            out = err;
        }
        out.printf("%s: %,d rows, %,d excluded (completeness %,d, range %,d, logic %,d), outliers: response %,d, resolution %,d%n",
                report.file(), report.rows(), report.rowsExcluded(), report.findingsByRule().get("completeness"),
                report.findingsByRule().get("range"), report.findingsByRule().get("logic"),
                report.outliers().get("response").count(), report.outliers().get("resolution").count());
        for (var e : report.kpis().entrySet()) {
            KpiReport.KpiValue v = e.getValue();
            out.printf("  %-26s %10s  %,d / %,d%s%s%n", e.getKey(), v.value() == null ? "—" : v.value().setScale(2, java.math.RoundingMode.DOWN).toPlainString(),
                    v.numerator(), v.denominator(),
                    v.target() == null ? "" : "  target " + ("at-least".equals(v.direction()) ? "≥ " : "≤ ") + v.target()
                            + (v.met() == null ? "" : v.met() ? "  met" : "  NOT met"),
                    v.meanHours() == null ? "" : "  mean " + v.meanHours() + " h, median " + v.medianHours() + " h");
        }
        if (evidenceFor != null) out.println("filled " + filled.size() + " indicators of " + into + ": " + String.join(", ", filled));
        for (Path p : outputs.keySet()) out.println("wrote " + p);
        return 0;
    }
}
