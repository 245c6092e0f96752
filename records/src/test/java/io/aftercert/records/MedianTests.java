package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.aftercert.core.Ratio;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The median in hours by quickselect, checked by hand on small lists and against the middle of a
 * sorted copy (an independent method) on lists of every length from 1 to 40, with and without ties.
 */
class MedianTests {
    private static IntList list(int... values) {
        IntList l = new IntList(Math.max(1, values.length));
        for (int v : values) l.add(v);
        return l;
    }

    /** The median of a sorted copy, in hours. */
    private static Ratio bySorting(int[] values) {
        int[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? Ratio.of(s[n / 2], 3600) : Ratio.of((long) s[n / 2 - 1] + s[n / 2], 7200);
    }

    @Test
    void smallListsWorkedOutByHand() {
        assertNull(Median.hours(list()));
        assertEquals(Ratio.of(1), Median.hours(list(3600)));
        assertEquals(Ratio.of(1), Median.hours(list(7200, 0))); // (0 + 7200) / 2 s
        assertEquals(Ratio.of(1), Median.hours(list(5400, 1800, 3600))); // the middle of 1800, 3600, 5400
        assertEquals(Ratio.of(3, 2), Median.hours(list(10800, 0, 3600, 7200))); // (3600 + 7200) / 2 s = 1.5 h
        assertEquals(Ratio.of(1, 3600), Median.hours(list(1, 1, 1, 7200, 0))); // 0, 1, 1, 1, 7200
        assertEquals(Ratio.of(3, 7200), Median.hours(list(9, 1, 2, 0))); // (1 + 2) / 2 s
    }

    @Test
    void everyLengthAgreesWithASortedCopy() {
        SplittableRandom rnd = new SplittableRandom(27922);
        for (int n = 1; n <= 40; n++) {
            for (int bound : new int[] {3, 1000, 1_000_000}) { // many ties, some, hardly any
                int[] values = new int[n];
                for (int i = 0; i < n; i++) values[i] = rnd.nextInt(bound);
                assertEquals(bySorting(values), Median.hours(list(values)), Arrays.toString(values));
                int[] sorted = values.clone();
                Arrays.sort(sorted);
                for (int k = 0; k < n; k++) {
                    int[] v = values.clone();
                    assertEquals(sorted[k], Median.select(v, n, k), "k = " + k + " of " + Arrays.toString(values));
                }
            }
        }
        // ascending and descending runs, where a poor pivot choice degrades
        for (int n = 1; n <= 40; n++) {
            int[] up = new int[n];
            int[] down = new int[n];
            for (int i = 0; i < n; i++) {
                up[i] = i * 60;
                down[i] = (n - i) * 60;
            }
            assertEquals(bySorting(up), Median.hours(list(up)), "ascending " + n);
            assertEquals(bySorting(down), Median.hours(list(down)), "descending " + n);
        }
    }

    /** A range's median (the groups' segments of one array) reorders that range only. */
    @Test
    void aRangeIsSelectedWithinItself() {
        SplittableRandom rnd = new SplittableRandom(16784);
        for (int n = 1; n <= 12; n++) {
            int[] v = new int[n + 6];
            for (int i = 0; i < v.length; i++) v[i] = rnd.nextInt(10_000);
            int[] before = v.clone();
            int[] range = Arrays.copyOfRange(v, 3, 3 + n);
            assertEquals(bySorting(range), Median.hours(v, 3, 3 + n), Arrays.toString(before));
            assertEquals(Arrays.toString(Arrays.copyOfRange(before, 0, 3)), Arrays.toString(Arrays.copyOfRange(v, 0, 3)));
            assertEquals(Arrays.toString(Arrays.copyOfRange(before, 3 + n, v.length)), Arrays.toString(Arrays.copyOfRange(v, 3 + n, v.length)));
            int[] sortedRange = range.clone();
            Arrays.sort(sortedRange);
            int[] got = Arrays.copyOfRange(v, 3, 3 + n);
            Arrays.sort(got);
            assertEquals(Arrays.toString(sortedRange), Arrays.toString(got)); // the same values, reordered
        }
        assertEquals(null, Median.hours(new int[] {5, 6}, 1, 1));
    }
}
