package io.aftercert.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import io.aftercert.core.plan.PlanInput.Assignment;
import io.aftercert.core.spi.ReportRenderer.DataQuality;
import io.aftercert.core.plan.PlanInput;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the report says: conditional grades, the plan, the trend, the quality-index variant, language. */
class ReportContentTests {
    private static final Path MANUFACTURER = ReportFixtures.EXAMPLES.resolve("gbt27922/appliance-manufacturer.json");
    private static final Path TRADER = ReportFixtures.EXAMPLES.resolve("gbt27922/trading-company.json");
    private static final Path MAY = ReportFixtures.EXAMPLES.resolve("gbt27922/history/appliance-manufacturer-2026-05.json");
    private static final Path RETAILER = ReportFixtures.EXAMPLES.resolve("gxdsl244/guangxi-ecommerce-retailer.json");
    private final HtmlReportRenderer renderer = new HtmlReportRenderer();

    @Test
    void aStarGradeHeldUnderAYearAtQualifiedIsConditionalInTheBadgeInBothLanguages() {
        // trading-company.json: 三星 by score, qualifyingGradeHeldMonths 8 < 12
        String zh = renderer.renderString(ReportFixtures.request(TRADER, "zh"));
        assertTrue(zh.contains("id=\"grade-badge\">三星<span class=\"cond\">（附条件）</span>"), "conditional in the badge");
        assertTrue(zh.contains("class=\"badge badge-conditional\""), "not the unconditional green badge");
        assertTrue(zh.contains("已保持达标 8 个月"), "months held");
        String en = renderer.renderString(ReportFixtures.request(TRADER, "en"));
        assertTrue(en.contains("id=\"grade-badge\">Three-star<span class=\"cond\"> (conditional)</span>"));
        assertTrue(en.contains("Qualified held 8 months"));
        // the manufacturer (达标, 14 months) has no conditional badge
        assertFalse(renderer.renderString(ReportFixtures.request(MANUFACTURER, "zh")).contains("class=\"badge badge-conditional\""));
    }

    @Test
    void theConditionalBadgeComesFromTheMonthsHeldNotFromTheCaveatsWording() {
        // the trader's result (三星, 8 of 12 months) with its caveats worded otherwise: still conditional, 8 months
        var req = ReportFixtures.request(TRADER, "zh");
        var r = req.result();
        var reworded = r.toBuilder()
                .caveats(List.of(io.aftercert.core.Text.of("星级授予前须保持达标一年", "a star grade waits a year at Qualified"))).build();
        String zh = renderer.renderString(new io.aftercert.core.spi.ReportRenderer.ReportRequest(reworded, req.rubric(), "zh", null, null));
        assertTrue(zh.contains("class=\"badge badge-conditional\""), "conditional by the months held");
        assertTrue(zh.contains("已保持达标 8 个月"), "the months held, from the result's data");
        // the same score with 12 months held (= qualifyingMonths of gbt27922): unconditional
        var held12 = r.toBuilder().qualifyingGradeHeldMonths(12).build();
        assertFalse(renderer.renderString(new io.aftercert.core.spi.ReportRenderer.ReportRequest(held12, req.rubric(), "zh", null, null))
                .contains("class=\"badge badge-conditional\""));
    }

