package io.aftercert.records;

import io.aftercert.core.Ratio;
import io.aftercert.page.Pages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The KPI dashboard's model: every figure and sentence of the page, worked out here; the template
 * only lays them out. Values are exact ({@link Ratio}); a shown value is cut towards the miss.
 */
final class KpiDashboardModel {
    /** Fewer records than this behind a KPI make it a small sample (flagged; no verdict hides that). */
    static final long SMALL_SAMPLE = 30;
    /** Channels the records format allows; any other value is a data-quality finding, not a channel. */
    static final Set<String> CHANNELS = Set.of("phone", "online", "app", "onsite", "letter");
    /** Regions per heat-map table at most, so a table fits an A4 page and a 1040 px screen. */
    static final int REGIONS_PER_TABLE = 7;

    final Pages.Head head;
    final KpiDashboardText l;
    final String kicker;
    final String file;
    final String months;
    final String rows;
    final String rowsExcluded;
    final String rowsUsed;
    final String standardTitle;
    final Tiles tiles;
    final String smallSample;
    final List<KpiRow> kpis = new ArrayList<>();
    final boolean hasTrends;
    final List<Trend> trends = new ArrayList<>();
    final boolean anyPartial;
    final List<HeatTable> heat = new ArrayList<>();
    final boolean hasHeat;
    final boolean hasChannels;
    final List<ChannelChart> channels = new ArrayList<>();
    final List<ChannelRow> channelRows = new ArrayList<>();
    final List<Cell> quality = new ArrayList<>();
    final List<WorstRow> worst = new ArrayList<>();
    final String worstSummary;

    private final KpiDashboard names;

    KpiDashboardModel(KpiDashboard names, String lang, KpiReport r, KpiDashboard.Standard standard) {
        this.names = names;
        this.l = new KpiDashboardText(lang);
        this.standardTitle = standard.title();
        this.head = Pages.Head.of(lang, l.title + " — " + r.file(), r.file() + " · " + l.title + " · " + standard.title());
        this.kicker = "AfterCert · " + standard.title() + " " + l.chapters;
        this.file = r.file();
        Map<String, KpiDashboard.Agg> byMonth = KpiDashboard.marginal(r, "month");
        byMonth.remove("");
        List<String> monthKeys = new ArrayList<>(byMonth.keySet());
        this.months = monthRange(r, monthKeys);
        this.rows = Pages.count(r.rows());
        this.rowsExcluded = Pages.count(r.rowsExcluded());
        this.rowsUsed = Pages.count(r.rows() - r.rowsExcluded());
        List<String> ids = KpiDashboard.ids(r);
        for (String id : ids) kpis.add(kpiRow(id, r.kpis().get(id), standard.targets().get(id)));
        boolean[] partial = partialMonths(r, byMonth, monthKeys);
        this.tiles = tiles(r, byMonth, partial, standard, ids);
        this.smallSample = r.rows() - r.rowsExcluded() < SMALL_SAMPLE ? l.smallSample(Pages.count(r.rows() - r.rowsExcluded())) : null;
        boolean p = false;
        for (boolean b : partial) p |= b;
        this.anyPartial = p;
        this.hasTrends = monthKeys.size() >= 2 && smallSample == null;
        if (hasTrends) {
            for (int k = 0; k < ids.size(); k++) {
                KpiReport.KpiValue total = r.kpis().get(ids.get(k));
                if (total.denominator() > 0) trends.add(trend(ids.get(k), k, standard.targets().get(ids.get(k)), byMonth, monthKeys, partial));
            }
        }
        heat(r, standard, ids);
        channels(r, standard, ids);
        this.hasHeat = !heat.isEmpty();
        this.hasChannels = !channels.isEmpty();
        quality(r);
        this.worstSummary = worst(r);
    }

    // ---- figures ---------------------------------------------------------------------------

