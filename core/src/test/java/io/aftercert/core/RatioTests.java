package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
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

    @Test
    void minAndMaxKeepThisValueOnATieAsDocumented() {
        // 1/2 and 0.5 are equal values held in two objects: min and max return the receiver
        Ratio half = Ratio.of(1, 2);
        Ratio alsoHalf = Ratio.parse("0.5");
        assertEquals(half, alsoHalf);
        assertSame(half, half.min(alsoHalf));
        assertSame(alsoHalf, alsoHalf.min(half));
        assertSame(half, half.max(alsoHalf));
        assertSame(alsoHalf, alsoHalf.max(half));
        // clamp at a bound equal to the value: max(low) keeps this, min(high) keeps that
        assertSame(half, half.clamp(Ratio.ZERO, Ratio.ONE));
        assertSame(half, half.clamp(alsoHalf, Ratio.ONE));
    }

    @Test
    void equalValuesHashAlikeAndDistinctValuesSpreadInBothForms() {
        // zero in three spellings: 0/1, 0/5, -0.0
        assertEquals(Ratio.ZERO.hashCode(), Ratio.of(0, 5).hashCode());
        assertEquals(Ratio.ZERO.hashCode(), Ratio.parse("-0.0").hashCode());
        // every reduced i/j with |i| ≤ 20, 1 ≤ j ≤ 20: a hash set of them holds each once, and
        // the hash codes do not collapse (a constant or near-constant hash would make maps linear;
        // −k and k − 1 share a Long hash, so about three in four are distinct, not all)
        Set<Ratio> small = new HashSet<>();
        Set<BigInteger> smallSeen = new HashSet<>();
        for (int i = -20; i <= 20; i++) {
            for (int j = 1; j <= 20; j++) {
                small.add(Ratio.of(i, j));
                BigInteger g = BigInteger.valueOf(i).gcd(BigInteger.valueOf(j));
                smallSeen.add(BigInteger.valueOf(i).divide(g).shiftLeft(32).add(BigInteger.valueOf(j).divide(g)));
            }
        }
        assertEquals(smallSeen.size(), small.size(), "one entry per value");
        assertTrue(distinctHashes(small) * 2 >= small.size(), distinctHashes(small) + " of " + small.size());
        // the big form: (2^70 + k) / 2^70 for odd k (lowest terms, same denominator), and
        // (2^70 + 1) / (2^70 · 3^m) (same numerator)
        Set<Ratio> big = new HashSet<>();
        for (int k = 1; k < 200; k += 2) big.add(Ratio.of(TWO_70.add(BigInteger.valueOf(k)), TWO_70));
        for (int m = 1; m <= 50; m++) big.add(Ratio.of(TWO_70.add(BigInteger.ONE), TWO_70.multiply(BigInteger.valueOf(3).pow(m))));
        assertEquals(150, big.size());
        assertTrue(distinctHashes(big) * 2 >= big.size(), distinctHashes(big) + " of " + big.size());
        // an equal value built another way lands in the same entry
        assertTrue(big.contains(Ratio.of(TWO_70.add(BigInteger.ONE).shiftLeft(3), TWO_70.shiftLeft(3))));
        assertTrue(small.contains(Ratio.parse("-0.75")));
    }

    private static long distinctHashes(Set<Ratio> values) {
        return values.stream().mapToInt(Ratio::hashCode).distinct().count();
    }

    @Test
    void bigValuesAreEqualOnlyWhenNumeratorAndDenominatorBothAgree() {
        Ratio a = Ratio.of(TWO_70.add(BigInteger.ONE), TWO_70);            // same denominator,
        Ratio b = Ratio.of(TWO_70.add(BigInteger.valueOf(3)), TWO_70);     // other numerator
        Ratio c = Ratio.of(TWO_70.add(BigInteger.ONE), TWO_70.shiftLeft(1)); // same numerator, other denominator
        assertNotEquals(a, b);
        assertNotEquals(b, a);
        assertNotEquals(a, c);
        assertNotEquals(c, a);
        assertEquals(a, Ratio.of(TWO_70.add(BigInteger.ONE).negate(), TWO_70.negate()));
        // a big value never equals a small one, nor a small one a big one, even with zeros in its long fields
        assertNotEquals(Ratio.ZERO, a);
        assertNotEquals(a, Ratio.ZERO);
    }

    @Test
    void theLongFastPathsFallBackToBigIntegerAtTheOverflowEdges() {
        BigInteger max = BigInteger.valueOf(Long.MAX_VALUE);
        // MAX + 1 = 2^63: beyond long, held in the big form; − 1 brings it back to the long form
        Ratio over = Ratio.of(Long.MAX_VALUE).plus(Ratio.ONE);
        assertEquals(BigInteger.TWO.pow(63), over.numerator());
        assertThrows(ArithmeticException.class, over::longNumerator);
        assertEquals(Long.MAX_VALUE, over.minus(Ratio.ONE).longNumerator());
        // −MAX − 1 = −2^63 = Long.MIN_VALUE, which the long form never holds
        Ratio under = Ratio.of(-Long.MAX_VALUE).minus(Ratio.ONE);
        assertEquals(BigInteger.valueOf(Long.MIN_VALUE), under.numerator());
        assertThrows(ArithmeticException.class, under::longNumerator);
        // 1/MAX + 1/(MAX − 1): the common denominator MAX·(MAX − 1) overflows; (2·MAX − 1) / (MAX² − MAX)
        Ratio sum = Ratio.of(1, Long.MAX_VALUE).plus(Ratio.of(1, Long.MAX_VALUE - 1));
        assertEquals(max.shiftLeft(1).subtract(BigInteger.ONE), sum.numerator());
        assertEquals(max.multiply(max.subtract(BigInteger.ONE)), sum.denominator());
        // same denominator, numerators overflow on adding: (MAX + MAX) / 3
        Ratio twice = Ratio.of(Long.MAX_VALUE, 3).plus(Ratio.of(Long.MAX_VALUE, 3));
        assertEquals(max.shiftLeft(1), twice.numerator());
        assertEquals(BigInteger.valueOf(3), twice.denominator());
        // MAX × 2 = 2^64 − 2 overflows; × 1/4 of that reduces to (2^63 − 1) / 2 again
        Ratio doubled = Ratio.of(Long.MAX_VALUE).times(Ratio.of(2));
        assertEquals(max.shiftLeft(1), doubled.numerator());
        assertEquals(Ratio.of(Long.MAX_VALUE, 2), doubled.times(Ratio.of(1, 4)));
        // cross-reduction keeps the long form: 3/MAX × MAX/3 = 1, −MAX/7 × 14/MAX = −2
        assertEquals(Ratio.ONE, Ratio.of(3, Long.MAX_VALUE).times(Ratio.of(Long.MAX_VALUE, 3)));
        assertEquals(Ratio.of(-2), Ratio.of(-Long.MAX_VALUE, 7).times(Ratio.of(14, Long.MAX_VALUE)));
        // dividing by a big value, and a big value by a small one
        assertEquals(Ratio.of(2), doubled.dividedBy(Ratio.of(Long.MAX_VALUE)));
        assertEquals(Ratio.of(Long.MAX_VALUE), doubled.dividedBy(Ratio.of(2)));
    }

    @Test
    void comparisonIsExactWhereTheCrossProductsNeedMoreThan64Bits() {
        long m = Long.MAX_VALUE;
        // m/(m−1) = 1 + 1/(m−1) is less than (m−1)/(m−2) = 1 + 1/(m−2); both products pass 2^126
        Ratio x = Ratio.of(m, m - 1);
        Ratio y = Ratio.of(m - 1, m - 2);
        BigInteger M = BigInteger.valueOf(m);
        int oracle = M.multiply(M.subtract(BigInteger.TWO)).compareTo(M.subtract(BigInteger.ONE).pow(2));
        assertEquals(-1, oracle);
        assertEquals(-1, Integer.signum(x.compareTo(y)));
        assertEquals(1, Integer.signum(y.compareTo(x)));
        assertEquals(1, Integer.signum(x.negate().compareTo(y.negate())));
        // (m−1)/m = 1 − 1/m is above (m−2)/(m−1) = 1 − 1/(m−1)
        assertEquals(1, M.subtract(BigInteger.ONE).pow(2).compareTo(M.multiply(M.subtract(BigInteger.TWO))));
        assertEquals(1, Integer.signum(Ratio.of(m - 1, m).compareTo(Ratio.of(m - 2, m - 1))));
        assertEquals(0, Ratio.of(m, 3).compareTo(Ratio.of(BigInteger.valueOf(m).shiftLeft(1), BigInteger.valueOf(6))));
        assertEquals(-1, Integer.signum(Ratio.of(-m, 3).compareTo(Ratio.of(-(m - 1), 3))));
        assertEquals(1, Integer.signum(Ratio.ZERO.compareTo(Ratio.of(-1, m))));
    }

    @Test
    void parseReadsEveryDocumentedSpelling() {
        assertEquals(Ratio.of(10, 3), Ratio.parse("10/3"));
        assertEquals(Ratio.of(-5, 2), Ratio.parse(" 10 / -4 "));
        assertEquals(Ratio.of(-1, 2), Ratio.parse("-0.5"));
        assertEquals(Ratio.of(5, 2), Ratio.parse("+2.50"));
        assertEquals(Ratio.of(1000), Ratio.parse("1e3"));
        assertEquals(Ratio.of(1, 100), Ratio.parse("1E-2"));
        assertEquals(Ratio.ZERO, Ratio.parse("-0"));
        assertEquals(Ratio.of(25, 2), Ratio.parse("\t12.5\n"));
        for (String bad : new String[] {"", "/3", "3/", "1/2/3", "1/0", "abc", "1.5/2", "12,5", "1e"}) {
            NumberFormatException e = assertThrows(NumberFormatException.class, () -> Ratio.parse(bad), bad);
            assertEquals("not a number: '" + bad + "'", e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> Ratio.parse(null));
        // the text form reads back, negative fractions and decimals included
        for (Ratio r : new Ratio[] {Ratio.of(-1, 3), Ratio.of(-5, 2), Ratio.of(7, 40), Ratio.of(Long.MAX_VALUE, 3)}) {
            assertEquals(r, Ratio.parse(r.toString()));
        }
        assertEquals("-1/3", Ratio.of(-1, 3).toString());
        assertEquals("-2.5", Ratio.of(-5, 2).toString());
    }

    @Test
    void roundingAndTruncationAgreeWithBigDecimalDivision() {
        // −1/3 to two decimals: FLOOR −0.34 (never above), HALF_UP −0.33
        assertEquals(new BigDecimal("-0.34"), Ratio.of(-1, 3).truncate(2));
        assertEquals(new BigDecimal("-0.33"), Ratio.of(-1, 3).toBigDecimal(2, java.math.RoundingMode.HALF_UP));
        assertEquals(new BigDecimal("0.67"), Ratio.of(2, 3).toBigDecimal(2, java.math.RoundingMode.HALF_EVEN));
        assertEquals(new BigDecimal("0.66"), Ratio.of(2, 3).truncate(2));
        assertThrows(ArithmeticException.class, () -> Ratio.of(2, 3).toBigDecimal(2, java.math.RoundingMode.UNNECESSARY));
        assertEquals(new BigDecimal("-2.5"), Ratio.of(-5, 2).toBigDecimalExact());
        assertEquals(-2.5, Ratio.of(-5, 2).toDouble());
        assertTrue(Ratio.of(-5, 2).isTerminating());
        assertFalse(Ratio.of(1, 6).isTerminating());
        assertTrue(Ratio.of(3, 1L << 62).isTerminating());
        assertTrue(Ratio.of(1, 1_220_703_125L).isTerminating()); // 5^13
        assertFalse(Ratio.of(1, 3 * 1_220_703_125L).isTerminating());
        assertTrue(Ratio.ZERO.isZero());
        assertFalse(Ratio.of(1, Long.MAX_VALUE).isZero());
    }
}
