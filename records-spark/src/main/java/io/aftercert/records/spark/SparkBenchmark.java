package io.aftercert.records.spark;

import io.aftercert.core.internal.json.SharedMapper;
import io.aftercert.core.json.Json;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import io.aftercert.records.RecordsGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spark local mode next to the single-machine engine on the same generated file, each in a fresh
 * JVM of this module's classpath: wall time, and whether the JSON reports are identical.
 *
 * <p>{@code java -cp "records-spark/target/aftercert-records-spark-0.1.0-SNAPSHOT.jar:$(cat records-spark/target/classpath.txt)"
 * io.aftercert.records.spark.SparkBenchmark [rows] [file]}
 */
public final class SparkBenchmark {
    private SparkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--engine")) { // child: the single-machine engine
            KpiReport r = new KpiEngine().run(Path.of(args[1]), KpiOptions.NONE);
            Files.write(Path.of(args[2]), SharedMapper.get().writeValueAsBytes(r));
            return;
        }
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path file = Path.of(args.length > 1 ? args[1] : "records-spark/target/records-" + rows + ".csv");
        if (!Files.exists(file)) RecordsGenerator.write(file, rows, 20261122L, 0.02);
        System.out.printf("file %s: %,d rows, %,d MB%n", file, rows, Files.size(file) >> 20);
        Path dir = Files.createTempDirectory("spark-bench");
        double engine = child(dir.resolve("engine.json"), "-Xmx1g", "io.aftercert.records.spark.SparkBenchmark", "--engine",
                file.toString(), dir.resolve("engine.json").toString());
        System.out.printf("%-34s %8.1f s%n", "single-machine engine (2 threads)", engine);
        byte[] expected = Files.readAllBytes(dir.resolve("engine.json"));
        for (String master : new String[] {"local[1]", "local[2]"}) {
            Path out = dir.resolve(master.replaceAll("\\W", "") + ".json");
            double t = child(out, "-Xmx4g", "io.aftercert.records.spark.SparkKpi", file.toString(), "--master", master,
                    "--json", out.toString());
            boolean same = Arrays.equals(expected, Files.readAllBytes(out));
            System.out.printf("%-34s %8.1f s  (%.1f× the engine)  %s%n", "Spark " + master, t, t / engine,
                    same ? "report identical" : "REPORT DIFFERS");
        }
    }

    private static double child(Path out, String heap, String main, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1"));
        cmd.addAll(List.of("--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
                "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
                "--add-opens=java.base/sun.security.action=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main));
        cmd.addAll(List.of(args));
        long t = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        int code = pb.start().waitFor();
        if (code != 0) throw new IllegalStateException(main + " exited " + code);
        return (System.nanoTime() - t) / 1e9;
    }
}
