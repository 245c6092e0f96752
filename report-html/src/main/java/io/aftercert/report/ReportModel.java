package io.aftercert.report;

import io.aftercert.core.Display;
import io.aftercert.core.Lang;
import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.model.Band;
import io.aftercert.core.model.Grade;
import io.aftercert.core.model.GradeScale;
import io.aftercert.core.model.Guidance;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.model.Source;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.plan.Diff;
import io.aftercert.core.plan.Headline;
import io.aftercert.core.plan.Planner;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.Gap;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Limits;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.plan.PlanInput.Assignment;
import io.aftercert.core.spi.ReportRenderer.DataQuality;
import io.aftercert.core.plan.PlanInput;
import io.aftercert.core.spi.ReportRenderer.ReportRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a result into the plain data the template shows: every number already formatted, every
 * piece of user or rubric text either raw (the template escapes it) or passed through
 * {@link Html#text} (escaped here, other-language passages marked). Chart geometry is computed
 * here as percentages, so the charts reflow from a phone to A4.
 */
final class ReportModel {
    private static final int GAP_ROWS = 15;
    private static final String SENTENCE_END = "。；！？”’）」.;!?)";
    /** The organisation's time zone for the generation time (Chinese companies: Beijing time). */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ReportModel() {
    }

    /**
     * What every section builder reads: the request, the result and its rubric, the language and
     * the labels for the result's kind (an index, a conformance checklist or a graded report).
     */
    private record Section(ReportRequest req, AssessmentResult r, Rubric rubric, String lang, boolean en, boolean index,
                           boolean conformance, Map<String, String> l, Instant generated) {
        static Section of(ReportRequest req) {
            AssessmentResult r = req.result();
            Rubric rubric = req.rubric();
            String lang = req.lang();
            boolean index = r.grade() == null && rubric.gradeScale() == null;
            // what the result means comes from the rubric data (scoring.result), never from its id
            boolean conformance = index && rubric.resultKind() == ResultKind.CONFORMANCE;
            Map<String, String> l = Labels.of(lang, index ? rubric.resultKind() : ResultKind.GRADED);
            Instant generated = req.generatedAt() != null ? req.generatedAt() : Instant.now();
            return new Section(req, r, rubric, lang, "en".equals(lang), index, conformance, l, generated);
        }
    }

    /** The model, section by section in the order the page reads; later sections read what earlier ones put. */
    static Map<String, Object> of(ReportRequest req) {
        Section c = Section.of(req);
        Map<String, Object> m = new LinkedHashMap<>();
        header(c, m);
        verdict(c, m);
        ActionPlan ap = plan(c, m);
        charts(c, m);
        gaps(c, m);
        if (req.previous() != null) m.put("trend", trend(req.previous(), c.r(), req.previousName(), c.rubric(), c.lang(), c.l()));
        lists(c, m);
        table(c, m);
        // KPIs, weights, chapters and data quality
        kpis(c.r(), c.lang(), c.l(), m);
        figures(c, m);
        provenance(c, ap, m);
        return m;
    }

    /** The page's head and title block: who, which rubric, when, the report id. */
    private static void header(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        Rubric rubric = c.rubric();
        String lang = c.lang();
        boolean index = c.index();
        boolean conformance = c.conformance();
        Map<String, String> l = c.l();
        Instant generated = c.generated();
        m.put("l", l);
        m.put("lang", lang);
        m.put("htmlLang", io.aftercert.page.Pages.htmlLang(lang));
        m.put("isIndex", index);
        m.put("notIndex", !index);
        m.put("isConformance", conformance);
        // the weights table belongs to a weighted index; a points checklist has no weights to show
        m.put("showWeights", index && rubric.mode() == ScoringMode.WEIGHTED);
        m.put("scoreUnit", conformance ? "%" : "");
        m.put("title", index ? l.get("indexTitle") : l.get("reportTitle"));
        m.put("subtitle", index ? l.get("indexSubtitle") : l.get("reportSubtitle"));
        String org = r.organization().name();
        m.put("orgName", org);
        m.put("orgHtml", Html.text(org, lang));
        m.put("orgKind", Labels.term(r.organization().kind(), lang));
        m.put("rubricTitleHtml", Html.text(r.rubric().title().in(lang), lang));
        m.put("rubricId", r.rubric().id());
        m.put("rubricVersion", r.rubric().version());
        m.put("issuerHtml", rubric.issuer() == null ? null : Html.text(rubric.issuer().in(lang), lang));
        boolean draft = rubric.sources().stream().anyMatch(s -> s.title().zh() != null && s.title().zh().contains("征求意见稿"));
        m.put("draft", draft);
        m.put("assessedOn", r.assessedOn() == null ? null : r.assessedOn().toString());
        m.put("assessorHtml", r.assessor() == null ? null : Html.text(r.assessor(), lang));
        String date = r.assessedOn() != null ? r.assessedOn().toString() : generated.atZone(ZONE).toLocalDate().toString();
        m.put("reportId", reportId(r, c.req(), date));
        m.put("generatedAt", generatedAt(generated));
        // the shared page shell's head: the title and the running header of the printed pages (hex-escaped CSS strings)
        String title = index ? l.get("indexTitle") : l.get("reportTitle");
        m.put("head", io.aftercert.page.Pages.Head.of(lang, title + " — " + org, org + " · " + title + " · " + date));
        m.put("hx", index ? "h3" : "h2");
    }

    /** The verdict box: score, grade (with its ribbon and a conditional star), limits, reasons, caveats, warnings. */
    private static void verdict(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        Rubric rubric = c.rubric();
        String lang = c.lang();
        Map<String, String> l = c.l();
        m.put("scoreDisplay", Display.scoreText(r.finalScore()));
        m.put("finalExact", exact(r.finalScore()));
        m.put("score", num(r.score()));
        m.put("limits", Limits.of(rubric, r).stream().map(t -> Html.text(t.in(lang), lang)).toList());
        m.put("tailoredNote", r.rubric().tailoring() == null ? null : Html.text(l.get("tailoredNote")
                .replace("{name}", r.rubric().tailoring().name()), lang));
        m.put("hasBonus", r.bonus().signum() > 0);
        m.put("bonus", num(r.bonus()));
        m.put("hasDeductions", r.deductions().signum() > 0);
        m.put("deductions", num(r.deductions()));
        List<String> caveats = new ArrayList<>(r.caveats().stream().map(t -> t.in(lang)).toList());
        if (r.grade() != null) {
            m.put("gradeLabel", r.grade().label().in(lang));
            m.put("gradeId", r.grade().id());
            m.put("badgeClass", "badge-" + r.grade().id());
            boolean passed = r.passed() == io.aftercert.core.scoring.Verdict.PASSED;
            m.put("passed", passed);
            m.put("passedText", passed ? l.get("passed") : l.get("notPassed"));
            if (r.gradeByScore() != null && !r.gradeByScore().id().equals(r.grade().id())) {
                m.put("gradeByScore", r.gradeByScore().label().in(lang));
            }
            m.put("scale", scale(rubric, r, lang, l));
            conditional(r, rubric, l, lang, m, caveats);
        }
        m.put("reasons", r.reasons().stream().map(t -> Html.text(t.in(lang), lang)).toList());
        m.put("caveats", caveats.stream().map(t -> Html.text(t, lang)).toList());
        m.put("warnings", r.warnings().stream().map(t -> Html.text(t.in(lang), lang)).toList());
        m.put("scaleDerived", rubric.gradeScale() != null && rubric.gradeScale().derived());
    }

    /**
     * The plan: one ActionPlan for the verdict box, the summary and the plan table (the same as
     * {@code aftercert plan}), the recommendation and the corrective actions.
     */
    private static ActionPlan plan(Section c, Map<String, Object> m) {
        ReportRequest req = c.req();
        AssessmentResult r = c.r();
        Rubric rubric = c.rubric();
        String lang = c.lang();
        boolean index = c.index();
        Map<String, String> l = c.l();
        PlanInput input = req.plan() != null ? req.plan() : new PlanInput(Map.of(), Map.of());
        boolean withEffort = !input.effort().isEmpty();
        ActionPlan ap = ActionPlan.of(rubric, r, null, input);
        Optional<Planner.Plan> plan = ap.optionalPlan();
        plan.ifPresent(p -> m.put("next", nextBox(p, ap, r, lang, l)));
        if (!index && plan.isEmpty()) m.put("atTop", true);
        m.put("planRows", planRows(ap, lang, l));
        m.put("withEffort", withEffort);
        m.put("hasPlanRows", !((List<?>) m.get("planRows")).isEmpty());
        m.put("priorityLegend", ap.legend().in(lang));
        m.put("recommendation", Headline.recommendation(rubric, r, ap).in(lang));
        if (req.previous() != null) m.put("trendLine", Headline.trend(req.previous(), r).in(lang));
        plan.ifPresent(p -> m.put("planInfo", planInfo(p, withEffort, lang, l)));
        if (index) m.put("planIntro", withEffort ? l.get("planIndexEffort") : l.get("planIndex"));
        m.put("corrective", corrective(r, input, lang, l));
        m.put("hasCorrective", !((List<?>) m.get("corrective")).isEmpty());
        m.put("maxDeductions", rubric.specialRules() == null ? null : l.get("correctiveIntro").replace("{n}",
                String.valueOf(rubric.specialRules().maxDeductions())));
        return ap;
    }

    private static Map<String, Object> planInfo(Planner.Plan p, boolean withEffort, String lang, Map<String, String> l) {
        Map<String, Object> pi = new LinkedHashMap<>();
        String g = p.grade().label().in(lang);
        pi.put("intro", !p.reachable() ? l.get("planUnreachable").replace("{g}", g) : withEffort ? l.get("planCheapest").replace("{g}", g).replace("{method}", l.get(p.exact() ? "exact_bb" : "approx_bb"))
                : l.get("planFewest").replace("{g}", g));
        pi.put("total", Display.gain(p.gain()));
        pi.put("effort", withEffort ? num(p.effort()) : null);
        pi.put("reachable", p.reachable() && !p.steps().isEmpty());
        return pi;
    }

    /** The bar charts: first-level groups, and an index's second level. */
    private static void charts(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        String lang = c.lang();
        m.put("chart", chart(r, r.groups().stream().filter(g -> g.level() == 1).toList(), lang));
        List<GroupResult> second = r.groups().stream().filter(g -> g.level() == 2).toList();
        if (c.index() && !second.isEmpty()) m.put("chart2", chart(r, second, lang));
    }

    /** The gaps table: the largest {@value #GAP_ROWS} gaps with their guidance. */
    private static void gaps(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        Rubric rubric = c.rubric();
        String lang = c.lang();
        Map<String, String> l = c.l();
        List<Map<String, Object>> gaps = new ArrayList<>();
        boolean[] truncated = {false};
        int rank = 1;
        for (Gap g : r.gaps()) {
            if (rank > GAP_ROWS) break;
            IndicatorResult ir = r.indicator(g.code()).orElseThrow();
            Indicator ind = rubric.indicator(g.code()).orElse(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", rank++);
            row.put("code", g.code());
            row.put("titleHtml", Html.text(g.title().in(lang), lang));
            String req0 = ind != null && ind.requirement() != null && !ind.requirement().equals(g.title().in(lang)) ? ind.requirement() : null;
            row.put("requirementHtml", req0 == null ? null : Html.text(req0, lang));
            row.put("guidance", ind == null ? List.of() : guidance(ind, rubric, lang, truncated));
            row.put("notesHtml", ir.notes() == null ? null : Html.text(ir.notes(), lang));
            row.put("evidence", evidenceText(ir, l, lang));
            row.put("lost", num(g.pointsLost()));
            row.put("gain", Display.gain(g.scoreGain()));
            row.put("notAssessed", g.status() == Status.NOT_ASSESSED);
            row.put("limitHtml", Limits.of(ir).map(t -> Html.text(t.in(lang), lang)).orElse(null));
            gaps.add(row);
        }
        m.put("gaps", gaps);
        m.put("hasGaps", !gaps.isEmpty());
        m.put("truncatedGuidance", truncated[0]);
        m.put("moreGaps", r.gaps().size() > GAP_ROWS ? r.gaps().size() - GAP_ROWS : null);
    }

    /** The lists: items not assessed, not applicable, and the special findings. */
    private static void lists(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        String lang = c.lang();
        Map<String, String> l = c.l();
        m.put("notAssessed", r.notAssessed().stream().map(i -> Map.of("code", i.code(), "titleHtml", Html.text(i.title().in(lang), lang),
                "max", num(i.max()))).toList());
        m.put("notApplicable", r.notApplicable().stream().map(i -> Map.of("code", i.code(), "titleHtml", Html.text(i.title().in(lang), lang),
                "max", num(i.max()), "justificationHtml", Html.text(i.justification() == null ? "" : i.justification(), lang))).toList());
        m.put("hasNotApplicable", !r.notApplicable().isEmpty());
        m.put("hasNotAssessed", !r.notAssessed().isEmpty());
        List<Map<String, Object>> findings = new ArrayList<>();
        for (FindingResult f : r.findings()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("type", f.type() == io.aftercert.core.evidence.Finding.Type.DEDUCTION ? l.get("deduction") : l.get("bonusItem"));
            fm.put("isDeduction", f.type() == io.aftercert.core.evidence.Finding.Type.DEDUCTION);
            fm.put("category", Labels.term(f.category(), lang));
            fm.put("descriptionHtml", Html.text(f.description(), lang));
            fm.put("indicator", f.indicator());
            fm.put("points", Display.signed(Display.points(f.points())));
            findings.add(fm);
        }
        m.put("findings", findings);
        m.put("hasFindings", !findings.isEmpty());
        m.put("hasSpecial", c.rubric().specialRules() != null);
    }

    /** The full indicator table, depth first. */
    private static void table(Section c, Map<String, Object> m) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Indicator top : c.rubric().indicators()) tableRows(top, 1, c.r(), rows, c.l(), c.lang());
        m.put("rows", rows);
    }

    /** An index's weights, a checklist's chapters, the records' data quality and the data counts. */
    private static void figures(Section c, Map<String, Object> m) {
        AssessmentResult r = c.r();
        String lang = c.lang();
        Map<String, String> l = c.l();
        m.put("weights", c.index() ? weights(r, lang) : List.of());
        m.put("chapters", c.conformance() ? chapters(r, lang) : List.of());
        m.put("dq", dataQuality(c.req().dataQuality(), lang));
        m.put("dataCounts", l.get("dataCounts").replace("{n}", String.valueOf(r.indicators().size()))
                .replace("{a}", String.valueOf(r.indicators().stream().filter(i -> i.status() == Status.ASSESSED).count()))
                .replace("{na}", String.valueOf(r.notApplicable().size())).replace("{nas}", String.valueOf(r.notAssessed().size()))
                .replace("{k}", String.valueOf(r.indicators().stream().filter(i -> i.kind() == io.aftercert.core.model.IndicatorKind.METRIC).count()))
                .replace("{kv}", String.valueOf(r.indicators().stream().filter(i -> i.metric() != null).count())));
    }

    /** The summary (read from the sections before it), the method and the provenance. */
    private static void provenance(Section c, ActionPlan ap, Map<String, Object> m) {
        AssessmentResult r = c.r();
        Rubric rubric = c.rubric();
        ReportRequest req = c.req();
        String lang = c.lang();
        boolean en = c.en();
        boolean index = c.index();
        Map<String, String> l = c.l();
        String summary = c.conformance() ? conformanceSummary(r, m, lang) : summary(r, ap, m, lang, l, index);
        m.put("summary", summary);
        m.put("summaryHtml", Html.text(summary, lang));
        m.put("method", method(r, rubric, lang, l, index));
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Source s : rubric.sources()) {
            sources.add(Map.of("id", s.id(), "titleHtml", Html.text(s.title().in(lang), lang),
                    "refHtml", s.ref() == null || (!en && Html.isEnglish(s.ref())) ? "" : Html.text(s.ref(), lang)));
        }
        m.put("sources", sources);
        m.put("hasDerived", rubric.hasDerivedValues());
        m.put("allocationRuleHtml", rubric.allocationRule() == null ? null : Html.text(rubric.allocationRule().in(lang), lang));
        m.put("tailoringNameHtml", r.rubric().tailoring() == null ? null : Html.text(r.rubric().tailoring().name(), lang));
        m.put("tailoringSha", r.rubric().tailoring() == null ? null : r.rubric().tailoring().sha256());
        m.put("sdkVersion", SdkVersion.VERSION);
        m.put("resultSdkVersion", r.sdkVersion());
        m.put("evidenceName", req.evidenceName());
        m.put("evidenceSha", req.evidenceSha256());
        m.put("disclaimer", index ? l.get("disclaimerIndex") : l.get("disclaimer"));
    }

    /** A stable id: rubric, date and the first hex digits of the evidence hash (or of the exact score). */
    private static String reportId(AssessmentResult r, ReportRequest req, String date) {
        String tail = req.evidenceSha256() != null ? req.evidenceSha256().substring(0, 8)
                : String.format("%08x", (r.organization().name() + r.finalScore()).hashCode());
        return "AC-" + r.rubric().id().toUpperCase() + "-" + date.replace("-", "") + "-" + tail.toUpperCase();
    }

    /**
     * A star grade whose one-year-at-the-lowest-grade condition is not met is shown as
     * conditional in the badge itself; the engine states the condition as a caveat, which the
     * badge then replaces. The condition comes from data (the months held, recorded in the result,
     * against the grade scale's {@code qualifyingMonths}), never from the caveat's wording.
     */
    private static void conditional(AssessmentResult r, Rubric rubric, Map<String, String> l, String lang, Map<String, Object> m,
                                    List<String> caveats) {
        if (r.grade() == null || !r.grade().star() || rubric.gradeScale() == null) return;
        GradeScale scale = rubric.gradeScale();
        Integer held = r.qualifyingGradeHeldMonths();
        if (!scale.starIsConditional(held)) return;
        m.put("conditional", true);
        m.put("badgeClass", "badge-conditional");
        m.put("conditionalText", say(Lang.parse(lang), "sentences.2", l.get("conditionalNote").replace("{n}", String.valueOf(scale.qualifyingMonths())),
                held != null ? l.get("heldMonths").replace("{m}", String.valueOf(held)) : l.get("heldUnknown")));
        m.put("heldMonths", held == null ? null : String.valueOf(held));
        caveats.remove(scale.starCaveatFor(held).in(lang));
    }

    private static Map<String, Object> nextBox(Planner.Plan p, ActionPlan ap, AssessmentResult r, String lang, Map<String, String> l) {
        Map<String, Object> ng = new LinkedHashMap<>();
        ng.put("grade", p.grade().label().in(lang));
        String needed = Display.neededText(p.needed());
        ng.put("needed", needed);
        // the rise beside the score to two decimals: the two add up to the bound
        ng.put("neededText", l.get("needsPoints").replace("{p}", needed).replace("{s}", Display.pointsText(r.finalScore()))
                .replace("{b}", Display.pointsText(r.finalScore().plus(p.needed()))));
        ng.put("reachable", p.reachable());
        ng.put("noteHtml", p.why() == null ? null : Html.text(p.why().in(lang), lang));
        int k = ap.firstRound().size();
        String key = ap.withEffort() ? "cheapest" : "fewest";
        ng.put("fewestText", k == 1 ? l.get(key + "1") : l.get(key + "N").replace("{k}", String.valueOf(k)));
        List<Map<String, Object>> items = new ArrayList<>();
        for (ActionPlan.Action a : ap.firstRound()) {
            Map<String, Object> it = new LinkedHashMap<>();
            it.put("code", a.code());
            it.put("titleHtml", Html.text(a.title().in(lang), lang));
            it.put("gain", Display.gain(a.gain()));
            it.put("ownerHtml", a.owner() == null ? null : Html.text(a.owner(), lang));
            it.put("due", a.due() == null ? null : a.due().toString());
            items.add(it);
        }
        ng.put("items", items);
        ng.put("total", Display.gain(p.gain()));
        return ng;
    }

    private static List<Map<String, Object>> planRows(ActionPlan ap, String lang, Map<String, String> l) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int firstRound = ap.firstRound().size();
        int n = 0;
        for (ActionPlan.Action a : ap.actions()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("priority", a.priority());
            row.put("pcls", a.priority().toLowerCase(java.util.Locale.ROOT));
            row.put("code", a.code());
            row.put("titleHtml", Html.text(a.title().in(lang), lang));
            row.put("gain", Display.gain(a.gain()));
            row.put("effort", a.effort() == null ? null : num(a.effort()));
            row.put("limitHtml", a.limit() == null ? null : Html.text(a.limit().in(lang), lang));
            assignment(a.owner() == null && a.due() == null ? null : new Assignment(a.owner(), a.due()), row, lang, l);
            row.put("firstOfRest", n == firstRound && firstRound > 0 && ap.graded());
            rows.add(row);
            n++;
        }
        return rows;
    }

    private static void assignment(Assignment a, Map<String, Object> row, String lang, Map<String, String> l) {
        row.put("ownerHtml", a != null && a.owner() != null ? Html.text(a.owner(), lang) : null);
        row.put("due", a != null && a.due() != null ? a.due().toString() : null);
    }

    private static List<Map<String, Object>> corrective(AssessmentResult r, PlanInput input, String lang, Map<String, String> l) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        for (FindingResult f : r.findings()) {
            if (f.type() != io.aftercert.core.evidence.Finding.Type.DEDUCTION) continue;
            n++;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("n", n);
            row.put("category", Labels.term(f.category(), lang));
            row.put("descriptionHtml", Html.text(f.description(), lang));
            row.put("indicator", f.indicator());
            Assignment a = input.assignments().get("deduction-" + n);
            if (a == null && f.indicator() != null) a = input.assignments().get(f.indicator());
            assignment(a, row, lang, l);
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Object> trend(AssessmentResult before, AssessmentResult now, String name, Rubric rubric, String lang,
                                             Map<String, String> l) {
        Diff d = Diff.of(before, now);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("thenDate", before.assessedOn() == null ? l.get("notStated") : before.assessedOn().toString());
        t.put("nowDate", now.assessedOn() == null ? l.get("notStated") : now.assessedOn().toString());
        t.put("thenScore", Display.scoreText(before.finalScore()));
        t.put("nowScore", Display.scoreText(now.finalScore()));
        // the difference of the two shown scores, never a third figure
        BigDecimal change = Display.scoreChange(before.finalScore(), now.finalScore());
        t.put("change", Display.signed(change));
        t.put("up", change.signum() > 0);
        t.put("down", change.signum() < 0);
        t.put("thenGrade", d.gradeBefore() == null ? null : d.gradeBefore().label().in(lang));
        t.put("nowGrade", d.gradeAfter() == null ? null : d.gradeAfter().label().in(lang));
        t.put("improved", changes(d.improved(), rubric, lang, l));
        t.put("regressed", changes(d.regressed(), rubric, lang, l));
        t.put("statusChanges", d.statusChanges().stream().map(c -> Map.of("code", c.code(),
                "titleHtml", Html.text(rubric.indicator(c.code()).map(i -> i.title().in(lang)).orElse(""), lang),
                "from", l.get(c.statusBefore().json()), "to", l.get(c.statusAfter().json()))).toList());
        t.put("findingsAdded", d.findingsAdded().stream().map(f -> Html.text(f.description(), lang)).toList());
        t.put("findingsRemoved", d.findingsRemoved().stream().map(f -> Html.text(f.description(), lang)).toList());
        t.put("previousName", name);
        t.put("improvedCount", d.improved().size());
        t.put("regressedCount", d.regressed().size());
        t.put("hasStatusChanges", !d.statusChanges().isEmpty());
        t.put("hasAdded", !d.findingsAdded().isEmpty());
        t.put("hasRemoved", !d.findingsRemoved().isEmpty());
        return t;
    }

    private static List<Map<String, Object>> changes(List<Diff.Change> cs, Rubric rubric, String lang, Map<String, String> l) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Diff.Change c : cs) {
            out.add(Map.of("code", c.code(), "titleHtml", Html.text(rubric.indicator(c.code()).map(i -> i.title().in(lang)).orElse(""), lang),
                    "from", c.creditBefore() == null ? "—" : percent(c.creditBefore()),
                    "to", c.creditAfter() == null ? "—" : percent(c.creditAfter())));
        }
        return out;
    }

    private static List<Map<String, Object>> guidance(Indicator ind, Rubric rubric, String lang, boolean[] truncated) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Guidance g : ind.guidance()) {
            String text = g.text().strip();
            boolean cut = !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0;
            if (cut) {
                truncated[0] = true;
                text = text + "…";
            }
            String src = rubric.sources().stream().filter(s -> s.id().equals(g.source())).findFirst()
                    .map(s -> shortTitle(s.title().in(lang))).orElse(g.source());
            out.add(Map.of("sourceHtml", Html.text(src + " " + g.clause(), lang), "textHtml", "<span lang=\"zh-CN\">" + Html.escape(text) + "</span>",
                    "cut", cut));
        }
        return out;
    }

    /** 《…》 out of a document title, or the title. */
    private static String shortTitle(String title) {
        int a = title.indexOf('《');
        int b = title.indexOf('》');
        return a >= 0 && b > a ? title.substring(a, b + 1) : title;
    }

    private static String evidenceText(IndicatorResult i, Map<String, String> l, String lang) {
        if (i.status() == Status.NOT_ASSESSED) return l.get("not_assessed");
        if (i.sampled() != null) return l.get("sample") + " " + i.conforming() + "/" + i.sampled();
        if (i.band() != null) return l.get("band") + " " + i.band();
        if (i.metric() != null) return Display.measuredText(i.metric().value(), i.metric().direction() != io.aftercert.core.model.Direction.AT_MOST) + " " + Labels.unit(i.metric().unit(), lang);
        if ("conforms".equals(i.form())) return i.credit().signum() > 0 ? l.get("conforms") : l.get("nonConforms");
        return null;
    }

    private static void tableRows(Indicator node, int level, AssessmentResult r, List<Map<String, Object>> rows,
                                  Map<String, String> l, String lang) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", node.code());
        row.put("titleHtml", Html.text(node.title().in(lang), lang));
        row.put("level", level);
        row.put("derived", node.derived());
        if (!node.isLeaf()) {
            GroupResult g = r.group(node.code()).orElseThrow();
            row.put("isGroup", true);
            row.put("earned", num(g.earned()));
            row.put("applicable", num(g.applicable()));
            Ratio pct = g.percent();
            row.put("credit", pct == null ? "—" : Display.percentText(pct));
            row.put("weight", g.weight() == null ? null : num(g.weight()));
            rows.add(row);
            for (Indicator c : node.children()) tableRows(c, level + 1, r, rows, l, lang);
            return;
        }
        IndicatorResult i = r.indicator(node.code()).orElseThrow();
        row.put("isGroup", false);
        row.put("status", l.get(i.status().json()));
        row.put("statusClass", statusClass(i));
        row.put("limitHtml", Limits.of(i).map(t -> Html.text(t.in(lang), lang)).orElse(null));
        row.put("credit", i.credit() == null ? "—" : percent(i.credit()));
        row.put("evidence", evidenceText(i, l, lang));
        row.put("earned", num(i.earned()));
        // earned against the maximum it is scored against (after renormalisation)
        row.put("max", num(i.applicable().isZero() ? i.max() : i.applicable()));
        // where siblings were not applicable, the rubric's own maximum beside it (architecture §4: earned ≤ max)
        row.put("nominal", i.nominalMax() == null ? null : num(i.nominalMax()));
        String notes = i.status() == Status.NOT_APPLICABLE ? i.justification() : i.notes();
        row.put("notesHtml", notes == null ? null : Html.text(notes, lang));
        row.put("attachments", i.attachments());
        rows.add(row);
    }

    /** Bars as percentages of the group's full points: earned, lost, not applicable. */
    private static Map<String, Object> chart(AssessmentResult r, List<GroupResult> groups, String lang) {
        List<Map<String, Object>> bars = new ArrayList<>();
        for (GroupResult g : groups) {
            Ratio max = g.max().isZero() ? Ratio.ONE : g.max();
            Ratio pct = g.percent();
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("code", g.code());
            b.put("titleHtml", Html.text(g.title().in(lang), lang));
            Ratio earnedW = g.earned().dividedBy(max).times(Ratio.HUNDRED).min(Ratio.HUNDRED);
            Ratio appW = g.applicable().dividedBy(max).times(Ratio.HUNDRED).min(Ratio.HUNDRED);
            b.put("earnedW", earnedW.truncate(2).toPlainString());
            b.put("lostW", appW.minus(earnedW).max(Ratio.ZERO).truncate(2).toPlainString());
            b.put("naW", Ratio.HUNDRED.minus(appW).max(Ratio.ZERO).truncate(2).toPlainString());
            b.put("earned", num(g.earned()));
            b.put("applicable", num(g.applicable()));
            b.put("pct", pct == null ? "—" : Display.percentText(pct));
            b.put("weight", weightShare(r, g));
            bars.add(b);
        }
        return Map.of("bars", bars);
    }

    /**
     * The grade ribbon from a lower bound below the lowest grade to 100: one zone per grade, its
     * label in a legend under the ribbon (never clipped), the score as a marker.
     */
    private static Map<String, Object> scale(Rubric rubric, AssessmentResult r, String lang, Map<String, String> l) {
        List<Grade> grades = rubric.gradeScale().grades();
        Ratio lowest = grades.get(0).minScore();
        // start 20 below the lowest grade (or below the score), on a multiple of ten
        int low = lowest.minus(Ratio.of(20)).min(r.finalScore()).max(Ratio.ZERO).truncate(0).intValue();
        Ratio from = Ratio.of(low - low % 10);
        Ratio span = Ratio.HUNDRED.minus(from);
        List<Map<String, Object>> zones = new ArrayList<>();
        String current = r.gradeByScore() == null ? Grade.NONE_ID : r.gradeByScore().id();
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("cls", "zone-0");
        none.put("w", lowest.minus(from).dividedBy(span).times(Ratio.HUNDRED).truncate(2).toPlainString());
        none.put("label", rubric.gradeScale().noneLabel() != null ? rubric.gradeScale().noneLabel().in(lang) : l.get("below"));
        none.put("range", "< " + num(lowest));
        none.put("min", num(from));
        none.put("here", Grade.NONE_ID.equals(current));
        zones.add(none);
        for (int i = 0; i < grades.size(); i++) {
            Grade g = grades.get(i);
            Ratio next = i + 1 < grades.size() ? grades.get(i + 1).minScore() : Ratio.HUNDRED;
            Map<String, Object> z = new LinkedHashMap<>();
            z.put("cls", "zone-" + (i + 1));
            z.put("w", next.minus(g.minScore()).dividedBy(span).times(Ratio.HUNDRED).truncate(2).toPlainString());
            z.put("label", g.label().in(lang));
            z.put("range", i + 1 < grades.size() ? num(g.minScore()) + "–" + num(next) : "≥ " + num(g.minScore()));
            z.put("min", num(g.minScore()));
            z.put("here", g.id().equals(current));
            zones.add(z);
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("zones", zones);
        s.put("from", num(from));
        s.put("markerPct", r.finalScore().minus(from).max(Ratio.ZERO).dividedBy(span).times(Ratio.HUNDRED).truncate(2).toPlainString());
        s.put("markerLeft", r.finalScore().minus(from).dividedBy(span).compareTo(Ratio.of(1, 2)) < 0);
        s.put("desc", l.get("yourScore") + " " + r.scoreDisplay().toPlainString());
        return s;
    }

    private static void kpis(AssessmentResult r, String lang, Map<String, String> l, Map<String, Object> m) {
        List<Map<String, Object>> kpis = new ArrayList<>();
        int total = 0;
        int met = 0;
        int miss = 0;
        int verdicts = 0;
        for (IndicatorResult i : r.indicators()) {
            if (i.kind() != io.aftercert.core.model.IndicatorKind.METRIC && i.metric() == null) continue;
            total++;
            if (i.metric() == null) {
                if (i.status() == Status.ASSESSED) verdicts++; // the assessor's verdict, no measured value
                continue;
            }
            var k = i.metric();
            if (k.met()) met++;
            else miss++;
            boolean pctUnit = "%".equals(k.unit());
            String unit = Labels.unit(k.unit(), lang);
            String sp = unit.isEmpty() || pctUnit ? "" : " ";
            Map<String, Object> km = new LinkedHashMap<>();
            km.put("code", i.code());
            km.put("titleHtml", Html.text(i.title().in(lang), lang));
            km.put("value", Display.measuredText(k.value(), k.direction() != io.aftercert.core.model.Direction.AT_MOST) + sp + unit);
            km.put("target", k.direction().symbol() + " " + num(k.target()) + sp + unit);
            km.put("met", k.met());
            km.put("metText", k.met() ? l.get("yes") : l.get("no"));
            String gap = pctUnit ? num(k.gap()) + " pp" : num(k.gap()) + sp + unit;
            km.put("gap", k.met() ? "—" : gap);
            km.put("gapText", k.met() ? l.get("kpiLegendMet") : l.get("shortBy").replace("{g}", gap));
            km.put("kpi", k.recordsKpi());
            km.put("limitHtml", Limits.of(i).map(t -> Html.text(t.in(lang), lang)).orElse(null));
            // chart geometry: % on 0–100, other units on their own scale
            Ratio top = pctUnit ? Ratio.HUNDRED : k.target().times(Ratio.of(5, 4)).max(k.value());
            if (top.isZero()) top = Ratio.ONE;
            km.put("valueW", k.value().max(Ratio.ZERO).dividedBy(top).times(Ratio.HUNDRED).min(Ratio.HUNDRED).truncate(2).toPlainString());
            km.put("targetX", k.target().max(Ratio.ZERO).dividedBy(top).times(Ratio.HUNDRED).min(Ratio.HUNDRED).truncate(2).toPlainString());
            km.put("scale", pctUnit ? "0–100%" : "0–" + num(top) + sp + unit);
            kpis.add(km);
        }
        m.put("kpis", kpis);
        m.put("hasKpis", !kpis.isEmpty());
        m.put("kpiRecords", kpis.stream().filter(k -> k.get("kpi") != null).map(k -> k.get("code")).toList());
        m.put("hasKpiRecords", kpis.stream().anyMatch(k -> k.get("kpi") != null));
        m.put("kpiTotal", total);
        m.put("kpiMet", met);
        m.put("kpiMetText", l.get("kpiMet").replace("{met}", String.valueOf(met)).replace("{total}", String.valueOf(total)));
        String detail = l.get("kpiDetail").replace("{miss}", String.valueOf(miss)).replace("{nodata}", String.valueOf(total - met - miss - verdicts))
                + (verdicts > 0 ? l.get("kpiVerdicts").replace("{v}", String.valueOf(verdicts)) : "");
        m.put("kpiSummaryText", say(Lang.parse(lang), "kpi.summary", m.get("kpiMetText"), detail));
        m.put("kpiDetailText", detail);
    }

    private static List<Map<String, Object>> weights(AssessmentResult r, String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            if (g.level() > 2) continue;
            Map<String, Object> w = new LinkedHashMap<>();
            w.put("code", g.code());
            w.put("level", g.level());
            w.put("titleHtml", Html.text(g.title().in(lang), lang));
            String share = weightShare(r, g);
            w.put("weight", share == null ? "—" : share);
            w.put("share", g.percent() == null ? "—" : Display.percentText(g.percent()));
            w.put("contribution", num(g.earned()));
            out.add(w);
        }
        return out;
    }

    /** The first-level groups (a checklist's chapters) with their conformance: earned ÷ applicable × 100. */
    private static List<Map<String, Object>> chapters(AssessmentResult r, String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GroupResult g : r.groups()) {
            if (g.level() != 1) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("code", g.code());
            c.put("titleHtml", Html.text(g.title().in(lang), lang));
            c.put("earned", num(g.earned()));
            c.put("applicable", num(g.applicable()));
            c.put("pct", g.percent() == null ? "—" : Display.percentText(g.percent()));
            out.add(c);
        }
        return out;
    }

    /**
     * The summary of a conformance checklist: the rate, the KPIs, the chapter with the lowest rate
     * and the items to fix first.
     */
    private static String conformanceSummary(AssessmentResult r, Map<String, Object> m, String lang) {
        Lang in = Lang.parse(lang);
        String rate = Display.scoreText(r.finalScore()) + "%";
        List<Gap> top = r.gaps().stream().limit(3).toList();
        GroupResult weakest = r.groups().stream().filter(g -> g.level() == 1 && g.percent() != null)
                .min(Comparator.comparing(GroupResult::percent)).orElse(null);
        List<String> s = new ArrayList<>();
        s.add(say(in, "summary.conformance", r.organization().name(), rate, m.get("kpiMetText"), m.get("kpiDetailText")));
        if (weakest != null) s.add(say(in, "summary.weakestChapter", weakest.code(), weakest.title().in(lang), Display.percentText(weakest.percent())));
        headline(s, m);
        if (!top.isEmpty()) s.add(say(in, "summary.fullCredit", gapList(top, lang)));
        if (!r.notAssessed().isEmpty()) s.add(say(in, "summary.lackEvidence", r.notAssessed().size()));
        return String.join(say(in, "sep.sentence"), s);
    }

    /** A group's weight as a percentage of its siblings' weights, or null without weights. */
    private static String weightShare(AssessmentResult r, GroupResult g) {
        if (g.weight() == null) return null;
        Ratio siblings = r.groups().stream().filter(s -> s.level() == g.level() && java.util.Objects.equals(s.parent(), g.parent())
                && s.weight() != null).map(GroupResult::weight).reduce(Ratio.ZERO, Ratio::plus);
        return siblings.isZero() ? null : g.weight().dividedBy(siblings).times(Ratio.HUNDRED).truncate(2).stripTrailingZeros().toPlainString() + "%";
    }

    private static Map<String, Object> dataQuality(DataQuality dq, String lang) {
        if (dq == null) return null;
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("fileHtml", Html.text(dq.file(), lang));
        d.put("periodHtml", dq.period() == null ? null : Html.text(dq.period(), lang));
        d.put("rows", dq.rowsRead());
        d.put("excluded", dq.rowsExcluded());
        d.put("outliers", dq.outliers());
        d.put("hasByRule", !dq.excludedByRule().isEmpty());
        Map<String, String> l = Labels.of(lang);
        d.put("byRule", dq.excludedByRule().entrySet().stream().map(e -> {
            Map<String, Object> row = new HashMap<>();
            row.put("rule", e.getKey());
            row.put("count", e.getValue());
            // Chinese: the rule's name, its id beside it as a code; English: the id, which is the name
            if (!"en".equals(lang)) {
                row.put("label", io.aftercert.records.DataQualityFinding.ruleName(e.getKey(), io.aftercert.core.Lang.parse(lang)));
                row.put("code", e.getKey());
            }
            return row;
        }).toList());
        return d;
    }

    private static String summary(AssessmentResult r, ActionPlan ap, Map<String, Object> m, String lang, Map<String, String> l,
                                  boolean index) {
        Lang in = Lang.parse(lang);
        String org = r.organization().name();
        List<String> s = new ArrayList<>();
        String score = Display.scoreText(r.finalScore());
        List<ActionPlan.Action> top = ap.actions().stream().filter(a -> "P1".equals(a.priority())).toList();
        if (index) {
            GroupResult weakest = r.groups().stream().filter(g -> g.level() == 1 && g.percent() != null)
                    .min(Comparator.comparing(GroupResult::percent)).orElse(null);
            s.add(say(in, "summary.index", org, score, m.get("kpiMetText"), m.get("kpiDetailText")));
            if (weakest != null) s.add(say(in, "summary.weakestDimension", weakest.code(), weakest.title().in(lang), Display.percentText(weakest.percent())));
            headline(s, m);
            if (!top.isEmpty()) s.add(say(in, "summary.fullCredit", list(top, lang)));
            return String.join(say(in, "sep.sentence"), s);
        }
        String grade = r.grade().label().in(lang);
        boolean passed = r.passed() == io.aftercert.core.scoring.Verdict.PASSED;
        String condition = Boolean.TRUE.equals(m.get("conditional")) ? say(in, "summary.conditional", clause(String.valueOf(m.get("conditionalText")))) : "";
        s.add(say(in, "summary.graded", org, score, passed ? say(in, "summary.reaches", grade) : say(in, "summary.notPassed"), condition));
        headline(s, m);
        Planner.Plan next = ap.plan();
        List<ActionPlan.Action> first = ap.firstRound();
        if (next != null && next.reachable() && !first.isEmpty()) {
            String items = say(in, first.size() == 1 ? "summary.items.1" : "summary.items.n", first.size());
            s.add(say(in, ap.withEffort() ? "summary.next.effort" : "summary.next.fewest", next.grade().label().in(lang),
                    Display.neededText(next.needed()), items, list(first, lang)));
        }
        long deductions = r.deductionCount();
        if (deductions > 0) s.add(say(in, deductions == 1 ? "summary.deductions.1" : "summary.deductions.n", deductions));
        if (!r.notAssessed().isEmpty()) s.add(say(in, "summary.lackEvidence", r.notAssessed().size()));
        return String.join(say(in, "sep.sentence"), s);
    }

    /** The trend (with a previous assessment) and the recommendation, as the first screen says them. */
    private static void headline(List<String> s, Map<String, Object> m) {
        if (m.get("trendLine") != null) s.add(String.valueOf(m.get("trendLine")));
        s.add(String.valueOf(m.get("recommendation")));
    }

    /** Items with their gains and, where the effort file names one, their owner: {@code 5.1.5.2 以监督…（+3.06，质量部 刘洋）}. */
    private static String list(List<ActionPlan.Action> items, String lang) {
        Lang in = Lang.parse(lang);
        List<String> parts = new ArrayList<>();
        for (ActionPlan.Action a : items) {
            String extra = a.owner() == null ? Display.gain(a.gain()) : say(in, "list.owner", Display.gain(a.gain()), a.owner());
            parts.add(say(in, "list.item", a.code(), clause(a.title().in(lang)), extra));
        }
        return String.join(say(in, "list.sep"), parts);
    }

    /** Gaps with their gains (a conformance checklist's summary). */
    private static String gapList(List<Gap> gaps, String lang) {
        Lang in = Lang.parse(lang);
        List<String> parts = new ArrayList<>();
        for (Gap g : gaps) parts.add(say(in, "list.item", g.code(), clause(g.title().in(lang)), Display.gain(g.scoreGain())));
        return String.join(say(in, "list.sep"), parts);
    }

    /** A sentence of the report's bundle, its holes filled. */
    private static String say(Lang lang, String key, Object... args) {
        return Labels.words().format(lang, key, args);
    }

    private static Map<String, Object> method(AssessmentResult r, Rubric rubric, String lang, Map<String, String> l, boolean index) {
        Map<String, Object> mm = new LinkedHashMap<>();
        String kind = Labels.term(r.organization().kind(), lang);
        mm.put("scopeHtml", Html.text(l.get(kind == null ? "scopeSitesNoKind" : "scopeSites").replace("{org}", r.organization().name())
                .replace("{kind}", kind == null ? "" : kind).replace("{rubric}", r.rubric().title().in(lang))
                .replace("{n}", String.valueOf(r.indicators().size())).replace("{na}", String.valueOf(r.notApplicable().size()))
                .replace("{nas}", String.valueOf(r.notAssessed().size())), lang));
        mm.put("period", r.assessedOn() == null ? null : l.get("scopePeriod").replace("{date}", r.assessedOn().toString()));
        mm.put("samples", l.get("methodSamples"));
        mm.put("scoreRule", index ? l.get("methodIndex") : l.get("methodScore"));
        List<Map<String, Object>> bands = new ArrayList<>();
        for (Band b : rubric.bands()) {
            bands.add(Map.of("n", b.number(), "range", l.get("bandRange").replace("{from}", percent(b.from())).replace("{to}", percent(b.to())),
                    "textHtml", b.descriptors().isEmpty() ? "" : "<span lang=\"zh-CN\">" + Html.escape(b.descriptors().get(0)) + "</span>"));
        }
        mm.put("bands", bands);
        mm.put("hasBands", !bands.isEmpty());
        return mm;
    }

    /** Points by the one display rule ({@link Display#pointsText}). */
    static String num(Ratio r) {
        return Display.pointsText(r);
    }

    private static String percent(Ratio credit) {
        return Display.creditText(credit);
    }

    /** The generation time in the organisation's time zone, with its offset: {@code 2026-12-07 21:45（UTC+08:00）}. */
    static String generatedAt(Instant at) {
        var t = at.atZone(ZONE);
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(t) + " (UTC" + DateTimeFormatter.ofPattern("xxx").format(t) + ")";
    }

    /** A leaf's status coloured by its outcome: full credit, part, none; not applicable and not assessed as they are. */
    private static String statusClass(IndicatorResult i) {
        if (i.status() != Status.ASSESSED || i.credit() == null) return "st-" + i.status().json();
        return i.credit().compareTo(Ratio.ONE) >= 0 ? "st-full" : i.credit().isZero() ? "st-zero" : "st-part";
    }

    /** A sentence to embed in another: its closing full stop dropped (no {@code 。）。}). */
    static String clause(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "。.；;".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t;
    }

    private static String exact(Ratio r) {
        return r.isTerminating() ? r.toString() : r + " ≈ " + r.truncate(6).toPlainString();
    }
}
