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
            assertEquals(whole, new KpiEngine(threads, null).run(file, split), "split at " + points);
        });
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
