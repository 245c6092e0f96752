package io.aftercert.core;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one display rule every surface (report, command line, workbook, dashboard, crosswalk,
 * survey) uses to show a number to a person. Exact values stay in the JSON ({@code *Exact}) and
 * in the report's method section; people see:
 *
 * <ul>
 *   <li>a final score or index cut (not rounded) to one decimal, never above the exact value;</li>
 *   <li>points (earned, lost, applicable, gains) cut to at most two decimals, trailing zeros dropped;</li>
 *   <li>a percentage or a credit cut to one decimal;</li>
 *   <li>a rise still needed rounded up to two decimals, so that the score shown to two decimals
 *       plus the rise shown equals the bound ({@link #needed});</li>
 *   <li>a change between two shown values as the difference of the shown values, at their
 *       precision ({@link #scoreChange}, {@link #pointsChange}, {@link #percentChange}): a shown
 *       difference never contradicts the two values beside it.</li>
 * </ul>
 *
 * Negative numbers carry the minus sign U+2212 ({@code −}), positive changes a plus sign.
 *
 * @since 1.0
 */
public final class Display {
    /** Decimals of a final score or index. */
    public static final int SCORE_DECIMALS = 1;
    /** Decimals of points. */
    public static final int POINT_DECIMALS = 2;
    /** Decimals of a percentage. */
    public static final int PERCENT_DECIMALS = 1;
    /** The minus sign people read. */
    public static final String MINUS = "−";

    private Display() {
    }

    /**
     * A final score or index as shown: cut to one decimal, never above the exact value.
     *
     * @param score the exact score
     * @return the shown value, scale 1
     */
    public static BigDecimal score(Ratio score) {
        return score.truncate(SCORE_DECIMALS);
    }

    /**
     * {@link #score} as text ({@code 78.1}, {@code −0.5}).
     *
     * @param score the exact score
     * @return the shown text
     */
    public static String scoreText(Ratio score) {
        return text(score(score));
    }

    /**
     * Points as shown: cut to two decimals, trailing zeros dropped ({@code 3}, {@code 1.5}, {@code 0.91}).
     *
     * @param points exact points
     * @return the shown value
     */
    public static BigDecimal points(Ratio points) {
        return strip(points.truncate(POINT_DECIMALS));
    }

    /**
     * {@link #points} as text.
     *
     * @param points exact points
     * @return the shown text
     */
    public static String pointsText(Ratio points) {
        return text(points(points));
    }

    /**
     * A measured value set against a target (a KPI, a metric indicator's value): two decimals, cut
     * towards the miss (down when the target is a minimum, up when it is a maximum), trailing zeros
     * dropped. So a shown value never reads as meeting a target the exact value misses: 84.996 under
     * "≥ 85" shows 84.99, 5.004 under "≤ 5" shows 5.01.
     *
     * @param value   the exact value
     * @param atLeast true when the target is a minimum ({@code ≥}), false for a maximum ({@code ≤})
     * @return the shown value
     */
    public static BigDecimal measured(Ratio value, boolean atLeast) {
        return strip(towardsMiss(value, atLeast, POINT_DECIMALS));
    }

    /**
     * The rule of {@link #measured} at a fixed number of decimals, zeros kept, for columns of
     * figures (the KPI dashboard's tables at two decimals, its heat map at one).
     *
     * @param value    the exact value
     * @param atLeast  true when the target is a minimum
     * @param decimals decimals shown
     * @return the shown value, scale {@code decimals}
     */
    public static BigDecimal towardsMiss(Ratio value, boolean atLeast, int decimals) {
        return value.toBigDecimal(decimals, atLeast ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    /**
     * {@link #measured} as text.
     *
     * @param value   the exact value
     * @param atLeast true when the target is a minimum
     * @return the shown text
     */
    public static String measuredText(Ratio value, boolean atLeast) {
        return text(measured(value, atLeast));
    }

    /**
     * A rise in the final score (what full credit on an item, or a plan, adds) with its sign and
     * always two decimals ({@code +3.06}); cut, so a gain is never overstated.
     *
     * @param gain the exact rise (≥ 0 for a gain)
     * @return the signed text
     */
    public static String gain(Ratio gain) {
        return signed(gain.truncate(POINT_DECIMALS));
    }

    /**
     * A percentage (0–100 scale) as shown: cut to one decimal, with the sign {@code %}.
     *
     * @param percent the exact percentage
     * @return the shown value without the sign
     */
    public static BigDecimal percent(Ratio percent) {
        return percent.truncate(PERCENT_DECIMALS);
    }

    /**
     * {@link #percent} with its {@code %} ({@code 72.2%}).
     *
     * @param percent the exact percentage
     * @return the shown text
     */
    public static String percentText(Ratio percent) {
        return text(percent(percent)) + "%";
    }

    /**
     * A credit (0–1) as a percentage, cut to one decimal, trailing zeros dropped ({@code 85%}, {@code 72.5%}).
     *
     * @param credit the exact credit
     * @return the shown text
     */
    public static String creditText(Ratio credit) {
        return text(strip(percent(credit.times(Ratio.HUNDRED)))) + "%";
    }

    /**
     * The final-score rise a grade still needs, rounded up to two decimals (never understated).
     * Beside the score shown to two decimals ({@link #points}) the two add up to the bound when
     * the bound has at most two decimals: cut(s) + ceil(b − s) = b.
     *
     * @param needed the exact rise needed (≤ 0: none)
     * @return the rise shown, scale 2, never negative
     */
    public static BigDecimal needed(Ratio needed) {
        return needed.max(Ratio.ZERO).toBigDecimal(POINT_DECIMALS, RoundingMode.CEILING);
    }

    /**
     * {@link #needed} as text with its plus sign ({@code +1.89}).
     *
     * @param needed the exact rise needed
     * @return the signed text
     */
    public static String neededText(Ratio needed) {
        return "+" + needed(needed).toPlainString();
    }

    /**
     * The change between two final scores as the difference of the shown scores ({@code 79.0 → 84.2}
     * is {@code +5.2}, never {@code +5.24}).
     *
     * @param before the earlier exact score
     * @param after  the later exact score
     * @return the change shown, scale 1
     */
    public static BigDecimal scoreChange(Ratio before, Ratio after) {
        return score(after).subtract(score(before));
    }

    /**
     * {@link #scoreChange} as signed text ({@code +5.2}, {@code −0.3}, {@code ±0.0}).
     *
     * @param before the earlier exact score
     * @param after  the later exact score
     * @return the signed text
     */
    public static String scoreChangeText(Ratio before, Ratio after) {
        return signed(scoreChange(before, after));
    }

    /**
     * The change between two point values as the difference of the shown values.
     *
     * @param before the earlier exact points
     * @param after  the later exact points
     * @return the change shown
     */
    public static BigDecimal pointsChange(Ratio before, Ratio after) {
        return strip(points(after).subtract(points(before)));
    }

    /**
     * The change between two percentages, in percentage points, as the difference of the shown values.
     *
     * @param before the earlier exact percentage
     * @param after  the later exact percentage
     * @return the change shown, scale 1
     */
    public static BigDecimal percentChange(Ratio before, Ratio after) {
        return percent(after).subtract(percent(before));
    }

    /**
     * A number with its sign: {@code +} above zero, {@code −} (U+2212) below, {@code ±} at zero.
     *
     * @param value the shown value
     * @return the signed text
     */
    public static String signed(BigDecimal value) {
        int s = value.signum();
        return (s > 0 ? "+" : s < 0 ? MINUS : "±") + value.abs().toPlainString();
    }

    /**
     * A shown value as text, a negative one with the minus sign U+2212.
     *
     * @param value the shown value
     * @return the text
     */
    public static String text(BigDecimal value) {
        return value.signum() < 0 ? MINUS + value.abs().toPlainString() : value.toPlainString();
    }

    /**
     * Parses a shown value back (the property tests do; so may a reader of a surface): the minus
     * sign U+2212, a leading {@code +} or {@code ±} and a trailing {@code %} are accepted.
     *
     * @param shown the shown text
     * @return its value
     * @throws NumberFormatException when the text is no shown number
     */
    public static BigDecimal parse(String shown) {
        String s = shown.strip();
        if (s.endsWith("%")) s = s.substring(0, s.length() - 1);
        if (s.startsWith("±") || s.startsWith("+")) s = s.substring(1);
        if (s.startsWith(MINUS)) s = "-" + s.substring(1);
        return new BigDecimal(s);
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
