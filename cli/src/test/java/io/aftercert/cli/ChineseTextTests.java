package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Chinese reads as a native writer's (issue 28): every zh output a person reads — the report
 * of every example, the {@code assess}, {@code plan} and {@code diff} output, the KPI dashboard,
 * the survey page and summary — has no ASCII comma, semicolon or colon between Chinese characters,
 * no doubled sentence punctuation ({@code 。）。}, {@code 。。}) and no English word outside codes,
 * ids, file names, acronyms and the user's quoted evidence. {@link #check} is the one rule; the
 * crosswalk page and the bilingual workbook are checked by their own modules' tests once they pass it.
 */
class ChineseTextTests {
    private static final Path EX = Path.of("..", "examples");
    private static final Pattern HALF_WIDTH = Pattern.compile("\\p{IsHan}[ \\t]*[,;:][ \\t]*\\p{IsHan}");
    /** A sentence closed twice: {@code 。。}, {@code 。）。}, or a parenthesis after the full stop ({@code 等。（+2.18）。}). */
    private static final Pattern DOUBLED = Pattern.compile("[。；！？][）」”]?[。；]|[。；！？]（[^（）]{0,40}）[。；]");
    /** A run of ASCII letters that is a word, not part of a code, id, file name or number. */
    private static final Pattern WORD = Pattern.compile("(?<![\\w./_\\-@])[A-Za-z][a-z]{2,}(?![\\w./_\\-@])");
    /** Words that are names or codes here, not English prose: the tool's name, and the service records' column names (codes of the CSV). */
    private static final Set<String> NAMES = Set.of("AfterCert", "aftercert", "satisfaction", "channel", "priority", "complexity", "type", "region",
            "true", "false", "null", "linear", "json", "xlsx", "csv",
            "hxjt", "Windows", "Unicode");

    @Test
    void everyChineseOutputReadsAsChinese(@TempDir Path dir) throws Exception {
        Map<String, String> outputs = new LinkedHashMap<>();
        Path effort = EX.resolve("gbt27922/plan/effort.json");
        Path previous = EX.resolve("gbt27922/history/appliance-manufacturer-2026-05.json");
        List<String[]> examples = List.of(
                new String[] {"gbt27922/appliance-manufacturer.json", "--effort", effort.toString(), "--previous", previous.toString()},
                new String[] {"gbt27922/trading-company.json"},
                new String[] {"hxjt/machine-tool-maker.json", "--tailoring", EX.resolve("hxjt/tailoring/appendix-a.json").toString()},
                new String[] {"gxdsl244/guangxi-ecommerce-retailer.json"},
                new String[] {"gxdsl259/guangxi-ecommerce-retailer-conformance.json"});
        for (String[] ex : examples) {
            Path html = dir.resolve(Path.of(ex[0]).getFileName() + ".html");
            List<String> args = new ArrayList<>(List.of("assess", EX.resolve(ex[0]).toString(), "--html", html.toString()));
            args.addAll(List.of(ex).subList(1, ex.length));
            Run a = run(args.toArray(String[]::new));
            assertEquals(0, a.code(), a.err());
            outputs.put("assess " + ex[0], a.out());
            outputs.put("report " + ex[0], visible(Files.readString(html)));
            List<String> plan = new ArrayList<>(List.of("plan", EX.resolve(ex[0]).toString()));
            if (ex.length > 2 && "--tailoring".equals(ex[1])) plan.addAll(List.of(ex[1], ex[2]));
            outputs.put("plan " + ex[0], run(plan.toArray(String[]::new)).out());
        }
        outputs.put("plan --target 四星 --effort", run("plan", EX.resolve("gbt27922/appliance-manufacturer.json").toString(), "--target", "四星",
                "--effort", effort.toString()).out());
        outputs.put("diff", run("diff", previous.toString(), EX.resolve("gbt27922/appliance-manufacturer.json").toString()).out());

        Path dashboard = dir.resolve("kpi.html");
        Run kpi = run("kpi", EX.resolve("records/service-records.csv").toString(), "--html", dashboard.toString());
        assertEquals(0, kpi.code(), kpi.err());
        outputs.put("kpi dashboard", visible(Files.readString(dashboard)));
        Path survey = dir.resolve("survey.html");
        Run s = run("survey", "score", EX.resolve("survey/responses-2026q3.csv").toString(), "--html", survey.toString());
        assertEquals(0, s.code(), s.err());
        outputs.put("survey page", visible(Files.readString(survey)));
        outputs.put("survey summary", s.out());
        List<String> problems = new ArrayList<>();
        outputs.forEach((name, text) -> problems.addAll(check(name, text)));
        assertEquals(List.of(), problems);
    }

