package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi}: breakdowns, period, dashboard, findings in the text output, and the user's errors (exit 2). */
class KpiCommandTests {
    private static final String CSV = "ticket_id,channel,type,priority,region,requested_at,responded_at\n"
            + "T1,phone,consult,normal,南宁,2026/1/5 9:00,2026/1/5 9:00:10\n"      // January, 10 s
            + "T2,phone,consult,normal,柳州,2026-01-20 09:00:00,2026-01-20 09:00:40\n" // January, 40 s
            + "T3,phone,consult,normal,南宁,2026-02-02T09:00:00,2026-02-02T09:00:20\n" // February, 20 s
            + "T4,fax,consult,normal,南宁,2026-02-03T09:00:00,\n";                     // February, a range finding

    @Test
    void byMonthAndRegionAddsGroupsThatAddUp(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        Run r = run("kpi", csv.toString(), "--by", "month,region", "--json", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode b = SharedMapper.get().readTree(r.out()).get("breakdown");
        assertEquals("[\"month\",\"region\"]", b.get("by").toString());
        // 2026-01/南宁: T1; 2026-01/柳州: T2; 2026-02/南宁: T3, T4
        assertEquals(3, b.get("groups").size());
        JsonNode feb = b.get("groups").get(2);
        assertEquals("{\"month\":\"2026-02\",\"region\":\"南宁\"}", feb.get("key").toString());
        assertEquals(2, feb.get("rows").asInt());
        assertEquals(1, feb.get("rowsExcluded").asInt());
        assertEquals(1, feb.get("kpis").get("phone_response").get("numerator").asInt());   // T3 in 30 s
        assertEquals(1, b.get("groups").get(1).get("kpis").get("phone_response").get("denominator").asInt());
        assertEquals(0, b.get("groups").get(1).get("kpis").get("phone_response").get("numerator").asInt()); // T2: 40 s
    }

    @Test
    void aPeriodRestrictsTheRowsCounted(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        Run r = run("kpi", csv.toString(), "--from", "2026-02-01", "--to", "2026-02-28", "--json", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode j = SharedMapper.get().readTree(r.out());
        assertEquals(2, j.get("rows").asInt()); // T3, T4
        assertEquals("2026-02-01", j.get("period").get("from").asText());
    }

    @Test
    void theTextOutputListsTheFirstFindingsWithValueAndReason(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        Run en = run("kpi", csv.toString(), "--lang", "en");
        assertEquals(0, en.code(), en.err());
        assertTrue(en.out().contains("range findings (1):\n  row 4 T4 channel = 'fax': not one of the allowed values"), en.out());
        Run zh = run("kpi", csv.toString());
        assertTrue(zh.out().contains("取值范围问题 1 个：\n  第 4 行 T4 channel = 'fax'：不是允许的取值"), zh.out());
        assertFalse(zh.out().contains("target") || zh.out().contains("rows"), "no English words in the Chinese summary: " + zh.out());
    }

    @Test
    void theSatisfactionIndexIsSaidAsItsMeanAnswerAndColumnsLineUp(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("s.csv");
        // answers 5, 4, 4: mean 13/3 = 4.333… cut to 4.33; index (13/3 − 1) ÷ 4 × 100 = 83.333… cut to 83.33
        Files.writeString(csv, "ticket_id,channel,type,priority,requested_at,responded_at,satisfaction\n"
                + "S1,phone,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:10,5\n"
                + "S2,phone,consult,normal,2026-03-02T10:00:00,2026-03-02T10:00:10,4\n"
                + "S3,phone,consult,normal,2026-03-02T11:00:00,2026-03-02T11:00:10,4\n");
        Run zh = run("kpi", csv.toString());
        assertEquals(0, zh.code(), zh.err());
        assertTrue(zh.out().contains("83.33  3 份答复，平均 4.33 分（1～5 分）  目标 ≥ 85  未达标"), zh.out());
        assertFalse(zh.out().contains("13 / 3"), "no sum of answers shown as a share: " + zh.out());
        Run en = run("kpi", csv.toString(), "--lang", "en");
        assertTrue(en.out().contains("  Overall satisfaction") && en.out().contains("83.33  3 answers, mean 4.33 (1 to 5)  target ≥ 85  NOT met"), en.out());
        // every KPI line puts its value in the same terminal column, a Chinese character being two columns wide
        java.util.Set<Integer> ends = new java.util.HashSet<>();
        for (String line : zh.out().split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^  (\\S.*?) +(\\d+\\.\\d\\d|—)  ").matcher(line);
            if (!m.find()) continue;
            String head = line.substring(0, m.end(2));
            ends.add(head.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0xFF00 && c <= 0xFFEF ? 2 : 1).sum());
        }
        assertEquals(1, ends.size(), zh.out());
    }

    @Test
    void theDashboardIsWrittenInEitherLanguage(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        Path html = dir.resolve("看板.html");
        Run r = run("kpi", csv.toString(), "--html", html.toString(), "--lang", "en", "--json", dir.resolve("k.json").toString());
        assertEquals(0, r.code(), r.err());
        String page = Files.readString(html);
        // 3 rows counted (T4 is excluded): a small sample, said on the page, and no one-dot trend charts
        assertTrue(page.contains("Service KPI dashboard") && page.contains("id=\"small-sample\">Only 3 rows count"), "English dashboard");
        assertFalse(page.contains("<figure class=\"trend\""), "no trend charts from 3 rows");
        assertFalse(SharedMapper.get().readTree(dir.resolve("k.json").toFile()).has("breakdown"), "no --by: no breakdown in the JSON");
    }

    @Test
    void theStandardChosenSetsTheTargetsOfSummaryJsonAndDashboard(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        // T/GXDSL 244 sets online response (30 min) ≥ 90 % and no callback ratio; T/GXDSL 259 the reverse (回访比例 ≥ 20 %)
        JsonNode k244 = SharedMapper.get().readTree(run("kpi", csv.toString(), "--json", "-").out()).get("kpis");
        assertEquals(90, k244.get("online_response").get("target").intValue());
        assertFalse(k244.get("callback_ratio").has("target"));
        Path html = dir.resolve("d.html");
        Run r259 = run("kpi", csv.toString(), "--standard", "gxdsl259", "--json", dir.resolve("k.json").toString(), "--html", html.toString());
        assertEquals(0, r259.code(), r259.err());
        JsonNode k259 = SharedMapper.get().readTree(dir.resolve("k.json").toFile()).get("kpis");
        assertFalse(k259.get("online_response").has("target"));
        assertEquals(20, k259.get("callback_ratio").get("target").intValue());
        assertTrue(r259.out().contains("目标 ≥ 20"), r259.out());
        assertTrue(Files.readString(html).contains("id=\"standard\">T/GXDSL 259—2025<"));
        Run bad = run("kpi", csv.toString(), "--standard", "gbt27922");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--standard 只能是 gxdsl244 或 gxdsl259"), bad.err());
    }

    @Test
    void whatTheUserTypedWrongIsExitTwoInTheirTerms(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("t.csv");
        Files.writeString(csv, CSV);
        Run by = run("kpi", csv.toString(), "--by", "week", "--lang", "en");
        assertEquals(2, by.code());
        assertTrue(by.err().contains("unknown breakdown key 'week'") && by.err().contains("month, quarter, region"), by.err());
        Run three = run("kpi", csv.toString(), "--by", "month,region,channel");
        assertEquals(2, three.code());
        Run date = run("kpi", csv.toString(), "--from", "2026-02-30", "--lang", "en");
        assertEquals(2, date.code());
        assertTrue(date.err().contains("--from must be a date like 2026-03-31, not '2026-02-30'"), date.err());
        Run order = run("kpi", csv.toString(), "--from", "2026-03-01", "--to", "2026-02-01");
        assertEquals(2, order.code());
        Path mixed = dir.resolve("mixed.csv");
        Files.writeString(mixed, "ticket_id,channel,type,priority,requested_at,responded_at\n"
                + "M1,phone,consult,normal,2026-03-02T09:00:00,2026-03-02T09:00:10\n"
                + "M2,phone,consult,normal,2026-03-02T09:00:00+08:00,2026-03-02T09:00:10+08:00\n");
        Run m = run("kpi", mixed.toString());
        assertEquals(2, m.code());
        assertTrue(m.err().contains("mixed.csv") && m.err().contains("第 2 行：时间写法不一致"), m.err());
        Run folder = run("kpi", dir.toString());
        assertEquals(2, folder.code());
        assertTrue(folder.err().contains("是文件夹"), folder.err());
    }
}
