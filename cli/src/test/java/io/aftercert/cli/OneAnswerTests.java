package io.aftercert.cli;

import io.aftercert.core.internal.json.SharedMapper;
import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.Display;
import io.aftercert.core.Ratio;
import io.aftercert.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One answer on every surface (issue 28): for every example, scored with an effort file, the
 * previous assessment and (hxjt) a tailoring, the report's verdict box, executive summary and plan
 * table, the {@code assess} summary, the {@code plan} output, the plan JSON and the scored workbook's
 * result sheet (its plan table row by row, P1–P3 as in the JSON, the rise still needed and the
 * recommendation) name the same items in the same order with the same figures, and say the same
 * recommendation and trend. The figures
 * are compared as shown, and against the plan JSON's exact values put through the display rule.
 */
class OneAnswerTests {
    private static final Path EX = Path.of("..", "examples");

    static Stream<Arguments> examples() {
        Path effort = EX.resolve("gbt27922/plan/effort.json");
        return Stream.of(
                Arguments.of(EX.resolve("gbt27922/appliance-manufacturer.json"), effort, EX.resolve("gbt27922/history/appliance-manufacturer-2026-05.json"), null),
                Arguments.of(EX.resolve("gbt27922/appliance-manufacturer.json"), null, EX.resolve("gbt27922/history/appliance-manufacturer-2026-05.json"), null),
                Arguments.of(EX.resolve("gbt27922/trading-company.json"), effort, EX.resolve("gbt27922/trading-company.json"), null),
                Arguments.of(EX.resolve("hxjt/machine-tool-maker.json"), null, EX.resolve("hxjt/machine-tool-maker.json"), EX.resolve("hxjt/tailoring/appendix-a.json")),
                Arguments.of(EX.resolve("gxdsl244/guangxi-ecommerce-retailer.json"), null, EX.resolve("gxdsl244/guangxi-ecommerce-retailer.json"), null),
                Arguments.of(EX.resolve("gxdsl259/guangxi-ecommerce-retailer-conformance.json"), null,
                        EX.resolve("gxdsl259/guangxi-ecommerce-retailer-conformance.json"), null));
    }

