package io.aftercert.survey;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The project's convention for exact values in JSON, in one place for the survey: a JSON number,
 * and where the exact value does not terminate, that number rounded to ten decimals plus a
 * sibling {@code <field>Exact} holding "p/q". (When core ships its public helper for this
 * convention, this class delegates to it and nothing else changes.)
 */
final class ExactJson {
    static final int DECIMALS = 10;

    private ExactJson() {
    }

    /** Puts {@code field} (and {@code fieldExact} when needed); a null value is written as JSON null. */
    static void put(ObjectNode node, String field, Ratio value) {
        if (value == null) {
            node.putNull(field);
            return;
        }
        if (value.isTerminating()) {
            node.put(field, plain(value.toBigDecimalExact()));
        } else {
            node.put(field, plain(value.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN)));
            node.put(field + "Exact", value.numerator() + "/" + value.denominator());
        }
    }

    /** A decimal without trailing zeros or exponent. */
    static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
