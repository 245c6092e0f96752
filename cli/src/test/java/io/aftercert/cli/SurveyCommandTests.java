package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code aftercert survey}: as a user drives it — output, exit codes, files written or not. */
class SurveyCommandTests {
    private static final Path SMALL = Path.of("..", "survey", "src", "test", "resources", "io", "aftercert", "survey", "small.csv");

    @Test
    void templateInEveryFormat(@TempDir Path dir) throws Exception {
        Run csv = run("survey", "template", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        assertTrue(csv.out().startsWith("respondent_id,FN1,FN2,"), csv.out());
        assertTrue(csv.out().strip().endsWith(",submitted_at,duration_s"), csv.out());
        Run json = run("survey", "template");
        assertEquals(24, Json.mapper().readTree(json.out()).get("questions").size());
        Path xlsx = dir.resolve("t.xlsx");
        Run x = run("survey", "template", "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, x.code(), x.err());
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head[0] == 'P' && head[1] == 'K', "an xlsx is a zip");
        Run bad = run("survey", "template", "--format", "pdf");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("json, xlsx or csv"), bad.err());
    }

    @Test
    void scoreWritesJsonHtmlAndTheSummary(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("s.json");
        Path html = dir.resolve("s.html");
        Run r = run("survey", "score", SMALL.toString(), "--customers", "100", "--json", json.toString(), "--html", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("overall index  70.1"), r.out()); // 2525/36 truncated
        assertTrue(r.out().contains("NOT adequate, 496 short of 500"), r.out());
        assertTrue(r.out().contains("out of range 3"), r.out());
        JsonNode n = Json.mapper().readTree(Files.readAllBytes(json));
        assertEquals("2525/36", n.get("overall").get("indexExact").asText());
        assertTrue(Files.readString(html).contains("Content-Security-Policy"));

        Run zh = run("survey", "score", SMALL.toString());
        assertTrue(zh.out().contains("综合感知指数   70.1"), zh.out());
        assertFalse(zh.out().matches("(?s).*\\b(answers|sample|findings)\\b.*"), zh.out());

        Run weighted = run("survey", "score", SMALL.toString(), "--lang", "en", "--weights",
                "functionality=2,economy=1,safety=1,timeliness=1,comfort=1,civility=1");
        assertTrue(weighted.out().contains("overall index  72.0"), weighted.out()); // 3025/42 = 72.02…

        Run stdout = run("survey", "score", SMALL.toString(), "--json", "-");
        assertEquals(0, stdout.code());
        assertEquals(1, Json.mapper().readTree(stdout.out()).get("schemaVersion").asInt()); // the JSON alone on standard output
    }

    @Test
    void helpIsFormattedWithoutWarnings() {
        for (String sub : new String[] {"template", "score", "generate"}) {
            Run h = run("survey", sub, "--help");
            assertEquals(0, h.code(), h.err());
            assertFalse((h.out() + h.err()).contains("WARN"), h.out() + h.err());
        }
        Run score = run("survey", "score", "--help");
        String flat = score.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("95 % intervals") && flat.contains("≥ 5 % of N"), score.out());
        Run bare = run("survey");
        assertEquals(2, bare.code());
        assertFalse(bare.err().contains("WARN"), bare.err());
    }

    @Test
    void evidenceFillForGxdsl244(@TempDir Path dir) throws Exception {
        Path ev = dir.resolve("ev.json");
        Files.copy(Path.of("..", "examples", "gxdsl244", "guangxi-ecommerce-retailer.json"), ev);
        Run r = run("survey", "score", SMALL.toString(), "--evidence-for", "gxdsl244", "--into", ev.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("filled 4 indicators"), r.out());
        JsonNode n = Json.mapper().readTree(Files.readAllBytes(ev));
        assertEquals("70.138888888889", n.get("evidence").get("C2.1").get("value").decimalValue().toPlainString());
        Run assess = run("assess", ev.toString());
        assertEquals(0, assess.code(), assess.err()); // the filled file still assesses
    }

    @Test
    void badInputIsExitTwoWithFileAndRowAndNothingWritten(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("r.csv");
        String header = Files.readAllLines(SMALL).get(0);
        Files.writeString(csv, header + "\nA,4,4\n", StandardCharsets.UTF_8);
        Path json = dir.resolve("out.json");
        Run r = run("survey", "score", csv.toString(), "--json", json.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("r.csv") && r.err().contains("row 2") && r.err().contains("3 fields"), r.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(Files.exists(json));
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(f -> f.endsWith(".tmp")).toList());

        Run missing = run("survey", "score", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("找不到文件"), missing.err());
        Run wrongRubric = run("survey", "score", SMALL.toString(), "--evidence-for", "hxjt", "--into", dir.resolve("e.json").toString());
        assertEquals(2, wrongRubric.code());
        assertTrue(wrongRubric.err().contains("gxdsl244, gbt27922"), wrongRubric.err());
        Run weights = run("survey", "score", SMALL.toString(), "--weights", "functionality=2,economy=1");
        assertEquals(2, weights.code());
        assertTrue(weights.err().contains("safety is missing"), weights.err());
        Run lonely = run("survey", "score", SMALL.toString(), "--into", dir.resolve("e.json").toString());
        assertEquals(2, lonely.code());
        Run negative = run("survey", "score", SMALL.toString(), "--customers", "-5");
        assertEquals(2, negative.code());
        Run txt = run("survey", "score", Files.writeString(dir.resolve("r.txt"), "x").toString());
        assertEquals(2, txt.code());
        assertTrue(txt.err().contains(".csv or .xlsx"), txt.err());
    }

    @Test
    void generateThenScoreFindsTheInjectedFaults(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("g.csv");
        Run g = run("survey", "generate", "600", "--seed", "3", "--faults", "0.02", "-o", csv.toString());
        assertEquals(0, g.code(), g.err());
        Run s = run("survey", "score", csv.toString(), "--json", "-");
        assertEquals(0, s.code(), s.err());
        JsonNode n = Json.mapper().readTree(s.out());
        assertEquals(600, n.get("rows").asInt());
        // the generator reports what it injected; the scorer must find exactly that
        String injected = g.err();
        assertTrue(injected.contains("duplicates=" + n.get("findingsByRule").get("duplicate").asInt() + ","), injected + "\n" + n.get("findingsByRule"));
        assertTrue(injected.contains("range=" + n.get("findingsByRule").get("range").asInt() + ","), injected);
    }

    @Test
    void aReadOnlyOutputIsReplacedOnlyWithForceLikeEveryOtherCommand(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s.json");
        Files.writeString(out, "keep me");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("survey", "score", SMALL.toString(), "--json", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(out.toString()) && r.err().contains("read-only") && r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));
        Run forced = run("survey", "score", SMALL.toString(), "--json", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(Json.mapper().readTree(out.toFile()).has("overall"));
    }
}
