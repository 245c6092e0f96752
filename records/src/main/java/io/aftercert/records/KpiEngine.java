package io.aftercert.records;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.internal.csv.CsvScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Computes {@link KpiReport}s from a service-records CSV (docs/records-format.md) in one streaming pass
 * over the file, split into chunks that are scanned in parallel, each into its own
 * {@link KpiAccumulator} (the part key is the chunk's index), merged, and reported.
 *
 * <p>Chunk boundaries are speculative (the first line break after a split point); when a quoted
 * field with a line break crosses a boundary, the chunk after it is scanned again from where its
 * predecessor really ended, so the result never depends on where the file was split. Memory: a
 * fixed read buffer per worker (a record may grow it up to 16 MiB,
 * beyond that the file is refused naming the row), plus per row what {@link KpiAccumulator} keeps.
 */
public final class KpiEngine {
    /** Findings listed in the report (counts are always complete). */
    public static final int FINDING_CAP = KpiAccumulator.FINDING_CAP;
    private static final long TARGET_CHUNK = 32L << 20;
    private static final int BUFFER = 1 << 20;
    private static final int ENCODING_SAMPLE = 64 << 10;

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
        return run(file, KpiOptions.NONE, null);
    }

    /** The report for {@code file} with a breakdown and/or a period. */
    public KpiReport run(Path file, KpiOptions options) {
        return run(file, options, null);
    }

    /** Split at the given byte offsets: see {@link #run(Path, KpiOptions, long[])}. */
    public KpiReport run(Path file, long[] splitPoints) {
        return run(file, KpiOptions.NONE, splitPoints);
    }

    /**
     * The report for {@code file}, split at the given byte offsets (each moved to the next line
     * break); used by tests to prove that any split gives the same result.
     *
     * @throws InvalidInputException when the header lacks a required column, the file is not CSV,
     *                               a record is longer than 16 MiB, or
     *                               timestamps mix forms with and without an offset
     */
    public KpiReport run(Path file, KpiOptions options, long[] splitPoints) {
        String name = file.getFileName().toString();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            java.nio.file.attribute.FileTime modified = java.nio.file.Files.getLastModifiedTime(file);
            KpiReport report = read(ch, size, name, options, splitPoints);
            if (ch.size() != size || !modified.equals(java.nio.file.Files.getLastModifiedTime(file))) {
                throw changed(name, null, "the file changed while it was read (its size or time of change is not what it was when reading began)");
            }
            return report;
        } catch (CsvScanner.FileChangedException e) {
            throw changed(name, "byte " + e.offset, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row (or header) of a CSV problem, and its column where it has one. */
    private static String place(String row, CsvScanner.CsvFormatException e) {
        return e.field > 0 ? row + ", column " + e.field : row;
    }

    private static InvalidInputException changed(String name, String place, String message) {
        return new InvalidInputException(new Problem(name, place, null, message + ": read it again once it is complete"));
    }

    private KpiReport read(FileChannel ch, long size, String name, KpiOptions options, long[] splitPoints) throws IOException {
        byte[] sample = checkEncoding(ch, size, name);
        CsvScanner header = new CsvScanner(ch, size, 64 * 1024);
        Columns[] cols = new Columns[1];
        long dataStart;
        try {
            dataStart = header.scan(0, 1, (buf, st, en, n, off) -> {
                cols[0] = Columns.fromHeader(buf, st, en, n, name);
                return false;
            });
        } catch (CsvScanner.CsvFormatException e) {
            throw new InvalidInputException(new Problem(name, place("header", e), null, e.text()));
        }
        if (cols[0] == null) {
            throw new InvalidInputException(Problem.of(name, "header", null, "文件是空的：须有表头行", "the file is empty: a header row is required"));
        }
        long[] starts = plan(ch, size, dataStart, splitPoints);
        return execute(ch, size, cols[0], options, starts, name, rowBytes(sample, dataStart));
    }

    /**
     * Refuses a file whose first 64 KiB are not UTF-8 (UTF-16, GBK), naming the encoding and the
     * row, before any column is looked for; bytes further on are checked where they are read as text.
     */
    private static byte[] checkEncoding(FileChannel ch, long size, String name) throws IOException {
        java.nio.ByteBuffer bb = java.nio.ByteBuffer.allocate((int) Math.min(size, ENCODING_SAMPLE));
        while (bb.hasRemaining() && ch.read(bb, bb.position()) > 0) {
            // read the sample whole
        }
        byte[] sample = Arrays.copyOf(bb.array(), bb.position());
        if (io.aftercert.core.internal.json.Encodings.utf16(sample)) {
            throw new InvalidInputException(new Problem(name, "byte 0", null, io.aftercert.core.Text.of(
                    io.aftercert.core.internal.json.Encodings.describe(sample, io.aftercert.core.Lang.ZH), io.aftercert.core.internal.json.Encodings.describe(sample))));
        }
        int bad = io.aftercert.core.internal.json.Encodings.firstInvalidUtf8(sample, sample.length < size);
        if (bad < 0) return sample;
        int row = 0; // the header is line 0, data rows count from 1 as everywhere in the report
        for (int i = 0; i < bad; i++) if (sample[i] == '\n') row++;
        int lineEnd = bad;
        while (lineEnd < sample.length && sample[lineEnd] != '\n') lineEnd++;
        byte[] upToLine = Arrays.copyOf(sample, lineEnd); // whole characters, for the GBK guess
        throw new InvalidInputException(new Problem(name, row == 0 ? "header" : "row " + row, null, io.aftercert.core.Text.of(
                io.aftercert.core.internal.json.Encodings.describe(upToLine, io.aftercert.core.Lang.ZH), io.aftercert.core.internal.json.Encodings.describe(upToLine))));
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
        LongList starts = new LongList(raw.length + 1);
        starts.add(dataStart);
        Arrays.sort(raw);
        byte[] probe = new byte[64 << 10];
        for (long p : raw) {
            if (p <= dataStart || p >= size) continue;
            long b = nextLineStart(ch, size, p, probe);
            if (b < size && b > starts.get(starts.size() - 1)) starts.add(b);
        }
        return starts.toArray();
    }

    /**
     * The start of the line after {@code from}, looked for over at most one longest record
     * ({@link CsvScanner#MAX_RECORD}): beyond that there is no boundary to find ({@code size}),
     * the record there is refused by the scan, and a 2 GB line is not read once per split point.
     */
    private static long nextLineStart(FileChannel ch, long size, long from, byte[] probe) throws IOException {
        long pos = from;
        long limit = Math.min(size, from + CsvScanner.MAX_RECORD + 1);
        while (pos < limit) {
            java.nio.ByteBuffer bb = java.nio.ByteBuffer.wrap(probe);
            int r = ch.read(bb, pos);
            if (r <= 0) break;
            for (int i = 0; i < r; i++) if (probe[i] == '\n') return pos + i + 1;
            pos += r;
        }
        return size;
    }

    /**
     * Rows to expect in {@code bytes} of records of about {@code rowBytes} each, to size the per-row
     * tables once and about right (3 % to spare): at most a regular chunk's worth (32 MiB), so a
     * chunk that is one huge line allocates no tables for rows it does not have; larger chunks, and
     * chunks whose rows are shorter than the sample's, grow their tables as rows come.
     */
    static int expectedRows(long bytes, int rowBytes) {
        return (int) Math.max(16, Math.min(TARGET_CHUNK, bytes) / rowBytes * 103 / 100);
    }

    /** The mean bytes a row in the sample read from the file's start (line breaks after the header), 128 when it holds no whole row. */
    static int rowBytes(byte[] sample, long dataStart) {
        int lines = 0;
        int last = -1;
        for (int i = (int) Math.min(dataStart, sample.length); i < sample.length; i++) {
            if (sample[i] == '\n') {
                lines++;
                last = i;
            }
        }
        return lines == 0 ? 128 : (int) Math.max(16, (last + 1 - dataStart) / lines);
    }

    /** A scanned chunk; {@code error} is set when the scan failed (after {@code rows} rows). */
    private record ChunkResult(KpiAccumulator acc, long start, long end, CsvScanner.CsvFormatException error, long rows) {
    }

    // parameters: what read() found (the file, its header, the chunks' starts, the row size) for the parallel scan
    private KpiReport execute(FileChannel ch, long size, Columns cols, KpiOptions options, long[] starts, String name, int rowBytes) {
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
                int key = k;
                futures.add(pool.submit(() -> scanChunk(ch, size, cols, options, new Chunk(key, from, until, rowBytes), scanned)));
            }
            KpiAccumulator all = null;
            long expectedStart = starts[0];
            long rowsBefore = 0;
            for (int k = 0; k < n; k++) {
                ChunkResult c = futures.get(k).get();
                if (c.start() != expectedStart || c.error() != null) {
                    // a quoted line break crossed the speculative boundary: scan again from the real start
                    // (or the scan failed: from a confirmed start a failure is the file's, and is reported)
                    long until = k + 1 < n ? starts[k + 1] : size;
                    c = expectedStart >= until
                            ? new ChunkResult(new KpiAccumulator(options, k, cols, expectedStart, 16), expectedStart, expectedStart, null, 0)
                            : scanChunk(ch, size, cols, options, new Chunk(k, expectedStart, until, rowBytes), new AtomicLong());
                    if (c.error() != null) {
                        throw new InvalidInputException(new Problem(name, place("row " + (rowsBefore + c.rows() + 1), c.error()), null, c.error().text()));
                    }
                }
                rowsBefore += c.acc().rowsAdded();
                all = all == null ? c.acc() : all.merge(c.acc());
                expectedStart = Math.max(c.end(), expectedStart);
            }
            return all.report(name, new RowReader(new CsvScanner(ch, size, 8 * 1024), cols));
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

    /** A chunk to scan: its part key, its bytes [from, until), and the bytes a row is expected to take. */
    private record Chunk(int key, long from, long until, int rowBytes) {
    }

    private ChunkResult scanChunk(FileChannel ch, long size, Columns cols, KpiOptions options, Chunk chunk, AtomicLong scanned) throws IOException {
        long from = chunk.from();
        long until = chunk.until();
        KpiAccumulator acc = new KpiAccumulator(options, chunk.key(), cols, from, expectedRows(until - from, chunk.rowBytes()));
        CsvScanner scanner = new CsvScanner(ch, size, BUFFER);
        long[] lastReport = {from};
        long[] whole = {0}; // rows accepted whole: a row refused inside accept is not one of them
        long end;
        try {
            end = scanner.scan(from, until, (buf, st, en, nf, off) -> {
                acc.accept(buf, st, en, nf, (int) (off - from));
                whole[0]++;
                if (progress != null && off - lastReport[0] > (8 << 20)) {
                    progress.accept(scanned.addAndGet(off - lastReport[0]));
                    lastReport[0] = off;
                }
                return true;
            });
        } catch (CsvScanner.CsvFormatException e) {
            return new ChunkResult(acc, from, from, e, whole[0]);
        }
        acc.scanned();
        if (progress != null) progress.accept(scanned.addAndGet(end - lastReport[0]));
        return new ChunkResult(acc, from, end, null, acc.rowsAdded());
    }

    /** Reads rows of the file again for the report: ticket ids of duplicates, texts of the findings it lists. */
    private static final class RowReader implements KpiAccumulator.TicketLookup {
        private final CsvScanner scanner;
        private final Columns cols;
        private final RecordRow row;

        RowReader(CsvScanner scanner, Columns cols) {
            this.scanner = scanner;
            this.cols = cols;
            this.row = new RecordRow(cols);
        }

        @Override
        public String ticket(long offset) {
            String[] out = {""};
            scan(offset, (buf, st, en, n, off) -> {
                int f = cols.index[Columns.TICKET];
                if (f >= 0 && f < n) out[0] = new String(buf, st[f], en[f] - st[f], StandardCharsets.UTF_8).strip();
                return false;
            });
            return out[0];
        }

        @Override
        public RecordRow row(long offset) {
            scan(offset, (buf, st, en, n, off) -> {
                row.read(buf, st, en, n);
                return false;
            });
            return row;
        }

        private void scan(long offset, CsvScanner.Sink handler) {
            try {
                scanner.scan(offset, offset + 1, handler);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
