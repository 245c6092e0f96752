package io.aftercert.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: points, credits, weights and scores are never {@code double}.
 *
 * <p>Always held in lowest terms with a positive denominator, so {@link #equals(Object)} is value
 * equality. The text form is a plain decimal when the value has a finite decimal expansion
 * ({@code "1.5"}) and {@code "p/q"} otherwise ({@code "10/3"}); {@link #parse(String)} reads both.
 */
public final class Ratio implements Comparable<Ratio> {

    public static final Ratio ZERO = new Ratio(BigInteger.ZERO, BigInteger.ONE);
    public static final Ratio ONE = new Ratio(BigInteger.ONE, BigInteger.ONE);
    public static final Ratio HUNDRED = new Ratio(BigInteger.valueOf(100), BigInteger.ONE);

    private static final BigInteger TWO = BigInteger.valueOf(2);
    private static final BigInteger FIVE = BigInteger.valueOf(5);

    private final BigInteger num;
    private final BigInteger den;

    private Ratio(BigInteger num, BigInteger den) {
        this.num = num;
        this.den = den;
    }

    /** The value {@code numerator / denominator}; the denominator must not be zero. */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("ratio with zero denominator: " + numerator + "/0");
        }
        if (numerator.signum() == 0) {
            return ZERO;
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE)) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
        return new Ratio(numerator, denominator);
    }

    public static Ratio of(long numerator, long denominator) {
        return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Ratio of(long value) {
        if (value == 0) return ZERO;
        if (value == 1) return ONE;
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The exact value of a decimal (no rounding). */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() <= 0) {
            return of(value.toBigIntegerExact(), BigInteger.ONE);
        }
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * Reads {@code "12.5"}, {@code "-3"}, {@code "1e2"} or {@code "10/3"}.
     *
     * @throws NumberFormatException naming the text when it is neither form
     */
    public static Ratio parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int slash = t.indexOf('/');
        try {
            if (slash >= 0) {
                BigInteger n = new BigInteger(t.substring(0, slash).trim());
                BigInteger d = new BigInteger(t.substring(slash + 1).trim());
                if (d.signum() == 0) {
                    throw new NumberFormatException("zero denominator in '" + text + "'");
                }
                return of(n, d);
            }
            return of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException("not a number: '" + text + "'");
        }
    }

    public BigInteger numerator() {
        return num;
    }

    public BigInteger denominator() {
        return den;
    }

    public Ratio plus(Ratio o) {
        if (o.num.signum() == 0) return this;
        if (num.signum() == 0) return o;
        if (den.equals(o.den)) return of(num.add(o.num), den);
        return of(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Ratio minus(Ratio o) {
        return plus(o.negate());
    }

    public Ratio times(Ratio o) {
        if (num.signum() == 0 || o.num.signum() == 0) return ZERO;
        if (o.equals(ONE)) return this;
        if (this.equals(ONE)) return o;
        return of(num.multiply(o.num), den.multiply(o.den));
    }

    public Ratio times(long factor) {
        return times(of(factor));
    }

    /** @throws ArithmeticException when {@code o} is zero */
    public Ratio dividedBy(Ratio o) {
        if (o.num.signum() == 0) throw new ArithmeticException("division by zero");
        return of(num.multiply(o.den), den.multiply(o.num));
    }

    public Ratio negate() {
        return num.signum() == 0 ? this : new Ratio(num.negate(), den);
    }

    public int signum() {
        return num.signum();
    }

    public boolean isZero() {
        return num.signum() == 0;
    }

    public Ratio min(Ratio o) {
        return compareTo(o) <= 0 ? this : o;
    }

    public Ratio max(Ratio o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /** This value kept within {@code [low, high]}. */
    public Ratio clamp(Ratio low, Ratio high) {
        return max(low).min(high);
    }

    public boolean isBetween(Ratio low, Ratio high) {
        return compareTo(low) >= 0 && compareTo(high) <= 0;
    }

    /** True when the value has a finite decimal expansion (the reduced denominator is 2^a·5^b). */
    public boolean isTerminating() {
        BigInteger d = den;
        int twos = d.getLowestSetBit();
        d = d.shiftRight(twos);
        while (d.mod(FIVE).signum() == 0) {
            d = d.divide(FIVE);
        }
        return d.equals(BigInteger.ONE);
    }

    /** The exact decimal; throws {@link ArithmeticException} when the expansion does not terminate. */
    public BigDecimal toBigDecimalExact() {
        if (!isTerminating()) {
            throw new ArithmeticException(this + " has no finite decimal expansion");
        }
        BigDecimal r = new BigDecimal(num).divide(new BigDecimal(den)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /** The value with {@code scale} decimals, rounded as {@code mode} says. */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        return new BigDecimal(num).divide(new BigDecimal(den), scale, mode);
    }

    /**
     * The value cut (not rounded) to {@code scale} decimals towards negative infinity, so a
     * displayed score never exceeds the exact one (DESIGN §3 rule 7: 89.96 shows as 89.9).
     */
    public BigDecimal truncate(int scale) {
        return toBigDecimal(scale, RoundingMode.FLOOR);
    }

    /** An approximation for charts and logs; never use it for comparisons. */
    public double toDouble() {
        return toBigDecimal(12, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Ratio o) {
        if (den.equals(o.den)) return num.compareTo(o.num);
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ratio r && num.equals(r.num) && den.equals(r.den);
    }

    @Override
    public int hashCode() {
        return 31 * num.hashCode() + den.hashCode();
    }

    /** Plain decimal when terminating, else {@code p/q}. */
    @Override
    public String toString() {
        if (den.equals(BigInteger.ONE)) return num.toString();
        return isTerminating() ? toBigDecimalExact().toPlainString() : num + "/" + den;
    }
}
