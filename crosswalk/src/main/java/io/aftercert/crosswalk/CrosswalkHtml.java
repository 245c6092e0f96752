package io.aftercert.crosswalk;

import com.github.mustachejava.Mustache;
import io.aftercert.core.Lang;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
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
    /** The crosswalk's wording: {@code CrosswalkWords_<lang>.properties}. */
    static final Text.Bundle WORDS = Text.Bundle.of("CrosswalkWords", n -> CrosswalkHtml.class.getResourceAsStream(n));
    private static final Mustache TEMPLATE = io.aftercert.page.Pages.compile(CrosswalkHtml.class, "crosswalk.mustache");

    private CrosswalkHtml() {
    }

    // long by design: the page's model key by key, in the order crosswalk.mustache reads them
    public static byte[] render(String sourceFile, List<CrosswalkResult> results, String langTag) {
        Lang lang = Lang.parse(langTag);
        Map<String, Object> l = labels(lang);
        Map<String, Object> m = new LinkedHashMap<>();
        String org = results.isEmpty() ? "" : results.get(0).prefill().organization().name();
        m.put("head", io.aftercert.page.Pages.Head.of(langTag, l.get("title") + " — " + org, org + " · " + l.get("title")));
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
            t.put("work", workText(r, lang));
            t.put("groups", groups(r, lang));
            t.put("title", r.target().title().in(lang));
            t.put("l", l);
            t.put("lowest", io.aftercert.core.Display.pointsText(r.lowest().finalScore()));
            t.put("highest", io.aftercert.core.Display.pointsText(r.highest().finalScore()));
            // without grades, the target rubric's data says what its score is (a conformance checklist or a quality index)
            boolean conformance = r.lowest().rubric().conformance();
            t.put("estimate", io.aftercert.core.Display.scoreText(r.estimate().finalScore()) + (conformance ? "%" : ""));
            GradeRef eg = r.estimate().grade();
            t.put("estimateResult", eg != null ? eg.label().in(lang)
                    : w(lang, conformance ? "result.conformance" : "result.index"));
            t.put("estimateClass", eg != null && eg.id() != null && !"none".equals(eg.id()) ? "met-yes" : eg != null ? "met-no" : "");
            t.put("bounds", w(lang, "bounds", io.aftercert.core.Display.scoreText(r.lowest().finalScore()), io.aftercert.core.Display.scoreText(r.highest().finalScore())));
            Ratio total = r.target().total();
            List<Map<String, Object>> segs = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            r.coverage().forEach((state, c) -> {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("state", state.json());
                s.put("label", stateLabel(state, lang));
                s.put("items", c[0].numerator());
                s.put("itemsText", items(c[0].numerator().longValue(), lang));
                s.put("points", io.aftercert.core.Display.pointsText(c[1]));
                s.put("width", c[1].dividedBy(total).times(Ratio.HUNDRED).truncate(2).toPlainString());
                segs.add(s);
                text.append(w(lang, "coverageText", stateLabel(state, lang), c[0].numerator()));
            });
            t.put("segments", segs);
            t.put("coverageText", text.toString());
            t.put("crosswalkName", w(lang, "crosswalkName", sourceName(r), Crosswalk.name(r.target())));
            t.put("derived", r.table().derived());
            List<Map<String, Object>> rows = new ArrayList<>();
            for (CrosswalkResult.Item i : r.toAssess()) rows.add(row(i, lang));
            t.put("rows", rows);
            List<Map<String, Object>> carried = new ArrayList<>();
            for (CrosswalkResult.Item i : r.items()) if (i.state() == CrosswalkResult.State.CARRIED) carried.add(row(i, lang));
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
        return io.aftercert.core.registry.RubricRegistry.getDefault().find(r.sourceRubric()).map(Crosswalk::name).orElse(r.sourceRubric());
    }

    /** A count of items: "1 item", "3 items", "3 项". */
    private static String items(long n, Lang lang) {
        return w(lang, n == 1 ? "items.one" : "items.other", n);
    }

    /** Items that still need work: to confirm, or with no evidence at all. */
    static long work(CrosswalkResult r) {
        return r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.TO_CONFIRM || i.state() == CrosswalkResult.State.UNCOVERED).count();
    }

    private static String workText(CrosswalkResult r, Lang lang) {
        long confirm = r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.TO_CONFIRM).count();
        long none = r.toAssess().stream().filter(i -> i.state() == CrosswalkResult.State.UNCOVERED).count();
        return w(lang, "workLeft", items(confirm, lang), none, confirm);
    }

    /** The items still to assess grouped by state (to confirm, data only, not covered), each with its count and points; short groups open. */
    private static List<Map<String, Object>> groups(CrosswalkResult r, Lang lang) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CrosswalkResult.State state : List.of(CrosswalkResult.State.TO_CONFIRM, CrosswalkResult.State.INFORMED, CrosswalkResult.State.UNCOVERED)) {
            List<Map<String, Object>> rows = new ArrayList<>();
            Ratio points = Ratio.ZERO;
            for (CrosswalkResult.Item i : r.toAssess()) {
                if (i.state() != state) continue;
                rows.add(row(i, lang));
                points = points.plus(i.points());
            }
            if (rows.isEmpty()) continue;
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("state", state.json());
            g.put("label", stateLabel(state, lang));
            g.put("count", rows.size());
            g.put("itemsText", items(rows.size(), lang));
            g.put("points", io.aftercert.core.Display.pointsText(points));
            g.put("open", rows.size() <= 8);
            g.put("rows", rows);
            out.add(g);
        }
        return out;
    }

    private static Map<String, Object> row(CrosswalkResult.Item i, Lang lang) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("code", i.code());
        o.put("title", i.title().in(lang));
        o.put("points", io.aftercert.core.Display.pointsText(i.points()));
        o.put("state", stateLabel(i.state(), lang));
        o.put("note", i.note());
        o.put("why", i.why() == null ? null : i.why().in(lang));
        return o;
    }

    /**
     * The coverage state in words, in one language.
     *
     * @param s the state
     * @param lang the reader's language
     * @return the words
     */
    public static String stateLabel(CrosswalkResult.State s, Lang lang) {
        return w(lang, "state." + s.json());
    }

    static String w(Lang lang, String key, Object... args) {
        return WORDS.format(lang, key, args);
    }

    /** The page's labels: the bundle's {@code label.*} keys, the prefix taken off. */
    private static Map<String, Object> labels(Lang lang) {
        Map<String, Object> l = new LinkedHashMap<>();
        WORDS.all(lang).forEach((k, v) -> {
            if (k.startsWith("label.")) l.put(k.substring("label.".length()), v);
        });
        return l;
    }
}
