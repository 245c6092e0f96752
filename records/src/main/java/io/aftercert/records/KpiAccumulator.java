package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.json.JsonNumbers;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the KPIs and data-quality findings of docs/records-format.md from service records fed one at
 * a time — rows of a JDBC {@code ResultSet}, messages of a Kafka consumer, an ERP's own objects
 * ({@link #add(ServiceRecord)}) — and is the only implementation of every KPI and data-quality
 * rule: {@link KpiEngine} feeds the rows of a CSV file to accumulators of this class, one per chunk.
 *
 * <h2>Parts, order and the merge contract</h2>
 * An accumulator is created for one <em>part</em> of the records, named by a part key; its rows are
 * in the order they were added. {@link #merge} combines two accumulators of different parts into
 * one holding both; the records as a whole are the parts in ascending key order, each part's rows
 * in its own order (for a file: chunk index; in Apache Spark: the partition index of
 * {@code mapPartitionsWithIndex}). Merge is associative and commutative: any tree of merges of
 * the same parts, in any order, gives the identical {@link #report} — the exact integer sums are
 * added, and everything that depends on the order of rows is decided in {@code report} from the
 * part keys, never from the order of merging. That makes the class fit for
 * {@code mapPartitionsWithIndex} + {@code treeReduce} in Spark, or a Flink/Beam combine.
 * <ul>
 * <li>Duplicates: the first occurrence of a ticket id in records order (lowest part key, then row)
 *     is the original; every later occurrence, in the same part or another, is a {@code logic}
 *     finding and is taken out of every KPI it was counted in, exactly (each clean row keeps a
 *     16-byte contribution record from which it can be retracted).</li>
 * <li>{@code repeat_of} must name a ticket somewhere in the merged records (in any part, and
 *     outside the period as well); it is decided in {@code report}, against all parts merged.</li>
 * <li>Row numbers in findings and outliers count rows across parts in that order, from 1.</li>
 * <li>A file whose timestamps mix forms with and without a UTC offset is refused by
 *     {@code report} (local times cannot be put on the UTC clock), whichever parts hold them.</li>
 * </ul>
 * Two accumulators to be merged must have equal {@link KpiOptions} and different part keys;
 * {@code other} must not be used after it was merged. {@link #report} does not change the
 * accumulator: rows can be added and reports made again (a live dashboard).
 *
 * <p>Memory: the sums per group, plus per row about 28 bytes (fingerprint, contribution record,
 * offset or ticket position) and, for records added through {@link #add(ServiceRecord)}, the
 * ticket id's bytes. Ticket ids are compared by 64-bit fingerprints: two different ids collide
 * with probability about n²/2⁶⁵ (under 3·10⁻⁶ for 10 million rows).
 *
 * <p>Not thread-safe: one accumulator per thread, merged afterwards. {@code Serializable}, so that
 * distributed engines can ship it.
 */
public final class KpiAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Findings listed in the report (counts are always complete). */
    public static final int FINDING_CAP = 100_000;
    static final int RULE_COMPLETENESS = 0, RULE_RANGE = 1, RULE_LOGIC = 2;
    static final String[] RULES = {"completeness", "range", "logic"};
    static final int CLEAN = 1 << 30;
    /** A clean row's channel (index into {@link #CHANNELS}) is kept in bits 27–29 of its contribution. */
    static final int CHANNEL_SHIFT = 27;
    private static final long MIN = 60_000L;

    private final KpiOptions options;
    private final Columns columns;
    private final ArrayList<Part> parts = new ArrayList<>();
    private final Part own;
    private final long fromDay;
    private final long toDay;
    /** Set when this accumulator's parts were taken by {@link #merge}. */
    private boolean mergedAway;

    /** An accumulator for all records in one part (key 0) with no breakdown and no period. */
    public KpiAccumulator() {
        this(KpiOptions.NONE, 0);
    }

    /**
     * An accumulator for the part {@code partKey} of the records.
     *
     * @param options breakdown and period
     * @param partKey the part's place in the records order (see the class comment)
     */
    public KpiAccumulator(KpiOptions options, long partKey) {
        this(options, partKey, Columns.identity(), -1, 16);
    }

    /** For a chunk of a file starting at {@code fileStart}, whose header gave {@code columns}. */
    KpiAccumulator(KpiOptions options, long partKey, Columns columns, long fileStart, int expectedRows) {
        this.options = options;
        this.columns = columns;
        this.own = new Part(partKey, fileStart, expectedRows, !options.by().isEmpty());
        this.parts.add(own);
        this.fromDay = options.from() == null ? Long.MIN_VALUE : options.from().toEpochDay();
        this.toDay = options.to() == null ? Long.MAX_VALUE : options.to().toEpochDay();
    }

    public KpiOptions options() {
        return options;
    }

    /** Rows added to this accumulator's own part so far (counted or not). */
    public long rowsAdded() {
        return own.lines;
    }

    // ---- the sums -------------------------------------------------------------------------

    /** Exact sums over rows: the whole of a part (without a breakdown), or one group of it. */
    static final class Sums implements Serializable {
        private static final long serialVersionUID = 1L;
        long rows;
        long excluded;
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
        /** Per channel: the response and resolution sums the outlier rule judges a row against. */
        final Durations[] respBy = Durations.perChannel();
        final Durations[] resBy = Durations.perChannel();
        final long[] ruleCounts = new long[3];

        /** Adds (sign 1) or retracts (sign −1) one clean row's contribution. */
        void apply(int mask, int respSec, int resSec, int sign) {
            for (int m = mask & 0xFFFFFF; m != 0; m &= m - 1) { // the set KPI bits only: bit 2k = denominator k, 2k + 1 = numerator k
                int bit = Integer.numberOfTrailingZeros(m);
                if ((bit & 1) == 0) den[bit >> 1] += sign;
                else num[bit >> 1] += sign;
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
            int channel = (mask >>> CHANNEL_SHIFT) & 7;
            if (channel < CHANNELS.length) {
                respBy[channel].apply(respSec, sign);
                resBy[channel].apply(resSec, sign);
            }
        }

        void add(Sums o) {
            rows += o.rows;
            excluded += o.excluded;
            for (int k = 0; k < 12; k++) {
                den[k] += o.den[k];
                num[k] += o.num[k];
            }
            satSum += o.satSum;
            satCount += o.satCount;
            resSimpleSum += o.resSimpleSum;
            resComplexSum += o.resComplexSum;
            respN += o.respN;
            respS += o.respS;
            respQ.add(o.respQ);
            resN += o.resN;
            resS += o.resS;
            resQ.add(o.resQ);
            for (int c = 0; c < CHANNELS.length; c++) {
                respBy[c].add(o.respBy[c]);
                resBy[c].add(o.resBy[c]);
            }
            for (int r = 0; r < 3; r++) ruleCounts[r] += o.ruleCounts[r];
        }

        long findings() {
            return ruleCounts[0] + ruleCounts[1] + ruleCounts[2];
        }
    }

    /** Exact sums of one duration over rows: count, sum and sum of squares (seconds). */
    static final class Durations implements Serializable {
        private static final long serialVersionUID = 1L;
        long n;
        long s;
        final Int128 q = new Int128();

        static Durations[] perChannel() {
            Durations[] d = new Durations[CHANNELS.length];
            for (int c = 0; c < d.length; c++) d[c] = new Durations();
            return d;
        }

        /** Adds (sign 1) or retracts (sign −1) one duration; a negative one (none) is skipped. */
        void apply(int seconds, int sign) {
            if (seconds < 0) return;
            n += sign;
            s += (long) sign * seconds;
            if (sign > 0) q.addSquare(seconds);
            else q.subSquare(seconds);
        }

        void add(Durations o) {
            n += o.n;
            s += o.s;
            q.add(o.q);
        }
    }

    /** One part's rows: sums, per-row contribution records, and what the report decides later. */
    static final class Part implements Serializable {
        private static final long serialVersionUID = 1L;
        final long key;
        /** File offset of the part's first row (offsets are relative to it), or −1: ticket ids are in {@code pool}. */
        final long fileStart;
        int lines;
        final IntList offsets;
        /** CLEAN | sat << 24 | KPI bits, or 0 for a row with findings or outside the period. */
        final IntList contrib;
        final IntList resp;
        final IntList res;
        /** Each row's group (index into groupSums), or null without a breakdown. */
        final IntList grp;
        /** Each row's ticket-id fingerprint (0: none, or outside the period). */
        final LongList fps;
        final LongList outsideFps = new LongList(4);
        final IntList pendingRow = new IntList(4);
        final LongList pendingFp = new LongList(4);
        final ArrayList<String> pendingTicket = new ArrayList<>();
        final ArrayList<String> pendingValue = new ArrayList<>();
        /** Findings with part-local rows (0-based), the first {@link #FINDING_CAP} by row. */
        final ArrayList<Finding> findings = new ArrayList<>();
        byte[] pool;
        int poolSize;
        final Sums total = new Sums();
        final ArrayList<Sums> groupSums = new ArrayList<>();
        final ArrayList<String[]> groupLabels = new ArrayList<>();
        final LongList groupKeys = new LongList(4);
        transient LongHashSet groupIndex;
        int firstOffsetLine = -1;
        String firstOffset;
        int firstLocalLine = -1;
        String firstLocal;

        Part(long key, long fileStart, int expectedRows, boolean grouped) {
            this.key = key;
            this.fileStart = fileStart;
            this.offsets = new IntList(expectedRows);
            this.contrib = new IntList(expectedRows);
            this.resp = new IntList(expectedRows);
            this.res = new IntList(expectedRows);
            this.fps = new LongList(expectedRows);
            this.grp = grouped ? new IntList(expectedRows) : null;
            if (fileStart < 0) pool = new byte[256];
        }

        String pooledTicket(int line) {
            int s = offsets.get(line);
            int e = line + 1 < lines ? offsets.get(line + 1) : poolSize;
            return new String(pool, s, e - s, StandardCharsets.UTF_8);
        }
    }

    /** Reads the ticket id of a row of a file-backed part (the file engine's). */
    interface TicketLookup {
        String ticket(long fileOffset);
    }

    // ---- adding rows ----------------------------------------------------------------------

    private transient byte[] b;
    private transient int[] st;
    private transient int[] en;
    private transient int nf;
    private transient int[] ta;
    private transient int[] tz;
    private transient Timestamps ts;
    private transient int rowFindings;
    private transient int line;
    private transient Sums gs;
    private transient byte[] recBuf;
    private transient int[] recSt;
    private transient int[] recEn;

    private void initScratch() {
        ta = new int[Columns.NAMES.length];
        tz = new int[Columns.NAMES.length];
        ts = new Timestamps();
    }

    /**
     * Adds one record at the end of this accumulator's part.
     *
     * @throws IllegalStateException after this accumulator was merged into another
     */
    public void add(ServiceRecord record) {
        if (mergedAway) throw new IllegalStateException("this accumulator was merged into another: add rows to that one");
        if (recBuf == null) {
            recBuf = new byte[512];
            recSt = new int[Columns.NAMES.length];
            recEn = new int[Columns.NAMES.length];
        }
        int at = 0;
        RecordField[] fields = RecordField.values();
        for (int k = 0; k < fields.length; k++) {
            String v = record.get(fields[k]);
            byte[] bytes = v == null ? EMPTY_BYTES : v.getBytes(StandardCharsets.UTF_8);
            if (at + bytes.length > recBuf.length) recBuf = Arrays.copyOf(recBuf, Math.max(recBuf.length * 2, at + bytes.length));
            System.arraycopy(bytes, 0, recBuf, at, bytes.length);
            recSt[k] = at;
            at += bytes.length;
            recEn[k] = at;
        }
        accept(recBuf, recSt, recEn, fields.length, -1);
    }

    private static final byte[] EMPTY_BYTES = new byte[0];

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

    /**
     * A field's text, decoded strictly: bytes that are not UTF-8 (a GBK region would all become
     * U+FFFD and merge into one group) end the scan, and the file is refused naming the row.
     */
    private String text(int col) {
        if (empty(col)) return "";
        int n = tz[col] - ta[col];
        if (n <= Finding.MAX_VALUE) return utf8(ta[col], n);
        int cut = ta[col] + Finding.MAX_VALUE;
        while (cut > ta[col] && (b[cut] & 0xC0) == 0x80) cut--; // not inside a character
        String s = utf8(ta[col], cut - ta[col]);
        return s.substring(0, Math.max(0, s.length() - 1)) + "…";
    }

    private String utf8(int from, int n) {
        try {
            return io.aftercert.core.json.Encodings.utf8(b, from, n);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new CsvScanner.CsvFormatException(io.aftercert.core.json.Encodings.describe(Arrays.copyOfRange(b, from, from + n)));
        }
    }

    private long time(int col) {
        if (empty(col)) return Timestamps.EMPTY;
        long t = ts.parse(b, ta[col], tz[col]);
        if (t == Timestamps.INVALID) finding(col, RULE_RANGE, Finding.Reason.NOT_A_TIMESTAMP);
        else noteForm(col);
        return t;
    }

    /** Remembers the first timestamp with and the first without an offset, to refuse a mixture. */
    private void noteForm(int col) {
        Part p = own;
        if (ts.hasOffset) {
            if (p.firstOffsetLine < 0) {
                p.firstOffsetLine = line;
                p.firstOffset = Columns.NAMES[col] + " '" + text(col) + "'";
            }
        } else if (p.firstLocalLine < 0) {
            p.firstLocalLine = line;
            p.firstLocal = Columns.NAMES[col] + " '" + text(col) + "'";
        }
    }

    private void finding(int col, int rule, Finding.Reason reason) {
        rowFindings++;
        gs.ruleCounts[rule]++;
        if (own.findings.size() < FINDING_CAP) {
            own.findings.add(new Finding(line, text(Columns.TICKET), Columns.NAMES[col], RULES[rule], text(col), reason.code()));
        }
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

    private static long fmix(long h) {
        h ^= h >>> 33; // murmur3 fmix64
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h == 0 ? 1 : h; // 0 means "no ticket id"
    }

    /** One row of a file chunk ({@code offset} from the chunk start), or of {@link #add} (offset −1). */
    void accept(byte[] buf, int[] start, int[] end, int fields, int offset) {
        if (ta == null) initScratch();
        Part p = own;
        if (p.fileStart >= 0) {
            p.offsets.add(offset);
        } else {
            p.offsets.add(p.poolSize);
        }
        b = buf;
        st = start;
        en = end;
        nf = fields;
        rowFindings = 0;
        line = p.lines++;
        gs = null;
        trimColumns();

        long requested = Timestamps.EMPTY;
        int requestedOffset = 0;
        if (!empty(Columns.REQUESTED)) {
            requested = ts.parse(b, ta[Columns.REQUESTED], tz[Columns.REQUESTED]);
            requestedOffset = ts.offsetSeconds;
            if (requested > Timestamps.INVALID) {
                long day = Timestamps.localDay(requested, requestedOffset);
                if (day < fromDay || day > toDay) { // outside the period: only its id is kept, for repeat_of
                    if (!empty(Columns.TICKET)) p.outsideFps.add(fingerprint(b, ta[Columns.TICKET], tz[Columns.TICKET]));
                    p.contrib.add(0);
                    p.resp.add(-1);
                    p.res.add(-1);
                    p.fps.add(0L);
                    if (p.grp != null) p.grp.add(-1);
                    return;
                }
                noteForm(Columns.REQUESTED);
            }
        }
        if (p.fileStart < 0 && !empty(Columns.TICKET)) { // keep the ticket id for findings made in report()
            int n = tz[Columns.TICKET] - ta[Columns.TICKET];
            if (p.poolSize + n > p.pool.length) p.pool = Arrays.copyOf(p.pool, Math.max(IntList.grow(p.pool.length), p.poolSize + n));
            System.arraycopy(b, ta[Columns.TICKET], p.pool, p.poolSize, n);
            p.poolSize += n;
        }
        // a row's sums go to its group, or with no breakdown to the part's total: report() adds the groups up
        if (p.grp != null) {
            int g = group(p, requested, requestedOffset);
            p.grp.add(g);
            gs = p.groupSums.get(g);
        } else {
            gs = p.total;
        }
        gs.rows++;

        // completeness of required fields
        boolean hasTicket = !empty(Columns.TICKET);
        if (!hasTicket) finding(Columns.TICKET, RULE_COMPLETENESS, Finding.Reason.EMPTY);
        int channel = -1, type = -1, priority = -1, complexity = 0;
        if (empty(Columns.CHANNEL)) finding(Columns.CHANNEL, RULE_COMPLETENESS, Finding.Reason.EMPTY);
        else if ((channel = oneOf(Columns.CHANNEL, CHANNELS)) < 0) finding(Columns.CHANNEL, RULE_RANGE, Finding.Reason.NOT_ALLOWED);
        if (empty(Columns.TYPE)) finding(Columns.TYPE, RULE_COMPLETENESS, Finding.Reason.EMPTY);
        else if ((type = oneOf(Columns.TYPE, TYPES)) < 0) finding(Columns.TYPE, RULE_RANGE, Finding.Reason.NOT_ALLOWED);
        if (empty(Columns.PRIORITY)) finding(Columns.PRIORITY, RULE_COMPLETENESS, Finding.Reason.EMPTY);
        else if ((priority = oneOf(Columns.PRIORITY, PRIORITIES)) < 0) finding(Columns.PRIORITY, RULE_RANGE, Finding.Reason.NOT_ALLOWED);
        if (!empty(Columns.COMPLEXITY) && (complexity = oneOf(Columns.COMPLEXITY, COMPLEXITIES)) < 0) {
            finding(Columns.COMPLEXITY, RULE_RANGE, Finding.Reason.NOT_ALLOWED);
        }
        if (empty(Columns.REQUESTED)) finding(Columns.REQUESTED, RULE_COMPLETENESS, Finding.Reason.EMPTY);
        else if (requested == Timestamps.INVALID) finding(Columns.REQUESTED, RULE_RANGE, Finding.Reason.NOT_A_TIMESTAMP);
        long responded = time(Columns.RESPONDED);
        int respondedOffset = ts.offsetSeconds;
        long appointment = time(Columns.APPOINTMENT);
        long arrived = time(Columns.ARRIVED);
        long resolved = time(Columns.RESOLVED);
        long callback = time(Columns.CALLBACK);
        int fcr = -1;
        if (!empty(Columns.FCR)) {
            fcr = oneOf(Columns.FCR, BOOLEANS);
            if (fcr < 0) finding(Columns.FCR, RULE_RANGE, Finding.Reason.NOT_TRUE_FALSE);
        }
        int sat = 0;
        if (!empty(Columns.SATISFACTION)) {
            sat = smallInt(Columns.SATISFACTION);
            if (sat < 1 || sat > 5) {
                sat = 0;
                finding(Columns.SATISFACTION, RULE_RANGE, Finding.Reason.NOT_1_TO_5);
            }
        }
        boolean okReq = requested > Timestamps.INVALID;
        boolean okResp = responded > Timestamps.INVALID;
        boolean okRes = resolved > Timestamps.INVALID;
        boolean okArr = arrived > Timestamps.INVALID;
        if (okReq && okResp && responded < requested) finding(Columns.RESPONDED, RULE_LOGIC, Finding.Reason.BEFORE_REQUESTED);
        if (okResp && okRes && resolved < responded) finding(Columns.RESOLVED, RULE_LOGIC, Finding.Reason.BEFORE_RESPONDED);
        if (okReq && okArr && arrived < requested) finding(Columns.ARRIVED, RULE_LOGIC, Finding.Reason.BEFORE_REQUESTED);
        // duplicates (every occurrence after the first, in records order) are found in report()
        p.fps.add(hasTicket ? fingerprint(b, ta[Columns.TICKET], tz[Columns.TICKET]) : 0L);
        boolean hasRepeat = !empty(Columns.REPEAT_OF);
        if (hasRepeat) { // decided when every part's ids are known
            p.pendingFp.add(fingerprint(b, ta[Columns.REPEAT_OF], tz[Columns.REPEAT_OF]));
            p.pendingRow.add(line);
            p.pendingTicket.add(text(Columns.TICKET));
            p.pendingValue.add(text(Columns.REPEAT_OF));
        }

        if (rowFindings > 0) {
            gs.excluded++;
            p.contrib.add(0);
            p.resp.add(-1);
            p.res.add(-1);
            return;
        }
        int mask = CLEAN | (sat << 24) | (channel << CHANNEL_SHIFT);
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
                // the third working day in the calendar of the response's own offset
                if (resolved <= Timestamps.thirdWorkingDayEnd(responded, respondedOffset)) mask |= Kpi.RESOLUTION_COMPLEX.numBit();
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
        p.contrib.add(mask);
        p.resp.add(respSec);
        p.res.add(resSec);
        gs.apply(mask, respSec, resSec, 1);
    }

    // ---- groups ---------------------------------------------------------------------------

    private int group(Part p, long requested, int requestedOffset) {
        List<KpiOptions.GroupBy> by = options.by();
        long key = 0x9E3779B97F4A7C15L;
        for (KpiOptions.GroupBy g : by) key = fmix(key * 31 + dimKey(g, requested, requestedOffset));
        if (p.groupIndex == null) { // first use, or after deserialisation
            p.groupIndex = new LongHashSet(16, true);
            for (int i = 0; i < p.groupKeys.size(); i++) p.groupIndex.putIfAbsent(p.groupKeys.get(i), i);
        }
        int g = p.groupIndex.putIfAbsent(key, p.groupSums.size());
        if (g >= 0) return g;
        String[] labels = new String[by.size()];
        for (int i = 0; i < labels.length; i++) labels[i] = dimLabel(by.get(i), requested, requestedOffset);
        p.groupKeys.add(key);
        p.groupLabels.add(labels);
        p.groupSums.add(new Sums());
        return p.groupSums.size() - 1;
    }

    private long dimKey(KpiOptions.GroupBy g, long requested, int offset) {
        return switch (g) {
            case MONTH -> requested > Timestamps.INVALID ? Timestamps.yearMonth(Timestamps.localDay(requested, offset)) + 1L : 0L;
            case QUARTER -> requested > Timestamps.INVALID ? Timestamps.yearMonth(Timestamps.localDay(requested, offset)) / 3 + 1L : 0L;
            case REGION -> textKey(Columns.REGION);
            case TECHNICIAN -> textKey(Columns.TECHNICIAN);
            case CHANNEL -> textKey(Columns.CHANNEL);
            case TYPE -> textKey(Columns.TYPE);
        };
    }

    private long textKey(int col) {
        return empty(col) ? 0L : fingerprint(b, ta[col], tz[col]);
    }

    private String dimLabel(KpiOptions.GroupBy g, long requested, int offset) {
        if ((g == KpiOptions.GroupBy.MONTH || g == KpiOptions.GroupBy.QUARTER) && requested <= Timestamps.INVALID) return "";
        return switch (g) {
            case MONTH -> {
                int ym = Timestamps.yearMonth(Timestamps.localDay(requested, offset));
                yield String.format("%04d-%02d", Math.floorDiv(ym, 12), Math.floorMod(ym, 12) + 1);
            }
            case QUARTER -> {
                int ym = Timestamps.yearMonth(Timestamps.localDay(requested, offset));
                yield String.format("%04d-Q%d", Math.floorDiv(ym, 12), Math.floorMod(ym, 12) / 3 + 1);
            }
            case REGION -> text(Columns.REGION);
            case TECHNICIAN -> text(Columns.TECHNICIAN);
            case CHANNEL -> text(Columns.CHANNEL);
            case TYPE -> text(Columns.TYPE);
        };
    }

    // ---- merging --------------------------------------------------------------------------

    /**
     * Takes in the parts of {@code other} (see the class comment for the contract) and returns this
     * accumulator.
     *
     * @throws IllegalArgumentException when the options differ or both hold a part with the same key
     */
    public KpiAccumulator merge(KpiAccumulator other) {
        if (other == this) throw new IllegalArgumentException("an accumulator cannot be merged with itself");
        if (!options.equals(other.options)) {
            throw new IllegalArgumentException("accumulators with different options cannot be merged: " + options + " and " + other.options);
        }
        for (Part o : other.parts) {
            for (Part p : parts) {
                if (p.key == o.key) throw new IllegalArgumentException("both accumulators hold part " + o.key + ": every part needs its own key");
            }
        }
        parts.addAll(other.parts);
        other.parts.clear();
        other.mergedAway = true;
        return this;
    }

    // ---- the report -----------------------------------------------------------------------

    /**
     * The report over every part merged so far (this accumulator is not changed).
     *
     * @param source the name the report gives as its {@code file}
     * @throws InvalidInputException when the records mix timestamps with and without an offset
     */
    public KpiReport report(String source) {
        return report(source, null);
    }

    KpiReport report(String source, TicketLookup lookup) {
        List<Part> ordered = new ArrayList<>(parts);
        ordered.sort(Comparator.comparingLong(p -> p.key));
        int n = ordered.size();
        long[] base = new long[n];
        long lines = 0;
        for (int i = 0; i < n; i++) {
            base[i] = lines;
            lines += ordered.get(i).lines;
        }
        refuseMixedForms(source, ordered, base);

        // decisions that need every part: duplicates (in records order) and repeat_of
        Sums delta = new Sums();
        Map<Long, Sums> groupDelta = new HashMap<>();
        BitSet[] retracted = new BitSet[n];
        List<Finding> findings = new ArrayList<>();
        LongHashSet ids = new LongHashSet((int) Math.min(1 << 29, lines), false);
        for (int i = 0; i < n; i++) {
            Part p = ordered.get(i);
            retracted[i] = new BitSet();
            long[] fp = p.fps.a;
            for (int r = 0; r < p.lines; r++) {
                if (fp[r] != 0 && !ids.add(fp[r])) {
                    String ticket = ticket(p, r, lookup);
                    late(p, i, r, base[i], Columns.TICKET, ticket, ticket, Finding.Reason.DUPLICATE_TICKET, delta, groupDelta, retracted, findings);
                }
            }
        }
        for (Part p : ordered) for (int k = 0; k < p.outsideFps.size(); k++) ids.add(p.outsideFps.get(k));
        for (int i = 0; i < n; i++) {
            Part p = ordered.get(i);
            for (int k = 0; k < p.pendingRow.size(); k++) {
                if (!ids.contains(p.pendingFp.get(k))) {
                    late(p, i, p.pendingRow.get(k), base[i], Columns.REPEAT_OF, p.pendingTicket.get(k), p.pendingValue.get(k),
                            Finding.Reason.UNKNOWN_TICKET, delta, groupDelta, retracted, findings);
                }
            }
        }
        Sums total = new Sums(); // with a breakdown the parts' totals are empty and their groups hold every row
        for (Part p : ordered) {
            total.add(p.total);
            for (Sums g : p.groupSums) total.add(g);
        }
        total.add(delta);

        for (int i = 0; i < n; i++) {
            for (Finding f : ordered.get(i).findings) {
                findings.add(new Finding(base[i] + f.row() + 1, f.ticketId(), f.column(), f.rule(), f.value(), f.reason()));
            }
        }
        List<String> order = Arrays.asList(Columns.NAMES);
        findings.sort(Comparator.comparingLong(Finding::row).thenComparingInt(f -> order.indexOf(f.column())).thenComparing(Finding::rule));
        long findingsCount = total.findings();
        boolean truncated = findings.size() > FINDING_CAP || findingsCount > findings.size();
        List<Finding> listed = List.copyOf(findings.subList(0, Math.min(FINDING_CAP, findings.size())));

        // groups: merged across parts by their key values
        KpiReport.Breakdown breakdown = null;
        int[][] globalGroup = new int[n][];
        List<String[]> groupLabels = new ArrayList<>();
        List<Sums> groupSums = new ArrayList<>();
        if (!options.by().isEmpty()) {
            Map<List<String>, Integer> index = new HashMap<>();
            for (int i = 0; i < n; i++) {
                Part p = ordered.get(i);
                globalGroup[i] = new int[p.groupSums.size()];
                for (int g = 0; g < p.groupSums.size(); g++) {
                    String[] labels = p.groupLabels.get(g);
                    int gi = index.computeIfAbsent(List.of(labels), l -> {
                        groupLabels.add(labels);
                        groupSums.add(new Sums());
                        return groupSums.size() - 1;
                    });
                    globalGroup[i][g] = gi;
                    groupSums.get(gi).add(p.groupSums.get(g));
                    Sums d = groupDelta.get(((long) i << 32) | g);
                    if (d != null) groupSums.get(gi).add(d);
                }
            }
        }
        int groups = groupSums.size();
        // resolution durations for the exact medians, of the totals and of each group
        IntList simple = new IntList(16);
        IntList complex = new IntList(16);
        IntList[] gSimple = new IntList[groups];
        IntList[] gComplex = new IntList[groups];
        for (int g = 0; g < groups; g++) {
            gSimple[g] = new IntList(4);
            gComplex[g] = new IntList(4);
        }
        for (int i = 0; i < n; i++) {
            Part p = ordered.get(i);
            for (int r = 0; r < p.lines; r++) {
                int mask = p.contrib.get(r);
                if ((mask & CLEAN) == 0 || retracted[i].get(r)) continue; // (a row outside the period has no group)
                int g = p.grp == null ? -1 : globalGroup[i][p.grp.get(r)];
                if ((mask & Kpi.RESOLUTION_SIMPLE.denBit()) != 0) {
                    simple.add(p.res.get(r));
                    if (g >= 0) gSimple[g].add(p.res.get(r));
                }
                if ((mask & Kpi.RESOLUTION_COMPLEX.denBit()) != 0) {
                    complex.add(p.res.get(r));
                    if (g >= 0) gComplex[g].add(p.res.get(r));
                }
            }
        }
        if (groups > 0) {
            Integer[] sorted = new Integer[groups];
            for (int g = 0; g < groups; g++) sorted[g] = g;
            Arrays.sort(sorted, (x, y) -> Arrays.compare(groupLabels.get(x), groupLabels.get(y)));
            List<KpiReport.Group> list = new ArrayList<>();
            for (int g : sorted) {
                Map<String, String> key = new LinkedHashMap<>();
                for (int k = 0; k < options.by().size(); k++) key.put(options.by().get(k).id(), groupLabels.get(g)[k]);
                Sums s = groupSums.get(g);
                list.add(new KpiReport.Group(key, s.rows, s.excluded, s.findings(), kpis(s, gSimple[g], gComplex[g])));
            }
            breakdown = new KpiReport.Breakdown(options.by().stream().map(KpiOptions.GroupBy::id).toList(), list);
        }

        Map<String, KpiReport.Outliers> outliers = new LinkedHashMap<>();
        outliers.put("response", outliers(ordered, base, retracted, total.respN, total.respS, total.respQ, total.respBy, true));
        outliers.put("resolution", outliers(ordered, base, retracted, total.resN, total.resS, total.resQ, total.resBy, false));
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (int r = 0; r < 3; r++) byRule.put(RULES[r], total.ruleCounts[r]);
        KpiReport.Period period = options.from() == null && options.to() == null ? null
                : new KpiReport.Period(options.from() == null ? null : options.from().toString(), options.to() == null ? null : options.to().toString());
        return new KpiReport(KpiReport.SCHEMA_VERSION, source, period, total.rows, total.excluded, kpis(total, simple, complex), outliers,
                byRule, findingsCount, truncated, listed, breakdown);
    }

    private static String ticket(Part p, int r, TicketLookup lookup) {
        if (p.fileStart < 0) return p.pooledTicket(r);
        if (lookup == null) throw new IllegalStateException("a file-backed part needs its file to name tickets");
        return lookup.ticket(p.fileStart + p.offsets.get(r));
    }

    /** A logic finding made in report(): counted, listed, and the row taken out of every KPI (once). */
    private static void late(Part p, int i, int r, long base, int col, String ticket, String value, Finding.Reason reason, Sums delta,
                             Map<Long, Sums> groupDelta, BitSet[] retracted, List<Finding> findings) {
        findings.add(new Finding(base + r + 1, ticket, Columns.NAMES[col], RULES[RULE_LOGIC], value, reason.code()));
        Sums gd = p.grp == null ? null : groupDelta.computeIfAbsent(((long) i << 32) | p.grp.get(r), k -> new Sums());
        delta.ruleCounts[RULE_LOGIC]++;
        if (gd != null) gd.ruleCounts[RULE_LOGIC]++;
        int mask = p.contrib.get(r);
        if ((mask & CLEAN) != 0 && !retracted[i].get(r)) {
            retracted[i].set(r);
            delta.apply(mask, p.resp.get(r), p.res.get(r), -1);
            delta.excluded++;
            if (gd != null) {
                gd.apply(mask, p.resp.get(r), p.res.get(r), -1);
                gd.excluded++;
            }
        }
    }

    private static void refuseMixedForms(String source, List<Part> ordered, long[] base) {
        long withRow = Long.MAX_VALUE, withoutRow = Long.MAX_VALUE;
        String with = null, without = null;
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            if (p.firstOffsetLine >= 0 && base[i] + p.firstOffsetLine + 1 < withRow) {
                withRow = base[i] + p.firstOffsetLine + 1;
                with = p.firstOffset;
            }
            if (p.firstLocalLine >= 0 && base[i] + p.firstLocalLine + 1 < withoutRow) {
                withoutRow = base[i] + p.firstLocalLine + 1;
                without = p.firstLocal;
            }
        }
        if (with != null && without != null) {
            long first = Math.max(withRow, withoutRow);
            throw new InvalidInputException(Problem.of(source, "row " + first, null, "时间写法不一致：第 " + withRow + " 行 " + with
                    + " 带时区偏移，第 " + withoutRow + " 行 " + without + " 不带，无法放在同一时钟上比较；请所有时间都写时区偏移（+08:00）或都不写",
                    "timestamps mix two forms: row " + withRow + " " + with
                    + " has a UTC offset, row " + withoutRow + " " + without + " has none, so the two cannot be put on one clock;"
                    + " write every timestamp with its offset (+08:00) or none"));
        }
    }

    private static Map<String, KpiReport.KpiValue> kpis(Sums s, IntList simple, IntList complex) {
        Map<String, KpiReport.KpiValue> kpis = new LinkedHashMap<>();
        for (Kpi k : Kpi.COUNTED) {
            long num = s.num[k.ordinal()];
            long den = s.den[k.ordinal()];
            Ratio value = den == 0 ? null : Ratio.of(num, den).times(Ratio.HUNDRED);
            Ratio mean = null;
            Ratio median = null;
            if ((k == Kpi.RESOLUTION_SIMPLE || k == Kpi.RESOLUTION_COMPLEX) && den > 0) {
                long sum = k == Kpi.RESOLUTION_SIMPLE ? s.resSimpleSum : s.resComplexSum;
                mean = Ratio.of(sum, den * 3600);
                median = medianHours(k == Kpi.RESOLUTION_SIMPLE ? simple : complex);
            }
            kpis.put(k.id(), kpi(num, den, value, k, null, mean, median));
        }
        Ratio sat = s.satCount == 0 ? null : Ratio.of(s.satSum, s.satCount).minus(Ratio.ONE).dividedBy(Ratio.of(4)).times(Ratio.HUNDRED);
        kpis.put(Kpi.SATISFACTION_INDEX.id(), kpi(s.satSum, s.satCount, sat, Kpi.SATISFACTION_INDEX, s.satCount, null, null));
        return kpis;
    }

    private static KpiReport.KpiValue kpi(long num, long den, Ratio value, Kpi k, Long responses, Ratio mean, Ratio median) {
        Boolean met = null;
        if (value != null && k.target() != null) {
            int c = value.compareTo(k.target());
            met = k.atLeast() ? c >= 0 : c <= 0;
        }
        return new KpiReport.KpiValue(num, den, JsonNumbers.number(value), JsonNumbers.exact(value),
                k.target() == null ? null : k.target().toBigDecimalExact(), k.target() == null ? null : k.atLeast() ? "at-least" : "at-most",
                met, responses, JsonNumbers.number(mean), JsonNumbers.exact(mean), JsonNumbers.number(median), JsonNumbers.exact(median));
    }

    private static Ratio medianHours(IntList values) {
        int n = values.size();
        if (n == 0) return null;
        int[] v = Arrays.copyOf(values.a, n);
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
    private static int select(int[] v, int n, int k) {
        int left = 0;
        int right = n - 1;
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(n);
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

    /**
     * The rows whose duration lies more than three standard deviations from the mean of its own
     * channel (phone answers in seconds and on-site visits in hours never share one scale), decided
     * exactly per channel: (n·d − S)² > 9·(n·Q − S²). The mean and deviation over all channels are
     * reported beside the per-channel ones for reference.
     */
    private static KpiReport.Outliers outliers(List<Part> ordered, long[] base, BitSet[] retracted, long n, long sum, Int128 sq,
                                               Durations[] byChannel, boolean response) {
        if (n == 0) return new KpiReport.Outliers(0, null, null, null, List.of(), List.of());
        BigInteger[] cn = new BigInteger[CHANNELS.length];
        BigInteger[] cs = new BigInteger[CHANNELS.length];
        BigInteger[] limit = new BigInteger[CHANNELS.length];
        double[] mean = new double[CHANNELS.length];
        double[] sd = new double[CHANNELS.length];
        for (int c = 0; c < CHANNELS.length; c++) {
            Durations d = byChannel[c];
            if (d.n == 0) continue;
            cn[c] = BigInteger.valueOf(d.n);
            cs[c] = BigInteger.valueOf(d.s);
            BigInteger nVar = cn[c].multiply(d.q.toBigInteger()).subtract(cs[c].multiply(cs[c])); // n² · variance
            limit[c] = nVar.multiply(BigInteger.valueOf(9));
            mean[c] = (double) d.s / d.n;
            sd[c] = Math.sqrt(nVar.doubleValue()) / d.n;
        }
        List<Long> flagged = new ArrayList<>();
        long[] counts = new long[CHANNELS.length];
        for (int i = 0; i < ordered.size(); i++) {
            Part p = ordered.get(i);
            IntList d = response ? p.resp : p.res;
            for (int r = 0; r < p.lines; r++) {
                int x = d.get(r); // −1 for a row with findings, outside the period, or without that duration
                if (x < 0 || retracted[i].get(r)) continue;
                int c = (p.contrib.get(r) >>> CHANNEL_SHIFT) & 7;
                if (c >= CHANNELS.length || cn[c] == null || sd[c] == 0) continue;
                double z = Math.abs(x - mean[c]) / sd[c];
                boolean out;
                if (z > 3 + 1e-6) out = true;
                else if (z < 3 - 1e-6) out = false;
                else {
                    BigInteger dev = cn[c].multiply(BigInteger.valueOf(x)).subtract(cs[c]);
                    out = dev.multiply(dev).compareTo(limit[c]) > 0;
                }
                if (out) {
                    flagged.add(base[i] + r + 1);
                    counts[c]++;
                }
            }
        }
        List<KpiReport.ChannelOutliers> channels = new ArrayList<>();
        for (int c = 0; c < CHANNELS.length; c++) {
            if (cn[c] == null) continue;
            Ratio m = Ratio.of(byChannel[c].s, byChannel[c].n);
            channels.add(new KpiReport.ChannelOutliers(new String(CHANNELS[c], StandardCharsets.US_ASCII), byChannel[c].n, counts[c],
                    JsonNumbers.number(m), JsonNumbers.exact(m), BigDecimal.valueOf(sd[c]).round(new MathContext(10)).stripTrailingZeros()));
        }
        BigInteger N = BigInteger.valueOf(n);
        BigInteger S = BigInteger.valueOf(sum);
        double allSd = Math.sqrt(N.multiply(sq.toBigInteger()).subtract(S.multiply(S)).doubleValue()) / n;
        Ratio m = Ratio.of(sum, n);
        return new KpiReport.Outliers(flagged.size(), JsonNumbers.number(m), JsonNumbers.exact(m),
                BigDecimal.valueOf(allSd).round(new MathContext(10)).stripTrailingZeros(), List.copyOf(flagged), List.copyOf(channels));
    }

    /** The value of a one-byte digit field, or some number outside 1–5 for anything else (the caller's range check). */
    private int smallInt(int col) {
        return tz[col] - ta[col] == 1 ? b[ta[col]] - '0' : -1;
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
