package io.aftercert.core.internal.input;

import io.aftercert.core.Ratio;
import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The one bounds check every number read from a file goes through (evidence, tailoring, result,
 * effort files, whether written as a JSON number or as a string such as {@code "87.5"} or
 * {@code "10/3"}), so a hostile number fails fast with a short message instead of keeping the
 * exact arithmetic busy for minutes ({@code 1e-99999999}) or printing megabytes ({@code 1e9999999}).
 *
 * <p>Accepted: zero, and values whose magnitude is below 10^{@value #MAX_INTEGER_DIGITS} with at
 * most {@value #MAX_FRACTION_DIGITS} digits after the decimal point — far more than any score,
 * point, weight, credit or KPI needs, and everything a {@code double} prints in plain notation
 * ({@code 0.6666666666666666}). A fraction {@code p/q} may have at most
 * {@value #MAX_FRACTION_PART_DIGITS} digits in each part and the same magnitude bound.
 *
 * @since 1.0
 */
public final class NumberBounds {
    /** Digits before the decimal point: values lie strictly between −10^15 and 10^15. */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 30;
    /** Digits of numerator and denominator of a {@code p/q} fraction (exact values in result files). */
    public static final int MAX_FRACTION_PART_DIGITS = 120;

    private static final BigInteger LIMIT = BigInteger.TEN.pow(MAX_INTEGER_DIGITS);
    private static final String RULE = "numbers are limited to " + MAX_INTEGER_DIGITS + " digits before and "
            + MAX_FRACTION_DIGITS + " after the decimal point";

    private NumberBounds() {
    }

    /**
     * What is wrong with {@code value}, or null when it is within bounds. Cheap for any input:
     * never expands the exponent.
     *
     * @param value the number as read
     * @return a short message naming the number and the rule, or null when within bounds
     */
    public static @Nullable String problem(BigDecimal value) {
        if (value.signum() == 0) return null;
        // digits before the point = precision − scale; after the point (without trailing zeros) = scale
        long intDigits = (long) value.precision() - value.scale();
        if (intDigits > MAX_INTEGER_DIGITS) return "number " + shown(value) + " is out of range (" + RULE + ")";
        if (value.scale() > MAX_FRACTION_DIGITS) {
            BigDecimal stripped = value.scale() > MAX_FRACTION_DIGITS + 64 ? value : value.stripTrailingZeros();
            if (stripped.scale() > MAX_FRACTION_DIGITS) return "number " + shown(value) + " has too many decimals (" + RULE + ")";
        }
        return null;
    }

    /**
     * {@link #problem} in Chinese.
     *
     * @param value the number as read
     * @return a short message naming the number and the rule, or null when within bounds
     */
    public static @Nullable String problemZh(BigDecimal value) {
        String en = problem(value);
        if (en == null) return null;
        return "数字 " + shown(value) + (en.contains("too many decimals") ? " 的小数位过多" : " 超出范围") + "（" + RULE_ZH + "）";
    }

    /** The bounds in Chinese. */
    private static final String RULE_ZH = "数字的整数部分最多 " + MAX_INTEGER_DIGITS + " 位，小数部分最多 " + MAX_FRACTION_DIGITS + " 位";

    /**
     * A number refused by {@link #parse(String)} or {@link #ratio(BigDecimal)}: its message is English,
     * {@link #zh()} the same in Chinese.
     */
    public static final class Refused extends NumberFormatException {
        private static final long serialVersionUID = 1L;
        private final String zh;

        Refused(String zh, String en) {
            super(en);
            this.zh = zh;
        }

        /** @return the message in Chinese */
        public String zh() {
            return zh;
        }
    }

    /**
     * The message of a refused number in Chinese.
     *
     * @param e a refusal of this class, or any other number-format error
     * @return its Chinese message, or a general one for a foreign exception
     */
    public static String zh(NumberFormatException e) {
        return e instanceof Refused r ? r.zh() : "不是可用的数字";
    }

    /**
     * Reads a number written as text ({@code "87.5"}, {@code "1e2"}, {@code "10/3"}) within the bounds.
     *
     * @param text the number, surrounding white space ignored
     * @return its exact value
     * @throws NumberFormatException with a short message when it is not a number or out of bounds
     */
    public static Ratio parse(String text) {
        String t = text.strip();
        if (t.length() > 2 * MAX_FRACTION_PART_DIGITS + 3) {
            throw new Refused("“" + abbreviate(t) + "”作为数字过长（" + RULE_ZH + "）", "'" + abbreviate(t) + "' is too long for a number (" + RULE + ")");
        }
        int slash = t.indexOf('/');
        if (slash >= 0) {
            BigInteger p;
            BigInteger q;
            try {
                p = new BigInteger(t.substring(0, slash).strip());
                q = new BigInteger(t.substring(slash + 1).strip());
            } catch (NumberFormatException e) {
                throw new Refused("“" + abbreviate(t) + "”不是数字", "'" + abbreviate(t) + "' is not a number");
            }
            if (q.signum() == 0) throw new Refused("“" + abbreviate(t) + "”的分母为零", "'" + abbreviate(t) + "' divides by zero");
            if (p.abs().compareTo(LIMIT.multiply(q.abs())) >= 0) {
                throw new Refused("数字 " + abbreviate(t) + " 超出范围（" + RULE_ZH + "）", "number " + abbreviate(t) + " is out of range (" + RULE + ")");
            }
            return Ratio.of(p, q);
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new Refused("“" + abbreviate(t) + "”不是数字", "'" + abbreviate(t) + "' is not a number");
        }
        String problem = problem(d);
        if (problem != null) throw new Refused(problemZh(d), problem);
        return Ratio.of(d);
    }

    /**
     * {@code value} as an exact {@link Ratio} when within bounds.
     *
     * @param value the number as read
     * @return its exact value
     * @throws NumberFormatException with a short message otherwise
     */
    public static Ratio ratio(BigDecimal value) {
        String problem = problem(value);
        if (problem != null) throw new Refused(problemZh(value), problem);
        return Ratio.of(value);
    }

    private static String shown(BigDecimal v) {
        // scientific notation for extreme exponents: never expand 1e9999999 into ten million digits
        String s = Math.abs((long) v.scale()) > 40 || v.precision() > 40 ? v.toString() : v.toPlainString();
        return abbreviate(s);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 20) + "…" + s.substring(s.length() - 12) : s;
    }
}
