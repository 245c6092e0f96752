package io.aftercert.records;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The partial result of one chunk of rows: KPI sums, findings and what merging needs. Chunks are
 * processed independently (in parallel here; per partition in Spark or Flink) and merged in file
 * order by {@link KpiEngine}. Only two things are not local to a chunk — a duplicate whose first
 * occurrence is in an earlier chunk, and a {@code repeat_of} whose ticket is not in the file — so
 * every clean row keeps a compact contribution record (one int of KPI bits and the answer, and
 * its response and resolution seconds) from which it can be retracted exactly.
 */
final class Partial {
    static final int RULE_COMPLETENESS = 0, RULE_RANGE = 1, RULE_LOGIC = 2;
    static final String[] RULES = {"completeness", "range", "logic"};
    static final int CLEAN = 1 << 30;
    static final int RETRACTED = 1 << 29;
    private static final long MIN = 60_000L;

    final int findingCap;
    int rows;
    final long[] den = new long[12];
    final long[] num = new long[12];
    long satSum;
    long satCount;
    long resSimpleSum;
    long resComplexSum;
    long respN;
    long respS;
    final Int128 respQ = new Int128();
    long resN;
    long resS;
    final Int128 resQ = new Int128();
    long excluded;
    final long[] ruleCounts = new long[3];

    /** Each row's offset from the chunk start, to re-read its ticket id for findings made at merge. */
    final IntArrayList offsets;
    final IntArrayList contrib;
    final IntArrayList resp;
    final IntArrayList res;
    /** Each row's ticket-id fingerprint (0 without a ticket id): duplicates are found when merging, in file order. */
    final LongArrayList fps;
    final LongArrayList pendingFp = new LongArrayList();
    final IntArrayList pendingRow = new IntArrayList();
    /** Findings with local row numbers (0-based), the first {@code findingCap} by row. */
    final List<Finding> findings = new ArrayList<>();
    /** Ticket id text of rows needed for findings made at merge time (duplicates, bad repeat_of). */
    final it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<String> ticketOfPending = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();

    private final Columns columns;

    Partial(Columns columns, int findingCap) {
        this(columns, findingCap, 16);
    }

    /** @param expectedRows pre-sizes the id map and row arrays (avoids rehashing) */
    Partial(Columns columns, int findingCap, int expectedRows) {
        this.columns = columns;
        this.findingCap = findingCap;
        this.fps = new LongArrayList(expectedRows);
        this.offsets = new IntArrayList(expectedRows);
        this.contrib = new IntArrayList(expectedRows);
        this.resp = new IntArrayList(expectedRows);
        this.res = new IntArrayList(expectedRows);
    }

    // ---- one row -------------------------------------------------------------------------

    private byte[] b;
    private int[] st;
    private int[] en;
    private int nf;
    /** Per column of the schema: the space-trimmed value's bounds in {@code b}; ta > tz when absent. */
    private final int[] ta = new int[Columns.NAMES.length];
    private final int[] tz = new int[Columns.NAMES.length];
    private int rowFindings;
    private int localRow;

    private void trimColumns() {
        int[] index = columns.index;
        for (int col = 0; col < index.length; col++) {
            int f = index[col];
            if (f < 0 || f >= nf) {
                ta[col] = 1;
                tz[col] = 0;
                continue;
            }
            int a = st[f];
            int z = en[f];
            while (a < z && b[a] == ' ') a++;
            while (z > a && b[z - 1] == ' ') z--;
            ta[col] = a;
            tz[col] = z;
        }
    }

    private boolean empty(int col) {
        return ta[col] >= tz[col];
    }

    private long time(int col) {
        if (empty(col)) return Timestamps.EMPTY;
        long t = Timestamps.parse(b, ta[col], tz[col]);
        if (t == Timestamps.INVALID) finding(col, RULE_RANGE);
        return t;
    }

    private String ticketText() {
        return empty(Columns.TICKET) ? "" : new String(b, ta[Columns.TICKET], tz[Columns.TICKET] - ta[Columns.TICKET], StandardCharsets.UTF_8).strip();
    }

    private void finding(int col, int rule) {
        rowFindings++;
        ruleCounts[rule]++;
        if (findings.size() < findingCap) findings.add(new Finding(localRow, ticketText(), Columns.NAMES[col], RULES[rule]));
    }

