package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Words.f;
import static io.aftercert.cli.Words.w;

import io.aftercert.core.Lang;

import io.aftercert.core.json.Json;
import io.aftercert.records.EvidenceFill;
import io.aftercert.records.DataQualityFinding;
import io.aftercert.records.KpiDashboard;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "kpi", description = {
        "Service KPIs and data-quality findings from service records (CSV).",
        "Record format (columns, KPIs, data-quality rules): docs/records-format.md in the AfterCert repository;",
        "a sample file: examples/records/service-records.csv.",
        "--by month,region adds KPIs per group; --html writes the KPI dashboard;",
        "with --evidence-for RUBRIC --into FILE, fill the rubric's metric indicators that name a records KPI (gxdsl244, gxdsl259)."})
final class KpiCommand implements Callable<Integer> {
    /** Findings listed per rule in the text output. */
    static final int FIRST_FINDINGS = 3;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "RECORDS.csv")
    Path records;

    @Mixin
    Options.JsonFile jsonOption;

    @Option(names = "--by", paramLabel = "KEY[,KEY]", description = "breakdown by one or two of month, quarter, region, channel, type, technician")
    String by;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "count requests from this day on (requested_at, inclusive)")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "count requests up to this day (requested_at, inclusive)")
    String to;

    @Mixin
    Options.HtmlFile htmlOption;

    @Mixin
    Options.LangOption langOption;

    @Option(names = "--standard", paramLabel = "gxdsl244|gxdsl259", defaultValue = "gxdsl244",
            description = "the standard whose KPI targets the summary, JSON and dashboard judge against (default gxdsl244)")
    String standard;

    @Option(names = "--evidence-for", paramLabel = "RUBRIC", description = "rubric whose metric indicators to fill (gxdsl244, gxdsl259)")
    String evidenceFor;

    @Option(names = "--into", paramLabel = "EVIDENCE.json", description = "evidence file to fill (created when missing)")
    Path into;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores)")
    Integer threads;

    private static LocalDate date(String option, String text) {
        if (text == null) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Words.error("error.date", option, text);
        }
    }

    private KpiOptions options() {
        List<KpiOptions.GroupBy> keys = new ArrayList<>();
        if (by != null) {
            for (String k : by.split(",")) {
                try {
                    keys.add(KpiOptions.GroupBy.of(k));
                } catch (IllegalArgumentException e) {
                    throw Words.error("error.byKey", k.strip(), e.getMessage());
                }
            }
            if (keys.size() > 2) {
                throw Words.error("error.byCount", keys.size(), by);
            }
            if (new java.util.HashSet<>(keys).size() < keys.size()) {
                throw Words.error("error.byTwice", by);
            }
        }
        try {
            return new KpiOptions(keys, date("--from", from), date("--to", to));
        } catch (IllegalArgumentException e) { // the period starts after it ends
            throw Words.error("error.fromAfterTo", from, to, e.getMessage());
        }
    }

    @Mixin
    Options.Force forceOption;

    @Override
    public Integer call() throws Exception {
        Path html = htmlOption.html;
        String lang = langOption.get().tag();
        if ((evidenceFor == null) != (into == null)) throw Words.error("error.evidenceForInto");
        if (!"gxdsl244".equals(standard) && !"gxdsl259".equals(standard)) {
            throw Words.error("error.standard", standard);
        }
        KpiDashboard.Standard targets = KpiDashboard.Standard.of(io.aftercert.core.registry.RubricRegistry.getDefault().require(standard));
        KpiOptions options = options();
        Inputs.checkReadable(records);
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
                    err.print(f(langOption.get(), "kpi.progress.f", 100.0 * done / size, size >> 20, (now - startNanos) / 1e9));
                    err.flush();
                } : null);
        KpiReport report;
        KpiReport dashboard = null;
        if (html != null) {
            // the dashboard's breakdown (month × region × channel) in the same pass when --by asks for none of its own
            KpiOptions dash = new KpiOptions(KpiDashboard.OPTIONS_BY, options.from(), options.to());
            dashboard = engine.run(records, dash);
            report = options.by().isEmpty() ? withoutBreakdown(dashboard) : engine.run(records, options);
        } else {
            report = engine.run(records, options);
        }
        if (showProgress) {
            err.print(f(langOption.get(), "kpi.progressDone.f", size >> 20, (System.nanoTime() - startNanos) / 1e9));
        }
        // one answer: summary, JSON and dashboard judge against the chosen standard's targets
        report = targets.applyTo(report);
        if (dashboard != null) dashboard = targets.applyTo(dashboard);

        ReportOutputs outputs = new ReportOutputs(jsonOption.json, SharedMapper.get().writeValueAsBytes(report))
                .add(html, html == null ? null : new KpiDashboard(lang).render(dashboard, targets).getBytes(StandardCharsets.UTF_8));
        final KpiReport filledFrom = report;
        List<String> filled = outputs.fill(evidenceFor, into, (existing, name, rubric, codes) -> EvidenceFill.fill(existing, name, rubric, filledFrom, codes));
        PrintWriter out = outputs.write(spec, forceOption.force);
        print(out, report);
        if (evidenceFor != null) {
            out.println(w(langOption.get(), "kpi.filled", into, filled.size()) + String.join(w(langOption.get(), "listSep"), filled));
        }
        outputs.printWritten(out, langOption.get());
        return 0;
    }

    private static KpiReport withoutBreakdown(KpiReport r) {
        return new KpiReport(r.schemaVersion(), r.file(), r.period(), r.rows(), r.rowsExcluded(), r.kpis(), r.outliers(), r.findingsByRule(),
                r.findingsCount(), r.findingsTruncated(), r.findings(), null);
    }

    private void print(PrintWriter out, KpiReport report) {
        Lang in = langOption.get();
        String lang = in.tag();
        KpiDashboard names = new KpiDashboard(lang);
        List<String> byRule = new ArrayList<>();
        for (String rule : List.of("completeness", "range", "logic")) {
            byRule.add(DataQualityFinding.ruleName(rule, in) + " " + String.format("%,d", report.findingsByRule().get(rule)));
        }
        out.print(f(in, "kpi.summary.f", report.file(), report.rows(), report.rowsExcluded(), String.join(w(in, "kpi.ruleSep"), byRule),
                report.outliers().get("response").count(), report.outliers().get("resolution").count()));
        for (var e : report.kpis().entrySet()) out.println("  " + line(names, e.getKey(), e.getValue(), in));
        if (report.breakdown() != null) {
            out.println(w(in, "kpi.by", String.join(w(in, "listSep"), report.breakdown().by().stream().map(k -> KpiOptions.GroupBy.of(k).label(lang)).toList())));
            for (KpiReport.Group g : report.breakdown().groups()) {
                List<String> key = new ArrayList<>();
                g.key().values().forEach(v -> key.add(v.isEmpty() ? w(in, "kpi.noValue") : v.replace('\n', ' ')));
                out.print(f(in, "kpi.group.f", String.join(" / ", key), g.rows(), g.rowsExcluded()));
                for (var e : g.kpis().entrySet()) {
                    if (e.getValue().denominator() > 0 && e.getValue().target() != null) out.println("    " + line(names, e.getKey(), e.getValue(), in));
                }
            }
        }
        // the first findings of each rule, each with its value and reason
        Map<String, List<DataQualityFinding>> firsts = new LinkedHashMap<>();
        for (String rule : report.findingsByRule().keySet()) firsts.put(rule, new ArrayList<>());
        for (DataQualityFinding f : report.findings()) {
            List<DataQualityFinding> l = firsts.get(f.rule());
            if (l != null && l.size() < FIRST_FINDINGS) l.add(f);
        }
        for (var e : firsts.entrySet()) {
            if (e.getValue().isEmpty()) continue;
            long all = report.findingsByRule().get(e.getKey());
            int shown = e.getValue().size();
            out.println(all == shown ? f(in, "kpi.findings.f", DataQualityFinding.ruleName(e.getKey(), in), all)
                    : f(in, "kpi.findingsFirst.f", DataQualityFinding.ruleName(e.getKey(), in), all, shown));
            for (DataQualityFinding f : e.getValue()) {
                out.print(f(in, "kpi.finding.f", f.row(), f.ticketId().isEmpty() ? "—" : f.ticketId(),
                        f.column(), f.value(), DataQualityFinding.Reason.of(f.reason()).text(in)));
            }
        }
    }

    private static String line(KpiDashboard names, String id, KpiReport.KpiValue v, Lang lang) {
        String value = KpiDashboard.show(v.value(), v.direction());
        String target = v.target() == null ? "" : w(lang, "kpi.target", ("at-least".equals(v.direction()) ? "≥ " : "≤ ") + v.target().toPlainString())
                + (v.met() == null ? "" : w(lang, v.met() ? "kpi.met" : "kpi.notMet"));
        String hours = v.meanHours() == null ? "" : w(lang, "kpi.hours", v.meanHours().setScale(2, java.math.RoundingMode.HALF_EVEN),
                v.medianHours().setScale(2, java.math.RoundingMode.HALF_EVEN));
        // the satisfaction index is no share of rows: its pair is a sum of answers over their count, said as a mean
        String counts = !"satisfaction_index".equals(id) ? String.format("%,d / %,d", v.numerator(), v.denominator())
                : v.denominator() == 0 ? w(lang, "kpi.noAnswers")
                : f(lang, "kpi.answers.f", v.denominator(), meanAnswer(v));
        return padded(names.kpiName(id), Integer.parseInt(w(lang, "kpi.nameColumns"))) + String.format("%10s  ", value) + counts + target + hours;
    }

    /** The mean answer on the 1–5 scale, cut to two decimals as the dashboard shows it. */
    private static String meanAnswer(KpiReport.KpiValue v) {
        return java.math.BigDecimal.valueOf(v.numerator()).divide(java.math.BigDecimal.valueOf(v.denominator()), 2, java.math.RoundingMode.FLOOR).toPlainString();
    }

    /** {@code s} padded to {@code width} terminal columns, a Chinese character taking two. */
    static String padded(String s, int width) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1;
            i += Character.charCount(cp);
        }
        return s + " ".repeat(Math.max(1, width - w));
    }

}
