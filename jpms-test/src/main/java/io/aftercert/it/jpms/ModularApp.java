package io.aftercert.it.jpms;

import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import io.aftercert.core.spi.ReportRenderer;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.crosswalk.Crosswalk;
import io.aftercert.crosswalk.CrosswalkHtml;
import io.aftercert.crosswalk.CrosswalkJson;
import io.aftercert.crosswalk.Crosswalks;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiReport;
import io.aftercert.survey.Questionnaire;
import io.aftercert.survey.ResponseReader;
import io.aftercert.survey.SurveyAccumulator;
import io.aftercert.survey.SurveyHtml;
import io.aftercert.survey.SurveyJson;
import io.aftercert.survey.SurveyReport;
import io.aftercert.workbook.ScoredWorkbook;
import io.aftercert.workbook.WorkbookEvidence;
import io.aftercert.workbook.WorkbookTemplate;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads every installed rubric, scores each evidence file given on the command line, renders its
 * HTML report and writes the result JSON. Prints one line per step, for the test to check.
 */
public final class ModularApp {
    private ModularApp() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("core module: " + RubricRegistry.class.getModule().getName());
        RubricRegistry registry = RubricRegistry.getDefault();
        for (RubricRegistry.RubricInfo r : registry.list()) {
            Rubric rubric = registry.require(r.id());
            System.out.println("rubric " + r.id() + " " + r.items() + " items from module "
                    + Class.forName(r.provider(), false, ModularApp.class.getClassLoader()).getModule().getName()
                    + " (" + rubric.leaves().size() + " leaves)");
        }
        for (String problem : registry.problems()) System.out.println("problem " + problem);

        ReportRenderer html = registry.renderer("html").orElseThrow(); // found by core: this module declares no `uses`
        System.out.println("renderer from module " + html.getClass().getModule().getName());
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (file.getFileName().toString().startsWith("responses")) { // survey responses (FastExcel-free CSV path)
                Questionnaire q = Questionnaire.standard();
                SurveyAccumulator acc = new SurveyAccumulator(q);
                ResponseReader.read(file, q, acc::add);
                SurveyReport survey = acc.result(file.getFileName().toString(), null);
                System.out.println("survey " + file.getFileName() + " html " + SurveyHtml.render(survey, q, "en").length + " bytes, json "
                        + SurveyJson.write(survey).length + " bytes");
                continue;
            }
            if (file.toString().endsWith(".csv")) {
                KpiReport kpis = new KpiEngine().run(file);
                byte[] json = Json.writer().writeValueAsBytes(kpis);
                System.out.println("kpi " + file.getFileName() + " " + kpis.rows() + " rows, " + kpis.kpis().size() + " kpis, json "
                        + (json.length > 0 ? "written" : "empty"));
                continue;
            }
            var assessment = EvidenceJson.read(Files.readAllBytes(file), file.toString(), registry::find);
            Rubric rubric = registry.require(assessment.rubricId());
            AssessmentResult result = ScoringEngine.score(rubric, assessment);
            byte[] report = html.render(new ReportRenderer.ReportRequest(result, rubric, "en", file.getFileName().toString(), null));
            String name = rubric.id() + "-" + file.getFileName().toString().replace(".json", "");
            Files.write(out.resolve(name + ".html"), report);
            byte[] json = ResultJson.write(result);
            Files.write(out.resolve(name + ".result.json"), json);
            AssessmentResult back = ResultJson.read(json, name + ".result.json");
            if (!back.finalScore().equals(result.finalScore())) throw new AssertionError("result JSON does not read back");
            // the Excel front door on the module path: the filled workbook read back scores the same
            Path xlsx = out.resolve(name + ".xlsx");
            Files.write(xlsx, WorkbookTemplate.write(rubric, assessment));
            AssessmentResult fromXlsx = ScoringEngine.score(rubric, WorkbookEvidence.read(xlsx, registry::find));
            Files.write(out.resolve(name + ".scored.xlsx"), ScoredWorkbook.write(rubric, result));
            System.out.println("workbook " + name + " read back " + (fromXlsx.finalScore().equals(result.finalScore()) ? "same score" : "DIFFERENT score"));
            if (rubric.id().equals("gbt27922")) {
                Rubric hxjt = registry.require("hxjt");
                var table = Crosswalks.shipped("gbt27922", "hxjt").orElseThrow();
                var crossed = Crosswalk.cross(rubric, assessment, hxjt, table, "en");
                byte[] page = CrosswalkHtml.render(file.getFileName().toString(), java.util.List.of(crossed), "en");
                byte[] report2 = CrosswalkJson.reportBytes(file.getFileName().toString(), java.util.List.of(crossed));
                System.out.println("crosswalk " + name + " to hxjt page " + page.length + " bytes, json " + report2.length + " bytes");
            }
            System.out.println("scored " + name + " " + rubric.id() + " " + result.finalScore() + " report " + report.length + " bytes");
        }
    }
}
