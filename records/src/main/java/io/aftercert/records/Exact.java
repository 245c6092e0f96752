package io.aftercert.records;

import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The project's JSON convention for exact values, in one place for the KPI report: a JSON number
 * (exact when the decimal terminates, else rounded half-even to 10 decimals), and a sibling
 * {@code <field>Exact} "p/q" only when it does not terminate. (To be replaced by core's helper
 * once issue 12 brings it.)
 */
final class Exact {
    static final int SCALE = 10;

    private Exact() {
    }

    static BigDecimal number(Ratio r) {
        if (r == null) return null;
        BigDecimal d = r.isTerminating() ? r.toBigDecimalExact() : r.toBigDecimal(SCALE, RoundingMode.HALF_EVEN);
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** "p/q" when {@code r} has no terminating decimal, else null. */
    static String fraction(Ratio r) {
        return r == null || r.isTerminating() ? null : r.numerator() + "/" + r.denominator();
    }
}
