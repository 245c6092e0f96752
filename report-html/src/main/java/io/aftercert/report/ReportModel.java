package io.aftercert.report;

import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.Source;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.spi.ReportRenderer.ReportRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a result into the plain data the template shows: every number already formatted, every
 * piece of text still raw (the template escapes it). Chart geometry is computed here, so the
 * template never builds markup from user text.
 */
final class ReportModel {
    static final int CHART_WIDTH = 720;
    private static final int LABEL_WIDTH = 210;
    private static final int BAR_WIDTH = 380;
    private static final int ROW = 34;

    private ReportModel() {
    }

    static Map<String, Object> of(ReportRequest req) {
        AssessmentResult r = req.result();
        Rubric rubric = req.rubric();
        String lang = req.lang();
        Map<String, String> l = Labels.of(lang);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("l", l);
        m.put("lang", lang);
        m.put("htmlLang", "en".equals(lang) ? "en" : "zh-CN");
        m.put("orgName", r.organization().name());
        m.put("orgKind", r.organization().kind());
        m.put("rubricTitle", r.rubric().title().in(lang));
        m.put("rubricTitleOther", "en".equals(lang) ? r.rubric().title().zh() : r.rubric().title().en());
        m.put("rubricId", r.rubric().id());
        m.put("rubricVersion", r.rubric().version());
        m.put("issuer", rubric.issuer() == null ? null : rubric.issuer().in(lang));
        m.put("assessedOn", r.assessedOn() == null ? null : r.assessedOn().toString());
        m.put("assessor", r.assessor());

        // verdict
        boolean index = r.grade() == null;
        m.put("isIndex", index);
        m.put("scoreDisplay", r.scoreDisplay().toPlainString());
        m.put("finalExact", exact(r.finalScore()));
        m.put("score", num(r.score()));
        m.put("hasBonus", r.bonus().signum() > 0);
        m.put("bonus", num(r.bonus()));
        m.put("hasDeductions", r.deductions().signum() > 0);
        m.put("deductions", num(r.deductions()));
        if (!index) {
            m.put("gradeLabel", r.grade().label().in(lang));
            m.put("gradeId", r.grade().id());
            m.put("badgeClass", "badge-" + r.grade().id());
            boolean passed = Boolean.TRUE.equals(r.passed());
            m.put("passed", passed);
            m.put("passedText", passed ? l.get("passed") : l.get("notPassed"));
            if (r.gradeByScore() != null && !r.gradeByScore().id().equals(r.grade().id())) {
                m.put("gradeByScore", r.gradeByScore().label().in(lang));
            }
            m.put("scale", scale(rubric, r.finalScore(), lang));
        }
        m.put("reasons", r.reasons().stream().map(t -> t.in(lang)).toList());
        m.put("caveats", r.caveats().stream().map(t -> t.in(lang)).toList());
        m.put("warnings", r.warnings().stream().map(t -> t.in(lang)).toList());

        // charts
        m.put("chart", chart(r.groups().stream().filter(g -> g.level() == 1).toList(), lang));
        if (index) m.put("chart2", chart(r.groups().stream().filter(g -> g.level() == 2).toList(), lang));

        // gaps
        List<Map<String, Object>> gaps = new ArrayList<>();
        int rank = 1;
        for (Gap g : r.gaps()) {
            if (rank > 15) break;
            IndicatorResult ir = r.indicator(g.code()).orElseThrow();
            Indicator ind = rubric.indicator(g.code()).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("code", g.code());
            row.put("title", g.title().in(lang));
            row.put("requirement", ind != null && ind.requirement() != null && !ind.requirement().equals(g.title().in(lang))
                    ? ind.requirement() : null);
            row.put("guidance", ind == null ? List.of() : guidance(ind));
            row.put("notes", ir.notes());
            row.put("evidence", evidenceText(ir, l));
            row.put("lost", num(g.pointsLost()));
            row.put("gain", "+" + g.scoreGain().truncate(2).toPlainString());
            row.put("notAssessed", g.status() == Status.NOT_ASSESSED);
            gaps.add(row);
        }
        m.put("gaps", gaps);
        m.put("moreGaps", r.gaps().size() > 15 ? r.gaps().size() - 15 : null);

        // next grade: the same planner as `aftercert plan`
        var plan = io.aftercert.core.plan.Planner.nextGrade(rubric, r);
        if (plan.isPresent()) {
            var p = plan.get();
            Map<String, Object> ng = new LinkedHashMap<>();
            ng.put("grade", p.grade().label().in(lang));
            ng.put("needed", p.needed().max(Ratio.ZERO).toBigDecimal(2, java.math.RoundingMode.CEILING).toPlainString());
            ng.put("reachable", p.reachable());
            ng.put("note", p.note());
            List<Map<String, Object>> items = new ArrayList<>();
            for (var st : p.steps()) {
                items.add(Map.of("code", st.code(), "title", rubric.indicator(st.code()).map(i -> i.title().in(lang)).orElse(""),
                        "gain", "+" + st.scoreGain().truncate(2).toPlainString()));
            }
            ng.put("items", items);
            ng.put("total", "+" + p.gain().truncate(2).toPlainString());
            m.put("next", ng);
        } else if (!index) {
            m.put("atTop", true);
        }

        // lists
        m.put("notAssessed", r.notAssessed().stream().map(i -> Map.of("code", i.code(), "title", i.title().in(lang),
                "max", num(i.max()))).toList());
        m.put("notApplicable", r.notApplicable().stream().map(i -> Map.of("code", i.code(), "title", i.title().in(lang),
                "max", num(i.max()), "justification", i.justification())).toList());
        m.put("hasNotApplicable", !r.notApplicable().isEmpty());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (FindingResult f : r.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("type", "deduction".equals(f.type()) ? l.get("deduction") : l.get("bonusItem"));
            fm.put("isDeduction", "deduction".equals(f.type()));
            fm.put("category", f.category());
            fm.put("description", f.description());
            fm.put("indicator", f.indicator());
            fm.put("points", (f.points().signum() > 0 ? "+" : "") + num(f.points()));
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("hasSpecial", rubric.specialRules() != null);

        // full table
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator top : rubric.indicators()) tableRows(top, 1, r, rows, l, lang);
        m.put("rows", rows);

        // KPIs
        List<Map<String, Object>> kpis = new ArrayList<>();
        for (IndicatorResult i : r.indicators()) {
            if (i.metric() == null) continue;
            var k = i.metric();
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("code", i.code());
            km.put("title", i.title().in(lang));
            km.put("value", num(k.value()) + " " + k.unit());
            km.put("target", symbol(k.direction()) + " " + num(k.target()) + " " + k.unit());
            km.put("met", k.met());
            km.put("metText", k.met() ? l.get("yes") : l.get("no"));
            km.put("gap", k.met() ? "—" : num(k.gap()) + " " + k.unit());
            km.put("kpi", k.recordsKpi());
            kpis.add(km);
        }
        m.put("kpis", kpis);
        m.put("hasKpis", !kpis.isEmpty());

        // provenance
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : rubric.sources()) {
            sources.add(Map.of("id", s.id(), "title", s.title().in(lang), "ref", s.ref() == null ? "" : s.ref()));
        }
        m.put("sources", sources);
        m.put("hasDerived", rubric.hasDerivedValues());
        m.put("allocationRule", rubric.allocationRule() == null ? null : rubric.allocationRule().in(lang));
        m.put("scaleDerived", rubric.gradeScale() != null && rubric.gradeScale().derived());
        m.put("tailoringName", r.rubric().tailoring() == null ? null : r.rubric().tailoring().name());
        m.put("tailoringSha", r.rubric().tailoring() == null ? null : r.rubric().tailoring().sha256());
        m.put("sdkVersion", SdkVersion.VERSION);
        m.put("resultSdkVersion", r.sdkVersion());
        m.put("evidenceName", req.evidenceName());
        m.put("evidenceSha", req.evidenceSha256());
        return m;
    }

    private static List<Map<String, Object>> guidance(Indicator ind) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Guidance g : ind.guidance()) out.add(Map.of("source", g.source(), "clause", g.clause(), "text", g.text()));
        return out;
    }

    private static String evidenceText(IndicatorResult i, Map<String, String> l) {
        if (i.status() == Status.NOT_ASSESSED) return l.get("not_assessed");
        if (i.sampled() != null) return l.get("sample") + " " + i.conforming() + "/" + i.sampled();
        if (i.band() != null) return l.get("band") + " " + i.band();
        if (i.metric() != null) return num(i.metric().value()) + " " + i.metric().unit();
        if ("conforms".equals(i.form())) return i.credit().signum() > 0 ? l.get("conforms") : l.get("nonConforms");
        return null;
    }

    private static void tableRows(Indicator node, int level, AssessmentResult r, List<Map<String, Object>> rows,
                                  Map<String, String> l, String lang) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", node.code());
        row.put("title", node.title().in(lang));
        row.put("level", level);
        row.put("derived", node.derived());
        if (!node.isLeaf()) {
            GroupResult g = r.group(node.code()).orElseThrow();
            row.put("isGroup", true);
            row.put("earned", num(g.earned()));
            row.put("max", num(g.max()));
            row.put("applicable", num(g.applicable()));
            Ratio pct = g.percent();
            row.put("credit", pct == null ? "—" : pct.truncate(1).toPlainString() + "%");
            row.put("weight", g.weight() == null ? null : num(g.weight()));
            rows.add(row);
            for (Indicator c : node.children()) tableRows(c, level + 1, r, rows, l, lang);
            return;
        }
        IndicatorResult i = r.indicator(node.code()).orElseThrow();
        row.put("isGroup", false);
        row.put("status", l.get(i.status().json()));
        row.put("statusClass", "st-" + i.status().json());
        row.put("credit", i.credit() == null ? "—" : percent(i.credit()));
        row.put("evidence", evidenceText(i, l));
        row.put("earned", num(i.earned()));
        row.put("max", num(i.max()));
        row.put("notes", i.status() == Status.NOT_APPLICABLE ? i.justification() : i.notes());
        row.put("attachments", i.attachments());
        rows.add(row);
    }

    private static Map<String, Object> chart(List<GroupResult> groups, String lang) {
        List<Map<String, Object>> bars = new ArrayList<>();
        int y = 8;
        for (GroupResult g : groups) {
            Ratio share = g.max().isZero() ? Ratio.ZERO : g.applicable().dividedBy(g.max());
            Ratio pct = g.percent();
            Ratio earnedShare = g.max().isZero() ? Ratio.ZERO : g.earned().dividedBy(g.max());
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("label", g.code() + "  " + g.title().in(lang));
            b.put("y", y);
            b.put("textY", y + 17);
            b.put("x", LABEL_WIDTH);
            b.put("track", BAR_WIDTH);
            b.put("applicableW", share.times(Ratio.of(BAR_WIDTH)).truncate(1).toPlainString());
            b.put("earnedW", earnedShare.times(Ratio.of(BAR_WIDTH)).truncate(1).toPlainString());
            b.put("valueX", LABEL_WIDTH + BAR_WIDTH + 10);
            b.put("value", num(g.earned()) + " / " + num(g.applicable()) + (pct == null ? "" : "  " + pct.truncate(1).toPlainString() + "%"));
            b.put("cls", pct == null ? "bar-na" : pct.compareTo(Ratio.of(90)) >= 0 ? "bar-hi" : pct.compareTo(Ratio.of(80)) >= 0
                    ? "bar-good" : pct.compareTo(Ratio.of(70)) >= 0 ? "bar-mid" : "bar-low");
            bars.add(b);
            y += ROW;
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("bars", bars);
        c.put("height", y + 4);
        c.put("width", CHART_WIDTH);
        return c;
    }

    private static Map<String, Object> scale(Rubric rubric, Ratio finalScore, String lang) {
        int w = 680;
        int x0 = 20;
        int span = w - 2 * x0;
        List<Map<String, Object>> ticks = new ArrayList<>();
        List<Grade> grades = rubric.gradeScale().grades();
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            Ratio next = i + 1 < grades.size() ? grades.get(i + 1).minScore() : Ratio.HUNDRED;
            String x = g.minScore().times(Ratio.of(span)).dividedBy(Ratio.HUNDRED).plus(Ratio.of(x0)).truncate(1).toPlainString();
            String width = next.minus(g.minScore()).times(Ratio.of(span)).dividedBy(Ratio.HUNDRED).truncate(1).toPlainString();
            boolean low = i % 2 == 1; // stagger labels so close bounds (90 / 95) do not collide
            ticks.add(Map.of("x", x, "w", width, "label", g.label().in(lang), "min", num(g.minScore()), "cls", "zone-" + (i + 1),
                    "labelY", low ? 68 : 50, "lineH", low ? 26 : 8));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("ticks", ticks);
        s.put("width", w);
        s.put("x0", x0);
        s.put("x1", x0 + span);
        s.put("span", span);
        s.put("markerX", finalScore.times(Ratio.of(span)).dividedBy(Ratio.HUNDRED).plus(Ratio.of(x0)).truncate(1).toPlainString());
        return s;
    }

    private static String symbol(String direction) {
        return io.aftercert.core.model.Direction.fromJson(direction).symbol();
    }

    /** Exact numbers up to 2 decimals as they are; longer ones cut to 2 decimals. */
    static String num(Ratio r) {
        if (r.isTerminating()) {
            BigDecimal d = r.toBigDecimalExact();
            if (d.scale() <= 2) return d.toPlainString();
        }
        return r.truncate(2).stripTrailingZeros().toPlainString();
    }

    private static String percent(Ratio credit) {
        return credit.times(Ratio.HUNDRED).truncate(1).stripTrailingZeros().toPlainString() + "%";
    }

    private static String exact(Ratio r) {
        return r.isTerminating() ? r.toString() : r + " ≈ " + r.truncate(6).toPlainString();
    }
}
