package io.aftercert.cli;

import io.aftercert.core.AtomicFiles;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.spi.RubricRegistry;
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
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(mixinStandardHelpOptions = true, name = "assess", description = {
        "Score an evidence file: print score, grade and top gaps; optionally write the result JSON and the HTML report.",
        "Exit 0 when scored, 2 on bad input (nothing is written then)."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE", arity = "1..*", description = "the evidence file, .json or .xlsx workbook (several with --out-dir)")
    List<Path> evidence;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "write NAME.html and NAME.json per evidence file into DIR (created if missing)")
    Path outDir;

    @Option(names = "--json", paramLabel = "FILE", description = "write the result JSON to FILE ('-' = standard output, alone)")
    String json;

    @Option(names = "--html", paramLabel = "FILE", description = "write the HTML readiness report to FILE")
    Path html;

    @Option(names = "--xlsx", paramLabel = "FILE", description = "write the scored workbook (score sheet with formulas, findings, gaps) to FILE")
    Path xlsx;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "report and summary language (default zh)")
    String lang;

    @Option(names = "--tailoring", paramLabel = "FILE", description = "apply a tailoring (exclusions, points, weights, AHP, targets, grade scale)")
    Path tailoring;

    @Option(names = "--previous", paramLabel = "OLD.json", description = "the previous assessment (evidence or result file): the report adds the change since then")
    Path previous;

    @Option(names = "--effort", paramLabel = "FILE", description = "efforts, owners and due dates for the report's improvement plan (as for 'plan --effort')")
    Path effortFile;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "how many gaps the summary lists (default 5)")
    int top;

    @Override
    public Integer call() throws Exception {
        if (!"zh".equals(lang) && !"en".equals(lang)) throw new Main.UserException("--lang must be zh or en, not '" + lang + "'");
        if (evidence.size() > 1 && outDir == null) {
            throw new Main.UserException("several evidence files need --out-dir (--json and --html name one file each)");
        }
        if (outDir != null && (json != null || html != null || xlsx != null)) {
            throw new Main.UserException("--out-dir writes NAME.html and NAME.json itself; drop --json / --html / --xlsx");
        }
        if ((previous != null || effortFile != null) && html == null && outDir == null) {
            throw new Main.UserException("--previous and --effort add to the HTML report; give --html FILE or --out-dir DIR as well");
        }
        RubricRegistry registry = RubricRegistry.getDefault();
        Tailoring tailor = Inputs.tailoring(tailoring);
        Inputs.Scored before = previous == null ? null : Inputs.load(previous, tailor);
        // score and render everything before writing anything: one bad file, nothing written
        List<Scored> scored = new ArrayList<>();
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        boolean jsonToStdout = "-".equals(json);
        byte[] stdoutJson = null;
        for (Path file : evidence) {
            Inputs.Scored in = Inputs.evidence(file, tailor);
            byte[] bytes = in.bytes();
            Rubric rubric = in.rubric();
            AssessmentResult result = in.result();
            scored.add(new Scored(file, result));
            String base = file.getFileName().toString().replaceFirst("\\.(json|xlsx|xlsm)$", "");
            Path htmlOut = outDir != null ? outDir.resolve(base + ".html") : html;
            Path jsonOut = outDir != null ? outDir.resolve(base + ".json") : json != null && !jsonToStdout ? Path.of(json) : null;
            if (jsonToStdout) stdoutJson = ResultJson.write(result);
            if (jsonOut != null) put(outputs, jsonOut, ResultJson.write(result));
            if (xlsx != null) put(outputs, xlsx, ScoredWorkbook.write(rubric, result));
            if (htmlOut != null) {
                ReportRenderer.ReportRequest req = new ReportRenderer.ReportRequest(result, rubric, lang,
                        file.getFileName().toString(), AtomicFiles.sha256(bytes));
                if (effortFile != null) req = req.withPlan(Inputs.plan(effortFile, rubric.codes()));
                if (before != null) {
                    if (!before.result().rubric().id().equals(result.rubric().id())) {
                        throw new Main.UserException(previous + " is an assessment of rubric " + before.result().rubric().id() + ", "
                                + file + " of " + result.rubric().id() + "; --previous needs the same rubric");
                    }
                    req = req.withPrevious(before.result(), previous.getFileName().toString());
                }
                put(outputs, htmlOut, renderer().render(req));
            }
        }
        if (outDir != null) Files.createDirectories(outDir);
        if (!outputs.isEmpty()) AtomicFiles.writeAll(outputs);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter summary = jsonToStdout ? spec.commandLine().getErr() : out;
        if (jsonToStdout) out.println(new String(stdoutJson, StandardCharsets.UTF_8));
        for (int i = 0; i < scored.size(); i++) {
            if (i > 0) summary.println();
            Summary.print(summary, scored.get(i).result(), lang, top);
        }
        if (!jsonToStdout) for (Path p : outputs.keySet()) out.println((lang.equals("zh") ? "已写入 " : "wrote ") + p);
        return 0;
    }

    private record Scored(Path file, AssessmentResult result) {
    }

    private static void put(Map<Path, byte[]> outputs, Path target, byte[] content) {
        if (outputs.putIfAbsent(target.toAbsolutePath().normalize(), content) != null) {
            throw new Main.UserException("two evidence files would write " + target + "; give them different names");
        }
    }

    private static ReportRenderer renderer() {
        return ServiceLoader.load(ReportRenderer.class).stream().map(ServiceLoader.Provider::get)
                .filter(r -> "html".equals(r.format())).findFirst()
                .orElseThrow(() -> new Main.UserException("the HTML report module (aftercert-report-html) is not installed"));
    }
}
