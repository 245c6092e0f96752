package io.aftercert.survey;

import com.github.mustachejava.Mustache;
import io.aftercert.core.Display;
import io.aftercert.core.Lang;
import io.aftercert.core.Ratio;
import io.aftercert.page.Pages;
import io.aftercert.core.SdkVersion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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

    private static String w(Lang lang, String key, Object... args) {
        return SurveyWords.w(lang, key, args);
    }

    /** The page in {@code lang} ({@code zh} or {@code en}) as UTF-8 bytes. */
    public static byte[] render(SurveyReport r, Questionnaire q, String lang) {
        Map<String, Object> m = model(r, q, lang);
        @SuppressWarnings("unchecked")
        Map<String, String> l = (Map<String, String>) m.get("l");
        Pages.Head head = Pages.Head.of(lang, l.get("title") + " — " + r.file(), l.get("title") + " · " + r.file());
        return Pages.render(TEMPLATE, Map.of("head", head), m).getBytes(StandardCharsets.UTF_8);
    }

    /** The page's model, section by section: the overall verdict, the dimension chart, the tables, the sample, the data quality. */
    static Map<String, Object> model(SurveyReport r, Questionnaire q, String lang) {
        Lang L = Lang.parse(lang);
        Map<String, Object> m = new HashMap<>();
        Map<String, String> l = new HashMap<>(SurveyWords.labels(L));
        // the measure's one name (T/GXDSL 244 六、C2.1 综合满意度), shared with the KPI dashboard
        l.put("targetText", w(L, "target", Pages.satisfaction(lang)));
        m.put("l", l);
        overall(r, q, lang, L, l, m);
        chart(r, lang, L, l, m);
        tables(r, q, lang, L, l, m);
        sample(r, lang, L, l, m);
        quality(r, lang, L, l, m);
        m.put("mappingNote", byDocument(q.raw().path("mapping").path("note").path(L.tag()).asText(), l));
        m.put("minSeconds", r.minDurationSeconds());
        return m;
    }

    /** The overall index, its notes and its verdict against 85. */
    private static void overall(SurveyReport r, Questionnaire q, String lang, Lang L, Map<String, String> l, Map<String, Object> m) {
        m.put("questionnaireTitle", L == Lang.EN ? q.titleEn() : q.titleZh());
        m.put("questionnaire", q.id() + " " + q.version());
        m.put("sdkVersion", SdkVersion.VERSION);
        m.put("file", r.file());
        m.put("period", r.periodFrom() == null ? l.get("unknown") : r.periodFrom() + " – " + r.periodTo());
        m.put("rows", Pages.count(r.rows()));
        m.put("respondents", Pages.count(r.respondents()));
        m.put("valid", Pages.count(r.valid()));
        m.put("overall", r.overall().index() == null ? "—" : show(r.overall().index()));
        m.put("overallCi", ci(r.overall()));
        m.put("overallMissing", r.overall().index() == null);
        boolean weighted = r.weights().values().stream().distinct().count() > 1;
        m.put("overallNote", !weighted ? l.get("overallNote") : l.get("weightedNote") + java.util.Arrays.stream(Dimension.values())
                .map(d -> d.label(lang) + " " + Display.text(r.weights().get(d).toBigDecimal(4, RoundingMode.HALF_EVEN).stripTrailingZeros()))
                .collect(java.util.stream.Collectors.joining(w(L, "sep.list"))));
        m.put("scaleNote", scaleNote(r, L));
        m.put("otherScaleNote", r.otherScaleChangesVerdict() ? otherScaleNote(r, L) : null);
        m.put("overallQuestion", r.overallQuestion() == null || r.overallQuestion().index() == null ? null
                : w(L, "overallQuestionAnswers", show(r.overallQuestion().index()), Pages.count(r.overallQuestion().answers())));
        m.put("overallIndexNote", byDocument(q.raw().path("overallIndex").path("note").path(L.tag()).asText(), l));
        Boolean meets = SurveyReport.meetsTarget(r.overall().index());
        m.put("overallMeets", Boolean.TRUE.equals(meets));
        m.put("overallBelow", Boolean.FALSE.equals(meets));
        m.put("verdictClass", Boolean.TRUE.equals(meets) ? "met-yes" : Boolean.FALSE.equals(meets) ? "met-no" : "na");
        m.put("gap", Boolean.FALSE.equals(meets) ? w(L, "gap", Display.scoreText(r.overall().index()), gapText(r.overall().index())) : null);
    }

    /** The dimension bars with their intervals, and the chart's text alternative. */
    private static void chart(SurveyReport r, String lang, Lang L, Map<String, String> l, Map<String, Object> m) {
        List<Map<String, Object>> bars = new ArrayList<>();
        List<String> alt = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            SurveyReport.Figure f = r.dimensions().get(d);
            Map<String, Object> b = new HashMap<>();
            b.put("label", d.label(lang));
            b.put("answers", f.answers());
            b.put("ci", ci(f));
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
                alt.add(w(L, hi ? "alt.meets" : "alt.below", d.label(lang), show(f.index())));
            } else {
                b.put("value", "—");
                alt.add(w(L, "alt.none", d.label(lang)));
            }
            bars.add(b);
        }
        m.put("bars", bars);
        m.put("chartAlt", l.get("chartTitle") + l.get("colon") + String.join(w(L, "sep.clause"), alt));
        List<Map<String, Object>> ticks = new ArrayList<>();
        for (int t = 0; t <= 100; t += 20) ticks.add(Map.of("t", t));
        m.put("target", TARGET);
        m.put("ticks", ticks);
    }

    /** The dimension table, the weakest questions and the period. */
    private static void tables(SurveyReport r, Questionnaire q, String lang, Lang L, Map<String, String> l, Map<String, Object> m) {
        List<Map<String, Object>> dims = new ArrayList<>();
        for (Dimension d : Dimension.values()) {
            SurveyReport.Figure f = r.dimensions().get(d);
            long qs = q.questions().stream().filter(x -> x.dimension() == d).count();
            Boolean met = SurveyReport.meetsTarget(f.index());
            dims.add(Map.of("label", d.label(lang), "value", f.index() == null ? "—" : show(f.index()), "ci", ci(f), "answers", Pages.count(f.answers()),
                    "questions", qs, "met", met == null ? "—" : met ? l.get("yes") : l.get("no"),
                    "metClass", met == null ? "na" : met ? "met-yes" : "met-no"));
        }
        m.put("dims", dims);

        List<Map<String, Object>> weak = new ArrayList<>();
        for (SurveyReport.QuestionFigure f : r.weakest(5)) {
            SurveyReport.Figure fig = f.figure();
            weak.add(Map.of("id", f.question().id(), "dimension", f.question().dimensionLabel(lang), "text", f.question().text(lang),
                    "clause", f.question().clause(), "value", show(f.index()), "ci", ci(fig), "answers", Pages.count(f.moments().n())));
        }
        m.put("weakest", weak);
        period(m, r, L);
        m.put("noWeakest", weak.isEmpty());
    }

    /** Sample adequacy against the customers served. */
    private static void sample(SurveyReport r, String lang, Lang L, Map<String, String> l, Map<String, Object> m) {
        SurveyReport.Sample s = r.sample();
        m.put("sampleGiven", s.customers() != null);
        m.put("customers", s.customers() == null ? null : Pages.count(s.customers()));
        m.put("required", s.required() == null ? null : Pages.count(s.required()));
        m.put("sampleOk", Boolean.TRUE.equals(s.adequate()));
        m.put("sampleShort", Boolean.FALSE.equals(s.adequate()));
        m.put("sampleOpen", s.customers() != null && s.adequate() == null);
        m.put("sampleOpenText", w(L, "sampleOpen", count(s.required()), count(s.shortfall())));
        m.put("sampleClass", Boolean.TRUE.equals(s.adequate()) ? "met-yes" : Boolean.FALSE.equals(s.adequate()) ? "met-no" : "na");
        m.put("sampleVerdict", Boolean.TRUE.equals(s.adequate()) ? l.get("sampleOk") : Boolean.FALSE.equals(s.adequate())
                ? w(L, "sampleShortBy", count(s.shortfall()))
                : s.customers() == null ? l.get("sampleNoCustomers")
                : w(L, "sampleAnnual", count(s.required()), count(s.shortfall())));
        m.put("sampleOf", s.required() == null
                ? w(L, "sampleAtLeast", Pages.count(s.minCount()))
                : w(L, "sampleRequired", Pages.count(s.required())));
        m.put("basisName", s.basis().label(lang));
        m.put("shortfall", count(s.shortfall()));
        m.put("minCount", s.minCount());
        m.put("sampleRule", w(L, "sampleRule", s.basis().label(lang), percent(s.minShare()), s.minCount(), s.basis().source(lang)));
    }

    /** Data quality: one line per rule, the rows of each rule folded under it. */
    private static void quality(SurveyReport r, String lang, Lang L, Map<String, String> l, Map<String, Object> m) {
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
            g.put("more", c > rows.size() ? w(L, "more", rows.size(), Pages.count(c), r.listLimit()) : null);
            rules.add(g);
        }
        m.put("rules", rules);
        m.put("noFindings", rules.isEmpty());
        m.put("qualitySummary", rules.isEmpty() ? l.get("noFindings") : w(L, "qualitySummary", Pages.count(total), rules.size()));
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

    private static String scaleNote(SurveyReport r, Lang lang) {
        return w(lang, "scaleNote", r.scale().formula(), r.scale().other().formula());
    }

    private static String otherScaleNote(SurveyReport r, Lang lang) {
        String other = show(r.otherOverall());
        boolean meets = SurveyReport.meetsTarget(r.otherOverall());
        return w(lang, "otherScaleNote", r.scale().other().formula(), other, w(lang, meets ? "otherScale.meets" : "otherScale.misses"));
    }

    /** The period the verdict covers and 004's quarterly frequency over it. */
    private static void period(Map<String, Object> m, SurveyReport r, Lang lang) {
        String span = r.periodFrom() == null ? w(lang, "period.noDate") : r.periodFrom() + " – " + r.periodTo();
        m.put("periodNote", r.period() == null ? w(lang, "period.given", span) : w(lang, "period.year", r.period(), span));
        SurveyReport.Frequency f = r.frequency();
        String seen = f.quarters().isEmpty() ? w(lang, "quarters.none") : String.join(w(lang, "sep.list"), f.quarters());
        String text;
        if (f.met() == null) text = w(lang, "frequency.unknown", seen);
        else if (f.met()) text = w(lang, "frequency.met", r.period(), seen);
        else text = w(lang, "frequency.missing", String.join(w(lang, "sep.list"), f.missing(r.period())));
        m.put("frequencyNote", text);
        m.put("frequencyClass", Boolean.FALSE.equals(f.met()) ? "warn" : "");
    }

    /** One decimal, truncated: a shown index never overstates the exact one. */
    static String show(Ratio r) {
        return Display.scoreText(r);
    }

    private static String ci(SurveyReport.Figure f) {
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
