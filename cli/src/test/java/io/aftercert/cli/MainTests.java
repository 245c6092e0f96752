package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.ResultJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user drives it: output, exit codes, files written or not. */
class MainTests {
    private static final Path MANUFACTURER = Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json");

    @Test
    void rubricsListsTheInstalledRubrics() {
        Run r = run("rubrics");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("gbt27922") && r.out().contains("CTS-2025-08-16") && r.out().contains("50 项  售后服务认证技术规范（GB/T 27922）"), r.out());
        Run en = run("rubrics", "--lang", "en");
        assertTrue(en.out().contains("50 items  After-sales service certification technical specification (GB/T 27922)"), en.out());
    }

    @Test
    void rubricJsonIsTheTree() throws Exception {
        Run r = run("rubric", "gbt27922", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode tree = SharedMapper.get().readTree(r.out());
        assertEquals(50, tree.get("leafCount").asInt());
        assertEquals("5.1", tree.get("children").get(0).get("code").asText());
        assertEquals(40, tree.get("children").get(0).get("points").asInt());
    }

    @Test
    void assessPrintsScoreGradeAndTopGaps() {
        Run r = run("assess", MANUFACTURER.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("最终得分 78.1"), r.out());
        assertTrue(r.out().contains("等级 达标  通过"), r.out());
        assertTrue(r.out().contains("建议：可申请达标；完成 5.1.5.2 后可申请三星。"), r.out());
        assertTrue(r.out().contains("5.1.5.2    +3.06"), r.out());
        Run en = run("assess", MANUFACTURER.toString(), "--lang", "en");
        assertTrue(en.out().contains("final score 78.1") && en.out().contains("grade Qualified"), en.out());
    }

    @Test
    void aConformanceChecklistPrintsItsConformanceRateAndChaptersNotAQualityIndex() {
        Path retailer = Path.of("..", "examples", "gxdsl259", "guangxi-ecommerce-retailer-conformance.json");
        Run list = run("rubrics");
        assertTrue(list.out().contains("gxdsl259") && list.out().contains("101 项"), list.out());
        Run r = run("assess", retailer.toString());
        assertEquals(0, r.code(), r.err());
        // earned 47119/600 = 78.5316… (cut to 78.53) of 100 applicable (101 items, 7.22 not applicable): 78.53… % cut to 78.5
        assertTrue(r.out().contains("符合率 78.5%（得分 78.53 / 适用分值 100）"), r.out());
        assertTrue(r.out().contains("各章符合率（该标准不设认证等级）"), r.out());
        // 七: 191/12 of 21 = 75.79 %; 十: 3.5 of 4 = 87.5 % (10.4 retired)
        assertTrue(r.out().matches("(?s).*\n  7 +服务资源保障 +75\\.7%\n.*"), r.out());
        assertTrue(r.out().matches("(?s).*\n  10 +服务信息化建设 +87\\.5%\n.*"), r.out());
        assertTrue(r.out().contains("主要差距（满分可提升符合率，百分点）"), r.out());
        assertFalse(r.out().contains("质量指数") || r.out().contains("权重") || r.out().contains("最终得分"), r.out());
        Run en = run("assess", retailer.toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("conformance 78.5%  (earned 78.53 / applicable 100)"), en.out());
        assertTrue(en.out().contains("conformance by chapter"), en.out());
        assertFalse(en.out().contains("quality index") || en.out().contains("weight"), en.out());
        // units in English: 7.4 missed 32 of 40 training hours a year
        assertTrue(en.out().contains("value 32 training h per person-year, target ≥ 40 training h per person-year"), en.out());
        // only the organisation's own name (its data) is Chinese in the English summary
        String withoutName = en.out().replace("广西桂品优选电子商务有限公司", "");
        assertFalse(withoutName.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), withoutName);
        // a rubric that declares no result kind keeps its quality index wording
        Run index = run("assess", Path.of("..", "examples", "gxdsl244", "guangxi-ecommerce-retailer.json").toString());
        assertTrue(index.out().contains("质量指数") && !index.out().contains("符合率"), index.out());
    }

    @Test
    void jsonToStandardOutputIsTheResultAlone() {
        Run r = run("assess", MANUFACTURER.toString(), "--json", "-");
        assertEquals(0, r.code(), r.err());
        var result = ResultJson.read(r.out().getBytes(StandardCharsets.UTF_8), "stdout");
        assertEquals("qualified", result.grade().id());
        assertTrue(r.err().contains("78.1"), "the summary goes to standard error");
    }

    @Test
    void jsonToAPathNamingStandardOutputIsServedAsDash() {
        // --json /dev/stdout used to write the document and then the summary to the same stream, so a
        // program reading standard output could not parse it; it is now the same as --json -
        for (String[] cmd : List.of(new String[] {"assess", MANUFACTURER.toString()}, new String[] {"plan", MANUFACTURER.toString()},
                new String[] {"crosswalk", MANUFACTURER.toString(), "--to", "hxjt"})) {
            for (String path : List.of("/dev/stdout", "/dev/fd/1", "/proc/self/fd/1")) {
                String[] dash = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--json", "-")).toArray(String[]::new);
                String[] named = java.util.stream.Stream.concat(java.util.Arrays.stream(cmd), java.util.stream.Stream.of("--json", path)).toArray(String[]::new);
                Run a = run(dash);
                Run b = run(named);
                assertEquals(0, b.code(), b.err());
                assertEquals(a.out(), b.out(), String.join(" ", named));
                assertTrue(!b.err().isBlank(), "the summary goes to standard error: " + String.join(" ", named));
            }
        }
    }

    @Test
    void assessWritesTheResultFileAtomically(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("result.json");
        Run r = run("assess", MANUFACTURER.toString(), "--json", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = SharedMapper.get().readTree(out.toFile());
        for (String field : List.of("schemaVersion", "rubric", "organization", "score", "finalScore", "grade", "passed", "bonus",
                "deductions", "totals", "indicators")) {
            assertTrue(json.has(field), "result JSON lacks " + field);
        }
        assertEquals(50, json.get("indicators").size());
        // a number (7655/98 = 78.11224489795…, ten places) with the exact value beside it
        assertTrue(json.get("score").isNumber(), json.get("score").toString());
        assertEquals(0, new java.math.BigDecimal("78.1122448980").compareTo(json.get("score").decimalValue()));
        assertEquals("7655/98", json.get("scoreExact").asText());
    }

    @Test
    void badInputExitsWith2NamesTheProblemAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rubric\":\"gbt27922\",\"organization\":{\"name\":\"x\"},\"evidence\":{\"5.1.2.9\":{\"conforms\":true},"
                + "\"5.3.2.2\":{\"sample\":{\"conforming\":11,\"sampled\":10}}}}");
        Path out = dir.resolve("result.json");
        Run r = run("assess", bad.toString(), "--json", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.json"), r.err());
        assertTrue(r.err().contains("$.evidence[\"5.1.2.9\"] [5.1.2.9]"), r.err());
        assertTrue(r.err().contains("可能应为“5.1.2."), r.err());
        assertTrue(r.err().contains("$.evidence[\"5.3.2.2\"].sample [5.3.2.2]：抽样合格数（conforming）不能大于抽样数（sampled）"), r.err());
        Run en = run("assess", bad.toString(), "--json", out.toString(), "--lang", "en");
        assertTrue(en.err().contains("did you mean '5.1.2."), en.err());
        assertTrue(en.err().contains("$.evidence[\"5.3.2.2\"].sample [5.3.2.2]: conforming must not exceed sampled"), en.err());
        assertTrue(en.err().contains("nothing was written"), en.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out));
        assertEquals(List.of(bad), Files.list(dir).toList());
    }

    @Test
    void missingFilesAndUnknownRubricsExitWith2() {
        Run missing = run("assess", "no-such-file.json");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("找不到文件：no-such-file.json"), missing.err());
        Run unknown = run("rubric", "gbt27923");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("未安装评分标准“gbt27923”（可能应为“gbt27922”）"), unknown.err());
        Run unknownEn = run("rubric", "gbt27923", "--lang", "en");
        assertTrue(unknownEn.err().contains("did you mean 'gbt27922'"), unknownEn.err());
        Run lang = run("assess", MANUFACTURER.toString(), "--lang", "fr");
        assertEquals(2, lang.code());
    }

    @Test
    void severalFilesGoToAnOutputFolderEachAllOrNothing(@TempDir Path dir) throws Exception {
        Path trader = Path.of("..", "examples", "gbt27922", "trading-company.json");
        Path reports = dir.resolve("reports");
        Run r = run("assess", MANUFACTURER.toString(), trader.toString(), "--out-dir", reports.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("appliance-manufacturer.html", "appliance-manufacturer.json", "trading-company.html", "trading-company.json"),
                Files.list(reports).map(p -> p.getFileName().toString()).sorted().toList());
        assertTrue(Files.readString(reports.resolve("trading-company.html")).contains("id=\"final-score\">87.0</div>"));
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"rubric\":\"gbt27922\"}");
        Path fresh = dir.resolve("fresh");
        Run failed = run("assess", MANUFACTURER.toString(), bad.toString(), "--out-dir", fresh.toString());
        assertEquals(2, failed.code());
        assertEquals(List.of("appliance-manufacturer.html", "appliance-manufacturer.json"),
                Files.list(fresh).map(p -> p.getFileName().toString()).sorted().toList(), "nothing of the bad file, all of the good one");
        assertEquals(2, run("assess", MANUFACTURER.toString(), trader.toString()).code(), "several files need --out-dir");
    }

    @Test
    void theReadmesSecondCommandWritesAReportForEveryExample(@TempDir Path dir) throws Exception {
        // ./aftercert assess examples/*/*.json --out-dir reports: the outputs are named after the file, so the
        // example names must differ across rubrics (two "guangxi-ecommerce-retailer.json" once left one unwritten)
        List<String> examples;
        try (var files = Files.walk(Path.of("..", "examples"), 2)) { // examples/<rubric>/<name>.json, as the shell's glob
            examples = files.filter(f -> f.getNameCount() == 4 && f.toString().endsWith(".json")).map(Path::toString).sorted().toList();
        }
        assertTrue(examples.size() >= 5, examples.toString());
        Path reports = dir.resolve("reports");
        List<String> args = new java.util.ArrayList<>(List.of("assess"));
        args.addAll(examples);
        args.addAll(List.of("--out-dir", reports.toString()));
        Run r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        try (var written = Files.list(reports)) {
            assertEquals(2 * examples.size(), written.filter(f -> f.toString().endsWith(".html") || f.toString().endsWith(".json")).count());
        }
    }

    @Test
    void htmlReportIsWritten(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("r.html");
        Run r = run("assess", MANUFACTURER.toString(), "--html", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("id=\"grade-badge\">Qualified</span>"), "English report");
    }

    @Test
    void theReportTakesThePreviousAssessmentAndAnEffortFileWithOwnersAndDueDates(@TempDir Path dir) throws Exception {
        Path old = Path.of("..", "examples", "gbt27922", "history", "appliance-manufacturer-2026-05.json");
        Path oldResult = dir.resolve("may.json");
        assertEquals(0, run("assess", old.toString(), "--json", oldResult.toString()).code());
        Path effort = dir.resolve("effort.json");
        Files.writeString(effort, "{\"5.1.5.2\": {\"effort\": 10}, \"5.1.7.3\": {\"effort\": 1, \"owner\": \"品牌部 王敏\", \"due\": \"2026-12-31\"},"
                + " \"deduction-1\": {\"owner\": \"服务部 赵刚\", \"due\": \"2026-11-30\"}}");
        Path html = dir.resolve("r.html");
        Run r = run("assess", MANUFACTURER.toString(), "--html", html.toString(), "--previous", oldResult.toString(), "--effort", effort.toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        assertTrue(page.contains("id=\"trend\"") && page.contains("may.json"), "trend from a result file");
        assertTrue(page.contains("品牌部 王敏") && page.contains("2026-12-31") && page.contains("服务部 赵刚"), "owners and due dates");
        // the plan command reads the same file (objects with an effort): 5.1.7.3 + 5.1.4.1 for a total effort of 2
        Run plan = run("plan", MANUFACTURER.toString(), "--effort", effort.toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("总工作量 2"), plan.out());

        Files.writeString(effort, "{\"5.1.7.3\": {\"owner\": \"\", \"due\": \"31.12.2026\", \"cost\": 3}}");
        Path html2 = dir.resolve("r2.html");
        Run bad = run("assess", MANUFACTURER.toString(), "--html", html2.toString(), "--effort", effort.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("$[\"5.1.7.3\"].due") && bad.err().contains("31.12.2026"), bad.err());
        assertTrue(bad.err().contains("负责人（owner）应为非空文本") && bad.err().contains("未知字段“cost”"), bad.err());
        assertFalse(Files.exists(html2), "nothing written");
        Run other = run("assess", MANUFACTURER.toString(), "--html", html2.toString(), "--previous",
                Path.of("..", "examples", "hxjt", "machine-tool-maker.json").toString());
        assertEquals(2, other.code());
        assertTrue(other.err().contains("--previous 须为同一评分标准"), other.err());
        assertEquals(2, run("assess", MANUFACTURER.toString(), "--previous", oldResult.toString()).code(), "--previous needs a report to add to");
    }

    @Test
    void kpiWritesJsonAndFillsGxdsl244Evidence(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("tickets.csv");
        Files.writeString(csv, "ticket_id,channel,type,priority,requested_at,responded_at,satisfaction\n"
                + "T1,phone,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:10,5\n"
                + "T2,phone,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:20,4\n"
                + "T3,fax,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:20,4\n");
        Run json = run("kpi", csv.toString(), "--json", "-");
        assertEquals(0, json.code(), json.err());
        JsonNode report = SharedMapper.get().readTree(json.out());
        assertEquals(3, report.get("rows").asInt());
        assertEquals(1, report.get("rowsExcluded").asInt());
        assertEquals(1, report.get("kpis").get("hotline_answer").get("numerator").asInt()); // 10 s of T1, T2
        assertEquals(2, report.get("kpis").get("hotline_answer").get("denominator").asInt());
        assertEquals("channel", report.get("findings").get(0).get("column").asText());
        Path evidence = dir.resolve("ev.json");
        Files.copy(Path.of("..", "examples", "gxdsl244", "guangxi-ecommerce-retailer.json"), evidence);
        Run fill = run("kpi", csv.toString(), "--evidence-for", "gxdsl244", "--into", evidence.toString());
        assertEquals(0, fill.code(), fill.err());
        JsonNode ev = SharedMapper.get().readTree(evidence.toFile());
        assertEquals(50, ev.get("evidence").get("B1.2").get("value").asInt());       // hotline 1/2
        assertEquals(100, ev.get("evidence").get("B2.1").get("value").asInt());      // phone in 30 s: 2/2
        assertEquals(87.5, ev.get("evidence").get("C2.1").get("value").asDouble());  // (4.5 − 1)/4
        assertEquals(96.8, ev.get("evidence").get("B1.1").get("value").asDouble(), "untouched");
        assertEquals("广西桂品优选电子商务有限公司", ev.get("organization").get("name").asText(), "untouched");
        assertEquals(0, run("assess", evidence.toString()).code());
        Run bad = run("kpi", dir.resolve("missing.csv").toString());
        assertEquals(2, bad.code());
    }

    @Test
    void planAndDiffCommands(@TempDir Path dir) throws Exception {
        Run plan = run("plan", MANUFACTURER.toString());
        assertEquals(0, plan.code(), plan.err());
        assertTrue(plan.out().contains("目标 三星（≥ 80）：还需 +1.89 分") && plan.out().contains("5.1.5.2"), plan.out());
        Path effort = dir.resolve("effort.json");
        Files.writeString(effort, "{\"5.1.5.2\": 8, \"5.1.5.9\": 1}");
        Run bad = run("plan", MANUFACTURER.toString(), "--effort", effort.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("$[\"5.1.5.9\"]") && bad.err().contains("可能应为"), bad.err());
        Run six = run("plan", MANUFACTURER.toString(), "--target", "six-star");
        assertEquals(2, six.code());
        assertTrue(six.err().contains("没有名为“six-star”的等级；可用的等级：达标（qualified）、三星（three-star）"), six.err());
        // a grade by its id or its name in either language (every screen shows 四星)
        for (String name : List.of("four-star", "四星", "Four-star")) {
            Run four = run("plan", MANUFACTURER.toString(), "--target", name);
            assertEquals(0, four.code(), four.err());
            assertTrue(four.out().contains("目标 四星（≥ 90）：还需 +11.89 分"), four.out());
        }
        Path old = Path.of("..", "examples", "gbt27922", "history", "appliance-manufacturer-2026-05.json");
        Run diff = run("diff", old.toString(), MANUFACTURER.toString(), "--lang", "en");
        assertEquals(0, diff.code(), diff.err());
        // the change is the difference of the shown scores: 78.1 − 71.9 = 6.2 (the exact change is 6.13…)
        assertTrue(diff.out().contains("final score 71.9 → 78.1 (+6.2)") && diff.out().contains("5.2.4.6    not_applicable → assessed"), diff.out());
        Path result = dir.resolve("r.json");
        run("assess", MANUFACTURER.toString(), "--json", result.toString());
        Run fromResult = run("diff", old.toString(), result.toString(), "--lang", "en");
        assertEquals(diff.out(), fromResult.out(), "a result file diffs like its evidence");
    }

    @Test
    void templateIsABlankEvidenceFileThatReadsBack(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("t.json");
        Run r = run("template", "gbt27922", "-o", t.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode json = SharedMapper.get().readTree(t.toFile());
        assertEquals(50, json.get("evidence").size());
        assertTrue(json.get("evidence").get("5.3.2.2").has("sample"));
        assertTrue(json.get("evidence").get("5.1.2.2").has("value"));
        assertTrue(json.get("evidence").get("5.3.1.1").get("guidance").asText().contains("4.1.1.2.1"));
        assertEquals(5, json.get("ratingGuide").size(), "the five CTS bands with their descriptors");
        assertTrue(json.get("ratingGuide").get(4).get("descriptors").get(0).asText().contains("优良水平"));
        // filled with just a name, it scores: every item not assessed
        String filled = Files.readString(t).replace("\"name\" : \"\"", "\"name\" : \"新公司\"");
        Files.writeString(t, filled);
        Run a = run("assess", t.toString());
        assertEquals(0, a.code(), a.err());
        assertTrue(a.out().contains("未评估条款：50"), a.out());
    }
}
