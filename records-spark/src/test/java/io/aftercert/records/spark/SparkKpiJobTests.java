package io.aftercert.records.spark;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.json.Json;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import io.aftercert.records.RecordsGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the single-machine engine, on generated records with injected faults
 * (duplicates, repeat_of, completeness, range and logic findings, outliers): the two reports must
 * be identical byte for byte as JSON, for several partitionings and both CSV and Parquet input.
 */
class SparkKpiJobTests {
    static SparkSession spark;
    @TempDir
    static Path dir;
    static Path csv;
    static Path flatCsv;

    @BeforeAll
    static void start() throws Exception {
        spark = SparkSession.builder().master("local[2]").appName("aftercert-tests")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        csv = dir.resolve("records.csv");
        RecordsGenerator.write(csv, 4000, 20261201L, 0.08);
        // the same records without quoted line breaks, so that Spark may split one file into blocks
        flatCsv = dir.resolve("flat.csv");
        Files.writeString(flatCsv, Files.readString(csv).replace("\"玉林\n(容县)\"", "\"玉林 (容县)\""));
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    static byte[] json(KpiReport r) throws Exception {
        return SharedMapper.get().writeValueAsBytes(r);
    }

    static void assertSame(KpiReport expected, KpiReport actual) throws Exception {
        assertEquals(new String(json(expected), StandardCharsets.UTF_8), new String(json(actual), StandardCharsets.UTF_8));
    }

    /** The file split into n files of consecutive rows (each with the header), named so path order = file order. */
    static Path splitInto(Path file, int n) throws Exception {
        List<String> records = new ArrayList<>();
        String text = Files.readString(file);
        int headerEnd = text.indexOf('\n') + 1;
        String header = text.substring(0, headerEnd);
        // records end at a newline outside quotes
        boolean quoted = false;
        int start = headerEnd;
        for (int i = headerEnd; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (c == '\n' && !quoted) {
                records.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        Path out = Files.createDirectories(dir.resolve("split-" + file.getFileName() + "-" + n));
        int per = (records.size() + n - 1) / n;
        for (int p = 0; p < n; p++) {
            StringBuilder b = new StringBuilder(header);
            for (int i = p * per; i < Math.min(records.size(), (p + 1) * per); i++) b.append(records.get(i));
            Files.writeString(out.resolve(String.format("part-%03d.csv", p)), b.toString());
        }
        return out;
    }

    @Test
    void csvInOneTwoOrSeventeenFilesGivesTheEnginesReport() throws Exception {
        KpiReport engine = new KpiEngine().run(csv, KpiOptions.NONE);
        assertTrue(engine.rowsExcluded() > 0 && !engine.findings().isEmpty(), "the generator injected faults");
        for (int n : new int[] {1, 3, 17}) {
            Path in = n == 1 ? csv : splitInto(csv, n);
            // one partition per file, packed by Spark largest first: the job must restore the path order
            SparkSession s = spark.newSession();
            s.conf().set("spark.sql.files.maxPartitionBytes", "1");
            Dataset<Row> ds = SparkKpiJob.read(s, "csv", in.toString());
            assertEquals(n, ds.javaRDD().getNumPartitions(), "Spark must really split the input into " + n + " parts");
            KpiReport spark = SparkKpiJob.run(ds, KpiOptions.NONE, engine.file());
            assertSame(engine, spark);
        }
    }

    @Test
    void oneFileSplitIntoByteRangesGivesTheEnginesReport() throws Exception {
        KpiReport engine = new KpiEngine().run(flatCsv, KpiOptions.NONE);
        long size = Files.size(flatCsv);
        for (int n : new int[] {3, 17}) {
            SparkSession s = spark.newSession();
            s.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf((size + n - 1) / n));
            Dataset<Row> ds = s.read().option("header", "true").option("escape", "\"").option("multiLine", "false").csv(flatCsv.toString());
            assertTrue(ds.javaRDD().getNumPartitions() >= n, "split into " + ds.javaRDD().getNumPartitions());
            assertSame(engine, SparkKpiJob.run(ds, KpiOptions.NONE, engine.file()));
        }
    }

    @Test
    void breakdownsAndPeriodsAgreeToo() throws Exception {
        KpiOptions options = new KpiOptions(List.of(KpiOptions.GroupBy.of("month"), KpiOptions.GroupBy.of("region")),
                java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2026, 11, 30));
        KpiReport engine = new KpiEngine().run(csv, options);
        assertTrue(engine.breakdown() != null && engine.breakdown().groups().size() > 3);
        assertSame(engine, SparkKpiJob.run(SparkKpiJob.read(spark, "csv", splitInto(csv, 3).toString()), options, engine.file()));
    }

    @Test
    void parquetGivesTheEnginesReport() throws Exception {
        KpiReport engine = new KpiEngine().run(csv, KpiOptions.NONE);
        Path pq = dir.resolve("records.parquet");
        // one partition in file order (a quoted-line-break CSV is read as one part), small row groups
        SparkKpiJob.read(spark, "csv", csv.toString()).write().option("parquet.block.size", "32768").parquet(pq.toString());
        for (long maxBytes : new long[] {128L << 20, 40_000}) {
            SparkSession s = spark.newSession();
            s.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(maxBytes));
            Dataset<Row> ds = SparkKpiJob.read(s, "parquet", pq.toString());
            assertSame(engine, SparkKpiJob.run(ds, KpiOptions.NONE, engine.file()));
        }
    }