    @Test
    void thePlanTakesTheFewestItemsOrTheLeastEffortAndShowsOwnersDueDatesAndCorrectiveActions() {
        String fewest = renderer.renderString(ReportFixtures.request(MANUFACTURER, "zh"));
        String plan = section(fewest, "plan-table");
        // 5.1.5.2 alone lifts 78.11 past 80 (its full credit adds 3.06 > 1.89): the one P1 row
        assertEquals(1, count(plan, "prio p1"));
        assertTrue(plan.contains("<th scope=\"row\" class=\"code\">5.1.5.2</th>"));
        assertTrue(plan.contains("待指定"), "owner and due columns wait to be filled");
        // one special deduction in the evidence (and one bonus): one corrective-action row
        assertEquals(1, count(section(fewest, "corrective"), "<tr><th scope=\"row\""));

        // effort: 5.1.5.2 costs 10; 5.1.7.3 (+1.53) and 5.1.4.1 (+1.22) at 1 each reach +1.89 for 2 (README's plan example)
        var req = ReportFixtures.request(MANUFACTURER, "zh").withPlan(new PlanInput(Map.of("5.1.5.2", Ratio.of(10)),
                Map.of("5.1.7.3", new Assignment("品牌部 王敏", LocalDate.of(2026, 12, 31)),
                        "deduction-1", new Assignment("服务部 赵刚", LocalDate.of(2026, 11, 30)))));
        String cheap = renderer.renderString(req);
        String p2 = section(cheap, "plan-table");
        assertEquals(2, count(p2, "prio p1"));
        assertTrue(p2.indexOf(">5.1.7.3<") < p2.indexOf(">5.1.4.1<"));
        assertTrue(p2.contains("品牌部 王敏") && p2.contains("2026-12-31"));
        assertTrue(cheap.contains("总工作量 2"), "total effort of the cheapest plan");
        String corrective = section(cheap, "corrective");
        assertTrue(corrective.contains("服务部 赵刚") && corrective.contains("2026-11-30"), "the first deduction's owner and date");
    }

    @Test
    void theTrendComparesWithThePreviousAssessmentByEvidence() {
        var may = ReportFixtures.request(MAY, "zh").result();
        String html = renderer.renderString(ReportFixtures.request(MANUFACTURER, "zh").withPrevious(may, "appliance-manufacturer-2026-05.json"));
        // evidence changes between the two files: value 4→8 (5.1.2.2), band 3→4 (5.1.4.1, 5.3.1.4), sample 14→17/20 (5.3.2.2)
        // up; sample 46→45/50 (5.2.3.2) down; 5.2.4.6 not applicable → assessed is a status change
        String improved = section(html, "trend-improved");
        for (String code : List.of("5.1.2.2", "5.1.4.1", "5.3.1.4", "5.3.2.2")) assertTrue(improved.contains(">" + code + "<"), code);
        assertEquals(4, count(improved, "<li>"));
        String regressed = section(html, "trend-regressed");
        assertEquals(1, count(regressed, "<li>"));
        assertTrue(regressed.contains(">5.2.3.2<") && regressed.contains("92% → 90%"));
        assertTrue(html.contains("2026-05-20") && html.contains("2026-11-06"));
        assertTrue(html.contains("id=\"trend-change\">+"), "the score rose");
    }

