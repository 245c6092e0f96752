package io.aftercert.core.scoring;

import io.aftercert.core.Display;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.model.SpecialRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What limits a score, in words, with what would lift it: the one place every surface (the item's
 * row in the report and the workbook, the plan, the command line) takes the explanation from.
 *
 * <ul>
 *   <li>per item ({@link #of(IndicatorResult)}): a measured value that can earn at most part of the
 *       item (the metric's {@code valueCreditCap}); an item scored against a maximum the weights of
 *       not-applicable siblings moved to it (weighted renormalisation);</li>
 *   <li>per result ({@link #of(Rubric, AssessmentResult)}): the special-deduction rule withholding
 *       every grade; bonuses beyond those that count; not-applicable points lowering the applicable
 *       total, so that every point lost weighs more than one point of the final score.</li>
 * </ul>
 *
 * @since 1.0
 */
public final class Limits {
    private Limits() {
    }

    /**
     * Why the item cannot earn more with the evidence it has, and what would lift it.
     *
     * @param i the item's result
     * @return the explanation, or empty when nothing but its own evidence limits it
     */
    public static Optional<Text> of(IndicatorResult i) {
        MetricResult m = i.metric();
        // a metric result exists only where a measured value scored the item (a verdict has none)
        if (m != null && m.valueCreditCap() != null) {
            String cap = Display.creditText(m.valueCreditCap());
            String pts = Display.pointsText(i.applicable().times(m.valueCreditCap()));
            String reached = m.met() ? "实测值已达到目标，但" : "";
            String reachedEn = m.met() ? "the measured value meets its target, but " : "";
            return Optional.of(Text.of(reached + "实测值单独最多得本项的 " + cap + "（" + pts + " 分）：本项另有实测值无法体现的要求。"
                            + "提交评审员的判定（符合、得分率或评分档）可得到其余分值。",
                    capitalise(reachedEn + "a measured value alone earns at most " + cap + " of this item (" + pts + " points): the item has a "
                            + "requirement a value cannot show. The assessor's verdict (conforms, credit or band) earns the rest.")));
        }
        if (i.nominalMax() != null) { // only an applicable item's maximum moves
            String max = Display.pointsText(i.max());
            String nominal = Display.pointsText(i.nominalMax());
            return Optional.of(Text.of("同级不适用条款的权重已移入本项：按 " + max + " 分计（标准规定 " + nominal + " 分）。",
                    "The weight of not-applicable siblings moved to this item: it counts " + max + " points (the standard gives "
                            + nominal + ")."));
        }
        return Optional.empty();
    }

    /**
     * The limits on the whole result, each with what would lift it.
     *
     * @param rubric the rubric that scored the result
     * @param r      the result
     * @return the explanations, in the order: deductions, bonuses, not-applicable points
     */
    public static List<Text> of(Rubric rubric, AssessmentResult r) {
        List<Text> out = new ArrayList<>();
        SpecialRules rules = rubric.specialRules();
        long deductions = r.deductionCount();
        if (rules != null && rules.deductionsFail(deductions)) {
            String byScore = r.gradeByScore() == null ? null : r.gradeByScore().label().zh();
            out.add(Text.of("特别扣分项 " + deductions + " 项，超过 " + rules.maxDeductions() + " 项时不授予任何等级"
                            + (byScore == null ? "。" : "；整改至 " + rules.maxDeductions() + " 项以内后，按分数可得" + byScore + "。"),
                    deductions + " special deductions stand; more than " + rules.maxDeductions() + " withhold every grade"
                            + (r.gradeByScore() == null ? "." : "; with at most " + rules.maxDeductions() + " the score alone reaches "
                            + r.gradeByScore().label().en() + ".")));
        }
        long bonuses = r.findings().stream().filter(f -> f.type() == io.aftercert.core.evidence.Finding.Type.BONUS).count();
        long ignored = r.findings().stream().filter(f -> f.type() == io.aftercert.core.evidence.Finding.Type.BONUS && f.points().isZero()).count();
        if (rules != null && ignored > 0) {
            out.add(Text.of("特别加分项 " + bonuses + " 项，只计 " + rules.maxBonuses() + " 项（共 +" + Display.pointsText(r.bonus())
                            + " 分）；其余不再加分。",
                    bonuses + " special bonuses given; only " + rules.maxBonuses() + " counts (+" + Display.pointsText(r.bonus())
                            + " in all); the others add nothing."));
        }
        Totals t = r.totals();
        if (r.rubric().mode() == io.aftercert.core.model.ScoringMode.POINTS && t.applicable().signum() > 0 && t.applicable().compareTo(t.max()) < 0) {
            String perPoint = Display.pointsText(Ratio.HUNDRED.dividedBy(t.applicable()));
            boolean rate = r.rubric().conformance();
            out.add(Text.of("删减（不适用）后适用分值为 " + Display.pointsText(t.applicable()) + " 分（满分 " + Display.pointsText(t.max())
                            + " 分）：每失 1 分，" + (rate ? "符合率降低约 " + perPoint + " 个百分点。" : "最终得分降低约 " + perPoint + " 分。"),
                    "After the not-applicable items the applicable total is " + Display.pointsText(t.applicable()) + " points (of "
                            + Display.pointsText(t.max()) + "): each point lost lowers the "
                            + (rate ? "conformance rate by about " + perPoint + " percentage points." : "final score by about " + perPoint + ".")));
        }
        return List.copyOf(out);
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
