package io.aftercert.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Findings per rule: an exact count, and the findings of the lowest rows up to a limit (so a file
 * with a million bad rows does not hold a million findings, and any split of the rows lists the
 * same ones).
 */
final class FindingLog {
    private final int limit;
    private final long[] counts = new long[Rule.values().length];
    private final EnumMap<Rule, List<Finding>> listed = new EnumMap<>(Rule.class);

    FindingLog(int limit) {
        this.limit = limit;
        for (Rule r : Rule.values()) listed.put(r, new ArrayList<>());
    }

    void add(Finding f) {
        counts[f.rule().ordinal()]++;
        List<Finding> l = listed.get(f.rule());
        l.add(f);
        if (l.size() >= 2 * limit) trim(l);
    }

    void merge(FindingLog o) {
        for (Rule r : Rule.values()) {
            counts[r.ordinal()] += o.counts[r.ordinal()];
            List<Finding> l = listed.get(r);
            l.addAll(o.listed.get(r));
            if (l.size() >= 2 * limit) trim(l);
        }
    }

    private void trim(List<Finding> l) {
        l.sort(Finding.BY_ROW);
        l.subList(limit, l.size()).clear();
    }

    long count(Rule r) {
        return counts[r.ordinal()];
    }

    /** The listed findings of a rule, lowest rows first, at most the limit. */
    List<Finding> listed(Rule r) {
        List<Finding> l = new ArrayList<>(listed.get(r));
        l.sort(Finding.BY_ROW);
        return l.size() > limit ? List.copyOf(l.subList(0, limit)) : List.copyOf(l);
    }

    Map<Rule, Long> counts() {
        EnumMap<Rule, Long> m = new EnumMap<>(Rule.class);
        for (Rule r : Rule.values()) m.put(r, counts[r.ordinal()]);
        return m;
    }
}
