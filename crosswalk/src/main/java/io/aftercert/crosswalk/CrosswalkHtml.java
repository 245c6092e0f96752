package io.aftercert.crosswalk;

import com.github.mustachejava.Mustache;
import io.aftercert.core.Ratio;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.scoring.GradeRef;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The "readiness across standards" page: one self-contained HTML file, no scripts (CSP). */
public final class CrosswalkHtml {
    private static final Mustache TEMPLATE = io.aftercert.page.Pages.compile(CrosswalkHtml.class, "crosswalk.mustache");

    private CrosswalkHtml() {
    }

    public static byte[] render(String sourceFile, List<CrosswalkResult> results, String lang) {
        boolean en = "en".equals(lang);
        Map<String, Object> l = labels(en);
        Map<String, Object> m = new LinkedHashMap<>();
        String org = results.isEmpty() ? "" : results.get(0).prefill().organization().name();
        m.put("head", io.aftercert.page.Pages.Head.of(lang, l.get("title") + " — " + org, org + " · " + l.get("title")));
        m.put("sdkVersion", SdkVersion.VERSION);
        m.put("tables", results.stream().map(r -> r.table().name().in(lang)).distinct().toList());
        m.put("l", l);
        m.put("org", results.isEmpty() ? "" : results.get(0).prefill().organization().name());
        m.put("sourceRubric", results.isEmpty() ? "" : results.get(0).sourceRubric());
        m.put("sourceName", results.isEmpty() ? "" : sourceName(results.get(0)));
        // closest first: the higher estimated result, then the less work left (items to confirm or without evidence)
        results = new ArrayList<>(results);
        results.sort(java.util.Comparator.comparing((CrosswalkResult r) -> r.estimate().finalScore(), java.util.Comparator.reverseOrder())
                .thenComparingLong(CrosswalkHtml::work));
        int rank = 0;
        m.put("sourceFile", sourceFile);
        List<Map<String, Object>> targets = new ArrayList<>();
        for (CrosswalkResult r : results) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("id", r.target().id());
            t.put("rank", ++rank);
            t.put("name", Crosswalk.name(r.target()));
            t.put("work", workText(r, en));
            t.put("groups", groups(r, en, lang));
            t.put("title", r.target().title().in(lang));
            t.put("l", l);
            t.put("lowest", io.aftercert.core.Display.pointsText(r.lowest().finalScore()));
            t.put("highest", io.aftercert.core.Display.pointsText(r.highest().finalScore()));
            // without grades, the target rubric's data says what its score is (a conformance checklist or a quality index)
            boolean conformance = r.lowest().rubric().conformance();
            t.put("estimate", io.aftercert.core.Display.scoreText(r.estimate().finalScore()) + (conformance ? "%" : ""));
            GradeRef eg = r.estimate().grade();
            t.put("estimateResult", eg != null ? eg.label().in(lang)
                    : conformance ? (en ? "conformance rate (no grades)" : "符合率（不设等级）")
                    : (en ? "quality index (no grades)" : "质量指数（不设等级）"));
            t.put("estimateClass", eg != null && eg.id() != null && !"none".equals(eg.id()) ? "met-yes" : eg != null ? "met-no" : "");
            t.put("bounds", en ? "Confirmed so far " + io.aftercert.core.Display.scoreText(r.lowest().finalScore()) + "; if every item left earns full credit "
                    + io.aftercert.core.Display.scoreText(r.highest().finalScore())
                    : "已确认部分 " + io.aftercert.core.Display.scoreText(r.lowest().finalScore()) + "；剩余条款全部得满分时 " + io.aftercert.core.Display.scoreText(r.highest().finalScore()));
            Ratio total = r.target().total();
            List<Map<String, Object>> segs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            r.coverage().forEach((state, c) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("state", state.json());
                s.put("label", stateLabel(state, en));
                s.put("items", c[0].numerator());
                s.put("itemsText", items(c[0].numerator().longValue(), en));
                s.put("points", io.aftercert.core.Display.pointsText(c[1]));
                s.put("width", c[1].dividedBy(total).times(Ratio.HUNDRED).truncate(2).toPlainString());
                segs.add(s);
                text.append(stateLabel(state, en)).append(' ').append(c[0].numerator()).append(en ? " items; " : " 项；");
            });
            t.put("segments", segs);
            t.put("coverageText", text.toString());
            t.put("crosswalkName", en ? "Mapping " + sourceName(r) + " → " + Crosswalk.name(r.target()) : "对照表：" + sourceName(r) + " → " + Crosswalk.name(r.target()));
            t.put("derived", r.table().derived());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CrosswalkResult.Item i : r.toAssess()) rows.add(row(i, en, lang));
            t.put("rows", rows);
            List<Map<String, Object>> carried = new ArrayList<>();
            for (CrosswalkResult.Item i : r.items()) if (i.state() == CrosswalkResult.State.CARRIED) carried.add(row(i, en, lang));
            t.put("carried", carried);
            targets.add(t);
        }
        m.put("targets", targets);
        StringWriter w = new StringWriter();
        TEMPLATE.execute(w, m);
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The evidence's standard by name: the source rubric of the table's other end. */
    private static String sourceName(CrosswalkResult r) {
        return io.aftercert.core.RubricRegistry.getDefault().find(r.sourceRubric()).map(Crosswalk::name).orElse(r.sourceRubric());
    }

    /** A count of items: "1 item", "3 items", "3 项". */
    private static String items(long n, boolean en) {
        return n + (en ? (n == 1 ? " item" : " items") : " 项");
    }

    /** Items that still need work: to confirm, or with no evidence at all. */
    static long work(CrosswalkResult r) {
        return r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.TO_CONFIRM || i.state() == CrosswalkResult.State.UNCOVERED).count();
    }

    private static String workText(CrosswalkResult r, boolean en) {
        long confirm = r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.TO_CONFIRM).count();
        long none = r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.UNCOVERED).count();
        return en ? "Work left: " + items(confirm, true) + " to confirm, " + none + " with no evidence"
                : "剩余工作：待确认 " + confirm + " 项，无证据 " + none + " 项";
    }

    /** The items still to assess grouped by state (to confirm, data only, not covered), each with its count and points; short groups open. */
    private static List<Map<String, Object>> groups(CrosswalkResult r, boolean en, String lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CrosswalkResult.State state : List.of(CrosswalkResult.State.TO_CONFIRM, CrosswalkResult.State.INFORMED, CrosswalkResult.State.UNCOVERED)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            Ratio points = Ratio.ZERO;
            for (CrosswalkResult.Item i : r.toAssess()) {
                if (i.state() != state) continue;
                rows.add(row(i, en, lang));
                points = points.plus(i.points());
            }
            if (rows.isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("state", state.json());
            g.put("label", stateLabel(state, en));
            g.put("count", rows.size());
            g.put("itemsText", items(rows.size(), en));
            g.put("points", io.aftercert.core.Display.pointsText(points));
            g.put("open", rows.size() <= 8);
            g.put("rows", rows);
            out.add(g);
        }
        return out;
    }

    private static Map<String, Object> row(CrosswalkResult.Item i, boolean en, String lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", i.code());
        o.put("title", i.title().in(lang));
        o.put("points", io.aftercert.core.Display.pointsText(i.points()));
        o.put("state", stateLabel(i.state(), en));
        o.put("note", i.note());
        o.put("why", i.why() == null ? null : i.why().in(lang));
        return o;
    }

    /** The coverage state in words, in one language. */
    public static String stateLabel(CrosswalkResult.State s, boolean en) {
        return switch (s) {
            case CARRIED -> en ? "carried over" : "已沿用";
            case TO_CONFIRM -> en ? "to confirm" : "待确认";
            case INFORMED -> en ? "data only" : "仅数据参考";
            case UNCOVERED -> en ? "not covered" : "未覆盖";
        };
    }

    private static Map<String, Object> labels(boolean en) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("title", en ? "Readiness across standards" : "跨标准就绪度");
        l.put("source", en ? "evidence for" : "证据所属标准");
        l.put("method", en
                ? "Evidence collected for one standard, read against the others through item-to-item mappings. A verdict carries over as it is only where the two requirements are equal; a stricter requirement fully met carries \"conforms\" to a looser one, never the reverse; everything else, its evidence quoted, is left to confirm. The estimate counts each item to confirm at the credit its evidence already earned and items with data only or no evidence at nothing; beside it, what is confirmed so far and what full credit on every item left would give."
                : "按条款对照表把为一项标准收集的证据对到其他标准。只有两条要求相同时才原样沿用评价；更严的一方完全符合时，其“符合”可沿用到较宽的一方，反之不可；其余一律待确认，并引用原证据。预计结果把每个待确认条款按原证据已得的得分率计入，仅有数据或无证据的条款不得分；同时列出已确认部分的得分和剩余条款全部得满分时的得分。");
        l.put("estimate", en ? "Estimated result" : "预计结果");
        l.put("estimateNote", en ? "carried verdicts, plus each item to confirm at the credit its evidence already earned"
                : "已沿用的评价，加上每个待确认条款按原证据已得的得分率计");
        l.put("colon", en ? ": " : "：");
        l.put("why", en ? "why: " : "依据：");
        l.put("itemsUnit", en ? "items" : "项");
        l.put("pointsUnit", en ? "points" : "分");
        l.put("derived", en ? "mappings are AfterCert's own judgement (derived), replaceable with your own file"
                : "对照关系为 AfterCert 的判断（推导值），可用自己的对照表替换");
        l.put("toAssess", en ? "items still to assess" : "尚需评估的条款");
        l.put("toAssessCaption", en ? "Grouped by coverage; within a group ranked by points, most first" : "按覆盖情况分组；组内按分值从高到低排列");
        l.put("ranked", en ? "Standards ranked by how close the evidence already brings you (estimated result, highest first), then by the work left"
                : "各标准按现有证据的接近程度排序（预计结果高的在前），其次按剩余工作量");
        l.put("code", en ? "Item" : "条款");
        l.put("item", en ? "Requirement" : "要求");
        l.put("points", en ? "Points" : "分值");
        l.put("state", en ? "Coverage" : "覆盖情况");
        l.put("evidenceFrom", en ? "Evidence to start from: " : "可参考的证据：");
        l.put("carried", en ? "Carried over" : "已沿用的评价");
        l.put("footer", en ? "Generated by" : "生成工具");
        l.put("methodHeading", en ? "Method and provenance" : "方法与来源");
        return l;
    }
}
