package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Ratio;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Computes {@link KpiReport}s from a service-records CSV (records/SCHEMA.md) in one streaming pass
 * over the file, split into chunks that are scanned in parallel and merged in file order.
 *
 * <p>Chunk boundaries are speculative (the first line break after a split point); when a quoted
 * field with a line break crosses a boundary, the chunk after it is scanned again from where its
 * predecessor really ended, so the result never depends on where the file was split. Memory: a
 * fixed read buffer per worker, plus per row a 64-bit ticket-id fingerprint (added to one hash
 * set in file order while merging: the duplicate and {@code repeat_of} checks) and 16 bytes of
 * contribution record (KPI bits and answer, response and resolution seconds for the exact median
 * and outlier rule, offset).
 * Fingerprints are 64-bit: two different ticket ids collide with probability about n²/2⁶⁵
 * (under 3·10⁻⁶ for 10 million rows).
 */
public final class KpiEngine {
    /** Findings listed in the report (counts are always complete). */
    public static final int FINDING_CAP = 100_000;
    private static final long TARGET_CHUNK = 32L << 20;
    private static final int BUFFER = 1 << 20;

    private final int threads;
    private final LongConsumer progress;

    public KpiEngine() {
        this(Math.max(1, Runtime.getRuntime().availableProcessors()), null);
    }

    /**
     * @param threads  worker threads
     * @param progress receives the number of bytes scanned so far (from worker threads), or null
     */
    public KpiEngine(int threads, LongConsumer progress) {
        this.threads = threads;
        this.progress = progress;
    }

    /** The report for {@code file}, split automatically. */
    public KpiReport run(Path file) {
        return run(file, null);
    }

