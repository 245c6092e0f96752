package io.aftercert.records;

import java.io.Serializable;
import java.util.Arrays;

/** A growable {@code long[]}. */
final class LongList implements Serializable {
    private static final long serialVersionUID = 1L;
    long[] a;
    int size;

    LongList(int capacity) {
        a = new long[Math.max(4, capacity)];
    }

    void add(long v) {
        if (size == a.length) a = Arrays.copyOf(a, IntList.grow(a.length));
        a[size++] = v;
    }

    long get(int i) {
        return a[i];
    }

    int size() {
        return size;
    }

    long[] toArray() {
        return Arrays.copyOf(a, size);
    }
}