    /**
     * Every message of the command line in Chinese (the default): the errors of each command on
     * each kind of bad input, and the summaries not covered above (crosswalk, KPIs, survey files,
     * convert). Each exits as it should, and each reads as Chinese by {@link #check}; JSON field
     * names and option values stand beside the Chinese word they name, in full-width brackets.
     */
    @Test
    void everyCommandLineMessageReadsAsChinese(@TempDir Path dir) throws Exception {
        Path manufacturer = EX.resolve("gbt27922/appliance-manufacturer.json");
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                {"rubric": "gbt27922", "organization": {"name": "某公司", "kind": "生产企业"}, "assessedOn": "2026/11/06",
                 "qualifyingGradeHeldMonths": -1,
                 "evidence": {"5.1.1.1": {}, "5.1.1.2": {"conforms": "yes"}, "5.1.2.2": {"value": "8.5"},
                              "5.1.2.1": {"credit": 1.5}, "5.1.3.1": {"band": 7}, "5.1.3.2": {"conforms": true, "credit": 0.5},
                              "5.3.2.2": {"sample": {"conforming": 11, "sampled": 10}}, "5.1.2.9": {"conforms": true},
                              "5.1.4.1": {"notApplicable": " "}, "5.1": {"conforms": true}, "5.1.4.2": {"value": 3}},
                 "findings": [{"type": "deduction", "description": "违规"}, {"type": "penalty", "description": "x"},
                              {"type": "deduction", "category": "laws", "description": "y", "indicator": "9.9"}]}""");
        Path syntax = Files.writeString(dir.resolve("syntax.json"), "{\"rubric\": \"gbt27922\",\n  'x': 1}");
        Path effort = Files.writeString(dir.resolve("effort.json"), "{\"5.1.7.3\": {\"owner\": \"\", \"due\": \"31.12.2026\", \"cost\": 3},"
                + " \"5.1.5.9\": 1, \"5.1.5.2\": -2, \"deduction-1\": 2}");
        Path readOnly = Files.writeString(dir.resolve("ro.json"), "keep");
        Files.setPosixFilePermissions(readOnly, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        Path records = EX.resolve("records/service-records.csv");
        Path responses = EX.resolve("survey/responses-2026q3.csv");
        Map<String, String[]> refused = new LinkedHashMap<>();
        refused.put("bad evidence", new String[] {"assess", bad.toString()});
        refused.put("not JSON", new String[] {"assess", syntax.toString()});
        refused.put("GBK", new String[] {"assess", Path.of("src/test/resources/hostile/evidence/gbk.json").toString()});
        refused.put("UTF-16", new String[] {"assess", Path.of("src/test/resources/hostile/evidence/utf16.json").toString()});
        refused.put("huge number", new String[] {"assess", Path.of("src/test/resources/hostile/evidence/huge-number.json").toString()});
        refused.put("truncated", new String[] {"assess", Path.of("src/test/resources/hostile/evidence/truncated.json").toString()});
        refused.put("missing file", new String[] {"assess", dir.resolve("none.json").toString()});
        refused.put("a folder", new String[] {"plan", dir.toString()});
        refused.put("read-only output", new String[] {"assess", manufacturer.toString(), "--json", readOnly.toString()});
        refused.put("several without --out-dir", new String[] {"assess", manufacturer.toString(), manufacturer.toString()});
        refused.put("--effort without a report", new String[] {"assess", manufacturer.toString(), "--effort", effort.toString()});
        refused.put("bad effort file", new String[] {"plan", manufacturer.toString(), "--effort", effort.toString()});
        refused.put("unknown grade", new String[] {"plan", manufacturer.toString(), "--target", "six-star"});
        refused.put("other rubric", new String[] {"diff", manufacturer.toString(), EX.resolve("hxjt/machine-tool-maker.json").toString()});
        refused.put("unknown rubric", new String[] {"template", "gbt2792"});
        refused.put("xlsx without -o", new String[] {"template", "gbt27922", "--format", "xlsx"});
        refused.put("kpi --by", new String[] {"kpi", records.toString(), "--by", "week"});
        refused.put("kpi --from", new String[] {"kpi", records.toString(), "--from", "2026-02-30"});
        refused.put("kpi period", new String[] {"kpi", records.toString(), "--from", "2026-03-01", "--to", "2026-02-01"});
        refused.put("kpi --into alone", new String[] {"kpi", records.toString(), "--into", dir.resolve("e.json").toString()});
        refused.put("survey --period", new String[] {"survey", "score", responses.toString(), "--period", "26"});
        refused.put("survey --min-seconds", new String[] {"survey", "score", responses.toString(), "--min-seconds", "900"});
        refused.put("survey --customers", new String[] {"survey", "score", responses.toString(), "--customers", "-5"});
        refused.put("survey template xlsx", new String[] {"survey", "template", "--format", "xlsx"});
        refused.put("crosswalk --to", new String[] {"crosswalk", manufacturer.toString(), "--to", "gbt2792"});
        refused.put("crosswalk --prefill", new String[] {"crosswalk", manufacturer.toString(), "--prefill", dir.resolve("p.json").toString()});
        Path csv = Files.writeString(dir.resolve("bad.csv"), "ticket_id,channel,channel,requested_at\nT1,phone,x,2026-03-02T09:00:00\n");
        refused.put("kpi header", new String[] {"kpi", csv.toString()});
        refused.put("survey header", new String[] {"survey", "score", csv.toString()});
        refused.put("kpi GBK", new String[] {"kpi", Path.of("src/test/resources/hostile/evidence/gbk.json").toString()});
        Path mapping = Files.writeString(dir.resolve("mine.json"), "{\"schemaVersion\": 1, \"name\": \"mine\", \"a\": {\"rubric\": \"gbt27922\"},"
                + " \"b\": {\"rubric\": \"hxjt\"}, \"mappings\": [{\"a\": \"5.1.1.1\", \"relation\": \"equal\", \"b\": \"4.9\", \"reason\": \"x\"}]}");
        refused.put("crosswalk --mapping", new String[] {"crosswalk", manufacturer.toString(), "--to", "hxjt", "--mapping", mapping.toString()});
        refused.put("missing parameter", new String[] {"assess"});
        refused.put("unknown option", new String[] {"assess", manufacturer.toString(), "--lnag", "en"});
        refused.put("not a number", new String[] {"assess", manufacturer.toString(), "--top", "abc"});
        refused.put("unknown command", new String[] {"asess", manufacturer.toString()});
        refused.put("survey score alone", new String[] {"survey", "score"});
        List<String> problems = new ArrayList<>();
        refused.forEach((name, args) -> {
            Run r = run(args);
            assertEquals(2, r.code(), name + ": " + r.all());
            assertFalse(r.err().isBlank(), name);
            problems.addAll(check(name, r.all()));
        });
        Map<String, String[]> done = new LinkedHashMap<>();
        done.put("crosswalk", new String[] {"crosswalk", manufacturer.toString(), "--top", "3", "--json", dir.resolve("c.json").toString()});
        done.put("kpi", new String[] {"kpi", records.toString(), "--by", "quarter", "--json", dir.resolve("k.json").toString()});
        done.put("survey template", new String[] {"survey", "template", "--format", "xlsx", "-o", dir.resolve("s.xlsx").toString()});
        done.put("survey generate", new String[] {"survey", "generate", "50", "-o", dir.resolve("g.csv").toString()});
        done.put("template", new String[] {"template", "gbt27922", "--format", "xlsx", "-o", dir.resolve("t.xlsx").toString()});
        done.put("convert", new String[] {"convert", manufacturer.toString(), "-o", dir.resolve("m.xlsx").toString()});
        done.put("rubric", new String[] {"rubric", "hxjt"});
        done.put("rubrics", new String[] {"rubrics"});
        done.forEach((name, args) -> {
            Run r = run(args);
            assertEquals(0, r.code(), name + ": " + r.all());
            problems.addAll(check(name, r.all()));
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckCatchesWhatTheIssueFound() {
        // the texts issue 28 quoted, each caught; a clean sentence with codes, ids, files and acronyms passes
        assertEquals(1, check("x", "以监督有效奖惩, 持续修正各项服务目标").size());
        assertEquals(1, check("x", "已保持达标 8 个月。）。").size());
        assertEquals(1, check("x", "…等。（+2.18）。").size());
        assertEquals(1, check("x", "等级 达标 (qualified)").size());
        assertEquals(List.of(), check("x", "可申请达标；完成 5.1.5.2 后可申请三星。服务记录 records.csv：hotline_answer 为 60%（3 / 5），"
                + "依据 GB/T 27922、CTS-2025-08-16，SHA-256 见 AfterCert 报告。"));
    }

    /** The problems of one output, each with the text around it. */
    static List<String> check(String name, String text) {
        List<String> out = new ArrayList<>();
        find(HALF_WIDTH, text, name + ": half-width punctuation between Chinese", out);
        find(DOUBLED, text, name + ": doubled sentence punctuation", out);
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            if (NAMES.contains(w.group())) continue;
            // a JSON field or option value in full-width brackets right after the Chinese word it names: 得分率（credit）
            if (w.start() > 0 && text.charAt(w.start() - 1) == '（' && w.end() < text.length() && text.charAt(w.end()) == '）') continue;
            // what the user wrote, quoted back to them: 未知字段“cost”
            if (quoted(text, w.start(), w.end())) continue;
            out.add(name + ": English word '" + w.group() + "' in «" + around(text, w.start(), w.end()) + "»");
        }
        return out;
    }

    /** Whether a word stands inside “…” on its line. */
    private static boolean quoted(String text, int start, int end) {
        int open = text.lastIndexOf('“', start);
        int lineStart = text.lastIndexOf('\n', start);
        if (open < 0 || open < lineStart || text.lastIndexOf('”', start) > open) return false;
        int close = text.indexOf('”', end);
        int lineEnd = text.indexOf('\n', end);
        return close >= 0 && (lineEnd < 0 || close < lineEnd);
    }

    private static void find(Pattern p, String text, String what, List<String> out) {
        Matcher m = p.matcher(text);
        while (m.find()) out.add(what + " «" + around(text, m.start(), m.end()) + "»");
    }

    private static String around(String text, int a, int b) {
        return text.substring(Math.max(0, a - 20), Math.min(text.length(), b + 20)).replace('\n', ' ');
    }

    /**
     * What a person reads on a page, less what is not ours to word: the user's own evidence notes,
     * attachment names and organisation data, codes and ids (monospace), passages marked as another
     * language, and whatever the browser does not show (style, head, attributes).
     */
    static String visible(String html) {
        String t = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<svg.*?</svg>", " ");
        t = t.replaceAll("(?s)<div class=\"evnote\">.*?</div>", " ").replaceAll("(?s)<span class=\"att\">.*?</span>", " ")
                .replaceAll("(?s)<(span|td|dd|code)[^>]*class=\"[^\"]*mono[^\"]*\"[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<span[^>]*lang=\"en\"[^>]*>.*?</span>", " ")
                .replaceAll("(?s)<div class=\"sr-only\">.*?</div>", " ");
        return t.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replaceAll("&#\\d+;", " ");
    }

}
