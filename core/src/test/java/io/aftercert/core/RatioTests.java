package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTests {
    @Test
    void arithmeticIsExactAndReduced() {
        assertEquals(Ratio.of(1, 3), Ratio.of(2, 6));
        assertEquals(Ratio.ONE, Ratio.of(1, 3).plus(Ratio.of(2, 3)));
        assertEquals(Ratio.parse("0.3"), Ratio.parse("0.1").plus(Ratio.parse("0.2"))); // no binary rounding
        assertEquals(Ratio.of(10, 3), Ratio.parse("10/3"));
        assertEquals(Ratio.of(-1, 2), Ratio.of(1, -2));
        assertEquals(Ratio.parse("1.5"), Ratio.of(new BigDecimal("1.50")));
        assertEquals("division by zero", assertThrows(ArithmeticException.class, () -> Ratio.ONE.dividedBy(Ratio.ZERO)).getMessage());
        // values that share only a numerator or only a denominator differ
        org.junit.jupiter.api.Assertions.assertNotEquals(Ratio.of(1, 3), Ratio.of(2, 3));
        org.junit.jupiter.api.Assertions.assertNotEquals(Ratio.of(1, 2), Ratio.of(1, 3));
        // dividing by a negative value moves the sign to the numerator: 3/4 ÷ −3/2 = −1/2
        assertEquals(Ratio.of(-1, 2), Ratio.of(3, 4).dividedBy(Ratio.of(-3, 2)));
        assertEquals(java.math.BigInteger.TWO, Ratio.of(3, 4).dividedBy(Ratio.of(-3, 2)).denominator());
    }

    @Test
    void textFormIsADecimalWhenItTerminatesElseAFraction() {
        assertEquals("1.5", Ratio.of(3, 2).toString());
        assertEquals("100", Ratio.HUNDRED.toString());
        assertEquals("425/6", Ratio.of(425, 6).toString());
        assertTrue(Ratio.of(7, 40).isTerminating());
        assertFalse(Ratio.of(7, 30).isTerminating());
        assertEquals(Ratio.of(425, 6), Ratio.parse(Ratio.of(425, 6).toString()));
    }

    @Test
    void truncationNeverRoundsUp() {
        assertEquals(new BigDecimal("89.9"), Ratio.parse("89.96").truncate(1));
        assertEquals(new BigDecimal("70.8"), Ratio.of(425, 6).truncate(1));
        assertEquals(new BigDecimal("-0.1"), Ratio.parse("-0.01").truncate(1));
    }

    @Test
    void theLongFastPathAgreesWithBigIntegerArithmeticAcrossOverflow() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            long a = r.nextInt(4) == 0 ? r.nextLong() >> r.nextInt(63) : r.nextInt(-1000, 1000);
            long b = r.nextInt(4) == 0 ? Math.max(1, Math.abs(r.nextLong() >> r.nextInt(63))) : r.nextInt(1, 1000);
            long c = r.nextInt(4) == 0 ? r.nextLong() >> r.nextInt(63) : r.nextInt(-1000, 1000);
            long d = r.nextInt(4) == 0 ? Math.max(1, Math.abs(r.nextLong() >> r.nextInt(63))) : r.nextInt(1, 1000);
            java.math.BigInteger A = java.math.BigInteger.valueOf(a), B = java.math.BigInteger.valueOf(b);
            java.math.BigInteger C = java.math.BigInteger.valueOf(c), D = java.math.BigInteger.valueOf(d);
            Ratio x = Ratio.of(a, b);
            Ratio y = Ratio.of(c, d);
            // expected values in BigInteger arithmetic only: a/b + c/d = (ad + cb)/bd, a/b × c/d = ac/bd, reduced
            assertReduced(A.multiply(D).add(C.multiply(B)), B.multiply(D), x.plus(y), a + "/" + b + " + " + c + "/" + d);
            assertReduced(A.multiply(D).subtract(C.multiply(B)), B.multiply(D), x.minus(y), a + "/" + b + " − " + c + "/" + d);
            assertReduced(A.multiply(C), B.multiply(D), x.times(y), a + "/" + b + " × " + c + "/" + d);
            if (c != 0) assertReduced(A.multiply(D), B.multiply(C), x.dividedBy(y), a + "/" + b + " ÷ " + c + "/" + d);
            assertEquals(Integer.signum(A.multiply(D).compareTo(C.multiply(B))), Integer.signum(x.compareTo(y)));
        }
        Ratio huge = Ratio.of(Long.MAX_VALUE, 3).times(Ratio.of(Long.MAX_VALUE, 7));
        assertEquals(huge.dividedBy(Ratio.of(Long.MAX_VALUE, 7)), Ratio.of(Long.MAX_VALUE, 3), "back from the big form");
    }

    /** p/q reduced with a positive denominator, computed with BigInteger only, against the Ratio's parts. */
    private static void assertReduced(java.math.BigInteger p, java.math.BigInteger q, Ratio actual, String what) {
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        java.math.BigInteger g = p.gcd(q);
        if (g.signum() == 0) g = java.math.BigInteger.ONE;
        java.math.BigInteger num = p.divide(g);
        java.math.BigInteger den = p.signum() == 0 ? java.math.BigInteger.ONE : q.divide(g);
        assertEquals(num, actual.numerator(), what + ": numerator");
        assertEquals(den, actual.denominator(), what + ": denominator");
    }

    @Test
    void isBetweenHoldsBothBoundsInclusively() {
        // band 4 is 0.6–0.8
        Ratio lo = Ratio.parse("0.6");
        Ratio hi = Ratio.parse("0.8");
        assertFalse(Ratio.parse("0.55").isBetween(lo, hi));
        assertTrue(lo.isBetween(lo, hi));
        assertTrue(Ratio.parse("0.7").isBetween(lo, hi));
        assertTrue(hi.isBetween(lo, hi));
        assertFalse(Ratio.parse("0.85").isBetween(lo, hi));
        assertEquals(lo, Ratio.parse("0.55").clamp(lo, hi));
        assertEquals(hi, Ratio.parse("0.85").clamp(lo, hi));
        assertEquals(lo, lo.min(hi));
        assertEquals(hi, lo.max(hi));
        assertEquals(-1, Ratio.parse("-0.5").signum());
        assertEquals(Ratio.parse("0.5"), Ratio.parse("-0.5").negate());
        assertEquals(Ratio.of(6), Ratio.of(3, 2).times(4)); // 3/2 × 4
    }

    @Test
    void badTextIsRefusedWithTheText() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Ratio.parse("12,5"));
        assertTrue(e.getMessage().contains("12,5"));
        assertThrows(NumberFormatException.class, () -> Ratio.parse("1/0"));
    }

    @Test
    void theBigFormComparesHashesPrintsAndTerminatesLikeTheSmallOne() {
        java.math.BigInteger big = java.math.BigInteger.TWO.pow(70); // beyond long: the BigInteger form
        // 2^70 / 2^72 reduces to 1/4 (small form again); 3·2^70 / 2^70·5 to 3/5
        assertEquals(Ratio.of(1, 4), Ratio.of(big, big.shiftLeft(2)));
        assertEquals(Ratio.of(1, 4).hashCode(), Ratio.of(big, big.shiftLeft(2)).hashCode());
        Ratio a = Ratio.of(big.add(java.math.BigInteger.ONE), big);        // (2^70 + 1) / 2^70: terminating (denominator a power of 2)
        Ratio b = Ratio.of(big.add(java.math.BigInteger.ONE), big.multiply(java.math.BigInteger.valueOf(3))); // ÷ 3·2^70: not
        Ratio a2 = Ratio.of(big.add(java.math.BigInteger.ONE).shiftLeft(1), big.shiftLeft(1));
        assertEquals(a, a2);
        assertEquals(a.hashCode(), a2.hashCode());
        org.junit.jupiter.api.Assertions.assertNotEquals(a, b);
        org.junit.jupiter.api.Assertions.assertNotEquals(a, Ratio.ONE);
        org.junit.jupiter.api.Assertions.assertNotEquals(a, (Object) "1");
        assertTrue(a.isTerminating());
        assertTrue(!b.isTerminating());
        // 1 + 2^-70 printed exactly: 70 decimals; the non-terminating one as p/q
        assertEquals(java.math.BigDecimal.ONE.add(java.math.BigDecimal.ONE.divide(new java.math.BigDecimal(big))).toPlainString(), a.toString());
        assertEquals(big.add(java.math.BigInteger.ONE) + "/" + big.multiply(java.math.BigInteger.valueOf(3)), b.toString());
        assertEquals(big.toString(), Ratio.of(big, java.math.BigInteger.ONE).toString());
        assertTrue(a.compareTo(b) > 0 && b.compareTo(a) < 0 && a.compareTo(a2) == 0);
        assertEquals(b, a.min(b));
        assertEquals(a, a.max(b));
    }
    private static final java.math.BigInteger TWO_70 = java.math.BigInteger.TWO.pow(70);

    @Test
    void aZeroDenominatorIsRefusedInBothForms() {
        assertEquals("ratio with zero denominator: 5/0", assertThrows(ArithmeticException.class, () -> Ratio.of(5, 0)).getMessage());
        assertEquals("ratio with zero denominator: 5/0", assertThrows(ArithmeticException.class,
                () -> Ratio.of(java.math.BigInteger.valueOf(5), java.math.BigInteger.ZERO)).getMessage());
        assertThrows(NullPointerException.class, () -> Ratio.of(null, java.math.BigInteger.ONE));
        assertThrows(NullPointerException.class, () -> Ratio.of(java.math.BigInteger.ONE, null));
    }

    @Test
    void theSignMovesToTheNumeratorAndLongMinValueIsHeldExactly() {
        // 1 / −2 = −1/2 in both constructors; 3/−6 reduces to −1/2
        assertEquals(Ratio.of(-1, 2), Ratio.of(java.math.BigInteger.ONE, java.math.BigInteger.valueOf(-2)));
        assertEquals(java.math.BigInteger.TWO, Ratio.of(java.math.BigInteger.valueOf(3), java.math.BigInteger.valueOf(-6)).denominator());
        // Long.MIN_VALUE = −2^63: / 2 = −2^62 (a long); / −1 = 2^63 (beyond long); 4 / −2^63 = −1/2^61
        assertEquals(Ratio.of(-(1L << 62), 1), Ratio.of(Long.MIN_VALUE, 2));
        java.math.BigInteger twoTo63 = java.math.BigInteger.TWO.pow(63);
        assertEquals(twoTo63, Ratio.of(Long.MIN_VALUE, -1).numerator());
        assertEquals(Ratio.of(-1, 1L << 61), Ratio.of(4, Long.MIN_VALUE));
        // −2^63 itself is held in the big form, so negating it gives +2^63, not −2^63 again
        Ratio min = Ratio.of(java.math.BigInteger.valueOf(Long.MIN_VALUE), java.math.BigInteger.ONE);
        assertEquals(twoTo63, min.negate().numerator());
        assertEquals(1, min.negate().signum());
        assertEquals(Ratio.of(Long.MIN_VALUE, 1), min);
        assertThrows(ArithmeticException.class, min::longNumerator, "−2^63 is never in the long form");
        // Long.MAX_VALUE fits the long form: equal whichever constructor built it
        Ratio max = Ratio.of(java.math.BigInteger.valueOf(Long.MAX_VALUE), java.math.BigInteger.ONE);
        assertEquals(Ratio.of(Long.MAX_VALUE, 1), max);
        assertEquals(Long.MAX_VALUE, max.longNumerator());
        assertEquals(1, max.longDenominator());
    }

    @Test
    void theLongPartsAreThereOnlyForTheLongForm() {
        assertEquals(-3, Ratio.of(-6, 14).longNumerator());
        assertEquals(7, Ratio.of(-6, 14).longDenominator());
        Ratio big = Ratio.of(java.math.BigInteger.ONE, TWO_70);
        assertThrows(ArithmeticException.class, big::longNumerator);
        assertThrows(ArithmeticException.class, big::longDenominator);
        assertThrows(ArithmeticException.class, () -> Ratio.of(TWO_70, java.math.BigInteger.ONE).longNumerator());
    }

    @Test
    void decimalsWithANegativeScaleAreWholeNumbers() {
        assertEquals(Ratio.of(1000), Ratio.of(new java.math.BigDecimal("1E+3")));
        assertEquals(Ratio.of(1000), Ratio.parse("1e3"));
        assertEquals(Ratio.of(12), Ratio.of(new java.math.BigDecimal("12")));
        assertEquals(Ratio.of(1, 8), Ratio.of(new java.math.BigDecimal("0.125")));
    }

    @Test
    void theBigFormDividesNegatesComparesAndConvertsExactly() {
        Ratio big = Ratio.of(TWO_70, java.math.BigInteger.ONE); // 2^70
        // 1 / 2^70 and 3 / 2^70: the reciprocal of a big value
        assertEquals(Ratio.of(java.math.BigInteger.ONE, TWO_70), Ratio.ONE.dividedBy(big));
        assertEquals(Ratio.of(java.math.BigInteger.valueOf(-3), TWO_70), Ratio.of(3).dividedBy(big.negate()));
        assertEquals(Ratio.of(TWO_70.negate(), java.math.BigInteger.ONE), big.negate());
        assertEquals(-1, big.negate().signum());
        // big against small, both ways
        assertTrue(big.compareTo(Ratio.ONE) > 0);
        assertTrue(Ratio.ONE.compareTo(big) < 0);
        assertTrue(big.negate().compareTo(Ratio.of(-5)) < 0);
        assertTrue(Ratio.of(-5).compareTo(big.negate()) > 0);
        assertEquals(Math.pow(2, 70), big.toDouble(), 1e6);
        assertEquals(0.75, Ratio.of(3, 4).toDouble());
    }

    @Test
    void decimalExpansionsOfTheBigFormAndOfWholeNumbers() {
        // 1 / 5^28: 5^28 ≈ 3.7e19 exceeds a long; its expansion terminates (28 decimals)
        java.math.BigInteger five28 = java.math.BigInteger.valueOf(5).pow(28);
        Ratio r = Ratio.of(java.math.BigInteger.ONE, five28);
        assertTrue(r.isTerminating());
        assertEquals(new java.math.BigDecimal(java.math.BigInteger.TWO.pow(28), 28), r.toBigDecimalExact()); // 2^28 / 10^28
        assertFalse(Ratio.of(java.math.BigInteger.ONE, five28.multiply(java.math.BigInteger.valueOf(3))).isTerminating());
        // whole numbers have scale 0, never 1E+2
        assertEquals(new java.math.BigDecimal("100"), Ratio.HUNDRED.toBigDecimalExact());
        assertEquals(0, Ratio.of(1200).toBigDecimalExact().scale());
        assertEquals(new java.math.BigDecimal("0.25"), Ratio.of(1, 4).toBigDecimalExact());
        assertEquals("1/3 has no finite decimal expansion", assertThrows(ArithmeticException.class,
                () -> Ratio.of(1, 3).toBigDecimalExact()).getMessage());
    }
}
