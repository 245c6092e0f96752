package io.aftercert.survey;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Distinct respondent ids, each with the row that counts for it and that row's answers packed
 * three bits per question (0 = none, 1–5 = the answer) into two longs, so a later merge can take
 * the row back out exactly. Ids are kept as UTF-8 bytes in one arena (compared exactly, no
 * probabilistic fingerprints); per respondent this costs 40 bytes of entry plus the id's bytes
 * plus 8 bytes of table: the one part of the accumulator that grows with the data, as any exact
 * duplicate check must.
 */
final class RespondentIndex {
    private int[] table = new int[64];          // entry index + 1; 0 = empty
    private int size;
    private long[] hash = new long[32];
    private long[] ref = new long[32];           // arena offset << 16 | length
    private long[] row = new long[32];
    private long[] lo = new long[32];
    private long[] hi = new long[32];
    private byte[] arena = new byte[256];
    private int arenaLen;

    int size() {
        return size;
    }

    static long hash(byte[] b) {
        long h = 0xcbf29ce484222325L;
        for (byte x : b) h = (h ^ (x & 0xff)) * 0x100000001b3L;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }

    /** The entry for this id, or -1. */
    int find(byte[] id, long h) {
        int mask = table.length - 1;
        for (int i = (int) h & mask; ; i = (i + 1) & mask) {
            int e = table[i] - 1;
            if (e < 0) return -1;
            if (hash[e] == h && sameId(e, id)) return e;
        }
    }

    private boolean sameId(int e, byte[] id) {
        int off = (int) (ref[e] >>> 16);
        int len = (int) (ref[e] & 0xffff);
        return len == id.length && Arrays.equals(arena, off, off + len, id, 0, len);
    }

    /** Adds a new id (not present). */
    int insert(byte[] id, long h, long r, long l, long u) {
        if (id.length > 0xffff) throw new IllegalArgumentException("respondent id longer than 65535 bytes");
        if (size == hash.length) {
            int n = size + (size >> 1) + 16;
            hash = Arrays.copyOf(hash, n);
            ref = Arrays.copyOf(ref, n);
            row = Arrays.copyOf(row, n);
            lo = Arrays.copyOf(lo, n);
            hi = Arrays.copyOf(hi, n);
        }
        if (arenaLen + id.length > arena.length) {
            long n = Math.max((long) arena.length * 3 / 2, (long) arenaLen + id.length + 256);
            if (n > Integer.MAX_VALUE - 16) throw new IllegalStateException("respondent ids exceed 2 GB");
            arena = Arrays.copyOf(arena, (int) n);
        }
        System.arraycopy(id, 0, arena, arenaLen, id.length);
        int e = size++;
        hash[e] = h;
        ref[e] = ((long) arenaLen << 16) | id.length;
        arenaLen += id.length;
        row[e] = r;
        lo[e] = l;
        hi[e] = u;
        if (size * 4L > table.length * 3L) rehash();
        else place(e);
        return e;
    }

    private void place(int e) {
        int mask = table.length - 1;
        int i = (int) hash[e] & mask;
        while (table[i] != 0) i = (i + 1) & mask;
        table[i] = e + 1;
    }

    private void rehash() {
        table = new int[table.length * 2];
        for (int e = 0; e < size; e++) place(e);
    }

    void set(int e, long r, long l, long u) {
        row[e] = r;
        lo[e] = l;
        hi[e] = u;
    }

    long row(int e) {
        return row[e];
    }

    long lo(int e) {
        return lo[e];
    }

    long hi(int e) {
        return hi[e];
    }

    byte[] idBytes(int e) {
        int off = (int) (ref[e] >>> 16);
        return Arrays.copyOfRange(arena, off, off + (int) (ref[e] & 0xffff));
    }

    String id(int e) {
        return new String(idBytes(e), StandardCharsets.UTF_8);
    }

    long hashOf(int e) {
        return hash[e];
    }

    /** The answer (0 = none) of question {@code q} in packed answers. */
    static int answer(long lo, long hi, int q) {
        return q < 21 ? (int) (lo >>> (3 * q)) & 7 : (int) (hi >>> (3 * (q - 21))) & 7;
    }

    static long packLo(int[] answers) {
        long l = 0;
        for (int q = 0; q < Math.min(21, answers.length); q++) l |= (long) answers[q] << (3 * q);
        return l;
    }

    static long packHi(int[] answers) {
        long u = 0;
        for (int q = 21; q < answers.length; q++) u |= (long) answers[q] << (3 * (q - 21));
        return u;
    }
}
