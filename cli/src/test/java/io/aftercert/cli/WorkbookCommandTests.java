package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.registry.RubricRegistry;
import io.aftercert.workbook.WorkbookTemplate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Excel workflow on the command line: template --format xlsx, assess FILE.xlsx, --xlsx OUT. */
class WorkbookCommandTests {
    private static final Path MANUFACTURER = Path.of("..", "examples", "gbt27922", "appliance-manufacturer.json");

    @TempDir
    Path dir;

    @Test
    void templateWritesTheWorkbook() throws Exception {
        Path f = dir.resolve("blank.xlsx");
        Run r = run("template", "gbt27922", "--format", "xlsx", "-o", f.toString());
        assertEquals(0, r.code(), r.err());
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(f), 2);
        assertEquals("PK", new String(head, java.nio.charset.StandardCharsets.US_ASCII));
        Run noFile = run("template", "gbt27922", "--format", "xlsx");
        assertEquals(2, noFile.code());
        assertTrue(noFile.err().contains("-o 文件.xlsx"), noFile.err());
        assertEquals(2, run("template", "gbt27922", "--format", "csv").code());
    }

    @Test
    void aWorkbookScoresLikeItsJsonAndWritesTheScoredWorkbook() throws Exception {
        RubricRegistry reg = RubricRegistry.getDefault();
        Assessment a = EvidenceJson.read(Files.readAllBytes(MANUFACTURER), "m.json", reg::find);
        Path xlsx = dir.resolve("manufacturer.xlsx");
        Files.write(xlsx, WorkbookTemplate.write(reg.require("gbt27922"), a));
        Path fromJson = dir.resolve("j.json");
        Path fromXlsx = dir.resolve("x.json");
        Path scored = dir.resolve("scored.xlsx");
        assertEquals(0, run("assess", MANUFACTURER.toString(), "--json", fromJson.toString()).code());
        Run r = run("assess", xlsx.toString(), "--json", fromXlsx.toString(), "--xlsx", scored.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("最终得分 78.1"), r.out());
        JsonNode j = SharedMapper.get().readTree(fromJson.toFile());
        JsonNode x = SharedMapper.get().readTree(fromXlsx.toFile());
        assertEquals(j, x, "the workbook and the JSON file score identically");
        assertTrue(Files.size(scored) > 1000);
        // plan and diff take a workbook wherever they take an evidence file
        Run plan = run("plan", xlsx.toString());
        assertEquals(0, plan.code(), plan.err());
        assertEquals(run("plan", MANUFACTURER.toString()).out(), plan.out());
        Run diff = run("diff", MANUFACTURER.toString(), xlsx.toString());
        assertEquals(0, diff.code(), diff.err());
        // --out-dir names outputs after the workbook
        Path out = dir.resolve("out");
        assertEquals(0, run("assess", xlsx.toString(), "--out-dir", out.toString()).code());
        assertTrue(Files.exists(out.resolve("manufacturer.json")) && Files.exists(out.resolve("manufacturer.html")));
    }

    @Test
    void aBadWorkbookExitsTwoAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        Files.writeString(bad, "rubric,gbt27922\n");
        Path json = dir.resolve("r.json");
        Path scored = dir.resolve("s.xlsx");
        Run r = run("assess", bad.toString(), "--json", json.toString(), "--xlsx", scored.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("bad.xlsx") && r.err().contains("不是 Excel 工作簿"), r.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(Files.exists(json) || Files.exists(scored));
        assertFalse(r.err().contains("internal error"), r.err());
    }

    private static final java.util.List<String> EXAMPLES = java.util.List.of("gbt27922/appliance-manufacturer.json",
            "gbt27922/trading-company.json", "hxjt/machine-tool-maker.json", "gxdsl244/guangxi-ecommerce-retailer.json",
            "gxdsl259/guangxi-ecommerce-retailer-conformance.json");

    /** The result JSON of {@code assess FILE}, without the fields naming the input file. */
    private JsonNode result(Path evidence) throws Exception {
        Path out = dir.resolve("r" + System.nanoTime() + ".json");
        Run r = run("assess", evidence.toString(), "--json", out.toString());
        assertEquals(0, r.code(), r.err());
        return SharedMapper.get().readTree(out.toFile());
    }

    @Test
    void convertRoundTripsEveryExampleAndEveryCommandAnswersTheSameOnBoth() throws Exception {
        for (String example : EXAMPLES) {
            Path json = Path.of("..", "examples").resolve(example);
            // a workbook named .json and JSON named .xlsx: the content decides, not the name
            Path xlsx = dir.resolve("wb-" + json.getFileName().toString().replace(".json", ".data"));
            Path back = dir.resolve("back.json");
            Run to = run("convert", json.toString(), "-o", xlsx.toString(), "--lang", "en");
            assertEquals(0, to.code(), to.err());
            assertTrue(to.out().contains("items of evidence, workbook"), to.out());
            Run from = run("convert", xlsx.toString(), "-o", back.toString(), "--force");
            assertEquals(0, from.code(), from.err());
            RubricRegistry reg = RubricRegistry.getDefault();
            assertEquals(EvidenceJson.read(Files.readAllBytes(json), "a", reg::find), EvidenceJson.read(Files.readAllBytes(back), "b", reg::find),
                    example + ": JSON -> workbook -> JSON");
            assertEquals(result(json), result(xlsx), example + ": assess");
            for (String[] cmd : java.util.List.of(new String[] {"plan"}, new String[] {"crosswalk", "--lang", "en"})) {
                Run a = run(concat(cmd, json.toString()));
                Run b = run(concat(cmd, xlsx.toString()));
                assertEquals(a.code(), b.code(), example + " " + cmd[0] + ": " + b.err());
                assertEquals(a.out(), b.out(), example + " " + cmd[0]);
            }
            Run diff = run("diff", json.toString(), xlsx.toString(), "--lang", "en");
            assertEquals(0, diff.code(), diff.err());
            assertTrue(diff.out().contains("(±0.0)"), diff.out()); // the same score on both forms: no change
            Files.delete(back);
        }
    }

    private static String[] concat(String[] cmd, String file) {
        String[] all = java.util.Arrays.copyOf(cmd, cmd.length + 1);
        all[cmd.length] = file;
        return all;
    }

    @Test
    void kpiAndSurveyFillAWorkbookAsTheyFillItsJson() throws Exception {
        Path json = dir.resolve("r.json");
        Files.copy(Path.of("..", "examples", "gxdsl244", "guangxi-ecommerce-retailer.json"), json);
        Path xlsx = dir.resolve("r.xlsx");
        assertEquals(0, run("convert", json.toString(), "-o", xlsx.toString()).code());
        byte[] before = Files.readAllBytes(xlsx);
        String records = Path.of("..", "examples", "records", "service-records.csv").toString();
        String survey = Path.of("..", "examples", "survey", "responses-2026q3.csv").toString();
        for (Path into : java.util.List.of(json, xlsx)) {
            Run kpi = run("kpi", records, "--evidence-for", "gxdsl244", "--into", into.toString(), "--lang", "en");
            assertEquals(0, kpi.code(), kpi.err());
            assertTrue(kpi.out().contains("filled 11 indicators"), kpi.out());
            Run s = run("survey", "score", survey, "--evidence-for", "gxdsl244", "--into", into.toString(), "--lang", "en");
            assertEquals(0, s.code(), s.err());
            assertTrue(s.out().contains("filled 4 indicators"), s.out());
        }
        assertFalse(java.util.Arrays.equals(before, Files.readAllBytes(xlsx)), "written into");
        Path back = dir.resolve("back.json");
        assertEquals(0, run("convert", xlsx.toString(), "-o", back.toString()).code());
        RubricRegistry reg = RubricRegistry.getDefault();
        assertEquals(EvidenceJson.read(Files.readAllBytes(json), "a", reg::find), EvidenceJson.read(Files.readAllBytes(back), "b", reg::find),
                "the workbook filled in place holds what the JSON filled holds");
    }

    @Test
    void aConvertOfABadFileWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.xlsx");
        Files.writeString(bad, "{}");
        Path out = dir.resolve("o.json");
        Run r = run("convert", bad.toString(), "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("不是 Excel 工作簿"), r.err());
        assertFalse(Files.exists(out));
    }
}
