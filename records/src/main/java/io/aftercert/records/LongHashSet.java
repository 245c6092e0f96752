package io.aftercert.records;

/**
 * An open-addressing set of non-zero {@code long}s (linear probing, power-of-two table, load ≤ ¾),
 * for 64-bit ticket-id fingerprints, which are already well mixed. Also maps each key to an
 * {@code int} when asked ({@link #putIfAbsent}), for the group dictionaries.
 */
final class LongHashSet {
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongHashSet(int expected, boolean withValues) {
        int cap = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expected * 4L / 3 + 1)) * 2 - 1);
        keys = new long[cap];
        values = withValues ? new int[cap] : null;
        mask = cap - 1;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** Adds {@code k} (non-zero); false when it was present already. */
    boolean add(long k) {
        int i = slot(k, mask);
        while (true) {
            long x = keys[i];
            if (x == 0) {
                keys[i] = k;
                if (++size > (mask + 1) / 4 * 3) rehash();
                return true;
            }
            if (x == k) return false;
            i = (i + 1) & mask;
        }
    }

    boolean contains(long k) {
        int i = slot(k, mask);
        while (true) {
            long x = keys[i];
            if (x == 0) return false;
            if (x == k) return true;
            i = (i + 1) & mask;
        }
    }

    /** The value of {@code k}, or −1. */
    int get(long k) {
        int i = slot(k, mask);
        while (true) {
            long x = keys[i];
            if (x == 0) return -1;
            if (x == k) return values[i];
            i = (i + 1) & mask;
        }
    }

    /** Maps {@code k} to {@code v} unless it has a value; returns the existing value or −1. */
    int putIfAbsent(long k, int v) {
        int i = slot(k, mask);
        while (true) {
            long x = keys[i];
            if (x == 0) {
                keys[i] = k;
                values[i] = v;
                if (++size > (mask + 1) / 4 * 3) rehash();
                return -1;
            }
            if (x == k) return values[i];
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void rehash() {
        long[] oldK = keys;
        int[] oldV = values;
        int cap = oldK.length * 2;
        if (cap <= 0) throw new IllegalStateException("too many ids");
        keys = new long[cap];
        values = oldV == null ? null : new int[cap];
        mask = cap - 1;
        for (int j = 0; j < oldK.length; j++) {
            long k = oldK[j];
            if (k == 0) continue;
            int i = slot(k, mask);
            while (keys[i] != 0) i = (i + 1) & mask;
            keys[i] = k;
            if (values != null) values[i] = oldV[j];
        }
    }
}
