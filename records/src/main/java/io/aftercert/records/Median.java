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
        int n = values.size();
        if (n == 0) return null;
        int[] v = values.a;
        int hi = select(v, n, n / 2);
        long lo = hi;
        if (n % 2 == 0) { // the largest of the lower half: after selection every element below n/2 is ≤ v[n/2]
            lo = Integer.MIN_VALUE;
            for (int i = 0; i < n / 2; i++) lo = Math.max(lo, v[i]);
        }
        Ratio m = n % 2 == 1 ? Ratio.of(hi) : Ratio.of(lo + hi, 2);
        return m.dividedBy(Ratio.of(3600));
    }

    /** Hoare quickselect: the k-th smallest of v[0, n), partitioning v around it. */
    static int select(int[] v, int n, int k) {
        int left = 0;
        int right = n - 1;
        SplittableRandom rnd = new SplittableRandom(n);
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
