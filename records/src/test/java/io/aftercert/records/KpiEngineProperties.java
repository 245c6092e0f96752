package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Splitting the input anywhere and merging the partial results gives the identical report. */
class KpiEngineProperties {
    @TempDir
    static Path dir;
    static Path file;
    static long size;
    static KpiReport whole;

    @BeforeAll
    static void generate() throws IOException {
        file = dir.resolve("generated.csv");
        // 3 000 rows with 8 % faults of every class, quoted commas and quoted line breaks
        RecordsGenerator.write(file, 3_000, 20261122L, 0.08);
        size = Files.size(file);
        whole = new KpiEngine(1, null).run(file, new long[0]);
    }

    @Test
    void anySplitGivesTheIdenticalReport() {
        qt().withExamples(60).forAll(lists().of(integers().between(1, (int) size - 1)).ofSizeBetween(1, 12),
                integers().between(1, 3)).checkAssert((points, threads) -> {
            long[] split = points.stream().mapToLong(Integer::longValue).toArray();
            // each chunk scanned reports its progress once (the file is far below the 8 MiB report step),
            // so the number of reports proves the split really happened
            java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
            assertEquals(whole, new KpiEngine(threads, b -> reports.incrementAndGet()).run(file, split), "split at " + points);
            int chunks = chunks(split);
            org.junit.jupiter.api.Assertions.assertTrue(reports.get() >= chunks && reports.get() <= 2 * chunks,
                    reports.get() + " chunk reports for " + chunks + " chunks, split at " + points);
        });
    }

    /**
     * The chunks a split gives, worked out independently of the engine: the data start (after the
     * header line) plus, for each split point inside the data, the first line start after it.
     */
    static int chunks(long[] split) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        int dataStart = indexOfNewline(bytes, 0) + 1;
        java.util.TreeSet<Integer> starts = new java.util.TreeSet<>(List.of(dataStart));
        for (long p : split) {
            if (p <= dataStart || p >= bytes.length) continue;
            int nl = indexOfNewline(bytes, (int) p);
            if (nl >= 0 && nl + 1 < bytes.length) starts.add(nl + 1);
        }
        return starts.size();
    }

    private static int indexOfNewline(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == '\n') return i;
        return -1;
    }

    @Test
    void aSplitReallySplits() {
        // three points well inside the data: three more chunks than the unsplit run
        long[] three = {size / 4, size / 2, 3 * size / 4};
        assertEquals(4, chunks(three));
        java.util.concurrent.atomic.AtomicInteger reports = new java.util.concurrent.atomic.AtomicInteger();
        assertEquals(whole, new KpiEngine(2, b -> reports.incrementAndGet()).run(file, three));
        org.junit.jupiter.api.Assertions.assertTrue(reports.get() >= 4, reports + " reports");
    }

    @Test
    void theGeneratedFileExercisesEveryRule() {
        assertEquals(List.of("completeness", "range", "logic"), List.copyOf(whole.findingsByRule().keySet()));
        whole.findingsByRule().values().forEach(v -> org.junit.jupiter.api.Assertions.assertTrue(v > 0));
        org.junit.jupiter.api.Assertions.assertTrue(whole.findings().stream().anyMatch(f -> f.column().equals("repeat_of")));
        org.junit.jupiter.api.Assertions.assertTrue(whole.findings().stream().anyMatch(f -> f.column().equals("ticket_id") && f.rule().equals("logic")));
        org.junit.jupiter.api.Assertions.assertTrue(whole.outliers().get("response").count() > 0);
    }
}
