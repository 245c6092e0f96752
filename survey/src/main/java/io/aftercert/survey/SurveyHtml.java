package io.aftercert.survey;

import com.github.mustachejava.Mustache;
import io.aftercert.core.Display;
import io.aftercert.core.Ratio;
import io.aftercert.page.Pages;
import io.aftercert.core.SdkVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The survey as one self-contained HTML page, in the readiness report's style and under its rules:
 * inline CSS and SVG only, no scripts, fonts, images or links, a Content-Security-Policy that
 * forbids them, every piece of file-supplied text HTML-escaped by the template. Chinese or
 * English, each complete. Thread-safe; the template is compiled once.
 */
public final class SurveyHtml {
    private static final Mustache TEMPLATE = Pages.compile(SurveyHtml.class, "survey.mustache");
    /** Findings shown in the page per rule (all are counted; the JSON lists more). */
    static final int SHOWN_PER_RULE = 10;
    /** 004 六、C2.1: 综合满意度指目标值不低于 85 分. */
    static final int TARGET = SurveyReport.TARGET;

    private SurveyHtml() {
    }

    /** The page in {@code lang} ({@code zh} or {@code en}) as UTF-8 bytes. */
    public static byte[] render(SurveyReport r, Questionnaire q, String lang) {
        Map<String, Object> m = model(r, q, lang);
        @SuppressWarnings("unchecked")
        Map<String, String> l = (Map<String, String>) m.get("l");
        Pages.Head head = Pages.Head.of(lang, l.get("title") + " — " + r.file(), l.get("title") + " · " + r.file());
        return Pages.render(TEMPLATE, Map.of("head", head), m).getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> model(SurveyReport r, Questionnaire q, String lang) {
        boolean en = "en".equals(lang);
        Map<String, Object> m = new HashMap<>();
        Map<String, String> l = labels(en);
        m.put("l", l);
        m.put("questionnaireTitle", en ? q.titleEn() : q.titleZh());
        m.put("questionnaire", q.id() + " " + q.version());
        m.put("sdkVersion", SdkVersion.VERSION);
        m.put("file", r.file());
        m.put("period", r.periodFrom() == null ? l.get("unknown") : r.periodFrom() + " – " + r.periodTo());
        m.put("rows", Pages.count(r.rows()));
        m.put("respondents", Pages.count(r.respondents()));
        m.put("valid", Pages.count(r.valid()));
        m.put("overall", r.overall().index() == null ? "—" : show(r.overall().index()));
        m.put("overallCi", ci(r.overall(), en));
        m.put("overallMissing", r.overall().index() == null);
        boolean weighted = r.weights().values().stream().distinct().count() > 1;
        m.put("overallNote", !weighted ? l.get("overallNote") : l.get("weightedNote") + java.util.Arrays.stream(Dimension.values())
                .map(d -> d.label(lang) + " " + Display.text(r.weights().get(d).toBigDecimal(4, RoundingMode.HALF_EVEN).stripTrailingZeros()))
                .collect(java.util.stream.Collectors.joining(en ? ", " : "、")));
        m.put("scaleNote", scaleNote(r, en));
        m.put("otherScaleNote", r.otherScaleChangesVerdict() ? otherScaleNote(r, en) : null);
        m.put("overallQuestion", r.overallQuestion() == null || r.overallQuestion().index() == null ? null
                : show(r.overallQuestion().index()) + (en ? " (" + Pages.count(r.overallQuestion().answers()) + " answers)" : "（" + Pages.count(r.overallQuestion().answers()) + " 个回答）"));
        m.put("overallIndexNote", byDocument(q.raw().path("overallIndex").path("note").path(en ? "en" : "zh").asText(), l));
        Boolean meets = SurveyReport.meetsTarget(r.overall().index());
        m.put("overallMeets", Boolean.TRUE.equals(meets));
        m.put("overallBelow", Boolean.FALSE.equals(meets));
        m.put("verdictClass", Boolean.TRUE.equals(meets) ? "met-yes" : Boolean.FALSE.equals(meets) ? "met-no" : "na");
        m.put("gap", Boolean.FALSE.equals(meets) ? (en ? Display.scoreText(r.overall().index()) + " is " + gapText(r.overall().index()) + " points below 85"
                : "当前 " + Display.scoreText(r.overall().index()) + " 分，距 85 分尚差 " + gapText(r.overall().index()) + " 分") : null);

        List<Map<String, Object>> bars = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            SurveyReport.Figure f = r.dimensions().get(d);
            Map<String, Object> b = new HashMap<>();
            b.put("label", d.label(lang));
            b.put("answers", f.answers());
            b.put("ci", ci(f, en));
            if (f.index() != null) {
                boolean hi = Boolean.TRUE.equals(SurveyReport.meetsTarget(f.index()));
                b.put("has", true);
                b.put("pct", fmt(f.index().toDouble()));
                b.put("value", show(f.index()));
                b.put("cls", hi ? "bar-hi" : "bar-low");
                if (f.ciLow() != null) {
                    b.put("hasCi", true);
                    b.put("ciLo", fmt(f.ciLow().doubleValue()));
                    b.put("ciW", fmt(f.ciHigh().doubleValue() - f.ciLow().doubleValue()));
                }
                alt.add(d.label(lang) + " " + show(f.index()) + (en ? (hi ? " (meets 85)" : " (below 85)") : (hi ? "（达到 85）" : "（低于 85）")));
            } else {
                b.put("value", "—");
                alt.add(d.label(lang) + (en ? " no answers" : " 无回答"));
            }
            bars.add(b);
        }
        m.put("bars", bars);
        m.put("chartAlt", l.get("chartTitle") + l.get("colon") + String.join(en ? "; " : "；", alt));
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 20) ticks.add(Map.of("t", t));
        m.put("target", TARGET);
        m.put("ticks", ticks);

