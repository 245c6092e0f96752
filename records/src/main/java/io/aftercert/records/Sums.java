package io.aftercert.records;

import java.io.Serializable;

/** Exact sums over rows: the whole of a part (without a breakdown), or one group of it. */
final class Sums implements Serializable {
    private static final long serialVersionUID = 1L;
    long rows;
    long excluded;
    final long[] den = new long[12];
    final long[] num = new long[12];
    long satSum;
    long satCount;
    long resSimpleSum;
    long resComplexSum;
    long respN;
    long respS;
    final Int128 respQ = new Int128();
    long resN;
    long resS;
    final Int128 resQ = new Int128();
    /** Per channel: the response and resolution sums the outlier rule judges a row against. */
    final Durations[] respBy = Durations.perChannel();
    final Durations[] resBy = Durations.perChannel();
    final long[] ruleCounts = new long[3];

    /** Adds (sign 1) or retracts (sign −1) one clean row's contribution. */
    void apply(int mask, int respSec, int resSec, int sign) {
        for (int m = mask & 0xFFFFFF; m != 0; m &= m - 1) { // the set KPI bits only: bit 2k = denominator k, 2k + 1 = numerator k
            int bit = Integer.numberOfTrailingZeros(m);
            if ((bit & 1) == 0) den[bit >> 1] += sign;
            else num[bit >> 1] += sign;
        }
        int sat = (mask >>> 24) & 7;
        if (sat > 0) {
            satSum += sign * sat;
            satCount += sign;
        }
        if (resSec >= 0) {
            if ((mask & Kpi.RESOLUTION_SIMPLE.denBit()) != 0) resSimpleSum += (long) sign * resSec;
            else if ((mask & Kpi.RESOLUTION_COMPLEX.denBit()) != 0) resComplexSum += (long) sign * resSec;
            resN += sign;
            resS += (long) sign * resSec;
            if (sign > 0) resQ.addSquare(resSec);
            else resQ.subSquare(resSec);
        }
        if (respSec >= 0) {
            respN += sign;
            respS += (long) sign * respSec;
            if (sign > 0) respQ.addSquare(respSec);
            else respQ.subSquare(respSec);
        }
        int channel = (mask >>> KpiRules.CHANNEL_SHIFT) & 7;
        if (channel < RecordRow.CHANNELS.length) {
            respBy[channel].apply(respSec, sign);
            resBy[channel].apply(resSec, sign);
        }
    }

    void add(Sums o) {
        rows += o.rows;
        excluded += o.excluded;
        for (int k = 0; k < 12; k++) {
            den[k] += o.den[k];
            num[k] += o.num[k];
        }
        satSum += o.satSum;
        satCount += o.satCount;
        resSimpleSum += o.resSimpleSum;
        resComplexSum += o.resComplexSum;
        respN += o.respN;
        respS += o.respS;
        respQ.add(o.respQ);
        resN += o.resN;
        resS += o.resS;
        resQ.add(o.resQ);
        for (int c = 0; c < RecordRow.CHANNELS.length; c++) {
            respBy[c].add(o.respBy[c]);
            resBy[c].add(o.resBy[c]);
        }
        for (int r = 0; r < 3; r++) ruleCounts[r] += o.ruleCounts[r];
    }

    long findings() {
        return ruleCounts[0] + ruleCounts[1] + ruleCounts[2];
    }
}