    /**
     * The report for {@code file}, split at the given byte offsets (each moved to the next line
     * break); used by tests to prove that any split gives the same result.
     *
     * @throws InvalidInputException when the header lacks a required column or the file is not CSV
     */
    public KpiReport run(Path file, long[] splitPoints) {
        String name = file.getFileName().toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            CsvScanner header = new CsvScanner(ch, size, 64 * 1024);
            Columns[] cols = new Columns[1];
            long dataStart = header.scan(0, 1, (buf, st, en, n, off) -> {
                cols[0] = Columns.fromHeader(buf, st, en, n, name);
                return false;
            });
            if (cols[0] == null) {
                throw new InvalidInputException(new Problem(name, "header", null, "the file is empty: a header row is required"));
            }
            long[] starts = plan(ch, size, dataStart, splitPoints);
            return execute(ch, size, cols[0], starts, name);
        } catch (CsvScanner.CsvFormatException e) {
            throw new InvalidInputException(new Problem(name, null, null, e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long[] plan(FileChannel ch, long size, long dataStart, long[] splitPoints) throws IOException {
        long[] raw;
        if (splitPoints != null) {
            raw = splitPoints.clone();
        } else {
            long bytes = size - dataStart;
            int n = (int) Math.max(1, Math.min(4096, (bytes + TARGET_CHUNK - 1) / TARGET_CHUNK));
            if (bytes > (1 << 20)) n = Math.max(n, threads * 2);
            raw = new long[n - 1];
            for (int k = 1; k < n; k++) raw[k - 1] = dataStart + bytes * k / n;
        }
        LongArrayList starts = new LongArrayList();
        starts.add(dataStart);
        Arrays.sort(raw);
        byte[] probe = new byte[4096];
        for (long p : raw) {
            if (p <= dataStart || p >= size) continue;
            long b = nextLineStart(ch, size, p, probe);
            if (b < size && b > starts.getLong(starts.size() - 1)) starts.add(b);
        }
        return starts.toLongArray();
    }

    private static long nextLineStart(FileChannel ch, long size, long from, byte[] probe) throws IOException {
        long pos = from;
        while (pos < size) {
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(probe);
            int r = ch.read(bb, pos);
            if (r <= 0) break;
            for (int i = 0; i < r; i++) if (probe[i] == '\n') return pos + i + 1;
            pos += r;
        }
        return size;
    }

    /** A scanned chunk; {@code error} is set when a speculative start made the scan fail. */
    /** Rows to expect in {@code bytes} of records (about 128 bytes each), to size tables once. */
    private static int expectedRows(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, bytes / 128));
    }

    private record ChunkResult(Partial partial, long start, long end, RuntimeException error) {
    }

    private KpiReport execute(FileChannel ch, long size, Columns cols, long[] starts, String name) {
        int n = starts.length;
        AtomicLong scanned = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread t = new Thread(r, "aftercert-kpi");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ChunkResult>> futures = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                long from = starts[k];
                long until = k + 1 < n ? starts[k + 1] : size;
                futures.add(pool.submit(() -> speculative(ch, size, cols, from, until, scanned)));
            }
            Merger merger = new Merger(cols, ch, size, name, expectedRows(size - starts[0]));
            long expectedStart = starts[0];
            for (int k = 0; k < n; k++) {
                ChunkResult c = futures.get(k).get();
                if (c.start() != expectedStart || c.error() != null) {
                    // a quoted line break crossed the speculative boundary: scan again from the real start
                    long until = k + 1 < n ? starts[k + 1] : size;
                    // (or the scan failed: from a confirmed start a failure is the file's, and is thrown)
                    c = expectedStart >= until ? new ChunkResult(new Partial(cols, FINDING_CAP), expectedStart, expectedStart, null)
                            : scanChunk(ch, size, cols, expectedStart, until, new AtomicLong());
                }
                merger.merge(c.partial(), c.start());
                expectedStart = Math.max(c.end(), expectedStart);
            }
            return merger.finish(pool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof IOException io) throw new UncheckedIOException(io);
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private ChunkResult speculative(FileChannel ch, long size, Columns cols, long from, long until, AtomicLong scanned)
            throws IOException {
        try {
            return scanChunk(ch, size, cols, from, until, scanned);
        } catch (CsvScanner.CsvFormatException e) {
            return new ChunkResult(null, from, from, e);
        }
    }

    private ChunkResult scanChunk(FileChannel ch, long size, Columns cols, long from, long until, AtomicLong scanned)
            throws IOException {
        Partial p = new Partial(cols, FINDING_CAP, expectedRows(until - from));
        CsvScanner scanner = new CsvScanner(ch, size, BUFFER);
        long[] lastReport = {from};
        long end = scanner.scan(from, until, (buf, st, en, nf, off) -> {
            p.accept(buf, st, en, nf, (int) (off - from));
            if (progress != null && off - lastReport[0] > (8 << 20)) {
                progress.accept(scanned.addAndGet(off - lastReport[0]));
                lastReport[0] = off;
            }
            return true;
        });
        if (progress != null) progress.accept(scanned.addAndGet(end - lastReport[0]));
        return new ChunkResult(p, from, end, null);
    }

    /** Merges partial results in file order, then applies the rules that need the whole file. */
    private static final class Merger {
        private final Columns cols;
        private final FileChannel ch;
        private final long size;
        private final String name;
        private final Partial total;
        private final LongOpenHashSet ids;
        private final List<Partial> chunks = new ArrayList<>();
        private final LongArrayList bases = new LongArrayList();
        private final LongArrayList chunkStarts = new LongArrayList();
        private final List<Finding> findings = new ArrayList<>();
        private long rows;

        Merger(Columns cols, FileChannel ch, long size, String name, int expectedRows) {
            this.ids = new LongOpenHashSet(expectedRows);
            this.cols = cols;
            this.ch = ch;
            this.size = size;
            this.name = name;
            this.total = new Partial(cols, 0);
        }

        void merge(Partial p, long chunkStart) {
            long base = rows;
            for (int k = 0; k < 12; k++) {
                total.den[k] += p.den[k];
                total.num[k] += p.num[k];
            }
            total.satSum += p.satSum;
            total.satCount += p.satCount;
            total.resSimpleSum += p.resSimpleSum;
            total.resComplexSum += p.resComplexSum;
            total.respN += p.respN;
            total.respS += p.respS;
            total.respQ.add(p.respQ);
            total.resN += p.resN;
            total.resS += p.resS;
            total.resQ.add(p.resQ);
            total.excluded += p.excluded;
            for (int r = 0; r < 3; r++) total.ruleCounts[r] += p.ruleCounts[r];
            for (Finding f : p.findings) findings.add(new Finding(base + f.row() + 1, f.ticketId(), f.column(), f.rule()));
            p.findings.clear();
            // a first occurrence in this chunk of a ticket an earlier chunk already had is a duplicate
            // in file order, add() is false exactly for a later occurrence of an id: a duplicate
            long[] fp = p.fps.elements();
            for (int r = 0; r < p.rows; r++) {
                if (fp[r] != 0 && !ids.add(fp[r])) mergeFinding(p, chunkStart, base, r, "ticket_id");
            }
            p.fps.clear();
            p.fps.trim();
            chunks.add(p);
            bases.add(base);
            chunkStarts.add(chunkStart);
            rows += p.rows;
        }

        private void mergeFinding(Partial p, long chunkStart, long base, int localRow, String column) {
            String ticket = p.ticketOfPending.containsKey(localRow) ? p.ticketOfPending.get(localRow)
                    : readTicket(chunkStart + p.offsets.getInt(localRow));
            findings.add(new Finding(base + localRow + 1, ticket, column, "logic"));
            total.ruleCounts[Partial.RULE_LOGIC]++;
            int mask = p.contrib.getInt(localRow);
            if ((mask & Partial.CLEAN) != 0 && (mask & Partial.RETRACTED) == 0) {
                total.apply(mask, p.resp.getInt(localRow), p.res.getInt(localRow), -1);
                p.contrib.set(localRow, mask | Partial.RETRACTED);
                total.excluded++;
            }
        }

        private CsvScanner ticketReader;

        private String readTicket(long offset) {
            try {
                if (ticketReader == null) ticketReader = new CsvScanner(ch, size, 8 * 1024);
                CsvScanner s = ticketReader;
                String[] out = {""};
                s.scan(offset, offset + 1, (buf, st, en, n, off) -> {
                    int f = cols.index[Columns.TICKET];
                    if (f >= 0 && f < n) out[0] = new String(buf, st[f], en[f] - st[f], StandardCharsets.UTF_8).strip();
                    return false;
                });
                return out[0];
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        KpiReport finish(ExecutorService pool) throws java.util.concurrent.ExecutionException, InterruptedException {
            // repeat_of must name a ticket somewhere in the file
            for (int c = 0; c < chunks.size(); c++) {
                Partial p = chunks.get(c);
                for (int i = 0; i < p.pendingRow.size(); i++) {
                    if (!ids.contains(p.pendingFp.getLong(i))) {
                        mergeFinding(p, chunkStarts.getLong(c), bases.getLong(c), p.pendingRow.getInt(i), "repeat_of");
                    }
                }
            }
            List<String> order = Arrays.asList(Columns.NAMES);
            findings.sort(Comparator.comparingLong(Finding::row).thenComparingInt(f -> order.indexOf(f.column()))
                    .thenComparing(Finding::rule));
            long findingsCount = total.ruleCounts[0] + total.ruleCounts[1] + total.ruleCounts[2];
            boolean truncated = findings.size() > FINDING_CAP || findingsCount > findings.size();
            List<Finding> listed = List.copyOf(findings.subList(0, Math.min(FINDING_CAP, findings.size())));

            // the two outlier scans run on the workers while this thread collects the medians
            Future<KpiReport.Outliers> responseOutliers = pool.submit(() -> outliers(total.respN, total.respS, total.respQ, true));
            Future<KpiReport.Outliers> resolutionOutliers = pool.submit(() -> outliers(total.resN, total.resS, total.resQ, false));
            Map<String, KpiReport.KpiValue> kpis = new LinkedHashMap<>();
            IntArrayList simple = new IntArrayList();
            IntArrayList complex = new IntArrayList();
            for (Partial p : chunks) {
                for (int r = 0; r < p.rows; r++) {
                    int mask = p.contrib.getInt(r);
                    if ((mask & Partial.CLEAN) == 0 || (mask & Partial.RETRACTED) != 0) continue;
                    if ((mask & Kpi.RESOLUTION_SIMPLE.denBit()) != 0) simple.add(p.res.getInt(r));
                    if ((mask & Kpi.RESOLUTION_COMPLEX.denBit()) != 0) complex.add(p.res.getInt(r));
                }
            }
            for (Kpi k : Kpi.COUNTED) {
                long num = total.num[k.ordinal()];
                long den = total.den[k.ordinal()];
                Ratio value = den == 0 ? null : Ratio.of(num, den).times(Ratio.HUNDRED);
                BigDecimal mean = null;
                BigDecimal median = null;
                if (k == Kpi.RESOLUTION_SIMPLE || k == Kpi.RESOLUTION_COMPLEX) {
                    long sum = k == Kpi.RESOLUTION_SIMPLE ? total.resSimpleSum : total.resComplexSum;
                    IntArrayList values = k == Kpi.RESOLUTION_SIMPLE ? simple : complex;
                    if (den > 0) {
                        mean = Ratio.of(sum, den * 3600).toBigDecimal(4, RoundingMode.HALF_EVEN);
                        median = medianHours(values);
                    }
                }
                kpis.put(k.id(), kpi(num, den, value, k, null, mean, median));
            }
            Ratio sat = total.satCount == 0 ? null
                    : Ratio.of(total.satSum, total.satCount).minus(Ratio.ONE).dividedBy(Ratio.of(4)).times(Ratio.HUNDRED);
            kpis.put(Kpi.SATISFACTION_INDEX.id(), kpi(total.satSum, total.satCount, sat, Kpi.SATISFACTION_INDEX, total.satCount, null, null));

            Map<String, KpiReport.Outliers> outliers = new LinkedHashMap<>();
            outliers.put("response", responseOutliers.get());
            outliers.put("resolution", resolutionOutliers.get());
            Map<String, Long> byRule = new LinkedHashMap<>();
            for (int r = 0; r < 3; r++) byRule.put(Partial.RULES[r], total.ruleCounts[r]);
            return new KpiReport(name, rows, total.excluded, kpis, outliers, byRule, findingsCount, truncated, listed);
        }

        private static KpiReport.KpiValue kpi(long num, long den, Ratio value, Kpi k, Long responses, BigDecimal mean,
                                              BigDecimal median) {
            Boolean met = null;
            if (value != null && k.target() != null) {
                int c = value.compareTo(k.target());
                met = k.atLeast() ? c >= 0 : c <= 0;
            }
            return new KpiReport.KpiValue(num, den, value == null ? null : value.toBigDecimal(4, RoundingMode.HALF_EVEN),
                    k.target() == null ? null : k.target().toBigDecimalExact(), k.target() == null ? null : k.atLeast() ? "at-least" : "at-most",
                    met, responses, mean, median);
        }

        private static BigDecimal medianHours(IntArrayList values) {
            int[] v = values.elements();
            int n = values.size();
            int hi = select(v, n, n / 2);
            long lo = hi;
            if (n % 2 == 0) { // the largest of the lower half: after selection every element below n/2 is ≤ v[n/2]
                lo = Integer.MIN_VALUE;
                for (int i = 0; i < n / 2; i++) lo = Math.max(lo, v[i]);
            }
            Ratio m = n % 2 == 1 ? Ratio.of(hi) : Ratio.of(lo + hi, 2);
            return m.dividedBy(Ratio.of(3600)).toBigDecimal(4, RoundingMode.HALF_EVEN);
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

        /** z > 3 decided exactly: (n·d − S)² > 9·(n·Q − S²). */
        private KpiReport.Outliers outliers(long n, long sum, Int128 sq, boolean response) {
            if (n == 0) return new KpiReport.Outliers(0, null, null, List.of());
            BigInteger N = BigInteger.valueOf(n);
            BigInteger S = BigInteger.valueOf(sum);
            BigInteger nVar = N.multiply(sq.toBigInteger()).subtract(S.multiply(S)); // n² · variance
            BigInteger limit = nVar.multiply(BigInteger.valueOf(9));
            double mean = (double) sum / n;
            double sd = Math.sqrt(nVar.doubleValue()) / n;
            List<Long> flagged = new ArrayList<>();
            for (int c = 0; c < chunks.size(); c++) {
                Partial p = chunks.get(c);
                long base = bases.getLong(c);
                IntArrayList d = response ? p.resp : p.res;
                for (int r = 0; r < p.rows; r++) {
                    int mask = p.contrib.getInt(r);
                    if ((mask & Partial.CLEAN) == 0 || (mask & Partial.RETRACTED) != 0) continue;
                    int x = d.getInt(r);
                    if (x < 0 || sd == 0) continue;
                    double z = Math.abs(x - mean) / sd;
                    boolean out;
                    if (z > 3 + 1e-6) out = true;
                    else if (z < 3 - 1e-6) out = false;
                    else {
                        BigInteger dev = N.multiply(BigInteger.valueOf(x)).subtract(S);
                        out = dev.multiply(dev).compareTo(limit) > 0;
                    }
                    if (out) flagged.add(base + r + 1);
                }
            }
            return new KpiReport.Outliers(flagged.size(), BigDecimal.valueOf(mean).round(new MathContext(10)),
                    BigDecimal.valueOf(sd).round(new MathContext(10)), List.copyOf(flagged));
        }
    }
}
