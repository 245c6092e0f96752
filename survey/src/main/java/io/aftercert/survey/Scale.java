package io.aftercert.survey;

import io.aftercert.core.Ratio;
import java.util.Arrays;
import java.util.Optional;

/**
 * How a five-point answer becomes a 0–100 score. T/GXDSL 244 六 asks for a 5 级李克特量表 and
 * 不低于 85 分（百分制） but gives no formula, so both conversions are readings (derived); the
 * project's default is {@link #LINEAR}.
 */
public enum Scale {
    /** (x − 1) ÷ 4 × 100: 1 → 0, 5 → 100; a mean answer of 4.40 reaches 85. */
    LINEAR("linear", "(x − 1) ÷ 4 × 100", 25, 0),
    /** x × 20: 1 → 20, 5 → 100; a mean answer of 4.25 reaches 85. */
    TIMES20("times20", "x × 20", 20, 20);

    private final String id;
    private final String formula;
    private final long slope;
    private final long offset;

    Scale(String id, String formula, long slope, long offset) {
        this.id = id;
        this.formula = formula;
        this.slope = slope;
        this.offset = offset;
    }

    /** The id used on the command line and in JSON. */
    public String id() {
        return id;
    }

    /** The formula, x being the answer 1–5. */
    public String formula() {
        return formula;
    }

    /** The score of a mean of (answer − 1). */
    public Ratio score(Ratio meanAboveOne) {
        return meanAboveOne.times(slope).plus(Ratio.of(offset));
    }

    /** The factor a variance of answers takes in scores (the slope squared). */
    long varianceFactor() {
        return slope * slope;
    }

    /** The other reading. */
    public Scale other() {
        return this == LINEAR ? TIMES20 : LINEAR;
    }

    /** The scale with this id. */
    public static Optional<Scale> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
