package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * One clean row's contribution to the exact sums, added and retracted, worked out by hand from the
 * row mask's layout: bit 2k the denominator of KPI k, bit 2k + 1 its numerator, bits 24–26 the
 * satisfaction answer (0 none), bits 27–29 the channel; a duration below 0 means "none".
 */
class SumsTests {

    private static int channel(int c) {
        return c << KpiRules.CHANNEL_SHIFT;
    }

    @Test
    void aZeroSecondDurationCountsAndAMissingOneDoesNot() {
        Sums s = new Sums();
        s.apply(channel(0), 0, 0, 1);
        assertEquals(1, s.respN, "a response of 0 s is a response");
        assertEquals(1, s.resN, "a resolution of 0 s is a resolution");
        assertEquals(0, s.respS);
        assertEquals(0, s.resS);
        s.apply(channel(0), -1, -1, 1);
        assertEquals(1, s.respN, "no response time: not counted");
        assertEquals(1, s.resN, "no resolution time: not counted");
        assertEquals(1, s.respBy[0].n);
        assertEquals(1, s.resBy[0].n);
    }

    @Test
    void kpiBitsCountInTheirOwnDenominatorAndNumerator() {
        Sums s = new Sums();
        // KPI 0 counted and met (bits 0, 1); KPI 1 counted, not met (bit 2); KPI 5 met only (bit 11)
        s.apply(0b1000_0000_0111 | channel(1), 20, 100, 1);
        long[] den = new long[12];
        long[] num = new long[12];
        den[0] = 1;
        num[0] = 1;
        den[1] = 1;
        num[5] = 1;
        assertArrayEquals(den, s.den);
        assertArrayEquals(num, s.num);
        s.apply(0b1000_0000_0111 | channel(1), 20, 100, -1);
        assertArrayEquals(new long[12], s.den, "retracted: nothing left");
        assertArrayEquals(new long[12], s.num);
    }

    @Test
    void satisfactionAnswersAreSummedAndCountedOnlyWhenGiven() {
        Sums s = new Sums();
        s.apply(4 << 24, -1, -1, 1);
        s.apply(5 << 24, -1, -1, 1);
        s.apply(0, -1, -1, 1);
        assertEquals(9, s.satSum);
        assertEquals(2, s.satCount, "a row without an answer is not an answer");
        s.apply(1 << 24, -1, -1, 1);
        assertEquals(10, s.satSum, "the smallest answer, 1, counts");
        assertEquals(3, s.satCount);
    }

    @Test
    void resolutionTimeGoesToTheSimpleOrTheComplexSum() {
        Sums s = new Sums();
        s.apply(Kpi.RESOLUTION_SIMPLE.denBit(), -1, 3_600, 1);
        s.apply(Kpi.RESOLUTION_COMPLEX.denBit(), -1, 7_200, 1);
        s.apply(0, -1, 60, 1);
        assertEquals(3_600, s.resSimpleSum);
        assertEquals(7_200, s.resComplexSum);
        assertEquals(3, s.resN, "every resolution time counts in the overall statistics");
        assertEquals(10_860, s.resS);
        // squares: 3600² + 7200² + 60² = 12,960,000 + 51,840,000 + 3,600
        assertEquals(64_803_600L, s.resQ.lo);
        assertEquals(0, s.resQ.hi);
        s.apply(Kpi.RESOLUTION_SIMPLE.denBit(), -1, 3_600, -1);
        assertEquals(0, s.resSimpleSum);
        assertEquals(51_843_600L, s.resQ.lo, "a retraction takes its square back");
    }

    @Test
    void responseSquaresAreExactAndRetractable() {
        Sums s = new Sums();
        s.apply(channel(2), 30, -1, 1);
        s.apply(channel(2), 40, -1, 1);
        assertEquals(2, s.respN);
        assertEquals(70, s.respS);
        assertEquals(2_500, s.respQ.lo, "30² + 40²");
        assertEquals(2, s.respBy[2].n, "judged within its channel");
        assertEquals(0, s.respBy[0].n);
        s.apply(channel(2), 40, -1, -1);
        assertEquals(1, s.respN);
        assertEquals(900, s.respQ.lo);
        assertEquals(1, s.respBy[2].n);
    }

    @Test
    void twoPartsAddUpToOne() {
        Sums a = new Sums();
        Sums b = new Sums();
        Sums whole = new Sums();
        int[][] rows = {{channel(0) | 0b11 | 3 << 24, 10, 100}, {channel(3) | 0b100, 0, 0}, {channel(1) | 5 << 24, -1, 50}};
        for (int i = 0; i < rows.length; i++) {
            (i == 1 ? b : a).apply(rows[i][0], rows[i][1], rows[i][2], 1);
            whole.apply(rows[i][0], rows[i][1], rows[i][2], 1);
        }
        a.rows = 2;
        b.rows = 1;
        a.excluded = 1;
        b.ruleCounts[2] = 4;
        a.add(b);
        assertEquals(3, a.rows);
        assertEquals(1, a.excluded);
        assertArrayEquals(whole.den, a.den);
        assertArrayEquals(whole.num, a.num);
        assertEquals(whole.satSum, a.satSum);
        assertEquals(whole.satCount, a.satCount);
        assertEquals(whole.respN, a.respN);
        assertEquals(whole.respS, a.respS);
        assertEquals(whole.respQ.lo, a.respQ.lo);
        assertEquals(whole.resN, a.resN);
        assertEquals(whole.resS, a.resS);
        assertEquals(whole.resQ.lo, a.resQ.lo);
        for (int c = 0; c < RecordRow.CHANNELS.length; c++) {
            assertEquals(whole.respBy[c].n, a.respBy[c].n);
            assertEquals(whole.resBy[c].s, a.resBy[c].s);
        }
        assertEquals(4, a.findings());
    }
}
