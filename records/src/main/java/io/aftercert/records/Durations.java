package io.aftercert.records;

import java.io.Serializable;

/** Exact sums of one duration over rows: count, sum and sum of squares (seconds). */
final class Durations implements Serializable {
    private static final long serialVersionUID = 1L;
    long n;
    long s;
    final Int128 q = new Int128();

    static Durations[] perChannel() {
        Durations[] d = new Durations[RecordRow.CHANNELS.length];
        for (int c = 0; c < d.length; c++) d[c] = new Durations();
        return d;
    }

    /** Adds (sign 1) or retracts (sign −1) one duration; a negative one (none) is skipped. */
    void apply(int seconds, int sign) {
        if (seconds < 0) return;
        n += sign;
        s += (long) sign * seconds;
        if (sign > 0) q.addSquare(seconds);
        else q.subSquare(seconds);
    }

    void add(Durations o) {
        n += o.n;
        s += o.s;
        q.add(o.q);
    }
}
