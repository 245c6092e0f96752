package io.aftercert.cli;

import io.aftercert.core.internal.io.AtomicFiles;
import static io.aftercert.cli.Words.w;

import io.aftercert.core.json.ResultJson;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.plan.PlanInput;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.tailoring.Tailoring;
import io.aftercert.workbook.ScoredWorkbook;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.aftercert.core.Lang;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "assess", description = {
        "Score an evidence file: print score, grade and top gaps; optionally write the result JSON and the HTML report.",
        "Exit 0 when scored, 2 on bad input (nothing is written for a bad file; with --out-dir the other files are still written)."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE", arity = "1..*", description = "the evidence file, .json or .xlsx workbook (several with --out-dir)")
    List<Path> evidence;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "write NAME.html and NAME.json per evidence file into DIR (created if missing)")
    Path outDir;

    @Mixin
    Options.JsonFile jsonOption;

    @Mixin
    Options.HtmlFile htmlOption;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "write the scored workbook (score sheet with formulas, findings, gaps) to FILE")
    Path xlsx;

    @Mixin
    Options.LangOption langOption;

    @Option(names = "--tailoring", paramLabel = "FILE", description = "apply a tailoring (exclusions, points, weights, AHP, targets, grade scale)")
    Path tailoring;

    @Mixin
    Options.Force forceOption;

    @Option(names = "--previous", paramLabel = "OLD.json", description = "the previous assessment (evidence or result file): the report adds the change since then")
    Path previous;

    @Option(names = "--effort", paramLabel = "FILE", description = "efforts, owners and due dates for the report's improvement plan (as for 'plan --effort')")
    Path effortFile;

    @Option(names = "--records", paramLabel = "RECORDS.csv", description = "the service records the KPIs were filled from ('kpi --into'): the report adds their data quality (rows read, excluded by rule, outliers, period)")
    Path records;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "how many gaps the summary lists (default 5)")
    int top;

    @Override
    // long by design: checks the option combinations first (nothing written on a refusal), then one file or --out-dir
    public Integer call() throws Exception {
        String json = jsonOption.json;
        Path html = htmlOption.html;
        boolean force = forceOption.force;
        Lang lang = langOption.get();
        if (evidence.size() > 1 && outDir == null) {
            throw Words.error("error.severalNeedOutDir");
        }
        if (outDir != null && (json != null || html != null || xlsx != null)) {
            throw Words.error("error.outDirAlone");
        }
        if ((previous != null || effortFile != null || records != null) && html == null && outDir == null) {
            throw Words.error("error.reportOptions");
        }
        Tailoring tailor = Inputs.tailoring(tailoring);
        Inputs.Scored before = previous == null ? null : Inputs.loadForComparison(previous, tailor);
        boolean jsonToStdout = Outputs.toStdout(json);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter summary = jsonToStdout ? err : out;
        if (outDir == null) {
            // one file: score and render everything before writing anything
            Inputs.Scored in = Inputs.evidence(evidence.get(0), tailor);
            PlanInput effort = planInput(in);
            // one plan for the summary and the workbook (the report builds the same from the same effort)
            ActionPlan plan = ActionPlan.of(in.rubric(), in.result(), null, effort);
            Map<Path, byte[]> outputs = outputs(evidence.get(0), in, effort, html, jsonOption.file(), before, lang);
            if (xlsx != null) put(outputs, xlsx, ScoredWorkbook.write(in.rubric(), in.result(), plan));
            if (!outputs.isEmpty()) Outputs.write(outputs, force);
            if (jsonToStdout) out.println(new String(ResultJson.write(in.result()), StandardCharsets.UTF_8));
            Summary.print(summary, in.rubric(), in.result(), plan, before == null ? null : before.result(), lang, top);
            if (!jsonToStdout) for (Path p : outputs.keySet()) Outputs.wrote(out, p, lang);
            return 0;
        }
        // a batch: each file all or nothing; a bad file is reported and the others are still written
        outDir = outDir.normalize(); // out/../out2/ is out2: nothing is created on the way (nor out2 before a refusal)
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw Words.error("error.outDirNotFolder", outDir);
        }
        List<Path> failed = new ArrayList<>();
        java.util.Set<Path> taken = new java.util.HashSet<>();
        int done = 0;
        for (Path file : evidence) {
            try {
                Inputs.Scored in = Inputs.evidence(file, tailor);
                PlanInput effort = planInput(in);
                String base = file.getFileName().toString().replaceFirst("\\.(json|xlsx|xlsm)$", "");
                Map<Path, byte[]> outputs = outputs(file, in, effort, outDir.resolve(base + ".html"), outDir.resolve(base + ".json"), before, lang);
                for (Path p : outputs.keySet()) {
                    if (!taken.add(p.toAbsolutePath().normalize())) {
                        throw twoWrite(p);
                    }
                }
                Outputs.writeInto(outDir, outputs, force);
                if (done++ > 0) summary.println();
                Summary.print(summary, in.rubric(), in.result(), ActionPlan.of(in.rubric(), in.result(), null, effort),
                        before == null ? null : before.result(), lang, top);
                for (Path p : outputs.keySet()) Outputs.wrote(out, p, lang);
            } catch (io.aftercert.core.InvalidInputException e) {
                err.println("aftercert: " + e.describe(lang));
                failed.add(file);
            } catch (Main.UserException e) {
                err.println("aftercert: " + e.text().in(lang));
                failed.add(file);
            } catch (io.aftercert.core.UnknownRubricException e) {
                err.println("aftercert: " + e.text().in(lang));
                failed.add(file);
            } catch (java.util.NoSuchElementException e) {
                err.println("aftercert: " + e.getMessage());
                failed.add(file);
            }
        }
        if (failed.isEmpty()) return 0;
        err.println("aftercert: " + w(lang, "assess.someWritten", done, evidence.size()) + String.join(w(lang, "listSep"), failed.stream().map(Path::toString).toList()));
        return Main.BAD_INPUT;
    }

    /** The result JSON and HTML report of one scored file, for the targets given (null: not wanted). */
    // seven parameters: one scored file with its own targets, called for a single file and per file of --out-dir
    private Map<Path, byte[]> outputs(Path file, Inputs.Scored in, PlanInput effort, Path htmlOut, Path jsonOut,
                                      Inputs.Scored before, Lang lang) {
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        if (jsonOut != null) put(outputs, jsonOut, ResultJson.write(in.result()));
        if (htmlOut != null) {
            AssessmentResult result = in.result();
            ReportRenderer.ReportRequest req = new ReportRenderer.ReportRequest(result, in.rubric(), lang.tag(),
                    file.getFileName().toString(), AtomicFiles.sha256(in.bytes()));
            if (effort != null) req = req.withPlan(effort);
            if (records != null) req = req.withDataQuality(dataQuality());
            if (before != null) {
                if (!before.result().rubric().id().equals(result.rubric().id())) {
                    throw Words.error("error.previousRubric", previous, before.result().rubric().id(), file, result.rubric().id());
                }
                req = req.withPrevious(before.result(), previous.getFileName().toString());
            }
            put(outputs, htmlOut, renderer().render(req));
        }
        return outputs;
    }

    /** The effort file's efforts, owners and due dates (null without one): the summary and the report plan with the same. */
    private PlanInput planInput(Inputs.Scored in) {
        return effortFile == null ? null : Inputs.plan(effortFile, in.rubric().codes());
    }

    /** The data quality of the service records behind the KPIs, read once for every evidence file. */
    private ReportRenderer.DataQuality dataQuality() {
        if (quality == null) {
            Inputs.checkReadable(records);
            io.aftercert.records.KpiReport r = new io.aftercert.records.KpiEngine().run(records);
            long outliers = r.outliers().values().stream().mapToLong(io.aftercert.records.KpiReport.Outliers::count).sum();
            String period = r.period() == null ? null : (r.period().from() == null ? "…" : r.period().from()) + " – "
                    + (r.period().to() == null ? "…" : r.period().to());
            quality = new ReportRenderer.DataQuality(records.getFileName().toString(), period, r.rows(), r.rowsExcluded(),
                    r.findingsByRule(), outliers);
        }
        return quality;
    }

    private ReportRenderer.DataQuality quality;

    private static void put(Map<Path, byte[]> outputs, Path target, byte[] content) {
        if (outputs.putIfAbsent(target, content) != null) {
            throw twoWrite(target);
        }
    }

    private static Main.UserException twoWrite(Path target) {
        return Words.error("error.sameTarget", target);
    }

    private static ReportRenderer renderer() {
        return io.aftercert.core.registry.RubricRegistry.getDefault().renderer("html")
                .orElseThrow(() -> Words.error("error.noReportModule"));
    }
}
