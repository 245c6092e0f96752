package io.aftercert.core.model;

import io.aftercert.core.Ratio;

/** A recommended weight range in percent, bounds inclusive. */
public record WeightRange(Ratio min, Ratio max) {
    public WeightRange {
        if (min == null || max == null || min.compareTo(max) > 0 || min.signum() < 0 || max.compareTo(Ratio.HUNDRED) > 0) {
            throw new IllegalArgumentException("weight range must satisfy 0 ≤ min ≤ max ≤ 100, not " + min + "–" + max);
        }
    }

    public boolean contains(Ratio weight) {
        return weight.isBetween(min, max);
    }

    @Override
    public String toString() {
        return min + "–" + max + " %";
    }
}