    static long fingerprint(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') s++;
        while (e > s && b[e - 1] == ' ') e--;
        long h = 0xcbf29ce484222325L;
        for (int i = s; i < e; i++) {
            h ^= b[i] & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= e - s;
        h ^= h >>> 33; // murmur3 fmix64
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h; // 0 means "no ticket id"
    }

    void accept(byte[] buf, int[] start, int[] end, int fields, int offsetInChunk) {
        offsets.add(offsetInChunk);
        b = buf;
        st = start;
        en = end;
        nf = fields;
        rowFindings = 0;
        localRow = rows++;
        trimColumns();

        // completeness of required fields
        boolean hasTicket = !empty(Columns.TICKET);
        if (!hasTicket) finding(Columns.TICKET, RULE_COMPLETENESS);
        int channel = -1, type = -1, priority = -1, complexity = 0;
        if (empty(Columns.CHANNEL)) finding(Columns.CHANNEL, RULE_COMPLETENESS);
        else if ((channel = oneOf(Columns.CHANNEL, CHANNELS)) < 0) finding(Columns.CHANNEL, RULE_RANGE);
        if (empty(Columns.TYPE)) finding(Columns.TYPE, RULE_COMPLETENESS);
        else if ((type = oneOf(Columns.TYPE, TYPES)) < 0) finding(Columns.TYPE, RULE_RANGE);
        if (empty(Columns.PRIORITY)) finding(Columns.PRIORITY, RULE_COMPLETENESS);
        else if ((priority = oneOf(Columns.PRIORITY, PRIORITIES)) < 0) finding(Columns.PRIORITY, RULE_RANGE);
        if (!empty(Columns.COMPLEXITY) && (complexity = oneOf(Columns.COMPLEXITY, COMPLEXITIES)) < 0) {
            finding(Columns.COMPLEXITY, RULE_RANGE);
        }
        long requested = Timestamps.EMPTY;
        if (empty(Columns.REQUESTED)) finding(Columns.REQUESTED, RULE_COMPLETENESS);
        else requested = time(Columns.REQUESTED);
        long responded = time(Columns.RESPONDED);
        long appointment = time(Columns.APPOINTMENT);
        long arrived = time(Columns.ARRIVED);
        long resolved = time(Columns.RESOLVED);
        long callback = time(Columns.CALLBACK);
        int fcr = -1;
        if (!empty(Columns.FCR)) {
            fcr = oneOf(Columns.FCR, BOOLEANS);
            if (fcr < 0) finding(Columns.FCR, RULE_RANGE);
        }
        int sat = 0;
        if (!empty(Columns.SATISFACTION)) {
            sat = smallInt(Columns.SATISFACTION);
            if (sat < 1 || sat > 5) {
                sat = 0;
                finding(Columns.SATISFACTION, RULE_RANGE);
            }
        }
        boolean okReq = requested > Timestamps.INVALID;
        boolean okResp = responded > Timestamps.INVALID;
        boolean okRes = resolved > Timestamps.INVALID;
        boolean okArr = arrived > Timestamps.INVALID;
        boolean okAppt = appointment > Timestamps.INVALID;
        if (okReq && okResp && responded < requested) finding(Columns.RESPONDED, RULE_LOGIC);
        if (okResp && okRes && resolved < responded) finding(Columns.RESOLVED, RULE_LOGIC);
        if (okReq && okArr && arrived < requested) finding(Columns.ARRIVED, RULE_LOGIC);
        // duplicates (every occurrence after the first, in file order) are found when merging
        fps.add(hasTicket ? fingerprint(b, ta[Columns.TICKET], tz[Columns.TICKET]) : 0L);
        boolean hasRepeat = !empty(Columns.REPEAT_OF);
        if (hasRepeat) { // decided when the whole file's ids are known
            pendingFp.add(fingerprint(b, ta[Columns.REPEAT_OF], tz[Columns.REPEAT_OF]));
            pendingRow.add(localRow);
            ticketOfPending.put(localRow, ticketText());
        }

        if (rowFindings > 0) {
            excluded++;
            contrib.add(0);
            resp.add(-1);
            res.add(-1);
            return;
        }
        int mask = CLEAN | (sat << 24);
        boolean responded_ = responded != Timestamps.EMPTY;
        long respMs = responded_ ? responded - requested : Long.MAX_VALUE;
        if (channel == CH_PHONE) {
            mask |= Kpi.HOTLINE_ANSWER.denBit() | Kpi.PHONE_RESPONSE.denBit();
            if (respMs <= 15_000) mask |= Kpi.HOTLINE_ANSWER.numBit();
            if (respMs <= 30_000) mask |= Kpi.PHONE_RESPONSE.numBit();
        } else if (channel == CH_ONLINE || channel == CH_APP) {
            mask |= Kpi.ONLINE_RESPONSE.denBit() | Kpi.ONLINE_RESPONSE_5MIN.denBit();
            if (respMs <= 30 * MIN) mask |= Kpi.ONLINE_RESPONSE.numBit();
            if (respMs <= 5 * MIN) mask |= Kpi.ONLINE_RESPONSE_5MIN.numBit();
        }
        if (priority == PR_EMERGENCY) {
            mask |= Kpi.EMERGENCY_RESPONSE.denBit();
            if (respMs <= 15 * MIN) mask |= Kpi.EMERGENCY_RESPONSE.numBit();
        }
        if (appointment != Timestamps.EMPTY && arrived != Timestamps.EMPTY) {
            mask |= Kpi.ON_TIME_ARRIVAL.denBit();
            if (Math.abs(arrived - appointment) <= 30 * MIN) mask |= Kpi.ON_TIME_ARRIVAL.numBit();
        }
        int resSec = -1;
        if (responded_ && resolved != Timestamps.EMPTY) {
            long resMs = resolved - responded;
            resSec = (int) Math.min(Integer.MAX_VALUE, resMs / 1000);
            if (complexity == CX_SIMPLE) {
                mask |= Kpi.RESOLUTION_SIMPLE.denBit();
                if (resMs <= 240 * MIN) mask |= Kpi.RESOLUTION_SIMPLE.numBit();
            } else {
                mask |= Kpi.RESOLUTION_COMPLEX.denBit();
                if (resolved <= Timestamps.thirdWorkingDayEnd(responded)) mask |= Kpi.RESOLUTION_COMPLEX.numBit();
            }
        }
        if (fcr >= 0) {
            mask |= Kpi.FIRST_CONTACT_RESOLUTION.denBit();
            if (fcr == 1) mask |= Kpi.FIRST_CONTACT_RESOLUTION.numBit();
        }
        if (type == TY_REPAIR) {
            mask |= Kpi.REPEAT_REPAIR.denBit();
            if (hasRepeat) mask |= Kpi.REPEAT_REPAIR.numBit();
        }
        if (type == TY_COMPLAINT) {
            mask |= Kpi.COMPLAINT_RESPONSE.denBit();
            if (respMs <= 24 * 60 * MIN) mask |= Kpi.COMPLAINT_RESPONSE.numBit();
        }
        if (resolved != Timestamps.EMPTY) {
            mask |= Kpi.CALLBACK_RATIO.denBit();
            if (callback != Timestamps.EMPTY) mask |= Kpi.CALLBACK_RATIO.numBit();
        }
        int respSec = responded_ ? (int) Math.min(Integer.MAX_VALUE, respMs / 1000) : -1;
        contrib.add(mask);
        resp.add(respSec);
        res.add(resSec);
        apply(mask, respSec, resSec, 1);
    }

    /** Adds (sign 1) or retracts (sign −1) one clean row's contribution. */
    void apply(int mask, int respSec, int resSec, int sign) {
        for (int k = 0; k < 12; k++) {
            if ((mask & (1 << (2 * k))) != 0) den[k] += sign;
            if ((mask & (1 << (2 * k + 1))) != 0) num[k] += sign;
        }
        int sat = (mask >>> 24) & 7;
        if (sat > 0) {
            satSum += sign * sat;
            satCount += sign;
        }
        if (resSec >= 0) {
            if ((mask & Kpi.RESOLUTION_SIMPLE.denBit()) != 0) resSimpleSum += (long) sign * resSec;
            else if ((mask & Kpi.RESOLUTION_COMPLEX.denBit()) != 0) resComplexSum += (long) sign * resSec;
            resN += sign;
            resS += (long) sign * resSec;
            if (sign > 0) resQ.addSquare(resSec);
            else resQ.subSquare(resSec);
        }
        if (respSec >= 0) {
            respN += sign;
            respS += (long) sign * respSec;
            if (sign > 0) respQ.addSquare(respSec);
            else respQ.subSquare(respSec);
        }
    }

    private int smallInt(int col) {
        int a = ta[col];
        int z = tz[col];
        if (z - a != 1) return -1;
        int d = b[a] - '0';
        return d >= 0 && d <= 9 ? d : -1;
    }

    /** The index of the field's (space-trimmed) value among {@code words}, or −1; compares bytes. */
    private int oneOf(int col, byte[][] words) {
        int a = ta[col];
        int n = tz[col] - a;
        outer:
        for (int i = 0; i < words.length; i++) {
            byte[] w = words[i];
            if (w.length != n) continue;
            for (int k = 0; k < n; k++) if (b[a + k] != w[k]) continue outer;
            return i;
        }
        return -1;
    }

    private static byte[][] bytes(String... words) {
        byte[][] out = new byte[words.length][];
        for (int i = 0; i < words.length; i++) out[i] = words[i].getBytes(StandardCharsets.US_ASCII);
        return out;
    }

    static final byte[][] CHANNELS = bytes("phone", "online", "app", "onsite", "letter");
    static final byte[][] TYPES = bytes("consult", "install", "repair", "maintenance", "complaint", "return", "recycle");
    static final byte[][] PRIORITIES = bytes("emergency", "normal");
    static final byte[][] COMPLEXITIES = bytes("simple", "complex");
    private static final byte[][] BOOLEANS = bytes("false", "true");
    private static final int CH_PHONE = 0, CH_ONLINE = 1, CH_APP = 2, TY_REPAIR = 2, TY_COMPLAINT = 4, PR_EMERGENCY = 0, CX_SIMPLE = 0;
}