    @Test
    void aDatasetWithoutFilesUsesItsOwnOrderOrAnOrderColumn() throws Exception {
        KpiReport engine = new KpiEngine().run(csv, KpiOptions.NONE);
        // as from JDBC: no file metadata; a sequence column gives the records order
        Dataset<Row> read = SparkKpiJob.read(spark, "csv", csv.toString());
        Dataset<Row> seq = spark.createDataFrame(read.javaRDD().zipWithIndex().map(t -> org.apache.spark.sql.RowFactory.create(
                concat(t._1(), t._2()))), read.schema().add("erp_seq", org.apache.spark.sql.types.DataTypes.LongType))
                .repartition(5);
        assertSame(engine, SparkKpiJob.run(seq, KpiOptions.NONE, engine.file(), "erp_seq"));
    }

    private static Object[] concat(Row r, long i) {
        Object[] v = new Object[r.size() + 1];
        for (int k = 0; k < r.size(); k++) v[k] = r.get(k);
        v[r.size()] = i;
        return v;
    }

    @Test
    void partKeysOrderFilesByPathThenOffset() {
        Map<String, Long> ranks = Map.of("file:///a/part-0.csv", 0L, "file:///a/part-1.csv", 1L);
        assertEquals(5L, SparkKpiJob.partKey(ranks, "file:/a/part-0.csv", 5));
        assertEquals((1L << SparkKpiJob.OFFSET_BITS) + 7, SparkKpiJob.partKey(ranks, "file:///a/part-1.csv", 7));
        assertTrue(SparkKpiJob.partKey(ranks, "file:/a/part-0.csv", (1L << SparkKpiJob.OFFSET_BITS) - 1)
                < SparkKpiJob.partKey(ranks, "file:/a/part-1.csv", 0));
        assertEquals("file:///tmp/x%20y.csv", SparkKpiJob.normalise("file:/tmp/x y.csv"));
        assertEquals("hdfs://nn:8020/d/f.csv", SparkKpiJob.normalise("hdfs://nn:8020/d/f.csv"));
    }

    @Test
    void theLauncherPrintsTheSameJsonAsTheCliAndRefusesBadInput() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, SparkKpi.run(new String[] {"--by", "weekday", csv.toString()}, new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("weekday"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, SparkKpi.run(new String[] {dir.resolve("missing.csv").toString()}, new PrintStream(out), new PrintStream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such file"));
    }
}
