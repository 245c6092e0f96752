package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge contract: records cut into any parts, each accumulated on its own, shipped through Java
 * serialisation and merged in any tree and order (as Spark's treeReduce may), give the file
 * engine's report; every breakdown adds up to the totals.
 */
class KpiAccumulatorProperties {
    @TempDir
    static Path dir;
    static Path file;
    static List<Map<String, String>> rows;
    static final KpiOptions OPTIONS = new KpiOptions(List.of(KpiOptions.GroupBy.MONTH, KpiOptions.GroupBy.REGION), null, null);
    static KpiReport fileReport;

    @BeforeAll
    static void generate() throws IOException {
        file = dir.resolve("generated.csv");
        // 2 500 rows over 3 months with 8 % faults of every class (duplicates and repeat_of across any cut), quoted commas and line breaks
        RecordsGenerator.write(file, 2_500, 20261201L, 0.08, 3_000);
        rows = TestCsv.read(file);
        fileReport = new KpiEngine(2, null).run(file, OPTIONS);
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T o) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void anyPartsMergedInAnyTreeGiveTheFileEnginesReport() {
        qt().withExamples(25).forAll(lists().of(integers().between(1, rows.size() - 1)).ofSizeBetween(0, 8), longs().all())
                .checkAssert((cuts, seed) -> {
                    List<Integer> bounds = new ArrayList<>(cuts.stream().distinct().sorted().toList());
                    bounds.add(0, 0);
                    bounds.add(rows.size());
                    List<KpiAccumulator> parts = new ArrayList<>();
                    for (int p = 0; p + 1 < bounds.size(); p++) {
                        // part keys need only be increasing: leave gaps, as partition indexes of a filtered RDD would
                        KpiAccumulator acc = new KpiAccumulator(OPTIONS, 10L * p + 3);
                        for (Map<String, String> r : rows.subList(bounds.get(p), bounds.get(p + 1))) acc.add(ServiceRecord.of(r));
                        parts.add(roundTrip(acc));
                    }
                    SplittableRandom rnd = new SplittableRandom(seed);
                    while (parts.size() > 1) { // merge two random ones, either way round
                        KpiAccumulator a = parts.remove(rnd.nextInt(parts.size()));
                        KpiAccumulator b = parts.remove(rnd.nextInt(parts.size()));
                        parts.add(roundTrip(rnd.nextBoolean() ? a.merge(b) : b.merge(a)));
                    }
                    assertEquals(fileReport, parts.get(0).report(fileReport.file()), "cuts " + bounds);
                });
    }

    @Test
    void everyBreakdownAddsUpToTheTotals() {
        KpiOptions.GroupBy[] keys = KpiOptions.GroupBy.values();
        for (KpiOptions.GroupBy a : keys) {
            for (KpiOptions.GroupBy b : keys) {
                List<KpiOptions.GroupBy> by = a == b ? List.of(a) : List.of(a, b);
                KpiReport r = new KpiEngine(2, null).run(file, new KpiOptions(by, null, null), new long[] {file.toFile().length() / 3});
                long rowsSum = 0, excluded = 0, findings = 0;
                long[] num = new long[r.kpis().size()];
                long[] den = new long[r.kpis().size()];
                for (KpiReport.Group g : r.breakdown().groups()) {
                    rowsSum += g.rows();
                    excluded += g.rowsExcluded();
                    findings += g.findingsCount();
                    int k = 0;
                    for (KpiReport.KpiValue v : g.kpis().values()) {
                        num[k] += v.numerator();
                        den[k++] += v.denominator();
                    }
                }
                assertEquals(r.rows(), rowsSum, by + " rows");
                assertEquals(r.rowsExcluded(), excluded, by + " excluded");
                assertEquals(r.findingsCount(), findings, by + " findings");
                int k = 0;
                for (Map.Entry<String, KpiReport.KpiValue> e : r.kpis().entrySet()) {
                    assertEquals(e.getValue().numerator(), num[k], by + " " + e.getKey() + " numerator");
                    assertEquals(e.getValue().denominator(), den[k++], by + " " + e.getKey() + " denominator");
                }
                // and the totals are those of the run without a breakdown
                KpiReport plain = new KpiEngine(1, null).run(file);
                assertEquals(plain.kpis(), r.kpis(), by.toString());
                assertEquals(plain.findings(), r.findings(), by.toString());
            }
        }
    }

    @Test
    void aPeriodCountsTheSameRowsAsFilteringTheRecordsFirst() {
        LocalDate from = LocalDate.of(2026, 2, 1);
        LocalDate to = LocalDate.of(2026, 2, 28);
        KpiReport r = new KpiEngine(2, null).run(file, new KpiOptions(List.of(), from, to));
        // independent count: rows whose requested_at (the generator's ISO local form) falls in February 2026, and
        // rows without a valid requested_at (they cannot be placed, so they stay, with their finding)
        long expected = rows.stream().filter(m -> {
            String t = m.get("requested_at").strip();
            return t.isEmpty() || t.startsWith("2026-13") || t.startsWith("2026-02-");
        }).count();
        assertEquals(expected, r.rows());
        org.junit.jupiter.api.Assertions.assertTrue(expected > 700 && expected < 1000, "about 28 of 87 days: " + expected);
        assertEquals("2026-02-01", r.period().from());
    }
}
