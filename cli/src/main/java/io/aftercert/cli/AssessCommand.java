package io.aftercert.cli;

import io.aftercert.core.AtomicFiles;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.spi.RubricRegistry;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "assess", description = {
        "Score an evidence file: print score, grade and top gaps; optionally write the result JSON and the HTML report.",
        "Exit 0 when scored, 2 on bad input (nothing is written then)."})
final class AssessCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "EVIDENCE.json", description = "the evidence file")
    Path evidence;

    @Option(names = "--json", paramLabel = "FILE", description = "write the result JSON to FILE ('-' = standard output, alone)")
    String json;

    @Option(names = "--html", paramLabel = "FILE", description = "write the HTML readiness report to FILE")
    Path html;

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh", description = "report and summary language (default zh)")
    String lang;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "how many gaps the summary lists (default 5)")
    int top;

    @Override
    public Integer call() throws Exception {
        if (!"zh".equals(lang) && !"en".equals(lang)) throw new Main.UserException("--lang must be zh or en, not '" + lang + "'");
        byte[] bytes = Files.readAllBytes(evidence);
        RubricRegistry registry = RubricRegistry.getDefault();
        String name = evidence.toString();
        Assessment assessment = EvidenceJson.read(bytes, name, registry::find);
        Rubric rubric = registry.require(assessment.rubricId());
        AssessmentResult result = ScoringEngine.score(rubric, assessment);

        // render everything before writing anything
        Map<Path, byte[]> outputs = new LinkedHashMap<>();
        boolean jsonToStdout = "-".equals(json);
        byte[] resultJson = json != null ? ResultJson.write(result) : null;
        if (json != null && !jsonToStdout) outputs.put(Path.of(json), resultJson);
        if (html != null) {
            ReportRenderer renderer = ServiceLoader.load(ReportRenderer.class).stream().map(ServiceLoader.Provider::get)
                    .filter(r -> "html".equals(r.format())).findFirst()
                    .orElseThrow(() -> new Main.UserException("--html: the report module (aftercert-report-html) is not installed"));
            outputs.put(html, renderer.render(new ReportRenderer.ReportRequest(result, rubric, lang, evidence.getFileName().toString(),
                    AtomicFiles.sha256(bytes))));
        }
        if (!outputs.isEmpty()) AtomicFiles.writeAll(outputs);

        PrintWriter out = spec.commandLine().getOut();
        if (jsonToStdout) {
            out.println(new String(resultJson, StandardCharsets.UTF_8));
            Summary.print(spec.commandLine().getErr(), result, lang, top);
        } else {
            Summary.print(out, result, lang, top);
            for (Path p : outputs.keySet()) out.println((lang.equals("zh") ? "已写入 " : "wrote ") + p);
        }
        return 0;
    }
}
