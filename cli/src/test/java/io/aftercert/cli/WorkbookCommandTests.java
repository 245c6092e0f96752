package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.spi.RubricRegistry;
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
        assertTrue(noFile.err().contains("-o FILE.xlsx"), noFile.err());
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
        JsonNode j = Json.mapper().readTree(fromJson.toFile());
        JsonNode x = Json.mapper().readTree(fromXlsx.toFile());
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
        assertTrue(r.err().contains("bad.xlsx") && r.err().contains("not an Excel workbook"), r.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(Files.exists(json) || Files.exists(scored));
        assertFalse(r.err().contains("internal error"), r.err());
    }
}
