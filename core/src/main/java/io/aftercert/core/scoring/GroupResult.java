package io.aftercert.core.scoring;

import org.jspecify.annotations.Nullable;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;

/**
 * Subtotals of a group (first- or second-level indicator).
 *
 * @param code       group code
 * @param title      title
 * @param level      1 for first-level, 2 for second-level, …
 * @param parent     the parent group's code, or null
 * @param max        the maximum the group is scored against: the sum of its items' points, or in a
 *                   weighted rubric its share after renormalisation (the sum of its items'
 *                   applicable shares; its nominal points when nothing in it is applicable).
 *                   0 ≤ earned ≤ applicable ≤ max always
 * @param nominalMax the rubric's nominal maximum where it differs from {@code max}, else null
 * @param applicable sum of its items' applicable points
 * @param earned     sum of its items' earned points
 * @param weight     its weight among siblings (weighted rubrics), or null
 *
 * @since 1.0
 */
public record GroupResult(String code, Text title, int level, @Nullable String parent, Ratio max, @Nullable Ratio nominalMax, Ratio applicable,
                          Ratio earned, @Nullable Ratio weight) {
    /** {@return earned / applicable × 100, exact, or null when nothing in it is applicable} */
    public @Nullable Ratio percent() {
        return applicable.isZero() ? null : earned.dividedBy(applicable).times(Ratio.HUNDRED);
    }
}
