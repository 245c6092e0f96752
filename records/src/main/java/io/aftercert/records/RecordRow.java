package io.aftercert.records;

import io.aftercert.core.Lang;
import io.aftercert.core.internal.csv.CsvScanner;
import io.aftercert.core.internal.json.Encodings;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The row parser: one service record's fields as byte ranges of the reader's buffer, trimmed of
 * spaces and indexed by schema column ({@link Columns}), and the typed values the KPI rules need,
 * parsed in place (no string per field) and checked against the data-quality rules of
 * docs/records-format.md. One instance is reused for every row of a part: {@link #read} starts the
 * next row, {@link #check} parses and checks it, reporting findings to its {@link Checks}.
 */
final class RecordRow {
    static final byte[][] CHANNELS = bytes("phone", "online", "app", "onsite", "letter");
    static final byte[][] TYPES = bytes("consult", "install", "repair", "maintenance", "complaint", "return", "recycle");
    static final byte[][] PRIORITIES = bytes("emergency", "normal");
    static final byte[][] COMPLEXITIES = bytes("simple", "complex");
    private static final byte[][] BOOLEANS = bytes("false", "true");
    static final int CH_PHONE = 0, CH_ONLINE = 1, CH_APP = 2, TY_REPAIR = 2, TY_COMPLAINT = 4, PR_EMERGENCY = 0, CX_SIMPLE = 0;

    /** Where the checks of a row report: a finding, and each valid timestamp's form (with or without an offset). */
    interface Checks {
        void finding(int column, int rule, DataQualityFinding.Reason reason);

        void timestampForm(int column, boolean withOffset);
    }

    private final Columns columns;
    private final int[] from = new int[Columns.NAMES.length];
    private final int[] to = new int[Columns.NAMES.length];
    private final Timestamps timestamps = new Timestamps();
    private byte[] bytes;

    // the typed values of the row, set by parseRequested and check; −1 (or Timestamps.EMPTY) where empty or not allowed
    long requested;
    int requestedOffset;
    long responded;
    int respondedOffset;
    long appointment;
    long arrived;
    long resolved;
    long callback;
    int channel;
    int type;
    int priority;
    int complexity;
    int fcr;
    /** 1–5, or 0 for none. */
    int satisfaction;

    RecordRow(Columns columns) {
        this.columns = columns;
    }

    /** Starts a row: fields {@code [start[f], end[f])} of {@code buf}, {@code fields} of them. */
    void read(byte[] buf, int[] start, int[] end, int fields) {
        bytes = buf;
        int[] index = columns.index;
        for (int col = 0; col < index.length; col++) {
            int f = index[col];
            if (f < 0 || f >= fields) {
                from[col] = 1;
                to[col] = 0;
                continue;
            }
            int a = start[f];
            int z = end[f];
            while (a < z && buf[a] == ' ') a++;
            while (z > a && buf[z - 1] == ' ') z--;
            from[col] = a;
            to[col] = z;
        }
    }

    boolean empty(int col) {
        return from[col] >= to[col];
    }

    /**
     * A field's text, decoded strictly: bytes that are not UTF-8 (a GBK region would all become
     * U+FFFD and merge into one group) end the scan, and the file is refused naming the row.
     */
    String text(int col) {
        if (empty(col)) return "";
        int n = to[col] - from[col];
        if (n <= DataQualityFinding.MAX_VALUE) return utf8(col, from[col], n);
        int cut = from[col] + DataQualityFinding.MAX_VALUE;
        while (cut > from[col] && (bytes[cut] & 0xC0) == 0x80) cut--; // not inside a character
        String s = utf8(col, from[col], cut - from[col]);
        return s.substring(0, Math.max(0, s.length() - 1)) + "…";
    }

    private String utf8(int col, int at, int n) {
        try {
            return Encodings.utf8(bytes, at, n);
        } catch (CharacterCodingException e) {
            byte[] field = Arrays.copyOfRange(bytes, at, at + n);
            throw new CsvScanner.CsvFormatException(Encodings.describe(field, Lang.ZH), Encodings.describe(field), columns.index[col] + 1);
        }
    }

    /** The field's fingerprint (see {@link #fingerprint(byte[], int, int)}), or 0 for an empty field. */
    long fingerprint(int col) {
        return empty(col) ? 0L : fingerprint(bytes, from[col], to[col]);
    }

    /** Appends the field's bytes to {@code pool} at {@code size}, growing it as needed; returns the pool. */
    byte[] copyTo(int col, byte[] pool, int size) {
        int n = to[col] - from[col];
        byte[] out = size + n > pool.length ? Arrays.copyOf(pool, Math.max(IntList.grow(pool.length), size + n)) : pool;
        System.arraycopy(bytes, from[col], out, size, n);
        return out;
    }

    int length(int col) {
        return to[col] - from[col];
    }

    /**
     * Parses {@code requested_at} first (the period and the month group depend on it) into
     * {@link #requested} and {@link #requestedOffset}, without a finding yet; true when it is a valid timestamp.
     */
    boolean parseRequested() {
        requested = Timestamps.EMPTY;
        requestedOffset = 0;
        if (empty(Columns.REQUESTED)) return false;
        requested = timestamps.parse(bytes, from[Columns.REQUESTED], to[Columns.REQUESTED]);
        requestedOffset = timestamps.offsetSeconds;
        return requested > Timestamps.INVALID;
    }

    /** Whether the last valid timestamp parsed had an offset. */
    boolean hadOffset() {
        return timestamps.hasOffset;
    }

    /** Parses and checks the rest of the row (after {@link #parseRequested}), reporting each finding. */
    void check(Checks checks) {
        if (empty(Columns.TICKET)) checks.finding(Columns.TICKET, KpiAccumulator.RULE_COMPLETENESS, DataQualityFinding.Reason.EMPTY);
        channel = required(Columns.CHANNEL, CHANNELS, checks);
        type = required(Columns.TYPE, TYPES, checks);
        priority = required(Columns.PRIORITY, PRIORITIES, checks);
        complexity = 0;
        if (!empty(Columns.COMPLEXITY) && (complexity = oneOf(Columns.COMPLEXITY, COMPLEXITIES)) < 0) {
            checks.finding(Columns.COMPLEXITY, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_ALLOWED);
        }
        if (empty(Columns.REQUESTED)) checks.finding(Columns.REQUESTED, KpiAccumulator.RULE_COMPLETENESS, DataQualityFinding.Reason.EMPTY);
        else if (requested == Timestamps.INVALID) checks.finding(Columns.REQUESTED, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_A_TIMESTAMP);
        responded = time(Columns.RESPONDED, checks);
        respondedOffset = timestamps.offsetSeconds;
        appointment = time(Columns.APPOINTMENT, checks);
        arrived = time(Columns.ARRIVED, checks);
        resolved = time(Columns.RESOLVED, checks);
        callback = time(Columns.CALLBACK, checks);
        fcr = -1;
        if (!empty(Columns.FCR) && (fcr = oneOf(Columns.FCR, BOOLEANS)) < 0) {
            checks.finding(Columns.FCR, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_TRUE_FALSE);
        }
        satisfaction = 0;
        if (!empty(Columns.SATISFACTION)) {
            satisfaction = smallInt(Columns.SATISFACTION);
            if (satisfaction < 1 || satisfaction > 5) {
                satisfaction = 0;
                checks.finding(Columns.SATISFACTION, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_1_TO_5);
            }
        }
        checkOrder(checks);
    }

    /** The logic rules: no response before the request, no resolution before the response, no arrival before the request. */
    private void checkOrder(Checks checks) {
        boolean okReq = requested > Timestamps.INVALID;
        boolean okResp = responded > Timestamps.INVALID;
        boolean okRes = resolved > Timestamps.INVALID;
        boolean okArr = arrived > Timestamps.INVALID;
        if (okReq && okResp && responded < requested) checks.finding(Columns.RESPONDED, KpiAccumulator.RULE_LOGIC, DataQualityFinding.Reason.BEFORE_REQUESTED);
        if (okResp && okRes && resolved < responded) checks.finding(Columns.RESOLVED, KpiAccumulator.RULE_LOGIC, DataQualityFinding.Reason.BEFORE_RESPONDED);
        if (okReq && okArr && arrived < requested) checks.finding(Columns.ARRIVED, KpiAccumulator.RULE_LOGIC, DataQualityFinding.Reason.BEFORE_REQUESTED);
    }

    /** A required field with a closed set of values: its index in {@code words}, or −1 with a finding. */
    private int required(int col, byte[][] words, Checks checks) {
        if (empty(col)) {
            checks.finding(col, KpiAccumulator.RULE_COMPLETENESS, DataQualityFinding.Reason.EMPTY);
            return -1;
        }
        int i = oneOf(col, words);
        if (i < 0) checks.finding(col, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_ALLOWED);
        return i;
    }

    /** An optional timestamp: its epoch milliseconds, {@link Timestamps#EMPTY}, or {@link Timestamps#INVALID} with a finding. */
    private long time(int col, Checks checks) {
        if (empty(col)) return Timestamps.EMPTY;
        long t = timestamps.parse(bytes, from[col], to[col]);
        if (t == Timestamps.INVALID) checks.finding(col, KpiAccumulator.RULE_RANGE, DataQualityFinding.Reason.NOT_A_TIMESTAMP);
        else checks.timestampForm(col, timestamps.hasOffset);
        return t;
    }

    /** The value of a one-byte digit field, or some number outside 1–5 for anything else (the caller's range check). */
    private int smallInt(int col) {
        return to[col] - from[col] == 1 ? bytes[from[col]] - '0' : -1;
    }

    /** The index of the field's (space-trimmed) value among {@code words}, or −1; compares bytes. */
    private int oneOf(int col, byte[][] words) {
        int a = from[col];
        int n = to[col] - a;
        outer:
        for (int i = 0; i < words.length; i++) {
            byte[] w = words[i];
            if (w.length != n || w[0] != bytes[a]) continue; // (a field here is never empty)
            for (int k = 1; k < n; k++) if (bytes[a + k] != w[k]) continue outer;
            return i;
        }
        return -1;
    }

    /** A 64-bit fingerprint of the bytes {@code b[s, e)} (a field the caller has trimmed of spaces). */
    static long fingerprint(byte[] b, int s, int e) {
        long h = 0xcbf29ce484222325L;
        for (int i = s; i < e; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= e - s;
        return fmix(h);
    }

    /** Murmur3's 64-bit finaliser; never 0, which means "no ticket id". */
    static long fmix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static byte[][] bytes(String... words) {
        byte[][] out = new byte[words.length][];
        for (int i = 0; i < words.length; i++) out[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        return out;
    }
}
