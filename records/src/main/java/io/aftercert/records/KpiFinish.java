package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.json.JsonNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The finish of the merged state: the report over all parts in key order. Decides what needs every
 * part — duplicates in records order, {@code repeat_of} against every ticket id, row numbers, mixed
 * timestamp forms — takes the rows it rules out of every KPI exactly (from their contribution
 * records), merges the groups by their labels, and computes the exact medians and the outliers.
 * Made once per report; the parts are only read.
 */
final class KpiFinish {
    private final KpiOptions options;
    private final List<Part> ordered;
    /** base[i]: the rows of the parts before part i. */
    private final long[] base;
    private final long lines;
    /** Retractions and counts of the findings made here, for the totals and per (part, group). */
    private final Sums delta = new Sums();
    private final Map<Long, Sums> groupDelta = new HashMap<>();
    /** The rows ruled out here, per part. */
    private final BitSet[] retracted;
    private final List<DataQualityFinding> findings = new ArrayList<>();

    KpiFinish(KpiOptions options, List<Part> parts) {
        this.options = options;
        this.ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingLong(p -> p.key));
        int n = ordered.size();
        this.base = new long[n];
        this.retracted = new BitSet[n];
        long count = 0;
        for (int i = 0; i < n; i++) {
            base[i] = count;
            count += ordered.get(i).lines;
            retracted[i] = new BitSet();
        }
        this.lines = count;
    }

    KpiReport report(String source, KpiAccumulator.TicketLookup lookup) {
        refuseMixedForms(source);
        decideTickets(lookup);
        Sums total = new Sums(); // with a breakdown the parts' totals are empty and their groups hold every row
        for (Part p : ordered) {
            total.add(p.total);
            for (Sums g : p.groupSums) total.add(g);
        }
        total.add(delta);
        long findingsCount = total.findings();
        long[] kept = new long[1];
        List<DataQualityFinding> listed = List.copyOf(partFindings(lookup, kept));
        boolean truncated = kept[0] > KpiAccumulator.FINDING_CAP || findingsCount > kept[0];
        Groups groups = mergeGroups();
        Medians medians = medians(groups, total);
        KpiReport.Breakdown breakdown = groups.size() == 0 ? null : breakdown(groups, medians);
        Map<String, KpiReport.Outliers> outliers = new LinkedHashMap<>();
        OutlierRule rule = new OutlierRule(ordered, base, retracted);
        outliers.put("response", rule.outliers(total.respN, total.respS, total.respQ, total.respBy, true));
        outliers.put("resolution", rule.outliers(total.resN, total.resS, total.resQ, total.resBy, false));
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (int r = 0; r < 3; r++) byRule.put(KpiAccumulator.RULES[r], total.ruleCounts[r]);
        KpiReport.Period period = options.from() == null && options.to() == null ? null
                : new KpiReport.Period(options.from() == null ? null : options.from().toString(), options.to() == null ? null : options.to().toString());
        return new KpiReport(KpiReport.SCHEMA_VERSION, source, period, total.rows, total.excluded, kpis(total, medians.simple, medians.complex),
                outliers, byRule, findingsCount, truncated, listed, breakdown);
    }

    /** Duplicates (every occurrence of a ticket id after the first, in records order) and {@code repeat_of} naming no ticket. */
    private void decideTickets(KpiAccumulator.TicketLookup lookup) {
        int outside = 0;
        for (Part p : ordered) outside += p.outsideFps.size();
        LongHashSet outsideIds = new LongHashSet(outside, false); // rows outside the period keep only their ids
        for (Part p : ordered) for (int k = 0; k < p.outsideFps.size(); k++) outsideIds.add(p.outsideFps.get(k));
        long[][] dups = new long[SHARDS][];
        long[][] unknown = new long[SHARDS][];
        // the ids are split by fingerprint bits into shards, each decided on its own in records order (a duplicate is in
        // its original's shard, a repeat_of in its ticket's), a few at a time: only their tables are held at once
        IntStream.range(0, SHARDS).parallel().forEach(shard -> {
            Seen ids = seen((int) Math.min(1 << 29, lines / SHARDS + 16));
            dups[shard] = duplicates(shard, ids);
            unknown[shard] = unknownRepeats(shard, ids, outsideIds);
        });
        for (long hit : inRecordsOrder(dups)) {
            int i = (int) (hit >>> 32);
            int r = (int) hit;
            String ticket = ticket(ordered.get(i), r, lookup);
            late(i, r, Columns.TICKET, ticket, ticket, DataQualityFinding.Reason.DUPLICATE_TICKET);
        }
        for (long hit : inRecordsOrder(unknown)) {
            int i = (int) (hit >>> 32);
            int k = (int) hit;
            Part p = ordered.get(i);
            int r = p.pendingRow.get(k);
            if (p.fileStart < 0) {
                late(i, r, Columns.REPEAT_OF, p.pendingTicket.get(k), p.pendingValue.get(k), DataQualityFinding.Reason.UNKNOWN_TICKET);
            } else {
                RecordRow row = fileRow(p, r, lookup);
                late(i, r, Columns.REPEAT_OF, row.text(Columns.TICKET), row.text(Columns.REPEAT_OF), DataQualityFinding.Reason.UNKNOWN_TICKET);
            }
        }
    }

    /** The hits of every shard (part index << 32 | row or entry), sorted: in records order, whatever the shards. */
    private static long[] inRecordsOrder(long[][] hits) {
        LongList all = new LongList(16);
        for (long[] h : hits) for (long x : h) all.add(x);
        long[] sorted = all.toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    /** The {@code repeat_of} entries (part index << 32 | entry) of {@code shard} naming a ticket id in no part. */
    private long[] unknownRepeats(int shard, Seen ids, LongHashSet outsideIds) {
        LongList out = new LongList(16);
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            for (int k = 0; k < p.pendingRow.size(); k++) {
                long fp = p.pendingFp.get(k);
                if (shard(fp) == shard && !ids.contains(fp) && !outsideIds.contains(fp)) out.add(((long) i << 32) | k);
            }
        }
        return out.toArray();
    }

    /** The ticket ids of one shard seen so far. */
    private interface Seen {
        /** Adds the id of the row {@code row} (in records order); false when it was seen before. */
        boolean add(long fingerprint, long row);

        boolean contains(long fingerprint);
    }

    /** 4 bytes a slot ({@link FirstSeen}, the fingerprints looked up in the parts), or 8 past 2³⁰ rows. */
    private Seen seen(int expected) {
        if (FirstSeen.fits(lines)) {
            FirstSeen s = new FirstSeen(expected, lines, this::fingerprint);
            return new Seen() {
                @Override
                public boolean add(long fingerprint, long row) {
                    return s.add(fingerprint, row);
                }

                @Override
                public boolean contains(long fingerprint) {
                    return s.contains(fingerprint);
                }
            };
        }
        LongHashSet s = new LongHashSet(expected, false);
        return new Seen() {
            @Override
            public boolean add(long fingerprint, long row) {
                return s.add(fingerprint);
            }

            @Override
            public boolean contains(long fingerprint) {
                return s.contains(fingerprint);
            }
        };
    }

    /** The ticket-id fingerprint of a row in records order (from 0). */
    private long fingerprint(long row) {
        int lo = 0;
        int hi = base.length - 1;
        while (lo < hi) { // the last part starting at or before the row: parts without rows start where the next does
            int mid = (lo + hi + 1) >>> 1;
            if (base[mid] <= row) lo = mid;
            else hi = mid - 1;
        }
        return ordered.get(lo).fps.get((int) (row - base[lo]));
    }

    /** Shards of the ticket ids, decided in parallel (a power of two): more than the cores, so that only a few tables are held at once. */
    static final int SHARDS = 8;

    static int shard(long fingerprint) {
        return (int) (fingerprint >>> 40) & (SHARDS - 1);
    }

    /** The rows (part index << 32 | row) whose ticket id of {@code shard} was seen before, in records order; fills {@code seen}. */
    private long[] duplicates(int shard, Seen seen) {
        LongList out = new LongList(16);
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            long[] fp = p.fps.a;
            long b = base[i];
            for (int r = 0; r < p.lines; r++) {
                long f = fp[r];
                if (f != 0 && shard(f) == shard && !seen.add(f, b + r)) out.add(((long) i << 32) | r);
            }
        }
        return out.toArray();
    }

    private static String ticket(Part p, int r, KpiAccumulator.TicketLookup lookup) {
        if (p.fileStart < 0) return p.pooledTicket(r);
        if (lookup == null) throw new IllegalStateException("a file-backed part needs its file to name tickets");
        return lookup.ticket(p.fileStart + p.offsets.get(r));
    }

    /** A logic finding made here: counted, listed, and row r of part i taken out of every KPI (once). */
    private void late(int i, int r, int col, String ticket, String value, DataQualityFinding.Reason reason) {
        Part p = ordered.get(i);
        findings.add(new DataQualityFinding(base[i] + r + 1, ticket, Columns.NAMES[col], KpiAccumulator.RULES[KpiAccumulator.RULE_LOGIC], value, reason.code()));
        Sums gd = p.grp == null ? null : groupDelta.computeIfAbsent(((long) i << 32) | p.grp.get(r), k -> new Sums());
        delta.ruleCounts[KpiAccumulator.RULE_LOGIC]++;
        if (gd != null) gd.ruleCounts[KpiAccumulator.RULE_LOGIC]++;
        int mask = p.contrib.get(r);
        if ((mask & KpiRules.CLEAN) != 0 && !retracted[i].get(r)) {
            retracted[i].set(r);
            delta.apply(mask, p.resp.get(r), p.res.get(r), -1);
            delta.excluded++;
            if (gd != null) {
                gd.apply(mask, p.resp.get(r), p.res.get(r), -1);
                gd.excluded++;
            }
        }
    }

    /** One finding to be sorted: made already, or packed in part {@code part} at {@code k}. */
    private record Entry(long row, int column, String rule, DataQualityFinding made, int part, int k) {
    }

    /**
     * The parts' findings with rows counted across parts, and the findings made here, in row and
     * column order: the first {@link KpiAccumulator#FINDING_CAP} as findings (a file-backed part's
     * given their texts from the file), and how many there are in all.
     */
    private List<DataQualityFinding> partFindings(KpiAccumulator.TicketLookup lookup, long[] count) {
        List<String> order = Arrays.asList(Columns.NAMES);
        List<Entry> all = new ArrayList<>();
        for (DataQualityFinding f : findings) all.add(new Entry(f.row(), order.indexOf(f.column()), f.rule(), f, -1, -1));
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            for (DataQualityFinding f : p.findings) {
                all.add(new Entry(base[i] + f.row() + 1, order.indexOf(f.column()), f.rule(),
                        new DataQualityFinding(base[i] + f.row() + 1, f.ticketId(), f.column(), f.rule(), f.value(), f.reason()), -1, -1));
            }
            for (int k = 0; k < p.findingRows.size(); k++) {
                int code = p.findingCodes.get(k);
                all.add(new Entry(base[i] + p.findingRows.get(k) + 1, code & 0xFF, KpiAccumulator.RULES[(code >>> 8) & 0xFF], null, i, k));
            }
        }
        all.sort(Comparator.comparingLong(Entry::row).thenComparingInt(Entry::column).thenComparing(Entry::rule));
        count[0] = all.size();
        List<DataQualityFinding> listed = new ArrayList<>();
        for (Entry e : all.subList(0, Math.min(KpiAccumulator.FINDING_CAP, all.size()))) listed.add(e.made != null ? e.made : read(e, lookup));
        return listed;
    }

    /** Row {@code r} of the file-backed part {@code p}, read from the file again. */
    private static RecordRow fileRow(Part p, int r, KpiAccumulator.TicketLookup lookup) {
        if (lookup == null) throw new IllegalStateException("a file-backed part needs its file to name its rows");
        return lookup.row(p.fileStart + p.offsets.get(r));
    }

    /** A file-backed part's finding with the ticket id and value read from its row in the file. */
    private DataQualityFinding read(Entry e, KpiAccumulator.TicketLookup lookup) {
        Part p = ordered.get(e.part);
        int code = p.findingCodes.get(e.k);
        RecordRow r = fileRow(p, p.findingRows.get(e.k), lookup);
        return new DataQualityFinding(e.row, r.text(Columns.TICKET), Columns.NAMES[e.column], e.rule, r.text(e.column), DataQualityFinding.Reason.values()[code >>> 16].code());
    }

    private void refuseMixedForms(String source) {
        long withRow = Long.MAX_VALUE, withoutRow = Long.MAX_VALUE;
        String with = null, without = null;
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            if (p.firstOffsetLine >= 0 && base[i] + p.firstOffsetLine + 1 < withRow) {
                withRow = base[i] + p.firstOffsetLine + 1;
                with = p.firstOffset;
            }
            if (p.firstLocalLine >= 0 && base[i] + p.firstLocalLine + 1 < withoutRow) {
                withoutRow = base[i] + p.firstLocalLine + 1;
                without = p.firstLocal;
            }
        }
        if (with != null && without != null) {
            long first = Math.max(withRow, withoutRow);
            throw new InvalidInputException(Problem.of(source, "row " + first, null, "时间写法不一致：第 " + withRow + " 行 " + with
                    + " 带时区偏移，第 " + withoutRow + " 行 " + without + " 不带，无法放在同一时钟上比较；请所有时间都写时区偏移（+08:00）或都不写",
                    "timestamps mix two forms: row " + withRow + " " + with
                    + " has a UTC offset, row " + withoutRow + " " + without + " has none, so the two cannot be put on one clock;"
                    + " write every timestamp with its offset (+08:00) or none"));
        }
    }

    /** The groups of all parts merged by their labels; global[i][g] is the merged index of part i's group g. */
    private record Groups(List<String[]> labels, List<Sums> sums, int[][] global) {
        int size() {
            return sums.size();
        }
    }

    private Groups mergeGroups() {
        Groups out = new Groups(new ArrayList<>(), new ArrayList<>(), new int[ordered.size()][]);
        if (options.by().isEmpty()) return out;
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            out.global[i] = new int[p.groupSums.size()];
            for (int g = 0; g < p.groupSums.size(); g++) {
                String[] labels = p.groupLabels.get(g);
                int gi = index.computeIfAbsent(List.of(labels), l -> {
                    out.labels.add(labels);
                    out.sums.add(new Sums());
                    return out.sums.size() - 1;
                });
                out.global[i][g] = gi;
                out.sums.get(gi).add(p.groupSums.get(g));
                Sums d = groupDelta.get(((long) i << 32) | g);
                if (d != null) out.sums.get(gi).add(d);
            }
        }
        return out;
    }

    /** The exact median resolution hours (null for none) of the totals and of each group. */
    private record Medians(Ratio simple, Ratio complex, Ratio[] groupSimple, Ratio[] groupComplex) {
    }

    private Medians medians(Groups groups, Sums total) {
        int n = groups.size();
        Ratio[] simple = new Ratio[n + 1];
        Ratio[] complex = new Ratio[n + 1];
        durations(groups, total, Kpi.RESOLUTION_SIMPLE, simple);
        durations(groups, total, Kpi.RESOLUTION_COMPLEX, complex);
        return new Medians(simple[n], complex[n], Arrays.copyOf(simple, n), Arrays.copyOf(complex, n));
    }

    /**
     * The medians of one KPI's resolution durations: of each group into {@code out[g]}, of all
     * counted rows into {@code out[groups]}. One array holds every counted row's duration, group
     * after group (each segment as long as its group's denominator, so nothing grows or is copied):
     * selecting a group's median reorders only its segment, and the whole array stays the totals'.
     */
    private void durations(Groups groups, Sums total, Kpi k, Ratio[] out) {
        int n = groups.size();
        int[] at = new int[n + 1]; // where each group's segment starts, then where it is filled to
        for (int g = 0; g < n; g++) at[g + 1] = at[g] + count(groups.sums.get(g), k);
        int[] v = new int[n == 0 ? count(total, k) : at[n]];
        int filled = 0;
        int bit = k.denBit();
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            int[] contrib = p.contrib.a;
            int[] res = p.res.a;
            for (int r = 0; r < p.lines; r++) {
                int mask = contrib[r];
                if ((mask & KpiRules.CLEAN) == 0 || (mask & bit) == 0 || retracted[i].get(r)) continue; // (a row outside the period has no group)
                v[n == 0 ? filled : at[groups.global[i][p.grp.get(r)]]++] = res[r];
                filled++;
            }
        }
        for (int g = n - 1; g >= 0; g--) { // at[g] is now where segment g ends, at[g - 1] (or 0) where it starts
            out[g] = Median.hours(v, g == 0 ? 0 : at[g - 1], at[g]);
        }
        out[n] = Median.hours(v, 0, filled);
    }

    private static int count(Sums s, Kpi k) {
        return (int) Math.min(Integer.MAX_VALUE - 8, s.den[k.ordinal()]);
    }

    private KpiReport.Breakdown breakdown(Groups groups, Medians medians) {
        Integer[] sorted = new Integer[groups.size()];
        for (int g = 0; g < sorted.length; g++) sorted[g] = g;
        Arrays.sort(sorted, (x, y) -> Arrays.compare(groups.labels.get(x), groups.labels.get(y)));
        List<KpiReport.Group> list = new ArrayList<>();
        for (int g : sorted) {
            Map<String, String> key = new LinkedHashMap<>();
            for (int k = 0; k < options.by().size(); k++) key.put(options.by().get(k).id(), groups.labels.get(g)[k]);
            Sums s = groups.sums.get(g);
            list.add(new KpiReport.Group(key, s.rows, s.excluded, s.findings(), kpis(s, medians.groupSimple[g], medians.groupComplex[g])));
        }
        return new KpiReport.Breakdown(options.by().stream().map(KpiOptions.GroupBy::id).toList(), list);
    }

    private static Map<String, KpiReport.KpiValue> kpis(Sums s, Ratio simple, Ratio complex) {
        Map<String, KpiReport.KpiValue> kpis = new LinkedHashMap<>();
        for (Kpi k : Kpi.COUNTED) {
            long num = s.num[k.ordinal()];
            long den = s.den[k.ordinal()];
            Ratio value = den == 0 ? null : Ratio.of(num, den).times(Ratio.HUNDRED);
            Ratio mean = null;
            Ratio median = null;
            if ((k == Kpi.RESOLUTION_SIMPLE || k == Kpi.RESOLUTION_COMPLEX) && den > 0) {
                long sum = k == Kpi.RESOLUTION_SIMPLE ? s.resSimpleSum : s.resComplexSum;
                mean = Ratio.of(sum, den * 3600);
                median = k == Kpi.RESOLUTION_SIMPLE ? simple : complex;
            }
            kpis.put(k.id(), kpi(k, num, den, value, null, new Ratio[] {mean, median}));
        }
        Ratio sat = s.satCount == 0 ? null : Ratio.of(s.satSum, s.satCount).minus(Ratio.ONE).dividedBy(Ratio.of(4)).times(Ratio.HUNDRED);
        kpis.put(Kpi.SATISFACTION_INDEX.id(), kpi(Kpi.SATISFACTION_INDEX, s.satSum, s.satCount, sat, s.satCount, new Ratio[2]));
        return kpis;
    }

    /** One KPI's figures against its target; {@code meanMedian}: the mean and median resolution hours, or nulls. */
    private static KpiReport.KpiValue kpi(Kpi k, long num, long den, Ratio value, Long responses, Ratio[] meanMedian) {
        Boolean met = null;
        if (value != null && k.target() != null) {
            int c = value.compareTo(k.target());
            met = k.atLeast() ? c >= 0 : c <= 0;
        }
        Ratio mean = meanMedian[0];
        Ratio median = meanMedian[1];
        return new KpiReport.KpiValue(num, den, JsonNumbers.number(value), JsonNumbers.exact(value),
                k.target() == null ? null : k.target().toBigDecimalExact(), k.target() == null ? null : k.atLeast() ? "at-least" : "at-most",
                met, responses, JsonNumbers.number(mean), JsonNumbers.exact(mean), JsonNumbers.number(median), JsonNumbers.exact(median));
    }
}
