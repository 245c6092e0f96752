package io.aftercert.cli;

import static io.aftercert.cli.Run.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    private static final Set<String> NAMES = Set.of("AfterCert", "aftercert", "satisfaction", "channel", "priority", "complexity", "type", "region");

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
            out.add(name + ": English word '" + w.group() + "' in «" + around(text, w.start(), w.end()) + "»");
        }
        return out;
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