    @Test
    void theQualityIndexReportIsNoCertificationAndFollowsChapterSevenOf004() {
        String zh = renderer.renderString(ReportFixtures.request(RETAILER, "zh"));
        assertTrue(zh.contains("<h1>售后服务质量指数报告</h1>"));
        assertFalse(zh.contains("认证准备度"), "not called a certification readiness report");
        assertTrue(zh.contains("征求意见稿"), "draft status");
        assertTrue(zh.contains("广西电子商务企业联合会") && zh.contains("行业协会"), "issuer named as an association");
        int last = -1;
        for (String h : List.of("一、执行摘要", "二、数据概况", "三、主要发现", "四、深入分析", "五、结论建议")) {
            int at = zh.indexOf(h);
            assertTrue(at > last, h + " missing or out of order");
            last = at;
        }
        // 45 metric indicators in T/GXDSL 244; the example's counts come from its evidence file
        assertTrue(zh.contains("45 项量化指标（KPI）中达成 "));
        Matcher met = Pattern.compile("45 项量化指标（KPI）中达成 (\\d+) 项").matcher(zh);
        assertTrue(met.find());
        assertTrue(zh.contains("id=\"weights\""), "weights table");
        assertTrue(zh.contains("权重 21.25%"), "dimension A's weight shown as a weight");
        assertTrue(zh.contains(" pp"), "percentage-point gaps");
        assertFalse(Pattern.compile("差 [0-9.]+%").matcher(zh).find(), "no gap written as %");
        assertTrue(zh.contains("id=\"no-data-quality\""), "no records given: says so");
        String en = renderer.renderString(ReportFixtures.request(RETAILER, "en"));
        assertTrue(en.contains("met " + met.group(1) + " of 45 KPIs"));
        assertTrue(en.contains("Quality Index Report") && en.contains("consultation draft"));

        var dq = new DataQuality("tickets-2026H1.csv", "2026-01-01 – 2026-06-30", 10_000, 37,
                new LinkedHashMap<>(Map.of("completeness", 20L, "logic", 17L)), 12);
        String withDq = renderer.renderString(ReportFixtures.request(RETAILER, "zh").withDataQuality(dq));
        String table = section(withDq, "data-quality");
        assertTrue(table.contains("tickets-2026H1.csv") && table.contains("10000") && table.contains(">37<") && table.contains(">12<"));
        assertTrue(table.contains("2026-01-01 – 2026-06-30"));
        // the rules by name in Chinese (docs/records-format.md: 完整性, 逻辑), the id beside it as an English code; in English the id
        String rules = withDq.substring(withDq.indexOf("id=\"data-quality\""));
        assertTrue(rules.contains("完整性 <span class=\"mono\" lang=\"en\">completeness</span>"), rules);
        assertTrue(rules.contains("逻辑 <span class=\"mono\" lang=\"en\">logic</span>"), rules);
        String enDq = renderer.renderString(ReportFixtures.request(RETAILER, "en").withDataQuality(dq));
        assertTrue(enDq.substring(enDq.indexOf("id=\"data-quality\"")).contains("<td class=\"mono\" data-label=\"Rule\">completeness</td>"));
    }

    private static final Path CHECKLIST = ReportFixtures.EXAMPLES.resolve("gxdsl259/guangxi-ecommerce-retailer-conformance.json");