        List<Map<String, Object>> dims = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            SurveyReport.Figure f = r.dimensions().get(d);
            long qs = q.questions().stream().filter(x -> x.dimension() == d).count();
            Boolean met = SurveyReport.meetsTarget(f.index());
            dims.add(Map.of("label", d.label(lang), "value", f.index() == null ? "—" : show(f.index()), "ci", ci(f, en), "answers", Pages.count(f.answers()),
                    "questions", qs, "met", met == null ? "—" : met ? l.get("yes") : l.get("no"),
                    "metClass", met == null ? "na" : met ? "met-yes" : "met-no"));
        }
        m.put("dims", dims);

        List<Map<String, Object>> weak = new ArrayList<>();
        for (SurveyReport.QuestionFigure f : r.weakest(5)) {
            SurveyReport.Figure fig = f.figure();
            weak.add(Map.of("id", f.question().id(), "dimension", f.question().dimensionLabel(lang), "text", f.question().text(lang),
                    "clause", f.question().clause(), "value", show(f.index()), "ci", ci(fig, en), "answers", Pages.count(f.moments().n())));
        }
        m.put("weakest", weak);
        period(m, r, en);
        m.put("noWeakest", weak.isEmpty());

        SurveyReport.Sample s = r.sample();
        m.put("sampleGiven", s.customers() != null);
        m.put("customers", s.customers() == null ? null : Pages.count(s.customers()));
        m.put("required", s.required() == null ? null : Pages.count(s.required()));
        m.put("sampleOk", Boolean.TRUE.equals(s.adequate()));
        m.put("sampleShort", Boolean.FALSE.equals(s.adequate()));
        m.put("sampleOpen", s.customers() != null && s.adequate() == null);
        m.put("sampleOpenText", en ? "The rule is for a year's responses (give --period YEAR with the year's files): " + count(s.shortfall()) + " more needed to reach " + count(s.required())
                : "样本量要求按年度判定（用 --period 年份给出该年度的全部回答）：距 " + count(s.required()) + " 份尚差 " + count(s.shortfall()) + " 份");
        m.put("sampleClass", Boolean.TRUE.equals(s.adequate()) ? "met-yes" : Boolean.FALSE.equals(s.adequate()) ? "met-no" : "na");
        m.put("sampleVerdict", Boolean.TRUE.equals(s.adequate()) ? l.get("sampleOk") : Boolean.FALSE.equals(s.adequate())
                ? (en ? "Short by " + count(s.shortfall()) + " responses" : "样本量不足，尚差 " + count(s.shortfall()) + " 份")
                : s.customers() == null ? l.get("sampleNoCustomers")
                : en ? "Judged over a year: " + count(s.shortfall()) + " more needed to reach " + count(s.required()) : "按年度判定：距 " + count(s.required()) + " 份尚差 " + count(s.shortfall()) + " 份");
        m.put("sampleOf", s.required() == null
                ? (en ? "at least " + Pages.count(s.minCount()) + " required" : "至少需 " + Pages.count(s.minCount()) + " 份")
                : (en ? Pages.count(s.required()) + " required" : "要求 " + Pages.count(s.required()) + " 份"));
        m.put("basisName", s.basis().label(lang));
        m.put("shortfall", count(s.shortfall()));
        m.put("minCount", s.minCount());
        m.put("sampleRule", en ? "At least " + percent(s.minShare()) + " % of " + s.basis().label(lang) + " and at least " + s.minCount() + " valid responses a year ("
                + s.basis().source(lang) + "; T/GXDSL 244 counts customers in total, T/GXDSL 259 active customers: this report uses " + s.basis().label(lang) + ")."
                : "年度有效样本量不少于" + s.basis().label(lang) + "的 " + percent(s.minShare()) + "% 且不少于 " + s.minCount() + " 份（" + s.basis().source(lang)
                + "；T/GXDSL 244 以顾客总数计，T/GXDSL 259 以活跃顾客数计，本报告采用" + s.basis().label(lang) + "）。");

        // data quality: one line per rule, the rows of each rule folded under it
        java.util.EnumMap<Rule, List<Map<String, Object>>> byRule = new java.util.EnumMap<>(Rule.class);
        for (Finding f : r.findings()) {
            List<Map<String, Object>> rows = byRule.computeIfAbsent(f.rule(), k -> new ArrayList<>());
            if (rows.size() >= SHOWN_PER_RULE) continue;
            Map<String, Object> x = new HashMap<>();
            x.put("row", f.file() == null ? Pages.count(f.row()) : f.file() + " " + Pages.count(f.row()));
            x.put("respondent", f.respondent() == null ? "—" : f.respondent());
            x.put("question", f.question() == null ? "—" : f.question());
            x.put("text", f.describe(lang, (int) r.minDurationSeconds(), r.maxDurationSeconds()));
            rows.add(x);
        }
        List<Map<String, Object>> rules = new ArrayList<>();
        long total = 0;
        for (Rule rule : Rule.values()) {
            long c = r.findingsByRule().get(rule);
            total += c;
            if (c == 0) continue;
            List<Map<String, Object>> rows = byRule.getOrDefault(rule, List.of());
            Map<String, Object> g = new HashMap<>();
            g.put("label", rule.label(lang));
            g.put("id", rule.id());
            g.put("count", Pages.count(c));
            g.put("effect", rule.excludes() ? l.get("effectExcluded") : rule == Rule.FORMAT ? l.get("effectIgnored") : l.get("effectFlagged"));
            g.put("cls", rule.excludes() ? "q-excluded" : "q-flagged");
            g.put("rows", rows);
            g.put("more", c > rows.size() ? (en ? "The first " + rows.size() + " of " + Pages.count(c) + " rows; the JSON output lists up to " + r.listLimit() + "."
                    : "列出前 " + rows.size() + " 行，共 " + Pages.count(c) + " 行；JSON 输出最多列出 " + r.listLimit() + " 行。") : null);
            rules.add(g);
        }
        m.put("rules", rules);
        m.put("noFindings", rules.isEmpty());
        m.put("qualitySummary", rules.isEmpty() ? l.get("noFindings") : en
                ? Pages.count(total) + " findings under " + rules.size() + " rules; the rows of each rule are folded below it."
                : "共 " + Pages.count(total) + " 条发现，涉及 " + rules.size() + " 条规则；各规则下的行已折叠，点开可见。");
        m.put("mappingNote", byDocument(q.raw().path("mapping").path("note").path(en ? "en" : "zh").asText(), l));
        m.put("minSeconds", r.minDurationSeconds());
        return m;
    }

    /** The questionnaire's notes name the specification by its internal number (002): readers get its title. */
    private static String byDocument(String note, Map<String, String> l) {
        return note.replaceAll("\\b002 ?", l.get("doc002") + l.get("docSpace"));
    }

    private static String count(Long n) {
        return n == null ? "—" : Pages.count(n);
    }

    /** 85 − the shown index, from the shown value: the gap never contradicts the index beside it. */
    private static String gapText(Ratio index) {
        return Display.text(BigDecimal.valueOf(TARGET).subtract(Display.score(index)));
    }

    private static String scaleNote(SurveyReport r, boolean en) {
        return en ? "Answers become 0–100 scores by " + r.scale().formula() + ": this project's reading (derived); T/GXDSL 244 gives a five-point scale and a score out of 100 but no formula (--scale chooses the other: " + r.scale().other().formula() + ")."
                : "回答按 " + r.scale().formula() + " 换算为百分制，为本项目的解读：T/GXDSL 244 只规定 5 级李克特量表和百分制，未规定换算公式（可用 --scale 选择另一种：" + r.scale().other().formula() + "）。";
    }

    private static String otherScaleNote(SurveyReport r, boolean en) {
        String other = show(r.otherOverall());
        boolean meets = SurveyReport.meetsTarget(r.otherOverall());
        return en ? "With the other reading, " + r.scale().other().formula() + ", the overall index would be " + other + " and " + (meets ? "would meet" : "would miss") + " the target of 85."
                : "若按另一种换算 " + r.scale().other().formula() + "，综合感知指数为 " + other + "，" + (meets ? "将达到" : "将达不到") + " 85 分的目标。";
    }

    /** The period the verdict covers and 004's quarterly frequency over it. */
    private static void period(Map<String, Object> m, SurveyReport r, boolean en) {
        String span = r.periodFrom() == null ? (en ? "no readable submitted_at" : "无可识别的 submitted_at") : r.periodFrom() + " – " + r.periodTo();
        m.put("periodNote", r.period() == null
                ? (en ? "Period covered: the responses given (" + span + "), not judged as a year." : "本结论涵盖所给回答（" + span + "），未按年度判定。")
                : (en ? "Period covered: the year " + r.period() + " (" + span + "); responses submitted outside it are excluded."
                        : "本结论涵盖 " + r.period() + " 年度（" + span + "）；不在该年度提交的回答不计入。"));
        SurveyReport.Frequency f = r.frequency();
        String seen = f.quarters().isEmpty() ? (en ? "none" : "无") : String.join(en ? ", " : "、", f.quarters());
        String text;
        if (f.met() == null) text = en ? "Quarters with responses: " + seen + " (T/GXDSL 244 ch. 7 recommends a survey at least once a quarter; give --period YEAR to check it)."
                : "有回答的季度：" + seen + "（T/GXDSL 244 第七章建议每季度至少一次；用 --period 年份核对）。";
        else if (f.met()) text = en ? "A survey in every quarter of " + r.period() + " (" + seen + "), as T/GXDSL 244 ch. 7 recommends." : r.period() + " 年度每季度均有调查（" + seen + "），符合 T/GXDSL 244 第七章“建议每季度至少一次”。";
        else text = en ? "No responses in " + String.join(", ", f.missing(r.period())) + ": T/GXDSL 244 ch. 7 recommends a survey at least once a quarter."
                : String.join("、", f.missing(r.period())) + " 没有回答：T/GXDSL 244 第七章建议每季度至少一次。";
        m.put("frequencyNote", text);
        m.put("frequencyClass", Boolean.FALSE.equals(f.met()) ? "warn" : "");
    }

    private static Map<String, String> labels(boolean en) {
        Map<String, String> l = new LinkedHashMap<>();
        put(l, en, "kicker", "AfterCert · 顾客感知调查", "AfterCert · customer perception survey");
        put(l, en, "title", "顾客感知调查结果报告", "Customer perception survey results");
        put(l, en, "instrument", "调查问卷", "Questionnaire");
        put(l, en, "targetTile", "目标", "Target");
        put(l, en, "targetText", "综合满意度不低于 85 分", "overall satisfaction of at least 85");
        put(l, en, "targetSource", "T/GXDSL 244—2025 第六章", "T/GXDSL 244—2025 ch. 6");
        put(l, en, "sampleTile", "有效样本", "Valid responses");
        put(l, en, "sampleNoCustomers", "未给出顾客总数，无法核对 5% 的要求", "number of customers not given: the 5 % rule is not checked");
        put(l, en, "yes", "达到", "met");
        put(l, en, "no", "未达到", "not met");
        put(l, en, "metCol", "85 分目标", "Target 85");
        put(l, en, "legendHi", "达到 85 分目标", "meets the target of 85");
        put(l, en, "legendLow", "低于 85 分目标", "below the target of 85");
        put(l, en, "legendCi", "95% 置信区间", "95 % interval");
        put(l, en, "legendTarget", "目标 85 分", "target 85");
        put(l, en, "doc002", "《商品售后服务认证评价规范》", "the Commodity After-sales Service Certification Evaluation Specification");
        put(l, en, "docSpace", "", " ");
        put(l, en, "clauseNote", "依据条款指《商品售后服务认证评价规范》第 4.1 节的条款。", "Clauses are those of section 4.1 of the Commodity After-sales Service Certification Evaluation Specification.");
        put(l, en, "rows", "发现的行", "Rows found");
        put(l, en, "provenance", "问卷版本与生成工具", "Questionnaire version and tool");
        put(l, en, "file", "回答文件", "Responses");
        put(l, en, "questionnaire", "问卷", "Questionnaire");
        put(l, en, "period", "调查期间", "Period");
        put(l, en, "dataRows", "数据行", "Rows");
        put(l, en, "respondents", "受访者", "Respondents");
        put(l, en, "valid", "有效受访者", "Valid respondents");
        put(l, en, "overall", "综合感知指数", "Overall perception index");
        put(l, en, "overallTile", "综合感知指数（0–100 分）", "Overall perception index (0–100)");
        put(l, en, "overallNote", "六个维度指数的平均值，0–100 分", "mean of the six dimension indices, 0–100");
        put(l, en, "weightedNote", "六个维度指数的加权平均值，0–100 分；权重：", "weighted mean of the six dimension indices, 0–100; weights: ");
        put(l, en, "overallMissing", "无法计算：有维度没有有效回答。", "Not computed: a dimension has no valid answer.");
        put(l, en, "meets", "达到 T/GXDSL 244 不低于 85 分的目标", "meets the T/GXDSL 244 target of 85 points");
        put(l, en, "below", "低于 T/GXDSL 244 不低于 85 分的目标", "below the T/GXDSL 244 target of 85 points");
        put(l, en, "dimensions", "六个维度", "The six dimensions");
        put(l, en, "chartTitle", "各维度指数及 95% 置信区间", "Dimension index with 95 % confidence interval");
        put(l, en, "target", "目标 85", "target 85");
        put(l, en, "dimension", "维度", "Dimension");
        put(l, en, "index", "指数", "Index");
        put(l, en, "ci", "95% 置信区间", "95 % interval");
        put(l, en, "answers", "有效回答", "Answers");
        put(l, en, "questions", "题数", "Questions");
        put(l, en, "weakest", "得分最低的题目", "Weakest questions");
        put(l, en, "question", "题目", "Question");
        put(l, en, "clause", "依据条款", "Clause");
        put(l, en, "none", "没有回答。", "No answers.");
        put(l, en, "sample", "样本量", "Sample adequacy");
        put(l, en, "customers", "顾客总数", "Customers");
        put(l, en, "required", "要求样本量", "Required");
        put(l, en, "sampleOk", "样本量达到要求", "Adequate");
        put(l, en, "sampleShort", "样本量不足，尚差", "Not adequate: short by");
        put(l, en, "responses", "份", "responses");
        put(l, en, "sampleUnknown",
                "请给出顾客总数（--customers N）以核对 5% 的要求；无论如何有效样本不得少于 500 份。",
                "Give the number of customers (--customers N) to check the 5 % rule. At least 500 valid responses are required in any case.");
        put(l, en, "quality", "数据质量", "Data quality");
        put(l, en, "rule", "规则", "Rule");
        put(l, en, "count", "发现", "Found");
        put(l, en, "effect", "处理", "Effect");
        put(l, en, "effectExcluded", "不计入", "excluded");
        put(l, en, "effectFlagged", "标记，仍计入", "flagged, kept");
        put(l, en, "effectIgnored", "该值忽略", "value ignored");
        put(l, en, "row", "行", "Row");
        put(l, en, "respondent", "受访者", "Respondent");
        put(l, en, "detail", "说明", "Detail");
        put(l, en, "noFindings", "未发现问题。", "No findings.");
        put(l, en, "method", "计算方法", "Method");
        put(l, en, "unknown", "未提供", "not given");
        put(l, en, "derived", "本项目自定", "derived");
        put(l, en, "id", "编号", "ID");
        put(l, en, "overallQuestion", "总体满意度题（OV1，不计入维度）", "Overall-satisfaction question (OV1, in no dimension)");
        put(l, en, "colon", "：", ": ");
        put(l, en, "methodText",
                "每个回答的得分按所选换算计（默认（回答 − 1）÷ 4 × 100，另一种为回答 × 20，均为解读）；维度指数为该维度各题全部有效回答得分的平均值；综合指数为六个维度指数的平均值（等权）。空白为缺失回答，不按零分计。指数按精确值计算，显示时截断到一位小数。95% 置信区间：均值 ± 1.96 × s ÷ √n（正态近似，各回答视为独立）。异常值：同一题内 |z| > 3（样本标准差），依 T/GXDSL 244 第七章复核；完成用时超过 15 分钟的回答依同章标记。",
                "Answer score by the conversion chosen (by default (answer − 1) ÷ 4 × 100, the other answer × 20; both are readings); a dimension's index is the mean score of all valid answers to its questions; the overall index is the mean of the six dimension indices (equal weights). A blank is a missing answer, never a zero. Indices are computed exactly and shown truncated to one decimal. 95 % intervals: mean ± 1.96 × s ÷ √n (normal approximation, answers treated as independent). Outliers: |z| > 3 within a question, with the sample standard deviation (T/GXDSL 244 ch. 7); responses taking over 15 minutes are flagged under the same chapter.");
        return l;
    }

    /** Puts the label {@code key} in the page's language: {@code zh} or {@code enText}. */
    private static void put(Map<String, String> l, boolean en, String key, String zh, String enText) {
        l.put(key, en ? enText : zh);
    }

    /** One decimal, truncated: a shown index never overstates the exact one. */
    static String show(Ratio r) {
        return Display.scoreText(r);
    }

    private static String ci(SurveyReport.Figure f, @SuppressWarnings("unused") boolean en) {
        if (f.ciLow() == null) return "—";
        return f.ciLow().setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " – " + f.ciHigh().setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String percent(Ratio share) {
        return share.times(Ratio.HUNDRED).toBigDecimal(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }
}
