package io.aftercert.core.model;

import io.aftercert.core.Ratio;
import java.util.List;

/**
 * One of the five scoring bands of CTS 《售后服务认证技术规范》 chapter 5 (评分比例 0%-20% … 80%-100%),
 * the rating vocabulary for qualitative items.
 *
 * @param number      1 … 5
 * @param from        lower bound of the credit (inclusive)
 * @param to          upper bound of the credit (inclusive)
 * @param descriptors the 要点 of the band, verbatim
 *
 * @since 1.0
 */
public record Band(int number, Ratio from, Ratio to, List<String> descriptors) {
    /**
     * Checks the band and copies its descriptors.
     *
     * @param number      1 … 5
     * @param from        lower bound of the credit (inclusive)
     * @param to          upper bound of the credit (inclusive)
     * @param descriptors the 要点 of the band, verbatim
     * @throws IllegalArgumentException when {@code number} is below 1 or the bounds do not satisfy
     *                                  0 ≤ from &lt; to ≤ 1
     */
    public Band {
        if (number < 1) throw new IllegalArgumentException("band number must be ≥ 1, not " + number);
        if (from == null || to == null || from.signum() < 0 || to.compareTo(Ratio.ONE) > 0 || from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("band " + number + " must satisfy 0 ≤ from < to ≤ 1, not " + from + "–" + to);
        }
        descriptors = descriptors == null ? List.of() : List.copyOf(descriptors);
    }

    /**
     * The credit a band stands for when no credit is given: its midpoint (0.1, 0.3, … 0.9).
     *
     * @return (from + to) / 2, exact
     */
    public Ratio midpoint() {
        return from.plus(to).dividedBy(Ratio.of(2));
    }

    /**
     * Whether a credit given together with this band lies in it.
     *
     * @param credit a credit in [0, 1]
     * @return true when from ≤ credit ≤ to (both bounds inclusive, so a shared bound belongs to both bands)
     */
    public boolean contains(Ratio credit) {
        return credit.isBetween(from, to);
    }

    /**
     * The band's range as a reader sees it.
     *
     * @return the bounds in percent, such as {@code "60%–80%"}
     */
    public String range() {
        return from.times(Ratio.HUNDRED) + "%–" + to.times(Ratio.HUNDRED) + "%";
    }
}
