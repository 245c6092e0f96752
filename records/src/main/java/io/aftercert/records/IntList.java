package io.aftercert.records;

import java.io.Serializable;
import java.util.Arrays;

/** A growable {@code int[]} (the three primitive collections here replace fastutil's 6.4 MB jar). */
final class IntList implements Serializable {
    private static final long serialVersionUID = 1L;
    int[] a;
    int size;

    IntList(int capacity) {
        a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
        if (size == a.length) a = Arrays.copyOf(a, grow(a.length));
        a[size++] = v;
    }

    int get(int i) {
        return a[i];
    }

    void set(int i, int v) {
        a[i] = v;
    }

    int size() {
        return size;
    }

    static int grow(int n) {
        long next = (long) n + (n >> 1) + 16;
        if (next > Integer.MAX_VALUE - 8) {
            if (n >= Integer.MAX_VALUE - 8) throw new IllegalStateException("more than 2^31 rows in one part");
            next = Integer.MAX_VALUE - 8;
        }
        return (int) next;
    }
}
