package io.aftercert.testkit;

import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.EvidenceValue;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.Indicator;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.MetricSpec;
import io.aftercert.core.model.Rubric;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators for the evidence domain, for any rubric: arbitrary evidence of every
 * form the rubric's indicators accept, not-applicable exclusions, missing evidence, and special
 * findings.
 */
public final class EvidenceGenerators {
    private static final List<String> CATEGORIES = List.of("law", "own-rules", "industry", "system-impact");

    private EvidenceGenerators() {
    }

    /** A credit in [0, 1] with up to three decimals. */
    public static Gen<Ratio> credits() {
        return in -> Ratio.of(in.next(Constraint.between(0, 1000)), 1000);
    }

    /**
     * Evidence of any form the leaf accepts (never "not applicable"): the assessor's verdict on every
     * leaf, and on a metric leaf most often a measured value.
     */
    public static Gen<Evidence> evidenceFor(Rubric rubric, Indicator leaf) {
        return in -> {
            if (leaf.kind() == IndicatorKind.METRIC && in.next(Constraint.between(0, 2)) > 0) {
                return Evidence.value(metricValue(leaf.metric(), in.next(Constraint.between(0, 3000))));
            }
            int form = (int) in.next(Constraint.between(0, rubric.bands().isEmpty() ? 2 : 3));
            return switch (form) {
                case 0 -> Evidence.conforms(in.next(Constraint.between(0, 1)) == 1);
                case 1 -> Evidence.credit(Ratio.of(in.next(Constraint.between(0, 1000)), 1000));
                case 2 -> {
                    int sampled = (int) in.next(Constraint.between(1, 40));
                    yield Evidence.sample((int) in.next(Constraint.between(0, sampled)), sampled);
                }
                default -> Evidence.band((int) in.next(Constraint.between(1, rubric.bands().size())));
            };
        };
    }

    /** A value between 0 and three times the target (or 0–300 for a zero target), in thousandths. */
    static Ratio metricValue(MetricSpec spec, long permille) {
        Ratio scale = spec.target().signum() > 0 ? spec.target() : Ratio.of(100);
        return scale.times(Ratio.of(permille, 1000));
    }

    /**
     * Whole assessments: each leaf independently gets evidence (most often), no evidence, or a
     * not-applicable exclusion; up to 8 deductions and 3 bonuses where the rubric has special rules.
     */
    public static Gen<Assessment> assessments(Rubric rubric) {
        return in -> {
            Assessment.Builder b = Assessment.builder(rubric.id(), new Organization("Property Test Co.", "manufacturer"));
            for (Indicator leaf : rubric.leaves()) {
                long roll = in.next(Constraint.between(0, 9));
                if (roll == 0) continue; // not assessed
                if (roll == 1) {
                    b.put(leaf.code(), Evidence.notApplicable("excluded by the generator"));
                    continue;
                }
                b.put(leaf.code(), evidenceFor(rubric, leaf).generate(in));
            }
            if (rubric.specialRules() != null) {
                int deductions = rubric.specialRules().hasDeductions() ? (int) in.next(Constraint.between(0, 8)) : 0;
                for (int i = 0; i < deductions; i++) {
                    b.finding(Finding.deduction(CATEGORIES.get((int) in.next(Constraint.between(0, 3))), "deduction " + i));
                }
                int bonuses = (int) in.next(Constraint.between(0, 3));
                for (int i = 0; i < bonuses; i++) b.finding(Finding.bonus("bonus " + i));
            }
            return b.build();
        };
    }

    /**
     * Like {@link #assessments(Rubric)}, and besides each group (at any level) is now and then marked
     * not applicable as a whole, so weighted rubrics renormalise at every level.
     */
    public static Gen<Assessment> assessmentsWithExcludedGroups(Rubric rubric) {
        return in -> {
            Assessment base = assessments(rubric).generate(in);
            java.util.Map<String, Evidence> ev = new java.util.LinkedHashMap<>(base.evidence());
            excludeGroups(rubric.indicators(), ev, in);
            return new Assessment(base.rubricId(), base.rubricVersion(), base.organization(), base.assessedOn(),
                    base.assessor(), base.qualifyingGradeHeldMonths(), ev, base.findings());
        };
    }

    private static void excludeGroups(List<Indicator> nodes, java.util.Map<String, Evidence> ev,
                                      org.quicktheories.core.RandomnessSource in) {
        for (Indicator n : nodes) {
            if (n.isLeaf()) continue;
            if (in.next(Constraint.between(0, 5)) == 0) {
                excludeAll(n, ev);
            } else {
                excludeGroups(n.children(), ev, in);
            }
        }
    }

    private static void excludeAll(Indicator n, java.util.Map<String, Evidence> ev) {
        if (n.isLeaf()) ev.put(n.code(), Evidence.notApplicable("group excluded by the generator"));
        for (Indicator c : n.children()) excludeAll(c, ev);
    }

    /** Full credit on every leaf. */
    public static Assessment allFull(Rubric rubric) {
        Assessment.Builder b = Assessment.builder(rubric.id(), new Organization("Full Marks Co.", "manufacturer"));
        for (Indicator leaf : rubric.leaves()) b.put(leaf.code(), fullCredit(leaf));
        return b.build();
    }

    /**
     * Evidence earning full credit on {@code leaf}: a value on target, or the assessor's verdict where a
     * value alone is capped below full credit.
     */
    public static Evidence fullCredit(Indicator leaf) {
        if (leaf.kind() == IndicatorKind.METRIC && leaf.metric().valueCreditCap() == null) return Evidence.value(leaf.metric().target());
        if (leaf.kind() == IndicatorKind.SAMPLED) return Evidence.sample(10, 10);
        return Evidence.conforms(true);
    }

    /** Zero credit on every leaf: non-conform, none of the sample, or no measurement at all. */
    public static Assessment allZero(Rubric rubric) {
        Assessment.Builder b = Assessment.builder(rubric.id(), new Organization("Zero Co.", "manufacturer"));
        for (Indicator leaf : rubric.leaves()) {
            if (leaf.kind() == IndicatorKind.SAMPLED) b.put(leaf.code(), Evidence.sample(0, 10));
            else if (leaf.kind() != IndicatorKind.METRIC) b.put(leaf.code(), Evidence.conforms(false));
            // a metric without a measurement is not assessed and earns 0
        }
        return b.build();
    }

    /** The evidence value's credit as the engine must compute it, for independent checks. */
    public static Ratio expectedCredit(Rubric rubric, Indicator leaf, EvidenceValue v) {
        if (v instanceof EvidenceValue.Conforms c) return c.conforms() ? Ratio.ONE : Ratio.ZERO;
        if (v instanceof EvidenceValue.Credit c) return c.credit();
        if (v instanceof EvidenceValue.Banded b) return b.credit() != null ? b.credit() : rubric.band(b.band()).orElseThrow().midpoint();
        if (v instanceof EvidenceValue.Sample s) return Ratio.of(s.conforming(), s.sampled());
        if (v instanceof EvidenceValue.Measured m) {
            Ratio curve = leaf.metric().curveCredit(m.value());
            Ratio cap = leaf.metric().valueCreditCap();
            return cap != null && curve.compareTo(cap) > 0 ? cap : curve;
        }
        throw new IllegalArgumentException("no credit for " + v);
    }
}