    /** One item as a surface shows it. */
    record Shown(String code, String gain) {
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everySurfaceNamesTheSameItemsInTheSameOrderWithTheSameFigures(Path evidence, Path effort, Path previous, Path tailoring,
                                                                      @TempDir Path dir) throws Exception {
        for (String lang : List.of("zh", "en")) {
            Path html = dir.resolve("r." + lang + ".html");
            Path xlsx = dir.resolve("r." + lang + ".xlsx");
            List<String> assess = new ArrayList<>(List.of("assess", evidence.toString(), "--html", html.toString(), "--lang", lang,
                    "--previous", previous.toString(), "--xlsx", xlsx.toString()));
            List<String> plan = new ArrayList<>(List.of("plan", evidence.toString(), "--json", "-", "--lang", lang));
            if (effort != null) {
                assess.addAll(List.of("--effort", effort.toString()));
                plan.addAll(List.of("--effort", effort.toString()));
            }
            if (tailoring != null) {
                assess.addAll(List.of("--tailoring", tailoring.toString()));
                plan.addAll(List.of("--tailoring", tailoring.toString()));
            }
            Run a = run(assess.toArray(String[]::new));
            assertEquals(0, a.code(), a.err());
            Run p = run(plan.toArray(String[]::new));
            assertEquals(0, p.code(), p.err());
            JsonNode json = SharedMapper.get().readTree(p.out());
            String page = Files.readString(html, StandardCharsets.UTF_8);
            String what = evidence.getFileName() + " " + lang + (effort != null ? " --effort" : "");

            // the recommendation: one sentence, word for word, on the report, the two commands and in the JSON
            String rec = json.get("recommendation").get(lang).asText();
            assertTrue(text(section(page, "recommendation")).contains(rec), what + ": report lacks " + rec);
            assertTrue(a.out().contains(rec) && p.err().contains(rec), what + ": command line lacks " + rec + "\n" + a.out());
            assertTrue(text(section(page, "summary-text")).contains(rec), what + ": summary lacks the recommendation");
            // the trend sentence: the report's first screen and the summary, the command line
            String trend = text(section(page, "trend-line"));
            assertFalse(trend.isBlank(), what + ": no trend line");
            assertTrue(a.out().contains(trend) && text(section(page, "summary-text")).contains(trend), what + ": trend differs: " + trend);

            // the items: the plan JSON's actions in order, their gains through the display rule
            List<Shown> actions = new ArrayList<>();
            List<Shown> first = new ArrayList<>();
            for (JsonNode act : json.get("actions")) {
                Ratio gain = act.has("gainExact") ? Ratio.parse(act.get("gainExact").asText()) : Ratio.of(act.get("gain").decimalValue());
                Shown s = new Shown(act.get("code").asText(), Display.gain(gain));
                actions.add(s);
                if (act.get("inPlan").asBoolean()) first.add(s);
            }
            assertEquals(actions, planTable(page), what + ": plan table ≠ plan JSON");
            // the scored workbook's result sheet: the same actions, P1 the same first round, the same sentence and figure
            List<List<String>> sheet = resultSheet(xlsx);
            assertEquals(actions, workbookPlan(sheet, null), what + ": workbook plan ≠ plan JSON");
            for (String priority : List.of("P1", "P2", "P3")) {
                List<Shown> inJson = new ArrayList<>();
                for (int k = 0; k < actions.size(); k++) {
                    if (priority.equals(json.get("actions").get(k).get("priority").asText())) inJson.add(actions.get(k));
                }
                assertEquals(inJson, workbookPlan(sheet, priority), what + ": workbook " + priority + " ≠ plan JSON");
            }
            assertTrue(row(sheet, "建议 Recommendation").contains(rec), what + ": workbook lacks " + rec);
            if (json.get("plan").isNull() || !json.get("plan").get("reachable").asBoolean()) {
                assertTrue(first.isEmpty(), what);
                continue;
            }
            assertFalse(first.isEmpty(), what + ": a reachable plan names its items");
            // the plan JSON's steps are the same set in the same order
            List<String> steps = new ArrayList<>();
            json.get("plan").get("steps").forEach(st -> steps.add(st.get("code").asText()));
            assertEquals(first.stream().map(Shown::code).toList(), steps, what + ": steps ≠ actions");
            assertEquals(first, verdictBox(page), what + ": verdict box ≠ plan JSON");
            assertEquals(first, commandLine(a.out()), what + ": assess summary ≠ plan JSON");
            assertEquals(first, commandLine(p.err()), what + ": plan output ≠ plan JSON");
            // the summary names the same items in the same order, each with its gain
            String summary = text(section(page, "summary-text"));
            int at = summary.indexOf(rec) + rec.length();
            for (Shown s : first) {
                int i = summary.indexOf(s.code(), at);
                assertTrue(i > 0 && summary.indexOf(s.gain(), i) > 0, what + ": summary lacks " + s + " after position " + at + ": " + summary);
                at = i;
            }
            // the rise still needed: the same figure, from the JSON's exact value
            JsonNode needed = json.get("plan").get("neededExact") != null ? json.get("plan").get("neededExact") : json.get("plan").get("needed");
            String need = Display.neededText(needed.isTextual() ? Ratio.parse(needed.asText()) : Ratio.of(needed.decimalValue()));
            assertTrue(text(section(page, "next-needed")).contains(need) && a.out().contains(need) && p.err().contains(need),
                    what + ": needed " + need + " differs");
            assertTrue(row(sheet, "下一等级 Next grade").contains("还需 needs " + need), what + ": workbook needs ≠ " + need);
            // every owner of the effort file that the plan lists appears on each surface that lists the item
            for (JsonNode act : json.get("actions")) {
                if (act.has("owner")) assertTrue(text(page).contains(act.get("owner").asText()), what + ": owner " + act.get("owner") + " missing");
            }
        }
    }

