package io.aftercert.records;

import io.aftercert.core.Ratio;
import java.util.SplittableRandom;

/** The exact median of durations in seconds, in hours, by selection (no sort of all values). */
final class Median {
    private Median() {
    }

    /**
     * The median of {@code values} (seconds) in hours, or null for none; of an even count, the mean
     * of the middle two. Selects in place: the order of {@code values} is changed.
     */
    static Ratio hours(IntList values) {
        return hours(values.a, 0, values.size());
    }

    /** The median of {@code v[from, to)} in hours, or null for none; reorders only that range. */
    static Ratio hours(int[] v, int from, int to) {
        int n = to - from;
        if (n == 0) return null;
        int hi = select(v, from, to, from + n / 2);
        long lo = hi;
        if (n % 2 == 0) { // the largest of the lower half: after selection every element below the middle is ≤ it
            lo = Integer.MIN_VALUE;
            for (int i = from; i < from + n / 2; i++) lo = Math.max(lo, v[i]);
        }
        Ratio m = n % 2 == 1 ? Ratio.of(hi) : Ratio.of(lo + hi, 2);
        return m.dividedBy(Ratio.of(3600));
    }

    /** Hoare quickselect: the k-th smallest of v[0, n), partitioning v around it. */
    static int select(int[] v, int n, int k) {
        return select(v, 0, n, k);
    }

    /** Hoare quickselect: the element of v[from, to) that belongs at index k in sorted order, partitioning the range around it. */
    static int select(int[] v, int from, int to, int k) {
        int left = from;
        int right = to - 1;
        SplittableRandom rnd = new SplittableRandom(to - from);
        while (right > left) {
            int pivot = v[left + rnd.nextInt(right - left + 1)];
            int i = left;
            int j = right;
            while (i <= j) {
                while (v[i] < pivot) i++;
                while (v[j] > pivot) j--;
                if (i <= j) {
                    int t = v[i];
                    v[i] = v[j];
                    v[j] = t;
                    i++;
                    j--;
                }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else return v[k];
        }
        return v[k];
    }
}
