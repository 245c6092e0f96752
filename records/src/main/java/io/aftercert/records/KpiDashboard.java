package io.aftercert.records;

import io.aftercert.core.HtmlEscape;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPI dashboard: one self-contained HTML page (inline CSS and SVG, no scripts, a
 * Content-Security-Policy that forbids every fetch) with every KPI against its target, monthly
 * trend lines, a region × KPI heat map, channel comparison bars and a data-quality summary, in
 * Chinese or English. Every text from the records is HTML-escaped.
 *
 * <p>Trends, heat map and bars are marginal sums of a breakdown by month, region and channel
 * ({@link #OPTIONS_BY}): numerators and denominators add up, so every figure is exact.
 */
public final class KpiDashboard {
    /** The breakdown keys the dashboard needs, in this order. */
    public static final List<KpiOptions.GroupBy> OPTIONS_BY = List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.REGION,
            KpiOptions.GroupBy.CHANNEL);

    private static final Map<String, String[]> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("hotline_answer", new String[] {"热线接通率（15 秒）", "Hotline answer (15 s)"});
        NAMES.put("phone_response", new String[] {"电话响应及时率（30 秒）", "Phone response (30 s)"});
        NAMES.put("online_response", new String[] {"在线响应及时率（30 分钟）", "Online response (30 min)"});
        NAMES.put("online_response_5min", new String[] {"在线 5 分钟响应率", "Online response (5 min)"});
        NAMES.put("emergency_response", new String[] {"紧急响应及时率（15 分钟）", "Emergency response (15 min)"});
        NAMES.put("on_time_arrival", new String[] {"准时到达率", "On-time arrival"});
        NAMES.put("resolution_simple", new String[] {"简单问题 4 小时解决率", "Simple problems solved in 4 h"});
        NAMES.put("resolution_complex", new String[] {"复杂问题 3 个工作日解决率", "Complex problems solved in 3 working days"});
        NAMES.put("first_contact_resolution", new String[] {"首次解决率", "First-contact resolution"});
        NAMES.put("repeat_repair", new String[] {"重复维修率", "Repeat repair rate"});
        NAMES.put("complaint_response", new String[] {"投诉 24 小时响应率", "Complaint response (24 h)"});
        NAMES.put("callback_ratio", new String[] {"回访率", "Callback ratio"});
        NAMES.put("satisfaction_index", new String[] {"满意度指数", "Satisfaction index"});
    }

    private final String lang;
    private final boolean zh;

    /** @param lang {@code zh} or {@code en} */
    public KpiDashboard(String lang) {
        if (!"zh".equals(lang) && !"en".equals(lang)) throw new IllegalArgumentException("lang must be zh or en, not " + lang);
        this.lang = lang;
        this.zh = "zh".equals(lang);
    }

    private String t(String zhText, String enText) {
        return zh ? zhText : enText;
    }

    /** The name of KPI {@code id} in this language. */
    public String kpiName(String id) {
        String[] n = NAMES.get(id);
        return n == null ? id : n[zh ? 0 : 1];
    }

    static String esc(String s) {
        return HtmlEscape.escape(s);
    }

    /**
     * A value for display: 2 decimals cut towards the miss (down for "at least", up for "at most"),
     * so a displayed value never looks like meeting a target that the exact figure misses.
     */
    public static String show(BigDecimal v, String direction) {
        if (v == null) return "—";
        return v.setScale(2, "at-most".equals(direction) ? RoundingMode.CEILING : RoundingMode.FLOOR).toPlainString();
    }

    private static final class Agg {
        final long[] num = new long[KpiNames.COUNT];
        final long[] den = new long[KpiNames.COUNT];
        long rows;
        long excluded;

        void add(KpiReport.Group g) {
            rows += g.rows();
            excluded += g.rowsExcluded();
            int i = 0;
            for (KpiReport.KpiValue v : g.kpis().values()) {
                num[i] += v.numerator();
                den[i] += v.denominator();
                i++;
            }
        }

        /** Percent (index points for satisfaction) as a double, for drawing only; NaN without data. */
        double value(int k) {
            if (den[k] == 0) return Double.NaN;
            double r = (double) num[k] / den[k];
            return k == KpiNames.COUNT - 1 ? (r - 1) / 4 * 100 : r * 100;
        }
    }

    /** KPI ids in report order. */
    private static final class KpiNames {
        static final int COUNT = Kpi.values().length;
    }

    private static Map<String, Agg> marginal(KpiReport r, String key) {
        Map<String, Agg> out = new TreeMap<>();
        if (r.breakdown() == null || !r.breakdown().by().contains(key)) return out;
        for (KpiReport.Group g : r.breakdown().groups()) out.computeIfAbsent(g.key().get(key), k -> new Agg()).add(g);
        return out;
    }

    /** The page for {@code report}; trends, heat map and bars need a breakdown with month, region and channel. */
    public String render(KpiReport report) {
        StringBuilder h = new StringBuilder(64 * 1024);
        List<String> ids = new ArrayList<>(report.kpis().keySet());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(zh ? "zh-CN" : "en").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(t("服务 KPI 看板", "Service KPI dashboard")).append(" — ").append(esc(report.file())).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<div class=\"page\">\n");
        h.append("<header class=\"top\"><div class=\"kicker\">AfterCert · T/GXDSL 244—2025 ").append(t("第六、七章", "chapters 6 and 7"))
                .append("</div><h1>").append(t("服务 KPI 看板", "Service KPI dashboard")).append("</h1>\n<dl class=\"meta\"><dt>")
                .append(t("数据文件", "Records")).append("</dt><dd id=\"file\">").append(esc(report.file())).append("</dd><dt>")
                .append(t("记录行数", "Rows")).append("</dt><dd id=\"rows\">").append(report.rows()).append("</dd><dt>")
                .append(t("剔除行数", "Rows excluded")).append("</dt><dd id=\"rows-excluded\">").append(report.rowsExcluded()).append("</dd><dt>")
                .append(t("统计期间", "Period")).append("</dt><dd>");
        if (report.period() == null) h.append(t("全部记录", "all records"));
        else h.append(esc(report.period().from() == null ? "…" : report.period().from())).append(" — ")
                .append(esc(report.period().to() == null ? "…" : report.period().to()));
        h.append("</dd></dl></header>\n");

        // every KPI against its target
        h.append("<h2>").append(t("KPI 与目标", "KPIs against their targets")).append("</h2>\n<table id=\"kpis\"><thead><tr><th>KPI</th><th class=\"num\">")
                .append(t("数值", "Value")).append("</th><th class=\"num\">").append(t("目标", "Target")).append("</th><th class=\"num\">")
                .append(t("分子 / 分母", "Numerator / denominator")).append("</th><th>").append(t("结论", "Verdict")).append("</th><th></th></tr></thead><tbody>\n");
        for (String id : ids) {
            KpiReport.KpiValue v = report.kpis().get(id);
            h.append("<tr id=\"kpi-").append(id).append("\"><td>").append(esc(kpiName(id))).append("</td><td class=\"num value\">")
                    .append(show(v.value(), v.direction())).append(v.value() == null || id.equals("satisfaction_index") ? "" : " %")
                    .append("</td><td class=\"num\">").append(v.target() == null ? t("仅报告", "reported") : ("at-least".equals(v.direction()) ? "≥ " : "≤ ")
                            + v.target().toPlainString()).append("</td><td class=\"num\">").append(v.numerator()).append(" / ").append(v.denominator())
                    .append("</td><td>").append(v.met() == null ? "<span class=\"na\">—</span>" : v.met()
                            ? "<span class=\"met-yes\">" + t("达标", "met") + "</span>" : "<span class=\"met-no\">" + t("未达标", "not met") + "</span>")
                    .append("</td><td>").append(bar(v)).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<p class=\"small\">").append(t("数值截取两位小数（朝未达标方向），达标判断用精确分数。",
                "Values are cut to two decimals towards the miss; verdicts use the exact fractions.")).append("</p>\n");

        // monthly trends
        Map<String, Agg> months = marginal(report, "month");
        months.remove("");
        h.append("<h2>").append(t("月度趋势", "Monthly trends")).append("</h2>\n");
        if (months.isEmpty()) h.append("<p class=\"empty\">").append(t("没有按月分组的数据。", "No monthly breakdown.")).append("</p>\n");
        else {
            h.append("<div class=\"trends\" id=\"trends\">\n");
            int k = 0;
            for (String id : ids) {
                KpiReport.KpiValue total = report.kpis().get(id);
                if (total.denominator() > 0) h.append(trend(id, k, total, months));
                k++;
            }
            h.append("</div>\n");
        }

        // region × KPI heat map
        Map<String, Agg> regions = marginal(report, "region");
        h.append("<h2>").append(t("地区 × KPI 热力图", "Region × KPI heat map")).append("</h2>\n");
        if (regions.isEmpty()) h.append("<p class=\"empty\">").append(t("没有按地区分组的数据。", "No breakdown by region.")).append("</p>\n");
        else {
            h.append("<div class=\"scroll\"><table class=\"heat\" id=\"heatmap\"><thead><tr><th>").append(t("地区", "Region")).append("</th>");
            for (String id : ids) if (report.kpis().get(id).target() != null) h.append("<th class=\"num\">").append(esc(kpiName(id))).append("</th>");
            h.append("</tr></thead><tbody>\n");
            for (Map.Entry<String, Agg> e : regions.entrySet()) {
                h.append("<tr><td>").append(e.getKey().isEmpty() ? t("（未填）", "(none)") : esc(e.getKey())).append("</td>");
                int k = 0;
                for (String id : ids) {
                    KpiReport.KpiValue total = report.kpis().get(id);
                    if (total.target() != null) {
                        double v = e.getValue().value(k);
                        h.append("<td class=\"num ").append(heat(v, total)).append("\">").append(Double.isNaN(v) ? "—" : fmt(v, total.direction())).append("</td>");
                    }
                    k++;
                }
                h.append("</tr>\n");
            }
            h.append("</tbody></table></div>\n<p class=\"small\"><span class=\"h-ok legend\">&#160;</span> ").append(t("达标", "met"))
                    .append(" <span class=\"h-near legend\">&#160;</span> ").append(t("差距 5 个百分点以内", "within 5 points"))
                    .append(" <span class=\"h-bad legend\">&#160;</span> ").append(t("差距更大", "further off")).append("</p>\n");
        }

        // channel comparison
        Map<String, Agg> channels = marginal(report, "channel");
        h.append("<h2>").append(t("渠道对比", "Channels compared")).append("</h2>\n");
        if (channels.isEmpty()) h.append("<p class=\"empty\">").append(t("没有按渠道分组的数据。", "No breakdown by channel.")).append("</p>\n");
        else h.append(channelBars(ids, channels));

        // data quality
        h.append("<h2>").append(t("数据质量", "Data quality")).append("</h2>\n<table id=\"quality\"><thead><tr><th>")
                .append(t("规则", "Rule")).append("</th><th class=\"num\">").append(t("问题数", "Findings")).append("</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Long> e : report.findingsByRule().entrySet()) {
            h.append("<tr><td>").append(ruleName(e.getKey())).append("</td><td class=\"num\" id=\"rule-").append(e.getKey()).append("\">")
                    .append(e.getValue()).append("</td></tr>\n");
        }
        for (Map.Entry<String, KpiReport.Outliers> e : report.outliers().entrySet()) {
            h.append("<tr><td>").append(e.getKey().equals("response") ? t("异常值：响应时长（保留，待核查）", "Outliers: response time (kept, to review)")
                    : t("异常值：解决时长（保留，待核查）", "Outliers: resolution time (kept, to review)")).append("</td><td class=\"num\">")
                    .append(e.getValue().count()).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n<h3>").append(t("问题最多的行", "Rows with the most findings")).append("</h3>\n");
        h.append(worstRows(report));
        h.append("<footer class=\"small\">").append(t("由 AfterCert 生成；本页不含脚本，不访问网络。", "Generated by AfterCert; this page holds no scripts and loads nothing."))
                .append("</footer>\n</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private String ruleName(String rule) {
        return switch (rule) {
            case "completeness" -> t("完整性（必填字段为空）", "Completeness (required field empty)");
            case "range" -> t("取值范围", "Range");
            case "logic" -> t("逻辑（时间先后、重复工单、引用）", "Logic (time order, duplicates, references)");
            default -> esc(rule);
        };
    }

    private static String fmt(double v, String direction) {
        BigDecimal d = BigDecimal.valueOf(v);
        return d.setScale(1, "at-most".equals(direction) ? RoundingMode.CEILING : RoundingMode.FLOOR).toPlainString();
    }

    private static String heat(double v, KpiReport.KpiValue total) {
        if (Double.isNaN(v)) return "h-na";
        double target = total.target().doubleValue();
        boolean atLeast = "at-least".equals(total.direction());
        double gap = atLeast ? target - v : v - target;
        return gap <= 0 ? "h-ok" : gap <= 5 ? "h-near" : "h-bad";
    }

    private String bar(KpiReport.KpiValue v) {
        if (v.value() == null) return "";
        double value = Math.max(0, Math.min(100, v.value().doubleValue()));
        StringBuilder s = new StringBuilder("<svg class=\"mini\" width=\"160\" height=\"14\" viewBox=\"0 0 160 14\" role=\"img\">");
        s.append("<rect class=\"track\" x=\"0\" y=\"2\" width=\"160\" height=\"10\"/>");
        s.append("<rect class=\"").append(v.met() == null ? "bar-na" : v.met() ? "bar-hi" : "bar-low").append("\" x=\"0\" y=\"2\" width=\"")
                .append(String.format(java.util.Locale.ROOT, "%.1f", value * 1.6)).append("\" height=\"10\"/>");
        if (v.target() != null) {
            double tx = Math.max(0, Math.min(100, v.target().doubleValue())) * 1.6;
            s.append("<rect class=\"marker\" x=\"").append(String.format(java.util.Locale.ROOT, "%.1f", Math.max(0, tx - 1))).append("\" y=\"0\" width=\"2\" height=\"14\"/>");
        }
        return s.append("</svg>").toString();
    }

    private String trend(String id, int k, KpiReport.KpiValue total, Map<String, Agg> months) {
        int w = 300, hgt = 150, left = 34, right = 8, top = 10, bottom = 26;
        List<String> labels = new ArrayList<>(months.keySet());
        int n = labels.size();
        double lo = 0, hi = 100;
        StringBuilder s = new StringBuilder("<figure class=\"trend\" id=\"trend-").append(id).append("\"><figcaption>").append(esc(kpiName(id)))
                .append("</figcaption><svg width=\"").append(w).append("\" height=\"").append(hgt).append("\" viewBox=\"0 0 ").append(w).append(' ').append(hgt)
                .append("\" role=\"img\">");
        for (int g = 0; g <= 4; g++) {
            double y = top + (hgt - top - bottom) * (1 - g / 4.0);
            s.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(f1(y)).append("\" y2=\"")
                    .append(f1(y)).append("\"/><text class=\"tick\" x=\"2\" y=\"").append(f1(y + 4)).append("\">").append(g * 25).append("</text>");
        }
        if (total.target() != null) {
            double y = top + (hgt - top - bottom) * (1 - (total.target().doubleValue() - lo) / (hi - lo));
            s.append("<line class=\"target\" x1=\"").append(left).append("\" x2=\"").append(w - right).append("\" y1=\"").append(f1(y))
                    .append("\" y2=\"").append(f1(y)).append("\"/>");
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int labelStep = Math.max(1, (n + 4) / 5);
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? (w - left - right) / 2.0 : (w - left - right) * i / (double) (n - 1));
            double v = months.get(labels.get(i)).value(k);
            if (i % labelStep == 0) { // at most five month labels, so they never overlap
                s.append("<text class=\"tick\" x=\"").append(f1(x - 18)).append("\" y=\"").append(hgt - 8).append("\">").append(esc(labels.get(i))).append("</text>");
            }
            if (Double.isNaN(v)) continue;
            double y = top + (hgt - top - bottom) * (1 - (Math.max(lo, Math.min(hi, v)) - lo) / (hi - lo));
            path.append(path.length() == 0 ? "M" : " L").append(f1(x)).append(' ').append(f1(y));
            dots.append("<circle class=\"dot\" cx=\"").append(f1(x)).append("\" cy=\"").append(f1(y)).append("\" r=\"2.5\"/>");
        }
        if (path.length() > 0) s.append("<path class=\"line\" d=\"").append(path).append("\"/>").append(dots);
        return s.append("</svg></figure>\n").toString();
    }

    private static String f1(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    private String channelBars(List<String> ids, Map<String, Agg> channels) {
        // the KPIs that apply to every channel
        List<String> shown = List.of("first_contact_resolution", "callback_ratio", "satisfaction_index", "on_time_arrival");
        StringBuilder s = new StringBuilder("<div class=\"channels\" id=\"channels\">\n");
        for (String id : shown) {
            int k = ids.indexOf(id);
            if (k < 0) continue;
            int rowsShown = 0;
            StringBuilder bars = new StringBuilder();
            for (Map.Entry<String, Agg> e : channels.entrySet()) {
                double v = e.getValue().value(k);
                if (Double.isNaN(v)) continue;
                int y = 4 + rowsShown * 22;
                bars.append("<text x=\"0\" y=\"").append(y + 12).append("\">").append(esc(e.getKey().isEmpty() ? t("（未填）", "(none)") : channelName(e.getKey())))
                        .append("</text><rect class=\"track\" x=\"90\" y=\"").append(y).append("\" width=\"200\" height=\"14\"/><rect class=\"bar-ch\" x=\"90\" y=\"")
                        .append(y).append("\" width=\"").append(f1(Math.max(0, Math.min(100, v)) * 2)).append("\" height=\"14\"/><text class=\"tick\" x=\"296\" y=\"")
                        .append(y + 12).append("\">").append(fmt(v, "at-least")).append("</text>");
                rowsShown++;
            }
            int hgt = 8 + rowsShown * 22;
            s.append("<figure class=\"bars\"><figcaption>").append(esc(kpiName(id))).append("</figcaption><svg width=\"340\" height=\"").append(hgt)
                    .append("\" viewBox=\"0 0 340 ").append(hgt).append("\" role=\"img\">").append(bars).append("</svg></figure>\n");
        }
        s.append("</div>\n<table id=\"channel-rows\"><thead><tr><th>").append(t("渠道", "Channel")).append("</th><th class=\"num\">")
                .append(t("记录行数", "Rows")).append("</th><th class=\"num\">").append(t("剔除行数", "Excluded")).append("</th></tr></thead><tbody>\n");
        for (Map.Entry<String, Agg> e : channels.entrySet()) {
            s.append("<tr><td>").append(esc(e.getKey().isEmpty() ? t("（未填）", "(none)") : channelName(e.getKey()))).append("</td><td class=\"num\">")
                    .append(e.getValue().rows).append("</td><td class=\"num\">").append(e.getValue().excluded).append("</td></tr>\n");
        }
        return s.append("</tbody></table>\n").toString();
    }

    private String channelName(String c) {
        return switch (c) {
            case "phone" -> t("电话", "phone");
            case "online" -> t("在线", "online");
            case "app" -> t("应用", "app");
            case "onsite" -> t("现场", "on site");
            case "letter" -> t("信函", "letter");
            default -> c;
        };
    }

    private String worstRows(KpiReport report) {
        Map<Long, List<Finding>> byRow = new LinkedHashMap<>();
        for (Finding f : report.findings()) byRow.computeIfAbsent(f.row(), r -> new ArrayList<>()).add(f);
        List<Map.Entry<Long, List<Finding>>> rows = new ArrayList<>(byRow.entrySet());
        rows.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size() : Long.compare(a.getKey(), b.getKey()));
        if (rows.isEmpty()) return "<p class=\"empty\">" + t("没有数据质量问题。", "No findings.") + "</p>\n";
        StringBuilder s = new StringBuilder("<table id=\"worst\"><thead><tr><th class=\"num\">").append(t("行", "Row")).append("</th><th>")
                .append(t("工单号", "Ticket")).append("</th><th>").append(t("字段", "Column")).append("</th><th>").append(t("取值", "Value"))
                .append("</th><th>").append(t("原因", "Reason")).append("</th></tr></thead><tbody>\n");
        for (Map.Entry<Long, List<Finding>> e : rows.subList(0, Math.min(10, rows.size()))) {
            for (Finding f : e.getValue()) {
                s.append("<tr><td class=\"num\">").append(f.row()).append("</td><td>").append(esc(f.ticketId())).append("</td><td>").append(esc(f.column()))
                        .append("</td><td class=\"val\">").append(esc(f.value())).append("</td><td>")
                        .append(esc(Finding.Reason.of(f.reason()).text(lang))).append("</td></tr>\n");
            }
        }
        return s.append("</tbody></table>\n").toString();
    }

    private static final String CSS = """
            :root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --soft:#f4f6f9; --brand:#0f4c81; --ok:#1b7f4b; --warn:#b26a00; --bad:#b42318; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff; font: 14px/1.55 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","Segoe UI",Roboto,Arial,sans-serif; }
            .page { max-width: 1120px; margin: 0 auto; padding: 28px 32px 48px; }
            header.top { border-bottom: 3px solid var(--brand); padding-bottom: 14px; margin-bottom: 18px; }
            header.top .kicker { color: var(--brand); font-weight: 700; font-size: 13px; }
            h1 { font-size: 25px; margin: 4px 0 8px; }
            dl.meta { display: grid; grid-template-columns: max-content 1fr max-content 1fr; gap: 4px 14px; margin: 0; }
            dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            h2 { font-size: 18px; margin: 30px 0 10px; padding-bottom: 6px; border-bottom: 1px solid var(--line); color: var(--brand); }
            h3 { font-size: 15px; margin: 18px 0 8px; }
            table { width: 100%; border-collapse: collapse; margin: 6px 0 4px; font-size: 13px; }
            th, td { text-align: left; vertical-align: top; padding: 5px 8px; border-bottom: 1px solid var(--line); }
            thead th { background: var(--soft); font-weight: 700; font-size: 12.5px; }
            td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.val { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; overflow-wrap: anywhere; max-width: 280px; }
            .met-yes { color: var(--ok); font-weight: 700; } .met-no { color: var(--bad); font-weight: 700; } .na { color: var(--muted); }
            .small { font-size: 12px; color: var(--muted); } .empty { color: var(--muted); font-style: italic; }
            .scroll { overflow-x: auto; }
            table.heat th { font-size: 11.5px; } table.heat td.num { min-width: 54px; } table.heat td:first-child { white-space: nowrap; }
            .h-ok { background: #d6efe1; } .h-near { background: #fbe9c6; } .h-bad { background: #f6d0cb; } .h-na { background: #f1f3f6; color: var(--muted); }
            .legend { display: inline-block; width: 14px; height: 10px; border: 1px solid var(--line); }
            svg { display: block; max-width: 100%; height: auto; }
            svg text { font-family: inherit; font-size: 12px; fill: var(--ink); } svg .tick { font-size: 10.5px; fill: var(--muted); }
            svg .track { fill: #e8edf2; } svg .bar-hi { fill: #1b7f4b; } svg .bar-low { fill: #c2412d; } svg .bar-na { fill: #9aa6b2; } svg .bar-ch { fill: #2f6f9f; }
            svg .marker { fill: var(--ink); } svg .grid { stroke: #e3e8ee; stroke-width: 1; } svg .target { stroke: var(--bad); stroke-width: 1.2; stroke-dasharray: 4 3; }
            svg .line { fill: none; stroke: var(--brand); stroke-width: 2; } svg .dot { fill: var(--brand); }
            .trends, .channels { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 10px 18px; }
            figure { margin: 0; } figcaption { font-weight: 600; font-size: 13px; margin-bottom: 2px; }
            footer { margin-top: 28px; }
            @media print { .page { padding: 0; } }
            """;
}
