package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The 128-bit sums of squares against BigInteger arithmetic (an independent implementation), across every carry. */
class Int128Tests {
    @Test
    void sumsOfSquaresAndMergesAgreeWithBigInteger() {
        SplittableRandom rnd = new SplittableRandom(23);
        Int128 a = new Int128();
        Int128 b = new Int128();
        BigInteger ea = BigInteger.ZERO;
        BigInteger eb = BigInteger.ZERO;
        for (int i = 0; i < 5_000; i++) {
            // durations up to Integer.MAX_VALUE seconds: squares near 2^62, so the low word carries often
            long v = rnd.nextInt(3) == 0 ? Integer.MAX_VALUE - rnd.nextInt(1000) : rnd.nextInt(Integer.MAX_VALUE);
            BigInteger sq = BigInteger.valueOf(v).pow(2);
            switch (rnd.nextInt(4)) {
                case 0, 1 -> {
                    a.addSquare(v);
                    ea = ea.add(sq);
                }
                case 2 -> {
                    b.addSquare(v);
                    eb = eb.add(sq);
                }
                default -> { // retract a square that was added: the sum may go through zero and below
                    a.subSquare(v);
                    ea = ea.subtract(sq);
                }
            }
            assertEquals(ea, a.toBigInteger(), "after step " + i);
        }
        a.add(b);
        assertEquals(ea.add(eb), a.toBigInteger());
        // plain adds, negative ones borrowing from the high word
        Int128 c = new Int128();
        BigInteger ec = BigInteger.ZERO;
        for (long v : new long[] {Long.MAX_VALUE, Long.MAX_VALUE, -1, Long.MIN_VALUE, 5, -7, Long.MIN_VALUE, Long.MIN_VALUE}) {
            c.add(v);
            ec = ec.add(BigInteger.valueOf(v));
            assertEquals(ec, c.toBigInteger(), "after adding " + v);
        }
        // a square of a negative value is the square of its magnitude
        Int128 d = new Int128();
        d.addSquare(-3_000_000_000L);
        assertEquals(new BigInteger("9000000000000000000"), d.toBigInteger());
        d.subSquare(3_000_000_000L);
        assertEquals(BigInteger.ZERO, d.toBigInteger());
    }
}
