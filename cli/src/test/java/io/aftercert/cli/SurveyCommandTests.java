package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
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
        assertEquals(30, SharedMapper.get().readTree(json.out()).get("questions").size());
        Path xlsx = dir.resolve("t.xlsx");
        Run x = run("survey", "template", "--format", "xlsx", "-o", xlsx.toString());
        assertEquals(0, x.code(), x.err());
        byte[] head = Files.readAllBytes(xlsx);
        assertTrue(head[0] == 'P' && head[1] == 'K', "an xlsx is a zip");
        Run bad = run("survey", "template", "--format", "pdf");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("json、xlsx 或 csv"), bad.err());
    }

    @Test
    void scoreWritesJsonHtmlAndTheSummary(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("s.json");
        Path html = dir.resolve("s.html");
        Run r = run("survey", "score", SMALL.toString(), "--customers", "100", "--json", json.toString(), "--html", html.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("overall index  70.1"), r.out()); // 2525/36 truncated
        // one quarter's file: the annual rule is measured, not failed
        assertTrue(r.out().contains("sample: a yearly rule, not judged on these responses (give --period YEAR): 496 more to reach 500"), r.out());
        assertTrue(r.out().contains("scale: (x − 1) ÷ 4 × 100 (a reading: the standard gives no formula)"), r.out());
        assertTrue(r.out().contains("period: the responses given, not a year (--period YEAR); quarters with responses: 2026-Q3"), r.out());
        assertTrue(r.out().contains("overall question 62.5"), r.out()); // OV1: (75 + 50 + 100 + 25) / 4
        assertTrue(r.out().contains("out of range 3"), r.out());
        JsonNode n = SharedMapper.get().readTree(Files.readAllBytes(json));
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
        assertEquals(2, SharedMapper.get().readTree(stdout.out()).get("schemaVersion").asInt()); // the JSON alone on standard output
    }

    @Test
    void aColumnOfTheUsersOwnIsIgnoredWithANoteInTheUsersLanguage(@TempDir Path dir) throws Exception {
        List<String> lines = Files.readAllLines(SMALL, StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(lines.get(0).replace("\uFEFF", "")).append(",备注\n");
        for (String l : lines.subList(1, lines.size())) if (!l.isBlank()) sb.append(l).append(",回访过\n");
        Path extra = dir.resolve("extra.csv");
        Files.writeString(extra, sb, StandardCharsets.UTF_8);
        Run zh = run("survey", "score", extra.toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.err().contains("：列“备注”不在问卷中，其内容不读取"), zh.err());
        assertTrue(zh.out().contains("综合感知指数   70.1"), "the same index as without the column: " + zh.out());
        Run en = run("survey", "score", extra.toString(), "--lang", "en");
        assertTrue(en.err().contains("column '备注' is not in the questionnaire; its values are ignored"), en.err());
    }

    @Test
    void helpIsFormattedWithoutWarnings() {
        for (String sub : new String[] {"template", "score", "generate"}) {
            Run h = run("survey", sub, "--help");
            assertEquals(0, h.code(), h.err());
            assertFalse((h.out() + h.err()).contains("WARN"), h.out() + h.err());
        }
        Run score = run("survey", "score", "--help", "--lang", "en");
        String flat = score.out().replaceAll("\\s+", " ");
        assertTrue(flat.contains("95 % intervals") && flat.contains("≥ 5 % of N"), score.out());
        String zh = run("survey", "score", "--help").out().replaceAll("\\s+", "");
        assertTrue(zh.contains("95%置信区间") && zh.contains("不少于顾客数的5%"), zh);
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
        JsonNode n = SharedMapper.get().readTree(Files.readAllBytes(ev));
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
        assertTrue(r.err().contains("r.csv") && r.err().contains("第 2 行") && r.err().contains("此行有 3 个字段"), r.err());
        assertTrue(r.err().contains("未写入任何文件"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertFalse(Files.exists(json));
        assertEquals(List.of(), List.of(dir.toFile().list()).stream().filter(f -> f.endsWith(".tmp")).toList());

        Run missing = run("survey", "score", dir.resolve("nope.csv").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("找不到文件"), missing.err());
        Run wrongRubric = run("survey", "score", SMALL.toString(), "--evidence-for", "hxjt", "--into", dir.resolve("e.json").toString());
        assertEquals(2, wrongRubric.code());
        assertTrue(wrongRubric.err().contains("gxdsl244、gxdsl259、gbt27922"), wrongRubric.err());
        Run scale = run("survey", "score", SMALL.toString(), "--scale", "x10", "--lang", "en");
        assertEquals(2, scale.code());
        assertTrue(scale.err().contains("--scale must be linear or times20, not 'x10'"), scale.err());
        Run std = run("survey", "score", SMALL.toString(), "--sample-standard", "gbt27922");
        assertEquals(2, std.code());
        assertTrue(std.err().contains("--sample-standard 只能是 gxdsl244 或 gxdsl259"), std.err());
        Run year = run("survey", "score", SMALL.toString(), "--period", "26", "--lang", "en");
        assertEquals(2, year.code());
        assertTrue(year.err().contains("--period must be a year such as 2026, not 26"), year.err());
        Run slow = run("survey", "score", SMALL.toString(), "--min-seconds", "900", "--lang", "en");
        assertEquals(2, slow.code());
        assertTrue(slow.err().contains("--min-seconds must be under 900"), slow.err());
        Run weights = run("survey", "score", SMALL.toString(), "--weights", "functionality=2,economy=1", "--lang", "en");
        assertEquals(2, weights.code());
        assertTrue(weights.err().contains("safety is missing"), weights.err());
        Run lonely = run("survey", "score", SMALL.toString(), "--into", dir.resolve("e.json").toString());
        assertEquals(2, lonely.code());
        Run negative = run("survey", "score", SMALL.toString(), "--customers", "-5");
        assertEquals(2, negative.code());
        Run txt = run("survey", "score", Files.writeString(dir.resolve("r.txt"), "x").toString());
        assertEquals(2, txt.code());
        assertTrue(txt.err().contains("应为 .csv 或 .xlsx 文件"), txt.err());
    }

    @Test
    void aYearOfQuarterlyFilesIsJudgedAsOneYear(@TempDir Path dir) throws Exception {
        // small.csv (2026-Q3, 4 valid) and a Q1 file of one respondent A (a new survey round: not a duplicate)
        // and one row dated 2025 (out of the period): 5 valid responses in 2026, quarters Q1 and Q3
        String header = Files.readAllLines(SMALL).get(0);
        String fives = String.join(",", java.util.Collections.nCopies(30, "5"));
        Path q1 = Files.writeString(dir.resolve("q1.csv"), header + "\nA," + fives + ",2026-02-01,300\nZ," + fives + ",2025-12-31,300\n");
        Path ev = dir.resolve("ev.json");
        Run r = run("survey", "score", SMALL.toString(), q1.toString(), "--period", "2026", "--customers", "80",
                "--evidence-for", "gxdsl259", "--into", ev.toString(), "--lang", "en", "--json", dir.resolve("y.json").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("small.csv, q1.csv: 8 rows, 5 respondents, 5 valid"), r.out());
        assertTrue(r.out().contains("period: 2026; no responses in 2026-Q2, 2026-Q4 (at least once a quarter recommended)"), r.out());
        // 259 counts active customers: 5 % of 80 = 4, at least 500 → 500, 5 valid
        assertTrue(r.out().contains("sample: NOT adequate for 2026, 495 short of 500 (5 % of active customers 80)"), r.out());
        assertTrue(r.out().contains("outside the period 1"), r.out());
        assertTrue(r.out().contains("filled 4 indicators of " + ev + ": 9.5, 11.1, 11.3, 11.4"), r.out());
        JsonNode n = SharedMapper.get().readTree(Files.readAllBytes(ev)).get("evidence");
        assertEquals(5, n.get("11.4").get("value").asInt());
        assertEquals("6.25", n.get("11.3").get("value").decimalValue().toPlainString()); // 5 / 80 × 100
        JsonNode y = SharedMapper.get().readTree(Files.readAllBytes(dir.resolve("y.json")));
        assertEquals(2026, y.get("period").get("year").asInt());
        assertEquals("gxdsl259", y.get("sample").get("basis").asText());
        assertEquals("q1.csv", y.get("findings").get(y.get("findings").size() - 1).get("file").asText());
        // the same with times20: the other reading is named, and the summary says when it would turn the verdict
        Run t = run("survey", "score", SMALL.toString(), "--scale", "times20", "--lang", "en");
        assertTrue(t.out().contains("scale: x × 20 (a reading: the standard gives no formula)"), t.out());
        assertTrue(t.out().contains("overall index  76.1"), t.out()); // 685/9
    }

    @Test
    void generateThenScoreFindsTheInjectedFaults(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("g.csv");
        Run g = run("survey", "generate", "600", "--seed", "3", "--faults", "0.02", "-o", csv.toString());
        assertEquals(0, g.code(), g.err());
        Run s = run("survey", "score", csv.toString(), "--json", "-");
        assertEquals(0, s.code(), s.err());
        JsonNode n = SharedMapper.get().readTree(s.out());
        assertEquals(600, n.get("rows").asInt());
        // the generator reports what it injected; the scorer must find exactly that
        String injected = g.out();
        assertTrue(injected.contains("重复 " + n.get("findingsByRule").get("duplicate").asInt() + "，"), injected + "\n" + n.get("findingsByRule"));
        assertTrue(injected.contains("超出范围 " + n.get("findingsByRule").get("range").asInt() + "，"), injected);
    }

    @Test
    void aReadOnlyOutputIsReplacedOnlyWithForceLikeEveryOtherCommand(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("s.json");
        Files.writeString(out, "keep me");
        Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Run r = run("survey", "score", SMALL.toString(), "--json", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(out.toString()) && r.err().contains("只读") && r.err().contains("--force"), r.err());
        assertEquals("keep me", Files.readString(out));
        Run forced = run("survey", "score", SMALL.toString(), "--json", out.toString(), "--force");
        assertEquals(0, forced.code(), forced.err());
        assertTrue(SharedMapper.get().readTree(out.toFile()).has("overall"));
    }
}
