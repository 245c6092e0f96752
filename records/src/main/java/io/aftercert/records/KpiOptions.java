package io.aftercert.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a KPI run computes besides the totals: a breakdown by one or two keys, and a period.
 *
 * @param by   breakdown keys: none, or up to three distinct ones (the CLI offers one or two; the dashboard uses three)
 * @param from first day counted (inclusive, by the local date of {@code requested_at}), or null
 * @param to   last day counted (inclusive), or null
 */
public record KpiOptions(List<GroupBy> by, LocalDate from, LocalDate to) implements Serializable {
    /** No breakdown, every row. */
    public static final KpiOptions NONE = new KpiOptions(List.of(), null, null);

    public KpiOptions {
        by = List.copyOf(by);
        if (by.size() > 3) throw new IllegalArgumentException("at most three breakdown keys, not " + by.size() + ": " + by);
        if (new java.util.HashSet<>(by).size() < by.size()) throw new IllegalArgumentException("a breakdown key is given twice: " + by);
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** The keys a breakdown can use; month and quarter are those of {@code requested_at}'s local date. */
    public enum GroupBy {
        MONTH("月份"), QUARTER("季度"), REGION("地区"), CHANNEL("渠道"), TYPE("类型"), TECHNICIAN("技术员");

        private final String zh;

        GroupBy(String zh) {
            this.zh = zh;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The key's name for a reader: a Chinese word in {@code zh}, else its {@link #id()}. */
        public String label(String lang) {
            return "zh".equals(lang) ? zh : id();
        }

        /** The key named {@code id}, or an {@link IllegalArgumentException} listing the keys. */
        public static GroupBy of(String id) {
            for (GroupBy g : values()) if (g.id().equals(id.strip())) return g;
            List<String> ids = new ArrayList<>();
            for (GroupBy g : values()) ids.add(g.id());
            throw new IllegalArgumentException("unknown breakdown key '" + id + "': use one or two of " + String.join(", ", ids));
        }
    }
}