    /** KPI value from sums: percent, or for the satisfaction index (mean answer − 1) ÷ 4 × 100. */
    static Ratio value(boolean satisfaction, long num, long den) {
        Ratio r = Ratio.of(num, den);
        return satisfaction ? r.minus(Ratio.ONE).dividedBy(Ratio.of(4)).times(Ratio.HUNDRED) : r.times(Ratio.HUNDRED);
    }

    /** {@code v} with {@code scale} decimals, cut towards the miss (down for at least, up for at most). */
    static String cut(Ratio v, boolean atLeast, int scale) {
        return io.aftercert.core.Display.towardsMiss(v, atLeast, scale).toPlainString();
    }

    private static String plain(Ratio v) {
        BigDecimal d = v.toBigDecimal(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }

    private String unit(String id) {
        return "satisfaction_index".equals(id) ? l.points : " %";
    }

    private String targetText(String id, KpiDashboard.Target t) {
        return t == null ? l.reportedOnly : (t.atLeast() ? "≥ " : "≤ ") + plain(t.value()) + unit(id);
    }

    private static boolean atLeast(String id, KpiDashboard.Target t) {
        return t != null ? t.atLeast() : !"repeat_repair".equals(id);
    }

    // ---- KPI table ---------------------------------------------------------------------------

    record KpiRow(String id, String name, String value, String target, String source, String verdict, String verdictClass,
                  String counts, String explain, boolean small, Bar bar) {
    }

    /** A horizontal bar: value and target as percent of its width, with its text alternative. */
    record Bar(String width, String cls, String targetAt, boolean hasTarget, String label) {
    }

    private KpiRow kpiRow(String id, KpiReport.KpiValue v, KpiDashboard.Target t) {
        Ratio x = v.exactValue();
        boolean up = atLeast(id, t);
        String value = x == null ? "—" : cut(x, up, 2) + unit(id);
        Boolean met = x == null || t == null ? null : t.metBy(x);
        String verdict = met == null ? (t == null ? l.reportedOnly : l.noData) : met ? l.met : l.notMet;
        String cls = met == null ? "na" : met ? "met-yes" : "met-no";
        boolean sat = "satisfaction_index".equals(id);
        String counts = sat ? l.satCounts(Pages.count(v.numerator()), Pages.count(v.denominator()))
                : Pages.count(v.numerator()) + " / " + Pages.count(v.denominator());
        String explain = sat && x != null ? l.satExplain(Ratio.of(v.numerator(), v.denominator()).toBigDecimal(2, RoundingMode.FLOOR).toPlainString()) : null;
        String source = t == null || t.clause() == null ? null : standardTitle + " " + t.clause() + (t.derived() ? l.derivedMark : "");
        Bar bar = x == null ? null : bar(x, t, met, names.kpiName(id) + l.colon + value + (t == null ? "" : l.sep + l.target + " " + targetText(id, t)));
        return new KpiRow(id, names.kpiName(id), value, targetText(id, t), source, verdict, cls, counts, explain,
                v.denominator() > 0 && v.denominator() < SMALL_SAMPLE, bar);
    }

    private static Bar bar(Ratio x, KpiDashboard.Target t, Boolean met, String label) {
        return new Bar(pct(x), met == null ? "bar-na" : met ? "bar-hi" : "bar-low", t == null ? "0" : pct(t.value()), t != null, label);
    }

    private static String pct(Ratio x) {
        return x.clamp(Ratio.ZERO, Ratio.HUNDRED).toBigDecimal(1, RoundingMode.HALF_UP).toPlainString();
    }

    // ---- first screen ------------------------------------------------------------------------

    record Tiles(String met, String of, String metSub, List<Gap> gaps, String change, List<String> changes, boolean hasChange) {
    }

    record Gap(String name, String value, String detail) {
    }

    private Tiles tiles(KpiReport r, Map<String, KpiDashboard.Agg> byMonth, boolean[] partial, KpiDashboard.Standard standard, List<String> ids) {
        int with = 0;
        int met = 0;
        List<Object[]> gaps = new ArrayList<>();
        for (String id : ids) {
            KpiDashboard.Target t = standard.targets().get(id);
            Ratio x = r.kpis().get(id).exactValue();
            if (t == null || x == null) continue;
            with++;
            if (t.metBy(x)) met++;
            else gaps.add(new Object[] {id, x, t, t.atLeast() ? t.value().minus(x) : x.minus(t.value())});
        }
        gaps.sort(Comparator.comparing((Object[] g) -> (Ratio) g[3]).reversed());
        List<Gap> worst = new ArrayList<>();
        for (Object[] g : gaps.subList(0, Math.min(3, gaps.size()))) {
            String id = (String) g[0];
            KpiDashboard.Target t = (KpiDashboard.Target) g[2];
            worst.add(new Gap(names.kpiName(id), cut((Ratio) g[1], t.atLeast(), 2) + unit(id),
                    l.gap(targetText(id, t), ((Ratio) g[3]).toBigDecimal(2, RoundingMode.CEILING).toPlainString() + unit(id).replace(" %", l.pp))));
        }
        List<String> changes = change(byMonth, partial, standard, ids);
        String change = changes == null ? null : changes.remove(0);
        return new Tiles(String.valueOf(met), String.valueOf(with), l.metSub(met, with), worst, change, changes == null ? List.of() : changes,
                change != null);
    }

    /**
     * The last two whole months compared (the KPIs with a target whose value moved by a tenth of a
     * point or more; a partial month is left out), or null.
     */
    private List<String> change(Map<String, KpiDashboard.Agg> byMonth, boolean[] partial, KpiDashboard.Standard standard, List<String> ids) {
        List<String> keys = new ArrayList<>();
        int i = 0;
        for (String k : byMonth.keySet()) if (!partial[i++]) keys.add(k);
        if (keys.size() < 2) return null;
        String last = keys.get(keys.size() - 1);
        String prev = keys.get(keys.size() - 2);
        List<String> out = new ArrayList<>();
        int better = 0;
        int worse = 0;
        List<String> lines = new ArrayList<>();
        for (int k = 0; k < ids.size(); k++) {
            KpiDashboard.Target t = standard.targets().get(ids.get(k));
            Ratio a = byMonth.get(prev).exact(k);
            Ratio b = byMonth.get(last).exact(k);
            if (t == null || a == null || b == null) continue;
            Ratio d = b.minus(a);
            Ratio size = d.signum() < 0 ? d.negate() : d;
            if (size.compareTo(Ratio.of(1, 10)) < 0) continue;
            boolean good = t.atLeast() == (d.signum() > 0);
            if (good) better++;
            else worse++;
            lines.add((good ? "▲ " : "▼ ") + names.kpiName(ids.get(k)) + " " + (d.signum() > 0 ? "+" : "−")
                    + size.toBigDecimal(1, RoundingMode.HALF_UP).toPlainString() + unit(ids.get(k)).replace(" %", l.pp));
        }
        out.add(l.change(last, prev, better, worse));
        out.addAll(lines.subList(0, Math.min(4, lines.size())));
        return out;
    }

    private String monthRange(KpiReport r, List<String> keys) {
        String from = r.period() != null && r.period().from() != null ? r.period().from() : keys.isEmpty() ? null : keys.get(0);
        String to = r.period() != null && r.period().to() != null ? r.period().to() : keys.isEmpty() ? null : keys.get(keys.size() - 1);
        if (from == null && to == null) return l.noDates;
        return (from == null ? "…" : from) + l.to + (to == null ? "…" : to);
    }

    /**
     * Months marked partial: the first and last month when the period cuts into them, or when their
     * rows per calendar day fall below 90 % of the median month's (records that start or end
     * mid-month: a month from the 5th holds 27 of 31 days, 87 %).
     */
    static boolean[] partialMonths(KpiReport r, Map<String, KpiDashboard.Agg> byMonth, List<String> keys) {
        boolean[] p = new boolean[keys.size()];
        if (keys.size() < 2) return p;
        double[] perDay = keys.stream().mapToDouble(k -> perDay(k, byMonth.get(k).rows)).sorted().toArray();
        double median = perDay[perDay.length / 2];
        int last = keys.size() - 1;
        p[0] = perDay(keys.get(0), byMonth.get(keys.get(0)).rows) < 0.9 * median
                || r.period() != null && r.period().from() != null && !r.period().from().endsWith("-01");
        p[last] = perDay(keys.get(last), byMonth.get(keys.get(last)).rows) < 0.9 * median
                || r.period() != null && r.period().to() != null && !lastDayOfMonth(r.period().to());
        return p;
    }

    /** Rows per calendar day of the month {@code key} ({@code 2026-01}); a key that is no month counts as 30 days. */
    private static double perDay(String key, long rows) {
        int days;
        try {
            days = java.time.YearMonth.parse(key).lengthOfMonth();
        } catch (java.time.DateTimeException e) {
            days = 30;
        }
        return (double) rows / days;
    }

    private static boolean lastDayOfMonth(String date) {
        java.time.LocalDate d = java.time.LocalDate.parse(date);
        return d.getDayOfMonth() == d.lengthOfMonth();
    }

    // ---- trends ------------------------------------------------------------------------------

    record Trend(String id, String name, String label, String viewBox, List<Tick> yTicks, List<Tick> xTicks, String path, List<Dot> dots,
                 boolean hasTarget, String targetY, String targetText, List<Cell> data) {
    }

    record Tick(String x, String y, String text, String anchor) {
    }

    record Dot(String x, String y, boolean partial) {
    }

    record Cell(String key, String value) {
    }

    static final int W = 320;
    static final int H = 160;
    static final int LEFT = 40;
    static final int RIGHT = 22;
    static final int TOP = 10;
    static final int BOTTOM = 26;

    /** A y axis for {@code lo..hi} (and the target), in steps of 1, 2, 5, 10 or 25 points, within 0–100. */
    static int[] axis(double lo, double hi) {
        int[] steps = {1, 2, 5, 10, 25};
        double span = Math.max(hi - lo, 0.5);
        int step = 25;
        for (int s : steps) if (span / s <= 5) { step = s; break; }
        int a = (int) Math.max(0, Math.floor(lo / step) * step);
        int b = (int) Math.min(100, Math.ceil(hi / step) * step);
        if (b <= a) b = Math.min(100, a + step);
        if (b <= a) a = b - step;
        return new int[] {a, b, step};
    }

    private Trend trend(String id, int k, KpiDashboard.Target t, Map<String, KpiDashboard.Agg> byMonth, List<String> keys, boolean[] partial) {
        int n = keys.size();
        double[] v = new double[n];
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            Ratio x = byMonth.get(keys.get(i)).exact(k);
            v[i] = x == null ? Double.NaN : x.toDouble();
            if (x != null) { lo = Math.min(lo, v[i]); hi = Math.max(hi, v[i]); }
        }
        if (t != null) { lo = Math.min(lo, t.value().toDouble()); hi = Math.max(hi, t.value().toDouble()); }
        int[] ax = axis(lo, hi);
        double plotH = H - TOP - BOTTOM;
        double plotW = W - LEFT - RIGHT;
        List<Tick> yTicks = new ArrayList<>();
        for (int g = ax[0]; g <= ax[1]; g += ax[2]) yTicks.add(new Tick(String.valueOf(LEFT - 6), f1(y(g, ax, plotH) + 4), String.valueOf(g), "end"));
        List<Tick> xTicks = new ArrayList<>();
        int labelStep = Math.max(1, (n + 3) / 4);
        StringBuilder path = new StringBuilder();
        List<Dot> dots = new ArrayList<>();
        List<Cell> data = new ArrayList<>();
        StringBuilder alt = new StringBuilder(names.kpiName(id)).append(l.colon);
        for (int i = 0; i < n; i++) {
            double x = LEFT + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double lastX = LEFT + plotW;
            // every labelStep-th month and the last; a label too close to the last one gives way (a centred label ~50 units wide, the last one right-aligned)
            if (i == n - 1 || i % labelStep == 0 && (i == 0 || lastX - x >= 80)) {
                xTicks.add(new Tick(f1(x), String.valueOf(H - 8), keys.get(i) + (partial[i] ? "*" : ""), i == 0 ? "start" : i == n - 1 ? "end" : "middle"));
            }
            String shown = Double.isNaN(v[i]) ? "—" : cut(byMonth.get(keys.get(i)).exact(k), atLeast(id, t), 1) + unit(id);
            data.add(new Cell(keys.get(i) + (partial[i] ? l.partialMark : ""), shown));
            alt.append(i == 0 ? "" : l.sep).append(keys.get(i)).append(' ').append(shown);
            if (Double.isNaN(v[i])) continue;
            double y = y(v[i], ax, plotH);
            path.append(path.length() == 0 ? "M" : " L").append(f1(x)).append(' ').append(f1(y));
            if (n <= 24 || partial[i] || i == n - 1) dots.add(new Dot(f1(x), f1(y), partial[i]));
        }
        if (t != null) alt.append(l.sep).append(l.target).append(' ').append(targetText(id, t));
        return new Trend(id, names.kpiName(id), alt.toString(), "0 0 " + W + " " + H, yTicks, xTicks, path.toString(), dots, t != null,
                t == null ? "0" : f1(y(t.value().toDouble(), ax, plotH)), t == null ? null : targetText(id, t), data);
    }

