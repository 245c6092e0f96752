package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import java.util.List;

/**
 * The audit trail of a score: for every leaf, the evidence, the credit it gives and why, the
 * points, and its share of the score; then the totals step by step (not-applicable points leaving
 * the denominator, the normalised score, bonus, deductions, the [0, 100] clamp). Every number of
 * the result can be recomputed from it by hand.
 *
 * @param entries one per leaf, in document order
 * @param maxTotal           Σ max
 * @param notApplicable      Σ max of the items excluded as not applicable
 * @param applicable         Σ applicable = maxTotal − notApplicable (points rubrics)
 * @param earned             Σ earned
 * @param score              earned / applicable × 100
 * @param bonus              bonus counted
 * @param deductions         deductions taken
 * @param unclamped          score + bonus − deductions
 * @param finalScore         unclamped kept within [0, 100]
 *
 * @since 1.0
 */
public record Ledger(List<Entry> entries, Ratio maxTotal, Ratio notApplicable, Ratio applicable, Ratio earned, Ratio score,
                     Ratio bonus, Ratio deductions, Ratio unclamped, Ratio finalScore) {
    /**
     * Copies the entries.
     *
     * @param entries one per leaf, in document order
     * @param maxTotal           Σ max
     * @param notApplicable      Σ max of the items excluded as not applicable
     * @param applicable         Σ applicable = maxTotal − notApplicable (points rubrics)
     * @param earned             Σ earned
     * @param score              earned / applicable × 100
     * @param bonus              bonus counted
     * @param deductions         deductions taken
     * @param unclamped          score + bonus − deductions
     * @param finalScore         unclamped kept within [0, 100]
     */
    public Ledger {
        entries = List.copyOf(entries);
    }

    /**
     * One leaf's line.
     *
     * @param code         indicator code
     * @param evidence     what was given, in words ("sample 18 of 20", "band 4 (60%–80%)", …)
     * @param creditRule   how the credit follows ("conforming / sampled = 18/20", "band midpoint", …)
     * @param credit       the credit, null when not applicable
     * @param max          the maximum the item is scored against (after renormalisation)
     * @param nominalMax   the rubric's nominal maximum where it differs from {@code max}, else null
     * @param applicable   its points in the denominator
     * @param earned       applicable × credit
     * @param contribution earned / Σ applicable × 100: what it adds to the score
     */
    public record Entry(String code, String evidence, String creditRule, @Nullable Ratio credit, Ratio max, @Nullable Ratio nominalMax,
                        Ratio applicable, Ratio earned, Ratio contribution) {
    }

    /** The ledger of one run: its leaves and totals, with score, bonus, deductions and final score from its figures. */
    static Ledger of(List<IndicatorResult> leaves, Totals totals, CompiledRubric.Figures f,
                     java.util.function.Function<Integer, String> bandRange) {
        Ratio score = f.score;
        Ratio bonus = f.bonus;
        Ratio deductions = f.deductions;
        Ratio finalScore = f.finalScore;
        List<Entry> entries = new java.util.ArrayList<>();
        Ratio na = Ratio.ZERO;
        for (IndicatorResult r : leaves) {
            String ev;
            String rule;
            if (r.status() == Status.NOT_ASSESSED) {
                ev = "no evidence";
                rule = "not assessed: credit 0";
            } else if (r.status() == Status.NOT_APPLICABLE) {
                ev = "not applicable: " + r.justification();
                rule = "excluded: " + r.max() + " points leave the denominator";
                na = na.plus(r.max());
            } else if (r.sampled() != null) {
                ev = "sample " + r.conforming() + " of " + r.sampled();
                rule = "conforming / sampled = " + r.conforming() + "/" + r.sampled();
            } else if (r.band() != null) {
                ev = "band " + r.band() + " (" + bandRange.apply(r.band()) + ")";
                rule = "band credit " + r.credit() + " (the midpoint unless a credit inside the band was given)";
            } else if (r.metric() != null) {
                MetricResult m = r.metric();
                ev = "value " + m.value() + " " + m.unit() + " against " + m.direction().json() + " " + m.target() + " " + m.unit();
                rule = m.curve().json() + " curve" + (m.met() ? ": target met" : "");
                if (m.valueCreditCap() != null && m.curveCredit().compareTo(m.valueCreditCap()) > 0) {
                    rule += "; a value alone earns at most " + m.valueCreditCap()
                            + " (the clause's qualitative part needs the assessor's verdict)";
                }
            } else if ("conforms".equals(r.form())) {
                ev = r.credit().signum() > 0 ? "conforms" : "does not conform";
                rule = "conform 1 / non-conform 0";
            } else {
                ev = "credit " + r.credit();
                rule = "credit as given";
            }
            Ratio contribution = totals.applicable().isZero() ? Ratio.ZERO
                    : r.earned().dividedBy(totals.applicable()).times(Ratio.HUNDRED);
            entries.add(new Entry(r.code(), ev, rule, r.credit(), r.max(), r.nominalMax(), r.applicable(), r.earned(), contribution));
        }
        Ratio unclamped = score.plus(bonus).minus(deductions);
        return new Ledger(entries, totals.max(), na, totals.applicable(), totals.earned(), score, bonus, deductions, unclamped,
                finalScore);
    }
}
