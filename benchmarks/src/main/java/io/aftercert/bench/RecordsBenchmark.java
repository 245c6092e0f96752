package io.aftercert.bench;

import io.aftercert.records.RecordsGenerator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The records benchmark (issue 7): a seeded synthetic file (default 10 million rows, ≈ 1.45 GB,
 * 2 % faults), then AfterCert's KPI engine and the same KPIs as a DuckDB SQL query, each in a fresh
 * JVM, printing wall time, peak resident memory (VmHWM) and whether every figure agrees.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.aftercert.bench.RecordsBenchmark [rows] [file]}
 */
public final class RecordsBenchmark {
    private RecordsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path file = Path.of(args.length > 1 ? args[1] : "benchmarks/target/records-" + rows + ".csv");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            RecordsGenerator.write(file, rows, 20261122L, 0.02);
            System.out.printf("generated %,d rows, %,d MB in %.1f s%n", rows, Files.size(file) >> 20, (System.nanoTime() - t) / 1e9);
        }
        System.out.printf("file %s: %,d MB%n", file, Files.size(file) >> 20);
        Map<String, String> ours = child("io.aftercert.bench.KpiRun", file, "-Xmx1g");
        Map<String, String> duck = child("io.aftercert.bench.DuckDbRun", file, "-Xmx1g");
        System.out.printf("%-22s %12s %12s%n", "", "AfterCert", "DuckDB");
        System.out.printf("%-22s %12s %12s%n", "wall time (ms)", ours.remove("elapsed_ms"), duck.remove("elapsed_ms"));
        System.out.printf("%-22s %12s %12s%n", "peak RSS (MiB)", ours.remove("peak_rss_mib"), duck.remove("peak_rss_mib"));
        boolean agree = true;
        for (String k : new TreeMap<>(ours).keySet()) {
            boolean same = ours.get(k).equals(duck.get(k));
            agree &= same;
            System.out.printf("  %-30s %-36s %s%n", k, ours.get(k), same ? "= DuckDB" : "≠ DuckDB " + duck.get(k));
        }
        System.out.println(agree ? "every figure agrees with DuckDB" : "FIGURES DISAGREE");
        if (!agree) System.exit(1);
    }

    private static Map<String, String> child(String main, Path file, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main, file.toString()));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("kpi ")) {
                    int eq = line.indexOf(" = ");
                    out.put(line.substring(4, eq), line.substring(eq + 3));
                } else if (line.startsWith("elapsed_ms ") || line.startsWith("peak_rss_mib ")) {
                    String[] kv = line.split(" ");
                    out.put(kv[0], kv[1]);
                }
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException(main + " failed");
        return out;
    }
}
