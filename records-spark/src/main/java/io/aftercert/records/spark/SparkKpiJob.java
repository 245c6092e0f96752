package io.aftercert.records.spark;

import io.aftercert.records.KpiAccumulator;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import io.aftercert.records.RecordField;
import io.aftercert.records.ServiceRecord;
import java.net.URI;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The service-record KPIs of docs/records-format.md computed by Apache Spark with the records module's
 * own {@link KpiAccumulator}: one accumulator per part of the data ({@code mapPartitions}), merged
 * with {@code treeReduce}, the report made once on the driver. No KPI or data-quality rule is
 * written again here: Spark only moves rows and accumulators.
 *
 * <h2>Records order, duplicates and {@code repeat_of}</h2>
 * The accumulator decides duplicates ("every occurrence after the first") and row numbers from the
 * order of its parts (ascending part key, then row order within a part). This job gives each part a
 * key that reproduces the order of the source:
 * <ul>
 *   <li>file sources (CSV, Parquet, …): the rows of one file block form one part, keyed by the
 *       file's rank among the input files (by path) and the block's byte offset — Spark's hidden
 *       {@code _metadata.file_path} and {@code _metadata.file_block_start} columns. A single CSV file
 *       therefore gives exactly the order, duplicates, {@code repeat_of} decisions and row numbers of
 *       {@code aftercert kpi} on the same file, however Spark splits it or packs its partitions;</li>
 *   <li>sources without file metadata (JDBC, a table or a DataFrame built in code): the partition
 *       index, in the order the Dataset has — sort it first ({@link #run(Dataset, KpiOptions, String, String)}
 *       with an order column: a global sort gives range partitions in key order) when "first" must
 *       mean something particular.</li>
 * </ul>
 * Rows are read by column name (any order, unknown columns ignored); values of typed columns
 * (Parquet, JDBC) are turned into the text a CSV export would hold.
 */
public final class SparkKpiJob {
    /** Bits of a part key that hold a block offset (1 TiB per file). */
    static final int OFFSET_BITS = 40;
    private static final String FILE = "_aftercert_file";
    private static final String BLOCK = "_aftercert_block";

    private SparkKpiJob() {
    }

    /**
     * Reads service records as {@code format} ({@code csv} with a header row and RFC 4180 quoting,
     * {@code parquet}, or any file format Spark knows) from {@code paths}.
     */
    public static Dataset<Row> read(SparkSession spark, String format, String... paths) {
        var reader = spark.read().format(format);
        if ("csv".equals(format)) {
            // RFC 4180: doubled quotes, quoted line breaks; every column as text
            reader = reader.option("header", "true").option("multiLine", "true").option("escape", "\"")
                    .option("encoding", "UTF-8").option("inferSchema", "false").option("mode", "PERMISSIVE");
        }
        return reader.load(paths);
    }

    /** The report over {@code records}, in the order described in the class comment. */
    public static KpiReport run(Dataset<Row> records, KpiOptions options, String source) {
        return run(records, options, source, null);
    }

    /**
     * The report over {@code records}; with {@code orderBy}, the records are first sorted by that
     * column (for sources without file metadata whose order matters).
     */
    public static KpiReport run(Dataset<Row> records, KpiOptions options, String source, String orderBy) {
        boolean files = orderBy == null && hasFileMetadata(records);
        Dataset<Row> rows = records;
        Map<String, Long> fileRank = new TreeMap<>();
        if (files) {
            rows = records.select(functions.col("*"), functions.col("_metadata.file_path").as(FILE),
                    functions.col("_metadata.file_block_start").as(BLOCK));
            List<String> inputs = new ArrayList<>();
            for (String f : records.inputFiles()) inputs.add(normalise(f));
            inputs.sort(null);
            for (String f : inputs) fileRank.put(f, (long) fileRank.size());
        } else if (orderBy != null) {
            rows = records.orderBy(new Column(orderBy));
        }
        StructType schema = rows.schema();
        int[] index = new int[RecordField.values().length];
        for (RecordField f : RecordField.values()) index[f.ordinal()] = columnIndex(schema, f.column());
        int fileCol = files ? schema.fieldIndex(FILE) : -1;
        int blockCol = files ? schema.fieldIndex(BLOCK) : -1;
        PartKeys keys = new PartKeys(fileCol, blockCol, fileRank);
        JavaRDD<KpiAccumulator> parts = rows.javaRDD().mapPartitionsWithIndex((partition, it) -> {
            List<KpiAccumulator> out = new ArrayList<>(1);
            out.add(accumulate(it, options, partition, index, keys));
            return out.iterator();
        }, true);
        Function2<KpiAccumulator, KpiAccumulator, KpiAccumulator> merge = KpiAccumulator::merge;
        KpiAccumulator all = parts.treeReduce(merge, 2);
        return all.report(source);
    }

    /**
     * Where a row's part key comes from: the columns of its file and block ({@code fileCol} -1: none,
     * the partition is the part) and the files' ranks in the input order.
     */
    record PartKeys(int fileCol, int blockCol, Map<String, Long> ranks) implements java.io.Serializable {
        long of(Row row, int partition) {
            return fileCol < 0 ? partition : partKey(ranks, row.getString(fileCol), row.getLong(blockCol));
        }
    }

    /** One partition's rows: one accumulator per file block (a partition may hold several), merged. */
    static KpiAccumulator accumulate(Iterator<Row> it, KpiOptions options, int partition, int[] index, PartKeys keys) {
        KpiAccumulator result = null;
        KpiAccumulator current = null;
        long currentKey = Long.MIN_VALUE;
        RowRecord record = new RowRecord(index);
        while (it.hasNext()) {
            Row row = it.next();
            long key = keys.of(row, partition);
            if (current == null || key != currentKey) {
                if (current != null) result = result == null ? current : result.merge(current);
                current = new KpiAccumulator(options, key);
                currentKey = key;
            }
            record.row = row;
            current.add(record);
        }
        if (current != null) result = result == null ? current : result.merge(current);
        // an empty partition still yields an accumulator (with a key no data part can have)
        return result != null ? result : new KpiAccumulator(options, Long.MIN_VALUE + 1 + partition);
    }

    static long partKey(Map<String, Long> ranks, String file, long blockStart) {
        Long rank = ranks.get(normalise(file));
        if (rank == null) throw new IllegalStateException("file " + file + " is not among the Dataset's input files " + ranks.keySet());
        if (blockStart < 0 || blockStart >= 1L << OFFSET_BITS) throw new IllegalStateException("block offset out of range: " + blockStart);
        return (rank << OFFSET_BITS) | blockStart;
    }

    /** A file URI with one spelling ({@code file:/x} and {@code file:///x} alike). */
    static String normalise(String uri) {
        URI u = URI.create(uri.replace(" ", "%20"));
        return (u.getScheme() == null ? "" : u.getScheme() + "://") + (u.getRawAuthority() == null ? "" : u.getRawAuthority()) + u.getRawPath();
    }

    private static boolean hasFileMetadata(Dataset<Row> ds) {
        try {
            ds.select(functions.col("_metadata.file_block_start"));
            return ds.inputFiles().length > 0;
        } catch (RuntimeException e) { // AnalysisException: no such column (JDBC, in-memory data)
            return false;
        }
    }

    private static int columnIndex(StructType schema, String column) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            String n = names[i].startsWith("\uFEFF") ? names[i].substring(1) : names[i];
            if (n.trim().equals(column)) return i;
        }
        return -1;
    }

    /** A Spark row seen as a service record: by column index, typed values as CSV text. */
    static final class RowRecord implements ServiceRecord {
        private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
        private final int[] index;
        Row row;

        RowRecord(int[] index) {
            this.index = index;
        }

        @Override
        public String get(RecordField field) {
            int i = index[field.ordinal()];
            if (i < 0 || row.isNullAt(i)) return null;
            Object v = row.get(i);
            if (v instanceof String s) return s;
            if (v instanceof Timestamp t) return text(t.toLocalDateTime());
            if (v instanceof LocalDateTime t) return text(t);
            if (v instanceof java.time.Instant t) return t.toString();
            if (v instanceof java.sql.Date d) return d.toLocalDate().toString();
            if (v instanceof LocalDate d) return d.toString();
            return String.valueOf(v);
        }

        private static String text(LocalDateTime t) {
            return t.getNano() == 0 ? ISO.format(t) : t.toString();
        }
    }
}
