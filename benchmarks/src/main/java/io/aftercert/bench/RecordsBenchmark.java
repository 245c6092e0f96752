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
 * The records benchmark (issues 7 and 19): a seeded synthetic file (default 10 million rows,
 * ≈ 1.45 GB, 2 % faults), then AfterCert's KPI engine plain, with {@code --by month,region}, and
 * with the dashboard (month × region × channel pass plus both pages), and DuckDB computing the same
 * KPIs and the same month × region figures in SQL, each in a fresh JVM, printing wall time, peak
 * resident memory (VmHWM) and whether every figure, total and per group, agrees.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.aftercert.bench.RecordsBenchmark [rows] [file] [--generate-only]}
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
        if (args.length > 2 && args[2].equals("--generate-only")) return;
        String load = load();
        Map<String, String> plain = child("io.aftercert.bench.KpiRun", file, "plain", KPI_JVM);
        Map<String, String> grouped = child("io.aftercert.bench.KpiRun", file, "grouped", KPI_JVM);
        Map<String, String> dashboard = child("io.aftercert.bench.KpiRun", file, "dashboard", KPI_JVM);
        Map<String, String> duck = child("io.aftercert.bench.DuckDbRun", file, "grouped", "-Xmx1g");
        System.out.println("load average before: " + load + ", after: " + load());
        System.out.printf("%-22s %12s %12s %12s %12s%n", "", "AfterCert", "--by m,r", "dashboard", "DuckDB grp");
        System.out.printf("%-22s %12s %12s %12s %12s%n", "wall time (ms)", plain.remove("elapsed_ms"), grouped.remove("elapsed_ms"),
                dashboard.remove("elapsed_ms"), duck.remove("elapsed_ms"));
        System.out.printf("%-22s %12s %12s %12s %12s%n", "peak RSS (MiB)", plain.remove("peak_rss_mib"), grouped.remove("peak_rss_mib"),
                dashboard.remove("peak_rss_mib"), duck.remove("peak_rss_mib"));
        System.out.printf("%-22s %12s %12s %12s %12s%n", "CPU, user+sys (ms)", plain.get("cpu_ms"), grouped.get("cpu_ms"),
                dashboard.get("cpu_ms"), duck.get("cpu_ms"));
        System.out.printf("engine --by month,region ÷ DuckDB: CPU %.3f, wall %.3f%n",
                Double.parseDouble(grouped.remove("cpu_ms")) / Double.parseDouble(duck.remove("cpu_ms")),
                Double.parseDouble(grouped.get("wall_ms")) / Double.parseDouble(duck.get("wall_ms")));
        plain.remove("cpu_ms");
        dashboard.remove("cpu_ms");
        for (Map<String, String> m : List.of(plain, grouped, dashboard, duck)) m.remove("wall_ms");
        boolean agree = true;
        int groupFigures = 0;
        for (String k : new TreeMap<>(duck).keySet()) {
            boolean same = duck.get(k).equals(grouped.get(k));
            agree &= same;
            if (k.startsWith("group ")) {
                groupFigures++;
                if (!same) System.out.printf("  %-50s %-24s ≠ DuckDB %s%n", k, grouped.get(k), duck.get(k));
            } else {
                System.out.printf("  %-30s %-36s %s%n", k, grouped.get(k), same ? "= DuckDB" : "≠ DuckDB " + duck.get(k));
            }
        }
        for (String k : grouped.keySet()) {
            if (!duck.containsKey(k) && !k.endsWith("|rows")) {
                agree = false;
                System.out.printf("  %-50s %-24s not in DuckDB's result%n", k, grouped.get(k));
            }
        }
        for (String k : plain.keySet()) agree &= plain.get(k).equals(grouped.get(k)) && plain.get(k).equals(dashboard.get(k));
        System.out.printf("%d grouped figures (month × region) compared%n", groupFigures);
        System.out.println(agree ? "every figure agrees with DuckDB" : "FIGURES DISAGREE");
        if (!agree) System.exit(1);
    }

    /**
     * The engine's JVM options, as the launcher's for {@code kpi}: the serial collector with a small
     * young generation, and a heap grown only as far as the live data needs (at most 10 % free after
     * a collection) under a 1 GiB bound: peak RSS follows the state instead of the bound.
     */
    static final String[] KPI_JVM = {"-Xmx1g", "-XX:+UseSerialGC", "-Xmn32m", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=20"};

    private static String load() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static Map<String, String> child(String main, Path file, String mode, String... jvm) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(List.of(jvm));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), main, file.toString(), mode));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> out = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int eq = line.indexOf(" = ");
                if (line.startsWith("kpi ") || line.startsWith("group ")) {
                    out.put(line.substring(0, eq), line.substring(eq + 3));
                } else if (line.startsWith("elapsed_ms ") || line.startsWith("peak_rss_mib ") || line.startsWith("cpu_ms ")) {
                    String[] kv = line.split(" ");
                    out.put(kv[0], kv[1]);
                    if (kv[0].equals("elapsed_ms")) out.put("wall_ms", kv[1]);
                }
            }
        }
        if (p.waitFor() != 0) throw new IllegalStateException(main + " failed");
        return out;
    }
}