    private static double y(double v, int[] ax, double plotH) {
        double c = Math.max(ax[0], Math.min(ax[1], v));
        return TOP + plotH * (1 - (c - ax[0]) / (ax[1] - ax[0]));
    }

    static String f1(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    // ---- heat map: KPIs as rows, regions as columns, in tables of at most six regions -----------

    record HeatTable(List<String> regions, List<HeatRow> rows) {
    }

    record HeatRow(String name, String target, List<HeatCell> cells) {
    }

    record HeatCell(String region, String value, String cls, String mark) {
    }

    private void heat(KpiReport r, KpiDashboard.Standard standard, List<String> ids) {
        Map<String, KpiDashboard.Agg> regions = KpiDashboard.marginal(r, "region");
        List<String> keys = new ArrayList<>(regions.keySet());
        int tables = (keys.size() + REGIONS_PER_TABLE - 1) / REGIONS_PER_TABLE;
        int per = tables == 0 ? 1 : (keys.size() + tables - 1) / tables; // tables of even size
        for (int from = 0; from < keys.size(); from += per) {
            List<String> part = keys.subList(from, Math.min(keys.size(), from + per));
            List<String> shown = part.stream().map(k -> k.isEmpty() ? l.none : k).toList();
            List<HeatRow> rows = new ArrayList<>();
            for (int k = 0; k < ids.size(); k++) {
                String id = ids.get(k);
                KpiDashboard.Target t = standard.targets().get(id);
                if (t == null) continue;
                List<HeatCell> cells = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    Ratio x = regions.get(part.get(i)).exact(k);
                    String cls = x == null ? "h-na" : t.metBy(x) ? "h-ok" : near(x, t) ? "h-near" : "h-bad";
                    String mark = x == null ? "" : t.metBy(x) ? "✓" : near(x, t) ? "△" : "✗";
                    cells.add(new HeatCell(shown.get(i), x == null ? "—" : cut(x, t.atLeast(), 1), cls, mark));
                }
                rows.add(new HeatRow(names.kpiName(id), targetText(id, t), cells));
            }
            heat.add(new HeatTable(shown, rows));
        }
    }

