package io.aftercert.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact rational number: points, credits, weights and scores are never {@code double}.
 *
 * <p>Always held in lowest terms with a positive denominator, in a canonical representation (two
 * {@code long}s while both fit, {@link BigInteger}s only beyond), so {@link #equals(Object)} is
 * value equality. Arithmetic on the {@code long} form is exact ({@code Math.*Exact}) and falls
 * back to {@code BigInteger} on overflow. The text form is a plain decimal when the value has a
 * finite decimal expansion ({@code "1.5"}) and {@code "p/q"} otherwise ({@code "10/3"});
 * {@link #parse(String)} reads both.
 *
 * @since 1.0
 */
public final class Ratio implements Comparable<Ratio> {

    /** 0. */
    public static final Ratio ZERO = new Ratio(0, 1);
    /** 1: full credit. */
    public static final Ratio ONE = new Ratio(1, 1);
    /** 100: the full score, and the factor from a share to percent. */
    public static final Ratio HUNDRED = new Ratio(100, 1);

    private static final BigInteger FIVE = BigInteger.valueOf(5);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    // small form (big == null): n / d with d > 0, both > Long.MIN_VALUE
    private final long n;
    private final long d;
    // big form: only when the reduced value does not fit the small form
    private final BigInteger bn;
    private final BigInteger bd;

    private Ratio(long n, long d) {
        this.n = n;
        this.d = d;
        this.bn = null;
        this.bd = null;
    }

    private Ratio(BigInteger bn, BigInteger bd) {
        this.n = 0;
        this.d = 0;
        this.bn = bn;
        this.bd = bd;
    }

    private static long gcd(long a, long b) {
        a = Math.abs(a);
        b = Math.abs(b);
        if (a == 0) return b; // the binary loop below needs a ≠ 0; b = 0 falls through to a
        if (a == 1 || b == 1) return 1; // the common case of whole numbers and unit fractions
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        while (b != 0) {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b -= a;
        }
        return a << shift;
    }

    /**
     * The value {@code numerator / denominator}, reduced to lowest terms.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the exact quotient
     * @throws ArithmeticException  when the denominator is zero
     * @throws NullPointerException when either part is null
     */
    public static Ratio of(BigInteger numerator, BigInteger denominator) {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) {
            throw new ArithmeticException("ratio with zero denominator: " + numerator + "/0");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger g = numerator.gcd(denominator); // 0/q: g = q, so zero is 0/1
        numerator = numerator.divide(g);
        denominator = denominator.divide(g);
        if (fits(numerator) && fits(denominator)) return new Ratio(numerator.longValue(), denominator.longValue());
        return new Ratio(numerator, denominator);
    }

    private static boolean fits(BigInteger v) {
        return v.bitLength() < 63 || (v.compareTo(LONG_MIN) > 0 && v.compareTo(LONG_MAX) <= 0);
    }

    /**
     * The value {@code numerator / denominator}, reduced to lowest terms.
     *
     * @param numerator   the numerator
     * @param denominator the denominator, not zero
     * @return the exact quotient
     * @throws ArithmeticException when the denominator is zero
     */
    public static Ratio of(long numerator, long denominator) {
        if (denominator == 0) throw new ArithmeticException("ratio with zero denominator: " + numerator + "/0");
        if (numerator == Long.MIN_VALUE || denominator == Long.MIN_VALUE) {
            return of(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
        }
        if (denominator < 0) {
            numerator = -numerator;
            denominator = -denominator;
        }
        long g = gcd(numerator, denominator); // 0/q: g = q, so zero is 0/1
        return new Ratio(numerator / g, denominator / g);
    }

    /**
     * An integer value.
     *
     * @param value the value
     * @return {@code value / 1}
     */
    public static Ratio of(long value) {
        return of(value, 1);
    }

    /**
     * The exact value of a decimal (no rounding).
     *
     * @param value the decimal
     * @return the same value as a ratio
     */
    public static Ratio of(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        if (value.scale() <= 0) return of(value.toBigIntegerExact(), BigInteger.ONE);
        return of(value.unscaledValue(), BigInteger.TEN.pow(value.scale()));
    }

    /**
     * Reads {@code "12.5"}, {@code "-3"}, {@code "1e2"} or {@code "10/3"}. No bounds: numbers from
     * files go through the bounds check of every number read instead.
     *
     * @param text a decimal or a fraction {@code p/q}, surrounding white space ignored
     * @return its exact value
     * @throws NumberFormatException naming the text when it is neither form
     */
    public static Ratio parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        int slash = t.indexOf('/');
        try {
            if (slash >= 0) {
                BigInteger num = new BigInteger(t.substring(0, slash).trim());
                BigInteger den = new BigInteger(t.substring(slash + 1).trim());
                return of(num, den);
            }
            return of(new BigDecimal(t));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new NumberFormatException("not a number: '" + text + "'");
        }
    }

    private boolean small() {
        return bn == null;
    }

    /** {@return the numerator in lowest terms; it carries the sign} */
    public BigInteger numerator() {
        return small() ? BigInteger.valueOf(n) : bn;
    }

    /** {@return the denominator in lowest terms, always positive} */
    public BigInteger denominator() {
        return small() ? BigInteger.valueOf(d) : bd;
    }

    /**
     * The numerator as a {@code long}, for loops that add exactly in primitives (the compiled rubric).
     *
     * @return the numerator of the value in lowest terms
     * @throws ArithmeticException when the value is held in its {@code BigInteger} form; callers fall
     *         back to {@code Ratio} arithmetic
     */
    public long longNumerator() {
        if (!small()) throw new ArithmeticException("numerator of " + this + " exceeds long");
        return n;
    }

    /**
     * The (positive) denominator as a {@code long}.
     *
     * @return the denominator of the value in lowest terms, ≥ 1
     * @throws ArithmeticException when the value is held in its {@code BigInteger} form
     */
    public long longDenominator() {
        if (!small()) throw new ArithmeticException("denominator of " + this + " exceeds long");
        return d;
    }

    /**
     * Exact sum.
     *
     * @param o the addend
     * @return {@code this + o}
     */
    public Ratio plus(Ratio o) {
        if (small() && o.small()) {
            try {
                if (d == o.d) return of(Math.addExact(n, o.n), d);
                long g = gcd(d, o.d);
                long da = d / g;
                long db = o.d / g;
                return of(Math.addExact(Math.multiplyExact(n, db), Math.multiplyExact(o.n, da)), Math.multiplyExact(da, o.d));
            } catch (ArithmeticException overflow) {
                // fall through to BigInteger
            }
        }
        return of(numerator().multiply(o.denominator()).add(o.numerator().multiply(denominator())),
                denominator().multiply(o.denominator()));
    }

    /**
     * Exact difference.
     *
     * @param o the subtrahend
     * @return {@code this − o}
     */
    public Ratio minus(Ratio o) {
        return plus(o.negate());
    }

    /**
     * Exact product.
     *
     * @param o the factor
     * @return {@code this × o}
     */
    public Ratio times(Ratio o) {
        if (small() && o.small()) {
            try {
                // cross-reduce first: the product is then already in lowest terms
                long g1 = gcd(n, o.d);
                long g2 = gcd(o.n, d);
                return of(Math.multiplyExact(n / g1, o.n / g2), Math.multiplyExact(d / g2, o.d / g1));
            } catch (ArithmeticException overflow) {
                // fall through
            }
        }
        return of(numerator().multiply(o.numerator()), denominator().multiply(o.denominator()));
    }

    /**
     * Exact product with an integer.
     *
     * @param factor the factor
     * @return {@code this × factor}
     */
    public Ratio times(long factor) {
        return times(of(factor));
    }

    /**
     * Exact quotient.
     *
     * @param o the divisor, not zero
     * @return {@code this / o}
     * @throws ArithmeticException when {@code o} is zero
     */
    public Ratio dividedBy(Ratio o) {
        if (o.signum() == 0) throw new ArithmeticException("division by zero");
        if (o.small()) return times(of(o.d, o.n)); // of() moves the sign to the numerator
        return times(of(o.bd, o.bn));
    }

    /** {@return {@code −this}} */
    public Ratio negate() {
        return small() ? new Ratio(-n, d) : new Ratio(bn.negate(), bd);
    }

    /** {@return −1, 0 or 1 as this value is negative, zero or positive} */
    public int signum() {
        return small() ? Long.signum(n) : bn.signum();
    }

    /** {@return true when this value is 0} */
    public boolean isZero() {
        return signum() == 0;
    }

    /**
     * The smaller value.
     *
     * @param o the other value
     * @return the smaller of {@code this} and {@code o} ({@code this} when equal)
     */
    public Ratio min(Ratio o) {
        return compareTo(o) <= 0 ? this : o;
    }

    /**
     * The larger value.
     *
     * @param o the other value
     * @return the larger of {@code this} and {@code o} ({@code this} when equal)
     */
    public Ratio max(Ratio o) {
        return compareTo(o) >= 0 ? this : o;
    }

    /**
     * This value kept within {@code [low, high]}.
     *
     * @param low  the lower bound
     * @param high the upper bound, not below {@code low}
     * @return {@code low} below it, {@code high} above it, else this value
     */
    public Ratio clamp(Ratio low, Ratio high) {
        return max(low).min(high);
    }

    /**
     * Whether this value lies in the closed interval {@code [low, high]}.
     *
     * @param low  the lower bound (inclusive)
     * @param high the upper bound (inclusive)
     * @return true when {@code low ≤ this ≤ high}
     */
    public boolean isBetween(Ratio low, Ratio high) {
        return compareTo(low) >= 0 && compareTo(high) <= 0;
    }

    /** {@return true when the value has a finite decimal expansion (the reduced denominator is 2^a·5^b)} */
    public boolean isTerminating() {
        if (small()) {
            long x = d >> Long.numberOfTrailingZeros(d);
            while (x % 5 == 0) x /= 5;
            return x == 1;
        }
        BigInteger x = bd.shiftRight(bd.getLowestSetBit());
        while (x.mod(FIVE).signum() == 0) x = x.divide(FIVE);
        return x.equals(BigInteger.ONE);
    }

    /**
     * The exact decimal.
     *
     * @return the value with no trailing zeros and a scale of at least 0
     * @throws ArithmeticException when the expansion does not terminate ({@link #isTerminating()} is false)
     */
    public BigDecimal toBigDecimalExact() {
        if (!isTerminating()) throw new ArithmeticException(this + " has no finite decimal expansion");
        BigDecimal r = new BigDecimal(numerator()).divide(new BigDecimal(denominator())).stripTrailingZeros();
        return r.setScale(Math.max(r.scale(), 0)); // 1E+2 → 100
    }

    /**
     * The value with {@code scale} decimals, rounded as {@code mode} says.
     *
     * @param scale the number of decimals
     * @param mode  how to round the rest
     * @return the rounded decimal
     * @throws ArithmeticException when {@code mode} is {@code UNNECESSARY} and rounding is needed
     */
    public BigDecimal toBigDecimal(int scale, RoundingMode mode) {
        return new BigDecimal(numerator()).divide(new BigDecimal(denominator()), scale, mode);
    }

    /**
     * The value cut (not rounded) to {@code scale} decimals towards negative infinity, so a
     * displayed score never exceeds the exact one (architecture §3 rule 7: 89.96 shows as 89.9).
     *
     * @param scale the number of decimals
     * @return the largest decimal with {@code scale} decimals not above this value
     */
    public BigDecimal truncate(int scale) {
        return toBigDecimal(scale, RoundingMode.FLOOR);
    }

    /** {@return an approximation for charts and logs; never use it for comparisons} */
    public double toDouble() {
        return small() ? (double) n / d : toBigDecimal(12, RoundingMode.HALF_EVEN).doubleValue();
    }

    @Override
    public int compareTo(Ratio o) {
        if (small() && o.small()) {
            // exact 128-bit comparison of n·o.d and o.n·d
            long hi1 = Math.multiplyHigh(n, o.d);
            long lo1 = n * o.d;
            long hi2 = Math.multiplyHigh(o.n, d);
            long lo2 = o.n * d;
            if (hi1 != hi2) return Long.compare(hi1, hi2);
            return Long.compareUnsigned(lo1, lo2);
        }
        return numerator().multiply(o.denominator()).compareTo(o.numerator().multiply(denominator()));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Ratio r)) return false;
        // the representation is canonical, so a long-form value never equals a big-form one: the
        // big form's n and d are 0 (no long-form d is), and a long form's bn is null
        return small() ? n == r.n && d == r.d : bn.equals(r.bn) && bd.equals(r.bd);
    }

    @Override
    public int hashCode() {
        // canonical form: equal values have equal fields; no boxing (Ratio keys maps in callers' code)
        return small() ? 31 * Long.hashCode(n) + Long.hashCode(d) : 31 * bn.hashCode() + bd.hashCode();
    }

    /** Plain decimal when terminating, else {@code p/q}. */
    @Override
    public String toString() {
        return isTerminating() ? toBigDecimalExact().toPlainString() : numerator() + "/" + denominator();
    }
}
