package io.aftercert.records;

import io.aftercert.core.Ratio;
import io.aftercert.core.internal.json.JsonNumbers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** The z > 3 outlier rule of docs/records-format.md over the counted rows of merged parts (flagged, never dropped). */
final class OutlierRule {
    private final List<Part> ordered;
    private final long[] base;
    private final BitSet[] retracted;

    /** @param ordered the parts in key order; base[i] the rows before part i; retracted[i] part i's rows ruled out in the report */
    OutlierRule(List<Part> ordered, long[] base, BitSet[] retracted) {
        this.ordered = ordered;
        this.base = base;
        this.retracted = retracted;
    }

    /**
     * The rows whose duration lies more than three standard deviations from the mean of its own
     * channel (phone answers in seconds and on-site visits in hours never share one scale), decided
     * exactly per channel: (n·d − S)² > 9·(n·Q − S²). The mean and deviation over all channels are
     * reported beside the per-channel ones for reference.
     */
    KpiReport.Outliers outliers(long n, long sum, Int128 sq, Durations[] byChannel, boolean response) {
        if (n == 0) return new KpiReport.Outliers(0, null, null, null, List.of(), List.of());
        BigInteger[] cn = new BigInteger[RecordRow.CHANNELS.length];
        BigInteger[] cs = new BigInteger[RecordRow.CHANNELS.length];
        BigInteger[] limit = new BigInteger[RecordRow.CHANNELS.length];
        double[] mean = new double[RecordRow.CHANNELS.length];
        double[] sd = new double[RecordRow.CHANNELS.length];
        for (int c = 0; c < RecordRow.CHANNELS.length; c++) {
            Durations d = byChannel[c];
            if (d.n == 0) continue;
            cn[c] = BigInteger.valueOf(d.n);
            cs[c] = BigInteger.valueOf(d.s);
            BigInteger nVar = cn[c].multiply(d.q.toBigInteger()).subtract(cs[c].multiply(cs[c])); // n² · variance
            limit[c] = nVar.multiply(BigInteger.valueOf(9));
            mean[c] = (double) d.s / d.n;
            sd[c] = Math.sqrt(nVar.doubleValue()) / d.n;
        }
        List<Long> flagged = new ArrayList<>();
        long[] counts = new long[RecordRow.CHANNELS.length];
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            IntList d = response ? p.resp : p.res;
            for (int r = 0; r < p.lines; r++) {
                int x = d.get(r); // −1 for a row with findings, outside the period, or without that duration
                if (x < 0 || retracted[i].get(r)) continue;
                int c = (p.contrib.get(r) >>> KpiRules.CHANNEL_SHIFT) & 7;
                if (c >= RecordRow.CHANNELS.length || cn[c] == null || sd[c] == 0) continue;
                double z = Math.abs(x - mean[c]) / sd[c];
                boolean out;
                if (z > 3 + 1e-6) out = true;
                else if (z < 3 - 1e-6) out = false;
                else {
                    BigInteger dev = cn[c].multiply(BigInteger.valueOf(x)).subtract(cs[c]);
                    out = dev.multiply(dev).compareTo(limit[c]) > 0;
                }
                if (out) {
                    flagged.add(base[i] + r + 1);
                    counts[c]++;
                }
            }
        }
        List<KpiReport.ChannelOutliers> channels = new ArrayList<>();
        for (int c = 0; c < RecordRow.CHANNELS.length; c++) {
            if (cn[c] == null) continue;
            Ratio m = Ratio.of(byChannel[c].s, byChannel[c].n);
            channels.add(new KpiReport.ChannelOutliers(new String(RecordRow.CHANNELS[c], StandardCharsets.US_ASCII), byChannel[c].n, counts[c],
                    JsonNumbers.number(m), JsonNumbers.exact(m), BigDecimal.valueOf(sd[c]).round(new MathContext(10)).stripTrailingZeros()));
        }
        BigInteger N = BigInteger.valueOf(n);
        BigInteger S = BigInteger.valueOf(sum);
        double allSd = Math.sqrt(N.multiply(sq.toBigInteger()).subtract(S.multiply(S)).doubleValue()) / n;
        Ratio m = Ratio.of(sum, n);
        return new KpiReport.Outliers(flagged.size(), JsonNumbers.number(m), JsonNumbers.exact(m),
                BigDecimal.valueOf(allSd).round(new MathContext(10)).stripTrailingZeros(), List.copyOf(flagged), List.copyOf(channels));
    }
}
