package io.aftercert.records;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

/** One part's rows: sums, per-row contribution records, and what the report decides later. */
final class Part implements Serializable {
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
    /** The ticket id and {@code repeat_of} of each pending row, for records added one by one (a file's are read again). */
    final ArrayList<String> pendingTicket = new ArrayList<>();
    final ArrayList<String> pendingValue = new ArrayList<>();
    /** Findings with part-local rows (0-based), the first {@link KpiAccumulator#FINDING_CAP} by row (records added one by one). */
    final ArrayList<DataQualityFinding> findings = new ArrayList<>();
    /**
     * The findings of a file-backed part, the first {@link KpiAccumulator#FINDING_CAP} by row, in 8
     * bytes each instead of a {@link DataQualityFinding} with two strings: the part-local row, and
     * {@code column | rule << 8 | reason << 16}. The report reads the ticket id and the value of the
     * few it lists from the file again.
     */
    final IntList findingRows = new IntList(4);
    final IntList findingCodes = new IntList(4);
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

    /** A row outside the period: only its ticket id's fingerprint is kept (0: none), for {@code repeat_of}. */
    void addOutside(long fingerprint) {
        if (fingerprint != 0) outsideFps.add(fingerprint);
        contrib.add(0);
        resp.add(-1);
        res.add(-1);
        fps.add(0L);
        if (grp != null) grp.add(-1);
    }

    /** A row with findings: it counts in no KPI. */
    void addExcluded() {
        contrib.add(0);
        resp.add(-1);
        res.add(-1);
    }

    /** A clean row's contribution and durations (seconds, −1 for none). */
    void addClean(int mask, int respSec, int resSec) {
        contrib.add(mask);
        resp.add(respSec);
        res.add(resSec);
    }

    /** Keeps a row's ticket id for findings made when the report is made (records added one by one, not from a file). */
    void pool(RecordRow row) {
        if (row.empty(Columns.TICKET)) return;
        pool = row.copyTo(Columns.TICKET, pool, poolSize);
        poolSize += row.length(Columns.TICKET);
    }

    String pooledTicket(int line) {
        int s = offsets.get(line);
        int e = line + 1 < lines ? offsets.get(line + 1) : poolSize;
        return new String(pool, s, e - s, StandardCharsets.UTF_8);
    }
}