    /** Missing the target by at most 5 points. */
    private static boolean near(Ratio x, KpiDashboard.Target t) {
        Ratio gap = t.atLeast() ? t.value().minus(x) : x.minus(t.value());
        return gap.compareTo(Ratio.of(5)) <= 0;
    }

    // ---- channels -------------------------------------------------------------------------------

    record ChannelChart(String name, String target, List<ChannelBar> bars) {
    }

    record ChannelBar(String channel, String value, Bar bar) {
    }

    record ChannelRow(String channel, String rows, String excluded) {
    }

    private void channels(KpiReport r, KpiDashboard.Standard standard, List<String> ids) {
        Map<String, KpiDashboard.Agg> byChannel = KpiDashboard.marginal(r, "channel");
        for (String id : List.of("first_contact_resolution", "callback_ratio", "satisfaction_index", "on_time_arrival")) {
            int k = ids.indexOf(id);
            if (k < 0) continue;
            KpiDashboard.Target t = standard.targets().get(id);
            List<ChannelBar> bars = new ArrayList<>();
            for (Map.Entry<String, KpiDashboard.Agg> e : byChannel.entrySet()) {
                Ratio x = e.getValue().exact(k);
                if (x == null || !CHANNELS.contains(e.getKey())) continue;
                String value = cut(x, atLeast(id, t), 1) + unit(id);
                Boolean met = t == null ? null : t.metBy(x);
                bars.add(new ChannelBar(channelName(e.getKey()), value, bar(x, t, met, channelName(e.getKey()) + l.colon + value)));
            }
            if (!bars.isEmpty()) channels.add(new ChannelChart(names.kpiName(id), targetText(id, t), bars));
        }
        for (Map.Entry<String, KpiDashboard.Agg> e : byChannel.entrySet()) {
            if (!CHANNELS.contains(e.getKey()) && !e.getKey().isEmpty()) continue;
            channelRows.add(new ChannelRow(e.getKey().isEmpty() ? l.none : channelName(e.getKey()), Pages.count(e.getValue().rows),
                    Pages.count(e.getValue().excluded)));
        }
        for (Map.Entry<String, KpiDashboard.Agg> e : byChannel.entrySet()) {
            if (CHANNELS.contains(e.getKey()) || e.getKey().isEmpty()) continue;
            quality.add(new Cell(l.badChannel(e.getKey()), Pages.count(e.getValue().rows)));
        }
    }

