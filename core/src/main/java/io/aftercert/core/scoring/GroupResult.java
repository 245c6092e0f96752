package io.aftercert.core.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.aftercert.core.Ratio;
import io.aftercert.core.Text;

/**
 * Subtotals of a group (first- or second-level indicator).
 *
 * @param code       group code
 * @param title      title
 * @param level      1 for first-level, 2 for second-level, …
 * @param parent     the parent group's code, or null
 * @param max        sum of its items' maxima
 * @param applicable sum of its items' applicable points
 * @param earned     sum of its items' earned points
 * @param weight     its weight among siblings (weighted rubrics), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupResult(String code, Text title, int level, String parent, Ratio max, Ratio applicable,
                          Ratio earned, Ratio weight) {
    /** earned / applicable × 100, or null when nothing in it is applicable. */
    public Ratio percent() {
        return applicable.isZero() ? null : earned.dividedBy(applicable).times(Ratio.HUNDRED);
    }
}
