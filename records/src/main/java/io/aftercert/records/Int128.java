package io.aftercert.records;

import java.math.BigInteger;

/** An exact 128-bit signed accumulator for sums of squares (mergeable, order-independent). */
final class Int128 implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    long hi;
    long lo;

    void add(long v) {
        long oldLo = lo;
        lo += v;
        hi += (v >> 63) + (Long.compareUnsigned(lo, oldLo) < 0 ? 1 : 0);
    }

    void addSquare(long v) {
        long loPart = v * v;
        long hiPart = Math.multiplyHigh(v, v);
        long oldLo = lo;
        lo += loPart;
        hi += hiPart + (Long.compareUnsigned(lo, oldLo) < 0 ? 1 : 0);
    }

    void subSquare(long v) {
        long loPart = v * v;
        long hiPart = Math.multiplyHigh(v, v);
        long oldLo = lo;
        lo -= loPart;
        hi -= hiPart + (Long.compareUnsigned(oldLo, loPart) < 0 ? 1 : 0);
    }

    void add(Int128 o) {
        long oldLo = lo;
        lo += o.lo;
        hi += o.hi + (Long.compareUnsigned(lo, oldLo) < 0 ? 1 : 0);
    }

    BigInteger toBigInteger() {
        return BigInteger.valueOf(hi).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(lo)));
    }
}
