package io.aftercert.records;

import com.github.mustachejava.Mustache;
import io.aftercert.core.Ratio;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.Rubric;
import io.aftercert.page.Pages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The KPI dashboard: one self-contained HTML page in the project's page shell (no scripts, a
 * Content-Security-Policy that forbids every fetch), in Chinese or English. Its first screen
 * answers "how are we doing": KPIs met of those with a target, the worst gaps, the change against
 * the previous month, the months the records span and the rows read and excluded. Then every KPI
 * against the target of the chosen standard, monthly trends on a per-KPI scale, a KPI × region
 * heat map, channels against their targets and the data quality. The page is
 * {@code kpi-dashboard.mustache} on the model {@link KpiDashboardModel} builds.
 *
 * <p>Trends, heat map and bars are marginal sums of a breakdown by month, region and channel
 * ({@link #OPTIONS_BY}): numerators and denominators add up, so every figure is exact.
 */
public final class KpiDashboard {
    /** The breakdown keys the dashboard needs, in this order. */
    public static final List<KpiOptions.GroupBy> OPTIONS_BY = List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.REGION,
            KpiOptions.GroupBy.CHANNEL);

    private static final Mustache TEMPLATE = Pages.compile(KpiDashboard.class, "kpi-dashboard.mustache");

    /**
     * The KPI targets a reader is measured against: those of one standard.
     *
     * @param title   the standard's name as a reader knows it (T/GXDSL 244—2025)
     * @param targets by KPI id; a KPI without one is only reported
     */
    public record Standard(String title, Map<String, Target> targets) {
        public Standard {
            targets = Map.copyOf(targets);
        }

        /** T/GXDSL 244—2025, the targets of {@link Kpi} (the default). */
        public static Standard gxdsl244() {
            Map<String, Target> t = new LinkedHashMap<>();
            for (Kpi k : Kpi.values()) if (k.target() != null) t.put(k.id(), new Target(k.target(), k.atLeast(), null, false));
            return new Standard("T/GXDSL 244—2025", t);
        }

        /**
         * The targets of {@code rubric}'s metric indicators that name a records KPI in percent (or
         * index points, 分); a metric on another unit (mean hours) is no target of the KPI's rate.
         * The title is the standard's number as the rubric's English title gives it.
         */
        public static Standard of(Rubric rubric) {
            String title = Pages.standardNumber(rubric.title().en(), rubric.id());
            Map<String, Target> t = new LinkedHashMap<>();
            for (Indicator leaf : rubric.leaves()) {
                if (leaf.metric() == null || leaf.metric().recordsKpi() == null || leaf.metric().target() == null) continue;
                if (!"%".equals(leaf.metric().unit()) && !"分".equals(leaf.metric().unit())) continue;
                Direction d = leaf.metric().direction();
                if (d != Direction.AT_LEAST && d != Direction.AT_MOST) continue;
                t.putIfAbsent(leaf.metric().recordsKpi(), new Target(leaf.metric().target(), d == Direction.AT_LEAST, leaf.code(),
                        leaf.metric().derived()));
            }
            return new Standard(title, t);
        }

        /**
         * {@code report} with this standard's targets and verdicts (totals and groups): a KPI it sets
         * no target for is only reported (target and verdict null). The figures are unchanged.
         */
        public KpiReport applyTo(KpiReport report) {
            KpiReport.Breakdown b = report.breakdown() == null ? null : new KpiReport.Breakdown(report.breakdown().by(),
                    report.breakdown().groups().stream().map(g -> new KpiReport.Group(g.key(), g.rows(), g.rowsExcluded(), g.findingsCount(),
                            apply(g.kpis()))).toList());
            return new KpiReport(report.schemaVersion(), report.file(), report.period(), report.rows(), report.rowsExcluded(), apply(report.kpis()),
                    report.outliers(), report.findingsByRule(), report.findingsCount(), report.findingsTruncated(), report.findings(), b);
        }

        private Map<String, KpiReport.KpiValue> apply(Map<String, KpiReport.KpiValue> kpis) {
            Map<String, KpiReport.KpiValue> out = new LinkedHashMap<>();
            kpis.forEach((id, v) -> {
                Target t = targets.get(id);
                Ratio x = v.exactValue();
                out.put(id, new KpiReport.KpiValue(v.numerator(), v.denominator(), v.value(), v.valueExact(),
                        t == null ? null : t.value().toBigDecimalExact(), t == null ? v.direction() : t.atLeast() ? "at-least" : "at-most",
                        t == null || x == null ? null : t.metBy(x), v.responses(), v.meanHours(), v.meanHoursExact(), v.medianHours(),
                        v.medianHoursExact()));
            });
            return java.util.Collections.unmodifiableMap(out);
        }
    }

    /**
     * One KPI's target.
     *
     * @param value   percent (index points for the satisfaction index)
     * @param atLeast at least (else at most)
     * @param clause  the indicator that states it, or null
     * @param derived the figure is the rubric's reading of the standard
     */
    public record Target(Ratio value, boolean atLeast, String clause, boolean derived) {
        /** Whether {@code exact} meets it. */
        public boolean metBy(Ratio exact) {
            int c = exact.compareTo(value);
            return atLeast ? c >= 0 : c <= 0;
        }
    }

    private final String lang;

    /** @param lang {@code zh} or {@code en} */
    public KpiDashboard(String lang) {
        io.aftercert.core.Lang.parse(java.util.Objects.requireNonNull(lang, "lang")); // zh or en, nothing else
        this.lang = lang;
    }

    /** A KPI's Chinese name (its id when it has none), for notes written into evidence. */
    static String zhName(String id) {
        return name(id, io.aftercert.core.Lang.ZH);
    }

    /** The name of KPI {@code id} in this language: {@code kpi.<id>} of the dashboard's bundle, its id when it has none. */
    public String kpiName(String id) {
        return name(id, io.aftercert.core.Lang.parse(lang));
    }

    private static String name(String id, io.aftercert.core.Lang lang) {
        // the satisfaction index is the standard's overall satisfaction: named where the survey page names it
        if (Kpi.SATISFACTION_INDEX.id().equals(id)) return Pages.satisfaction(lang.tag());
        String n = KpiDashboardText.words().all(lang).get("kpi." + id);
        return n == null ? id : n;
    }

    /**
     * A value for display: 2 decimals cut towards the miss (down for "at least", up for "at most"),
     * so a displayed value never looks like meeting a target that the exact figure misses.
     */
    public static String show(BigDecimal v, String direction) {
        if (v == null) return "—";
        return io.aftercert.core.Display.towardsMiss(io.aftercert.core.Ratio.of(v), !"at-most".equals(direction), 2).toPlainString();
    }

    /** The page for {@code report} against T/GXDSL 244's targets. */
    public String render(KpiReport report) {
        return render(report, Standard.gxdsl244());
    }

    /** The page for {@code report} against {@code standard}'s targets; trends, heat map and bars need a breakdown by month, region and channel. */
    public String render(KpiReport report, Standard standard) {
        return Pages.render(TEMPLATE, new KpiDashboardModel(this, lang, report, standard));
    }

    /** Per-key sums of a breakdown: key value → numerators and denominators per KPI (report order). */
    static Map<String, Agg> marginal(KpiReport r, String key) {
        Map<String, Agg> out = new TreeMap<>();
        if (r.breakdown() == null || !r.breakdown().by().contains(key)) return out;
        for (KpiReport.Group g : r.breakdown().groups()) out.computeIfAbsent(g.key().get(key), k -> new Agg()).add(g);
        return out;
    }

    /** Numerators and denominators per KPI, in report order. */
    static final class Agg {
        final long[] num = new long[Kpi.values().length];
        final long[] den = new long[Kpi.values().length];
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

        /** The exact value of KPI {@code k}: percent, or index points for the satisfaction index; null without data. */
        Ratio exact(int k) {
            return den[k] == 0 ? null : KpiDashboardModel.value(k == Kpi.SATISFACTION_INDEX.ordinal(), num[k], den[k]);
        }
    }

    static List<String> ids(KpiReport r) {
        return new ArrayList<>(r.kpis().keySet());
    }
}
