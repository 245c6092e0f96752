package io.aftercert.core.scoring;

import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.UnitRange;
import java.util.List;

/**
 * Warnings about evidence that scores but deserves a second look (issue 13): a measured percent
 * that looks like a fraction, and an assessment resting on a small part of the rubric because
 * most of it is not applicable.
 */
final class InputWarnings {
    /**
     * The declared share of the points above which exclusion as not applicable (by the evidence or
     * a tailoring) is warned about: more than half.
     */
    public static final Ratio MAX_EXCLUDED_SHARE = Ratio.of(1, 2);

    private InputWarnings() {
    }

    /** Implausible measured values of the {@code scored} codes (a tailoring's exclusions are not), one warning each naming the indicator. */
    static void implausibleValues(Rubric rubric, Assessment a, java.util.function.Predicate<String> scored,
                                  List<Text> warnings) {
        a.evidence().forEach((code, ev) -> {
            if (ev.value() instanceof EvidenceValue.Measured m && scored.test(code)) {
                rubric.indicator(code).filter(i -> i.metric() != null)
                        .flatMap(i -> UnitRange.implausible(code, i.metric(), m.value())).ifPresent(warnings::add);
            }
        });
    }

    /** A warning when more than {@link #MAX_EXCLUDED_SHARE} of the points is excluded as not applicable. */
    static void excludedShare(List<IndicatorResult> leaves, List<Text> warnings) {
        Ratio all = Ratio.ZERO;
        Ratio excluded = Ratio.ZERO;
        for (IndicatorResult r : leaves) {
            all = all.plus(r.max());
            if (r.status() == Status.NOT_APPLICABLE) excluded = excluded.plus(r.max());
        }
        if (all.isZero() || excluded.isZero() || excluded.equals(all)) return; // all excluded: the engine says so itself
        Ratio share = excluded.dividedBy(all);
        if (share.compareTo(MAX_EXCLUDED_SHARE) <= 0) return;
        String pct = percent(share);
        String rest = percent(Ratio.ONE.minus(share));
        String limit = percent(MAX_EXCLUDED_SHARE);
        warnings.add(Text.of(pct + "% 的分值被列为不适用，超过 " + limit + "%：得分只反映其余 " + rest + "% 的条款",
                pct + " % of the points are excluded as not applicable, more than " + limit + " %: the score rests on the remaining "
                        + rest + " % alone"));
    }

    private static String percent(Ratio share) {
        return share.times(Ratio.HUNDRED).truncate(1).stripTrailingZeros().toPlainString();
    }
}
