package io.aftercert.core.model;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;
import java.util.List;

/**
 * Special deductions and bonuses outside the item scores (特别扣分项 / 特别加分项).
 *
 * @param deductionPoints     points each deduction takes off (1); null when the rubric has no special deductions
 * @param maxDeductions       more than this many deductions fails the evaluation (5)
 * @param deductionCategories the categories a deduction must name
 * @param deductionRule       the rule as the source states it
 * @param bonusPoints         points a bonus adds (1)
 * @param maxBonuses          how many bonuses count (1); more are reported and ignored
 * @param bonusRule           the rule as the source states it
 *
 * @since 1.0
 */
public record SpecialRules(@Nullable Ratio deductionPoints, int maxDeductions, List<String> deductionCategories,
                           Text deductionRule, Ratio bonusPoints, int maxBonuses, Text bonusRule) {
    /**
     * Checks the rules and copies the categories.
     *
     * @param deductionPoints     points each deduction takes off (1); null when the rubric has no special deductions
     * @param maxDeductions       more than this many deductions fails the evaluation (5)
     * @param deductionCategories the categories a deduction must name
     * @param deductionRule       the rule as the source states it
     * @param bonusPoints         points a bonus adds (1)
     * @param maxBonuses          how many bonuses count (1); more are reported and ignored
     * @param bonusRule           the rule as the source states it
     * @throws IllegalArgumentException when points are negative (or {@code bonusPoints} missing) or a limit is negative
     */
    public SpecialRules {
        if (deductionPoints != null && deductionPoints.signum() < 0) throw new IllegalArgumentException("deductionPoints must be ≥ 0");
        if (bonusPoints == null || bonusPoints.signum() < 0) throw new IllegalArgumentException("bonusPoints must be ≥ 0");
        if (maxDeductions < 0 || maxBonuses < 0) throw new IllegalArgumentException("limits must be ≥ 0");
        deductionCategories = deductionCategories == null ? List.of() : List.copyOf(deductionCategories);
    }

    /**
     * The deduction rule: more than {@link #maxDeductions} special deductions fail the evaluation
     * whatever the score. The one place the rule lives (scoring and planning both ask here).
     *
     * @param deductionCount the special deductions that stand
     * @return whether they fail the evaluation (never for a rubric without special deductions)
     */
    public boolean deductionsFail(long deductionCount) {
        return hasDeductions() && deductionCount > maxDeductions;
    }

    /** {@return whether the rubric knows special deductions at all} */
    public boolean hasDeductions() {
        return deductionPoints != null;
    }
}
