package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

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
 * <h2>Shape</h2>
 * An aggregate in the sense of Spark's {@code Aggregator} or a DuckDB aggregate state: the
 * constructor is init, {@link #add} (and the file engine's {@code accept}) accept one row,
 * {@link #merge} merges, {@link #report} finishes. Its parts are the mergeable state ({@code Part}:
 * exact {@code Sums} per group and a contribution record per row); a row goes through the row
 * parser and its data-quality checks ({@code RecordRow}), the KPI rules with their named limits
 * ({@code KpiRules}, limits from {@link Kpi#limit()}) and the grouping ({@code Grouping}); the
 * finish ({@code KpiFinish}) makes the decisions that need every part.
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
    /** See {@link KpiRules#CLEAN}. */
    static final int CLEAN = KpiRules.CLEAN;

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

    /** Lets go of the scratch of accepting rows (the last read buffer a row pointed into): a file chunk is scanned to its end. */
    void scanned() {
        row = null;
        checks = null;
    }

    /** Rows added to this accumulator's own part so far (counted or not). */
    public long rowsAdded() {
        return own.lines;
    }

    /** Reads a row of a file-backed part (the file engine's) again. */
    interface TicketLookup {
        /** The ticket id of the row at {@code fileOffset}, stripped. */
        String ticket(long fileOffset);

        /** The row at {@code fileOffset}, read as when it was accepted (valid until the next call). */
        RecordRow row(long fileOffset);
    }

    // ---- accepting rows -------------------------------------------------------------------

    /** The row being accepted, its findings and their target sums (scratch, made again after deserialisation). */
    private transient RecordRow row;
    private transient RowChecks checks;
    private transient byte[] recBuf;
    private transient int[] recSt;
    private transient int[] recEn;

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

    /** One row of a file chunk ({@code offset} from the chunk start), or of {@link #add} (offset −1). */
    void accept(byte[] buf, int[] start, int[] end, int fields, int offset) {
        if (row == null) {
            row = new RecordRow(columns);
            checks = new RowChecks();
        }
        Part p = own;
        p.offsets.add(p.fileStart >= 0 ? offset : p.poolSize);
        RecordRow r = row;
        r.read(buf, start, end, fields);
        int line = p.lines++;
        if (r.parseRequested()) {
            long day = Timestamps.localDay(r.requested, r.requestedOffset);
            if (day < fromDay || day > toDay) { // outside the period: only its id is kept, for repeat_of
                p.addOutside(r.fingerprint(Columns.TICKET));
                return;
            }
            checks.start(line, null);
            checks.timestampForm(Columns.REQUESTED, r.hadOffset());
        }
        if (p.fileStart < 0) p.pool(r); // keep the ticket id for findings made in report()
        // a row's sums go to its group, or with no breakdown to the part's total: report() adds the groups up
        Sums sums = p.total;
        if (p.grp != null) {
            int g = Grouping.groupOf(p, options.by(), r);
            p.grp.add(g);
            sums = p.groupSums.get(g);
        }
        sums.rows++;
        checks.start(line, sums);
        r.check(checks);
        // duplicates (every occurrence after the first, in records order) are found in report()
        p.fps.add(r.fingerprint(Columns.TICKET));
        boolean hasRepeat = !r.empty(Columns.REPEAT_OF);
        if (hasRepeat) { // decided when every part's ids are known
            p.pendingFp.add(r.fingerprint(Columns.REPEAT_OF));
            p.pendingRow.add(line);
            String ticket = r.text(Columns.TICKET); // decoded here, so that a field that is not UTF-8 is refused here
            String value = r.text(Columns.REPEAT_OF);
            if (p.fileStart < 0) { // a file row's texts are read again if the report names it
                p.pendingTicket.add(ticket);
                p.pendingValue.add(value);
            }
        }
        if (checks.count > 0) {
            sums.excluded++;
            p.addExcluded();
            return;
        }
        int mask = KpiRules.contribution(r, hasRepeat);
        int respSec = KpiRules.responseSeconds(r);
        int resSec = KpiRules.resolutionSeconds(r);
        p.addClean(mask, respSec, resSec);
        sums.apply(mask, respSec, resSec, 1);
    }

    /** Takes the findings of the row being accepted into the part: counted in its sums, listed up to the cap. */
    private final class RowChecks implements RecordRow.Checks {
        int line;
        int count;
        Sums sums;

        void start(int line, Sums sums) {
            this.line = line;
            this.sums = sums;
            this.count = 0;
        }

        @Override
        public void finding(int col, int rule, DataQualityFinding.Reason reason) {
            count++;
            sums.ruleCounts[rule]++;
            Part p = own;
            if (p.fileStart < 0) {
                if (p.findings.size() < FINDING_CAP) {
                    p.findings.add(new DataQualityFinding(line, row.text(Columns.TICKET), Columns.NAMES[col], RULES[rule], row.text(col), reason.code()));
                }
                return;
            }
            // a file row's texts are read again for the report; decoded here all the same, so that a field
            // that is not UTF-8 is refused with its row and column wherever its finding lands in the list
            row.text(Columns.TICKET);
            row.text(col);
            if (p.findingRows.size() < FINDING_CAP) {
                p.findingRows.add(line);
                p.findingCodes.add(col | rule << 8 | reason.ordinal() << 16);
            }
        }

        /** Remembers the first timestamp with and the first without an offset, to refuse a mixture. */
        @Override
        public void timestampForm(int col, boolean withOffset) {
            Part p = own;
            if (withOffset) {
                if (p.firstOffsetLine < 0) {
                    p.firstOffsetLine = line;
                    p.firstOffset = Columns.NAMES[col] + " '" + row.text(col) + "'";
                }
            } else if (p.firstLocalLine < 0) {
                p.firstLocalLine = line;
                p.firstLocal = Columns.NAMES[col] + " '" + row.text(col) + "'";
            }
        }
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
        return new KpiFinish(options, parts).report(source, lookup);
    }
}
