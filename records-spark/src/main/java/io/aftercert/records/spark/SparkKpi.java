package io.aftercert.records.spark;

import io.aftercert.core.internal.json.SharedMapper;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.json.Json;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-kpi RECORDS… [--format csv|parquet] [--master URL] [--by KEYS] [--from D] [--to D]
 * [--order-by COL] [--json FILE|-]}: the report of {@code aftercert kpi}, computed by Spark. Exit 0
 * when done, 2 on bad input.
 */
public final class SparkKpi {
    private SparkKpi() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** The command line: the inputs and options as given (null: not given), or {@code help}. */
    private record Args(boolean help, List<String> inputs, String format, String master, String by, String json, String orderBy,
            LocalDate from, LocalDate to) {
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            Args a = parse(args);
            if (a.help()) {
                out.println("usage: spark-kpi RECORDS… [--format csv|parquet] [--master local[*]|URL] [--by KEYS]"
                        + " [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--order-by COLUMN] [--json FILE|-]");
                out.println("Exit 0 when done, 2 on bad input. The record format: docs/records.md");
                return 0;
            }
            List<KpiOptions.GroupBy> keys = new ArrayList<>();
            if (a.by() != null) for (String k : a.by().split(",")) keys.add(KpiOptions.GroupBy.of(k.trim()));
            KpiOptions options = new KpiOptions(keys, a.from(), a.to());
            SparkSession.Builder b = SparkSession.builder().appName("aftercert-kpi");
            if (a.master() != null) b = b.master(a.master());
            else if (System.getProperty("spark.master") == null) b = b.master("local[*]");
            SparkSession spark = b.getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            try {
                KpiReport report = SparkKpiJob.run(SparkKpiJob.read(spark, a.format(), a.inputs().toArray(String[]::new)), options,
                        sourceName(a.inputs()), a.orderBy());
                print(report, a.json(), out);
            } finally {
                spark.stop();
            }
            return 0;
        } catch (InvalidInputException e) {
            err.println("spark-kpi: " + e.getMessage());
            return 2;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            err.println("spark-kpi: " + e.getMessage());
            return 2;
        } catch (java.io.IOException e) {
            err.println("spark-kpi: cannot write: " + e.getMessage());
            return 2;
        }
    }

    /** The command line read; the help as soon as it is asked for. */
    private static Args parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String format = "csv";
        String master = null;
        String by = null;
        String json = null;
        String orderBy = null;
        LocalDate from = null;
        LocalDate to = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--format" -> format = value(args, ++i, a);
                case "--master" -> master = value(args, ++i, a);
                case "--by" -> by = value(args, ++i, a);
                case "--json" -> json = value(args, ++i, a);
                case "--order-by" -> orderBy = value(args, ++i, a);
                case "--from" -> from = LocalDate.parse(value(args, ++i, a));
                case "--to" -> to = LocalDate.parse(value(args, ++i, a));
                case "-h", "--help" -> {
                    return new Args(true, List.of(), format, master, by, json, orderBy, from, to);
                }
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a);
                    inputs.add(a);
                }
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("give at least one records file or folder");
        for (String in : inputs) {
            if (!in.contains("://") && !Files.exists(Path.of(in))) throw new IllegalArgumentException("no such file: " + in);
        }
        return new Args(false, List.copyOf(inputs), format, master, by, json, orderBy, from, to);
    }

    /** The report as JSON on {@code out} ({@code json} "-"), or its summary there and, with a file {@code json}, the JSON in it. */
    private static void print(KpiReport report, String json, PrintStream out) throws java.io.IOException {
        byte[] bytes = SharedMapper.get().writeValueAsBytes(report);
        if ("-".equals(json)) {
            out.println(new String(bytes, StandardCharsets.UTF_8));
        } else {
            if (json != null) io.aftercert.core.internal.io.AtomicFiles.write(Path.of(json), bytes);
            out.printf("rows %d, excluded %d%n", report.rows(), report.rowsExcluded());
            report.kpis().forEach((id, k) -> out.printf("  %-26s %s / %s%s%n", id, k.numerator(), k.denominator(),
                    k.value() == null ? "" : " = " + k.value().toPlainString()));
            if (json != null) out.println("wrote " + json);
        }
    }

    /** The report's {@code file}: the file names, as {@code aftercert kpi} gives its one file's name. */
    static String sourceName(List<String> inputs) {
        List<String> names = new ArrayList<>();
        for (String in : inputs) {
            String n = in.replaceAll("/+$", "");
            names.add(n.substring(n.lastIndexOf('/') + 1));
        }
        return String.join(",", names);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
        return args[i];
    }
}