    private String channelName(String c) {
        return l.channel(c);
    }

    // ---- data quality ---------------------------------------------------------------------------

    record WorstRow(String row, String ticket, String column, String value, String reason) {
    }

    private void quality(KpiReport r) {
        List<Cell> rules = new ArrayList<>();
        for (Map.Entry<String, Long> e : r.findingsByRule().entrySet()) rules.add(new Cell(l.rule(e.getKey()), Pages.count(e.getValue())));
        for (Map.Entry<String, KpiReport.Outliers> e : r.outliers().entrySet()) {
            rules.add(new Cell(l.outliers(e.getKey()), Pages.count(e.getValue().count())));
        }
        quality.addAll(0, rules);
    }

    private String worst(KpiReport r) {
        Map<Long, List<DataQualityFinding>> byRow = new java.util.LinkedHashMap<>();
        for (DataQualityFinding f : r.findings()) byRow.computeIfAbsent(f.row(), x -> new ArrayList<>()).add(f);
        List<Map.Entry<Long, List<DataQualityFinding>>> rows = new ArrayList<>(byRow.entrySet());
        rows.sort((a, b) -> b.getValue().size() != a.getValue().size() ? b.getValue().size() - a.getValue().size() : Long.compare(a.getKey(), b.getKey()));
        for (Map.Entry<Long, List<DataQualityFinding>> e : rows.subList(0, Math.min(10, rows.size()))) {
            for (DataQualityFinding f : e.getValue()) {
                worst.add(new WorstRow(Pages.count(f.row()), f.ticketId(), f.column(), f.value(), DataQualityFinding.Reason.of(f.reason()).text(l.lang)));
            }
        }
        return rows.isEmpty() ? null : l.worstSummary(Pages.count(r.findingsCount()), worst.size());
    }
}
