package io.aftercert.records;

import java.util.List;

/**
 * The breakdown's groups ({@code --by}): a row's group within its part, found by a 64-bit key of
 * its dimension values (month or quarter of the request's local date, or a field's bytes) without
 * making a string per row; the labels are made once, for a group's first row.
 */
final class Grouping {
    private Grouping() {
    }

    /** The index of the row's group in {@code p.groupSums}, adding the group on its first row. */
    static int groupOf(Part p, List<KpiOptions.GroupBy> by, RecordRow row) {
        long key = 0x9E3779B97F4A7C15L;
        for (KpiOptions.GroupBy g : by) key = RecordRow.fmix(key * 31 + dimKey(g, row));
        if (p.groupIndex == null) { // first use, or after deserialisation
            p.groupIndex = new LongHashSet(16, true);
            for (int i = 0; i < p.groupKeys.size(); i++) p.groupIndex.putIfAbsent(p.groupKeys.get(i), i);
        }
        int g = p.groupIndex.putIfAbsent(key, p.groupSums.size());
        if (g >= 0) return g;
        String[] labels = new String[by.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = dimLabel(by.get(i), row);
        p.groupKeys.add(key);
        p.groupLabels.add(labels);
        p.groupSums.add(new Sums());
        return p.groupSums.size() - 1;
    }

    private static long dimKey(KpiOptions.GroupBy g, RecordRow row) {
        return switch (g) {
            case MONTH -> row.requested > Timestamps.INVALID ? yearMonth(row) + 1L : 0L;
            case QUARTER -> row.requested > Timestamps.INVALID ? yearMonth(row) / 3 + 1L : 0L;
            case REGION -> row.fingerprint(Columns.REGION);
            case TECHNICIAN -> row.fingerprint(Columns.TECHNICIAN);
            case CHANNEL -> row.fingerprint(Columns.CHANNEL);
            case TYPE -> row.fingerprint(Columns.TYPE);
        };
    }

    private static int yearMonth(RecordRow row) {
        return Timestamps.yearMonth(Timestamps.localDay(row.requested, row.requestedOffset));
    }

    /** The group's label for one dimension: {@code 2026-03}, {@code 2026-Q1}, or the field's text ("" for none). */
    static String dimLabel(KpiOptions.GroupBy g, RecordRow row) {
        if ((g == KpiOptions.GroupBy.MONTH || g == KpiOptions.GroupBy.QUARTER) && row.requested <= Timestamps.INVALID) return "";
        return switch (g) {
            case MONTH -> {
                int ym = yearMonth(row);
                yield String.format("%04d-%02d", Math.floorDiv(ym, 12), Math.floorMod(ym, 12) + 1);
            }
            case QUARTER -> {
                int ym = yearMonth(row);
                yield String.format("%04d-Q%d", Math.floorDiv(ym, 12), Math.floorMod(ym, 12) / 3 + 1);
            }
            case REGION -> row.text(Columns.REGION);
            case TECHNICIAN -> row.text(Columns.TECHNICIAN);
            case CHANNEL -> row.text(Columns.CHANNEL);
            case TYPE -> row.text(Columns.TYPE);
        };
    }
}
