package io.aftercert.core.model;

import io.aftercert.core.Ratio;

/**
 * A recommended weight range in percent, bounds inclusive.
 *
 * @param min the smallest recommended weight, in percent
 * @param max the largest recommended weight, in percent
 *
 * @since 1.0
 */
public record WeightRange(Ratio min, Ratio max) {
    /**
     * Checks the range.
     *
     * @param min the smallest recommended weight, in percent
     * @param max the largest recommended weight, in percent
     * @throws IllegalArgumentException unless 0 ≤ min ≤ max ≤ 100
     */
    public WeightRange {
        if (min == null || max == null || min.compareTo(max) > 0 || min.signum() < 0 || max.compareTo(Ratio.HUNDRED) > 0) {
            throw new IllegalArgumentException("weight range must satisfy 0 ≤ min ≤ max ≤ 100, not " + min + "–" + max);
        }
    }

    /**
     * Whether a weight lies in the range; one outside is allowed but reported as a warning.
     *
     * @param weight a weight in percent
     * @return true when min ≤ weight ≤ max
     */
    public boolean contains(Ratio weight) {
        return weight.isBetween(min, max);
    }

    @Override
    public String toString() {
        return min + "–" + max + " %";
    }
}
