package io.aftercert.records;

/**
 * The set of ticket-id fingerprints seen so far, kept as the row of each one's first occurrence in
 * 4 bytes a slot instead of the 8-byte fingerprint: the fingerprint itself stays in the parts' own
 * per-row list and is looked up through {@link Rows} when a slot's row is compared. A slot holds
 * {@code tag << rowBits | (row + 1)}, 0 when empty; the tag (the fingerprint's low bits that the
 * row number leaves free, at least 2) decides most comparisons without the look-up. Linear
 * probing, power-of-two table, load ≤ ¾. For fewer than 2³⁰ rows ({@link #fits}).
 */
final class FirstSeen {
    /** The fingerprint of a row, by its place in records order (from 0). */
    interface Rows {
        long fingerprint(long row);
    }

    private final Rows rows;
    private final int rowBits;
    private final int rowMask;
    private int[] slots;
    private int mask;
    private int size;

    /** Whether rows numbered below {@code rows} leave room for a tag. */
    static boolean fits(long rows) {
        return rows < (1L << 30) - 1;
    }

    /**
     * @param expected fingerprints to expect (the table grows beyond)
     * @param rowCount the rows of the records: every row number given is below it
     */
    FirstSeen(int expected, long rowCount, Rows rows) {
        if (!fits(rowCount)) throw new IllegalArgumentException("too many rows for a 4-byte row number: " + rowCount);
        this.rows = rows;
        this.rowBits = 64 - Long.numberOfLeadingZeros(rowCount + 1);
        this.rowMask = (1 << rowBits) - 1;
        int cap = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(16, expected * 4L / 3 + 1)) * 2 - 1);
        slots = new int[cap];
        mask = cap - 1;
    }

    private static int slot(long k, int mask) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    private int tag(long k) {
        return (int) k & (-1 >>> rowBits);
    }

    /** Adds the fingerprint {@code k} (non-zero) of row {@code row}; false when it was seen before (at another row). */
    boolean add(long k, long row) {
        int t = tag(k);
        int i = slot(k, mask);
        while (true) {
            int s = slots[i];
            if (s == 0) {
                slots[i] = t << rowBits | (int) (row + 1);
                if (++size > (mask + 1) / 4 * 3) grow();
                return true;
            }
            if (s >>> rowBits == t && rows.fingerprint((s & rowMask) - 1) == k) return false;
            i = (i + 1) & mask;
        }
    }

    /** Whether the fingerprint {@code k} was added. */
    boolean contains(long k) {
        int t = tag(k);
        int i = slot(k, mask);
        while (true) {
            int s = slots[i];
            if (s == 0) return false;
            if (s >>> rowBits == t && rows.fingerprint((s & rowMask) - 1) == k) return true;
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] old = slots;
        if (old.length >= 1 << 30) throw new IllegalStateException("too many ids");
        slots = new int[old.length * 2];
        mask = slots.length - 1;
        for (int s : old) {
            if (s == 0) continue;
            int i = slot(rows.fingerprint((s & rowMask) - 1), mask);
            while (slots[i] != 0) i = (i + 1) & mask;
            slots[i] = s;
        }
    }
}