    /** The cells of the scored workbook's first sheet (结果), as text, row by row. */
    static List<List<String>> resultSheet(Path xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var in = Files.newInputStream(xlsx); var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(in)) {
            assertEquals("结果", wb.getFirstSheet().getName());
            try (var stream = wb.getFirstSheet().openStream()) {
                stream.forEach(r -> {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) cells.add(r.getCellText(c));
                    rows.add(cells);
                });
            }
        }
        return rows;
    }

    /** The value beside a label of the result sheet ({@code 建议 Recommendation}). */
    private static String row(List<List<String>> sheet, String label) {
        for (List<String> r : sheet) if (!r.isEmpty() && label.equals(r.get(0)) && r.size() > 2) return r.get(2);
        return "";
    }

    /** The plan table of the result sheet: code and gain of each row, in order (only {@code priority}'s rows when given). */
    private static List<Shown> workbookPlan(List<List<String>> sheet, String priority) {
        List<Shown> items = new ArrayList<>();
        boolean in = false;
        for (List<String> r : sheet) {
            if (r.size() > 1 && "条款 Clause".equals(r.get(1))) {
                in = true;
                continue;
            }
            if (!in || r.size() < 4 || r.get(1).isEmpty()) continue;
            if (priority == null || priority.equals(r.get(0))) items.add(new Shown(r.get(1), r.get(3)));
        }
        return items;
    }

    /** The report's plan table: code and gain of each row, in order. */
    static List<Shown> planTable(String page) {
        String table = between(page, "id=\"plan-table\"", "</table>");
        List<Shown> rows = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"row\" class=\"code\">([^<]+)</th>.*?<td class=\"num gain\"[^>]*>([^<]+)</td>", Pattern.DOTALL)
                .matcher(table);
        while (m.find()) rows.add(new Shown(m.group(1), m.group(2)));
        return rows;
    }

    /** The verdict box's items to the next grade. */
    static List<Shown> verdictBox(String page) {
        String box = between(page, "id=\"next-grade\"", "</ol>");
        List<Shown> items = new ArrayList<>();
        Matcher m = Pattern.compile("<li><span class=\"code\">([^<]+)</span>.*?<span class=\"gain\">([^<]+)</span>", Pattern.DOTALL).matcher(box);
        while (m.find()) items.add(new Shown(m.group(1), m.group(2)));
        return items;
    }

    /** The item lines under the command line's plan heading ({@code 下一等级 …} / {@code 目标 …}). */
    static List<Shown> commandLine(String out) {
        List<Shown> items = new ArrayList<>();
        boolean in = false;
        for (String line : out.lines().toList()) {
            if (line.startsWith("下一等级") || line.startsWith("next grade") || line.startsWith("目标") || line.startsWith("target")) {
                in = true;
                continue;
            }
            if (!in) continue;
            Matcher m = Pattern.compile("^  (\\S+) +(\\+\\d+\\.\\d\\d) ").matcher(line);
            if (m.find()) items.add(new Shown(m.group(1), m.group(2)));
            else if (!line.startsWith("     ")) break;
        }
        return items;
    }

    private static String section(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        if (at < 0) return "";
        int start = page.indexOf('>', at) + 1;
        return page.substring(start, endOf(page, start));
    }

    /** The end of the element opened just before {@code start}: the first closing p or div. */
    private static int endOf(String page, int start) {
        int p = page.indexOf("</p>", start);
        int d = page.indexOf("</div>", start);
        return p < 0 ? d : d < 0 ? p : Math.min(p, d);
    }

    private static String between(String page, String from, String to) {
        int a = page.indexOf(from);
        if (a < 0) return "";
        int b = page.indexOf(to, a);
        return page.substring(a, b < 0 ? page.length() : b);
    }

    /** Visible text: tags dropped, entities of the escaper undone, spaces folded. */
    static String text(String html) {
        String t = html.replaceAll("<[^>]+>", "");
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16)))));
        m.appendTail(sb);
        return sb.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

}