    /** The text a reader sees: no style sheet, no tags, entities decoded. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
        text = Pattern.compile("&#(\\d+);").matcher(text).replaceAll(m -> Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1)))));
        return text.replace("&amp;", "&");
    }

    @Test
    void aConformanceChecklistReportsItsConformanceRateByChapterWithoutWeightsInBothLanguages() {
        String zh = renderer.renderString(ReportFixtures.request(CHECKLIST, "zh"));
        assertTrue(zh.contains("<h1>售后服务标准符合性报告</h1>"), "titled as a conformance report");
        assertFalse(zh.contains("质量指数") || zh.contains("认证准备度"), "neither a quality index nor a certification readiness report");
        assertTrue(zh.contains("<div class=\"score-label\">符合率</div>"));
        // 47119/600 = 78.53… % cut to one decimal
        assertTrue(zh.contains("id=\"final-score\">78.5%</div>"), "the rate as a percentage");
        assertFalse(zh.contains("id=\"weights\"") || zh.contains("维度权重与得分") || zh.contains("对指数的贡献"),
                "a points checklist has no weights table");
        String chapters = section(zh, "chapters");
        // 七 191/12 of 21 → 75.79 %, 九 1499/120 of 17 → 73.48 %, 十 3.5 of 4 → 87.5 %
        assertTrue(chapters.contains("服务资源保障") && chapters.contains("75.7%"), chapters);
        assertTrue(chapters.contains("73.4%") && chapters.contains("87.5%"), chapters);
        assertTrue(zh.contains("征求意见稿") && zh.contains("正式发布版本的要求与目标值可能变化"), "the draft status, in the verdict box");
        // 34 metric items: 7.8 (band) and 9.8 (sample) carry verdicts; of the 32 measured, 13 miss their target
        assertTrue(zh.contains("34 项量化指标（KPI）中达成 19 项"), "KPI count");
        assertTrue(zh.contains("未达目标 13 项，无数据 0 项，另有 2 项按评价人判定计分"));
        // the lowest chapter: 九 at 73.48 %, under 八 at 23.99/32 = 74.97 %
        assertTrue(zh.contains("的符合率为 78.5%") && zh.contains("符合率最低的章是 9 服务质量控制（73.4%）"), "summary");
        assertTrue(visibleText(zh).contains("符合率 = 各条款得分之和 / 适用条款分值之和 × 100"), "method");
        assertTrue(zh.contains("本报告为符合性自评"), "disclaimer");
        assertFalse(zh.contains("各二级维度得分"), "no empty second-level chart for a checklist without second-level groups");
        assertTrue(zh.contains("<span class=\"tag derived\">推导</span>"), "derived allocation stated");
        // no English leftovers in the Chinese report beyond codes, ids, units and the product name
        // (as the browser check does: codes, file names and hashes in mono or attachment elements are not prose)
        String prose = zh.replaceAll("(?s)<(span|dd|td|li|div)[^>]*class=\"[^\"]*\\b(mono|att)\\b[^\"]*\"[^>]*>.*?</\\1>", " ");
        String zhText = visibleText(prose).replaceAll("[0-9]+\\.[0-9]+\\.[0-9]+-SNAPSHOT|AfterCert|SHA-256|sha256|KPI|T/GXDSL|gxdsl259|2025-draft|AC-GXDSL259-[0-9A-F-]+|pp|km|UTC|CRM|ERP|PLM|ISO", "");
        Matcher latin = Pattern.compile("[A-Za-z]{3,}").matcher(zhText);
        List<String> words = new java.util.ArrayList<>();
        while (latin.find()) words.add(latin.group());
        assertEquals(List.of(), words, "English in the Chinese report");

        String en = renderer.renderString(ReportFixtures.request(CHECKLIST, "en"));
        assertTrue(en.contains("<h1>After-sales Service Conformance Report</h1>"));
        assertTrue(en.contains("<div class=\"score-label\">Conformance</div>") && en.contains("id=\"final-score\">78.5%</div>"));
        assertFalse(en.contains("Quality Index") || en.contains("quality index") || en.contains("id=\"weights\""));
        assertTrue(en.contains("consultation draft") && en.contains("draft for comment"), "draft status in tag and title");
        assertTrue(en.contains("met 19 of 34 KPIs") && en.contains("13 missed, 0 without data, 2 scored by the assessor"), "KPI count");
        assertTrue(en.contains("conforms to 78.5% of the applicable requirements"), "summary");
        // no Chinese outside the passages marked as Chinese (verbatim requirements, the organisation's name)
        // (nor in the user's own attachment file names, shown as given, nor the page title, which cannot mark a language)
        String enText = visibleText(en.replaceAll("(?s)<span lang=\"zh-CN\">.*?</span>", " ").replaceAll("(?s)<title>.*?</title>", " ")
                .replaceAll("(?s)<span class=\"att\">.*?</span>", " "));
        assertFalse(enText.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                () -> "Chinese in the English report: " + enText.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                        .limit(40).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append));
    }

    @Test
    void signOffReportIdGenerationTimeAndMethodStatement() {
        var req = ReportFixtures.request(MANUFACTURER, "zh").withGeneratedAt(Instant.parse("2026-11-07T08:30:00Z"));
        String html = renderer.renderString(req);
        assertTrue(html.contains("<b>编制</b>") && html.contains("<b>审核</b>") && html.contains("<b>批准</b>"));
        // the organisation's time zone (Beijing time) with its offset: 08:30 UTC is 16:30 in Shanghai
        assertTrue(html.contains("2026-11-07 16:30 (UTC+08:00)"), "generation time in Asia/Shanghai");
        assertFalse(html.contains("UTC<"), "no bare UTC time");
        assertFalse(html.substring(html.indexOf("<footer")).contains("SNAPSHOT"), "no build version in the footer");
        assertTrue(html.contains("AC-GBT27922-20261106-" + req.evidenceSha256().substring(0, 8).toUpperCase()));
        assertTrue(html.contains("id=\"method\""));
        assertTrue(html.contains("评分档 1（得分率 0%–20%）"), "what the bands mean (CTS chapter 5: band 1 = 0–0.2)");
        // guidance cut in the source ends with … and the report says so once
        // (issue 12 dropped the 002 links that did not correspond, 4.1.2.1 among them; this one is still cut in the source)
        assertTrue(html.contains("争议处理流程及时处理…</span>"), "a 002 line cut in the source ends with …");
        assertEquals(1, count(html, "id=\"truncated-note\""));
    }

    @Test
    void theRunningHeaderCannotBreakOutOfTheStylesheet() {
        String html = renderer.renderString(ReportFixtures.request(HtmlReportSafetyTests.hostile(), "zh"));
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertFalse(style.contains("<") && style.substring(7).contains("<"), "no markup in the stylesheet");
        assertTrue(style.contains("@top-left { content: \"\\3c \\73 \\63 \\72 \\69 \\70 \\74 \\3e ") || style.contains("\\3c "),
                "user text in CSS as hex escapes");
    }

    @Test
    void anUnreachableNextGradeGivesItsReasonInTheReportsLanguage() {
        // six special deductions: no grade while more than five stand; the zh report showed the plan's English note
        var b = io.aftercert.core.evidence.Assessment.builder("gbt27922", new io.aftercert.core.evidence.Organization("华澜", null))
                .put("5.1.1.1", io.aftercert.core.evidence.Evidence.conforms(true));
        for (int i = 0; i < 6; i++) b.finding(io.aftercert.core.evidence.Finding.deduction("law", "违规 " + i));
        String zh = renderer.renderString(ReportFixtures.request(b.build(), "zh"));
        Matcher m = Pattern.compile("<p class=\"met-no\">(.*?)</p>").matcher(zh);
        assertTrue(m.find(), "no unreachable next grade");
        assertTrue(m.group(1).contains("特别扣分项") && !m.group(1).contains("lang=\"en\""), m.group(1));
        String en = renderer.renderString(ReportFixtures.request(b.build(), "en"));
        Matcher e = Pattern.compile("<p class=\"met-no\">(.*?)</p>").matcher(en);
        assertTrue(e.find(), "no unreachable next grade");
        assertTrue(e.group(1).contains("special deductions") && !e.group(1).contains("lang=\"zh-CN\""), e.group(1));
        // the plan section does not present the items in line as the way to that grade
        String zhPlan = section(zh, "plan");
        assertTrue(zhPlan.contains("仅靠条款改进达不到"), zhPlan);
        assertFalse(zhPlan.contains("所需的最少条款"), zhPlan);
        String enPlan = section(en, "plan");
        assertTrue(enPlan.contains("cannot be reached by improving items alone"), enPlan);
        assertFalse(enPlan.contains("The fewest items that reach"), enPlan);
    }

    private static String section(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertTrue(at >= 0, id + " missing");
        int end = html.indexOf("</table>", at);
        int endUl = html.indexOf("</ul>", at);
        if (html.substring(at - 4, at).contains("ul") || (endUl >= 0 && (end < 0 || endUl < end) && html.lastIndexOf("<ul", at) > html.lastIndexOf("<table", at))) end = endUl;
        return html.substring(at, end);
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    /** Every example's Chinese report reads as Chinese: no ASCII comma between Chinese characters, no doubled punctuation, no stray English word. */
    @Test
    void everyChineseReportKeepsTheChineseTextRules() throws Exception {
        List<String> problems = new java.util.ArrayList<>();
        for (java.nio.file.Path example : ReportFixtures.examples()) {
            String html = renderer.renderString(ReportFixtures.request(example, "zh"));
            String text = io.aftercert.pagetest.ZhText.visibleText(html);
            for (String p : io.aftercert.pagetest.ZhText.problems(text)) problems.add(example.getFileName() + ": " + p);
        }
        assertEquals(List.of(), problems);
    }
}
