package io.aftercert.records.spark;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.json.Json;
import io.aftercert.records.KpiEngine;
import io.aftercert.records.KpiOptions;
import io.aftercert.records.KpiReport;
import io.aftercert.records.RecordsGenerator;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorRemoved;
import org.apache.spark.scheduler.SparkListenerTaskStart;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI job on a real Spark standalone cluster: a master and two workers, each its own JVM process on
 * loopback, started from the Spark jars the build already has; the workers launch executor JVMs of their
 * own, as on any cluster. The driver (this test) submits to {@code spark://127.0.0.1:PORT}, and the report
 * must equal the single-machine engine's byte for byte — also when one worker and its executor are killed
 * in the middle of the job, so that Spark has to re-run the lost tasks on the other worker.
 *
 * <p>The executors get the test's class path (Spark, the job and the records module) through
 * {@code spark.executor.extraClassPath}: the processes share this machine's disk, as the nodes of a
 * cluster share the job jar through {@code spark-submit}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterTests {
    @TempDir
    static Path dir;
    static final List<Process> daemons = new ArrayList<>();
    static String master;
    static SparkSession spark;
    static Path csv;
    static final AtomicInteger tasksStarted = new AtomicInteger();
    static final AtomicInteger executorsLost = new AtomicInteger();

    @BeforeAll
    static void startCluster() throws Exception {
        // a SPARK_HOME the workers' executor launcher accepts: it needs a jars/ folder; the classes come from extraClassPath
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createDirectories(home.resolve("jars"));
        int port = freePort();
        master = "spark://127.0.0.1:" + port;
        daemons.add(daemon("master", home, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--webui-port", String.valueOf(freePort())));
        waitForLog(dir.resolve("master.log"), "I have been elected leader", Duration.ofSeconds(90));
        for (int w = 1; w <= 2; w++) {
            Path work = Files.createDirectories(dir.resolve("work-" + w));
            daemons.add(daemon("worker-" + w, home, "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", work.toString(), master));
        }
        for (int w = 1; w <= 2; w++) {
            waitForLog(dir.resolve("worker-" + w + ".log"), "Successfully registered with master", Duration.ofSeconds(90));
        }
        csv = dir.resolve("records.csv");
        // large enough that the job is still running when a worker is killed (30 partitions of ~100 KB)
        RecordsGenerator.write(csv, 40_000, 20261207L, 0.05);
        // without quoted line breaks, so that Spark may split the one file into byte ranges
        Files.writeString(csv, Files.readString(csv).replace("\"玉林\n(容县)\"", "\"玉林 (容县)\""));
        spark = SparkSession.builder().master(master).appName("aftercert-standalone-test")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.executor.memory", "512m")
                .config("spark.executor.cores", "1")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraClassPath", System.getProperty("java.class.path"))
                .config("spark.executor.extraJavaOptions", String.join(" ", opens()) + " -XX:+UseSerialGC -Dfile.encoding=UTF-8")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskStart(SparkListenerTaskStart start) {
                tasksStarted.incrementAndGet();
            }

            @Override
            public void onExecutorRemoved(SparkListenerExecutorRemoved removed) {
                executorsLost.incrementAndGet();
            }
        });
        // both executors registered before any job, so that the kill below always leaves one alive
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (spark.sparkContext().getExecutorMemoryStatus().size() < 3 && Instant.now().isBefore(until)) Thread.sleep(200);
        assertEquals(3, spark.sparkContext().getExecutorMemoryStatus().size(), "the driver and two executors");
    }

    @AfterAll
    static void stopCluster() {
        if (spark != null) spark.stop();
        for (Process p : daemons) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** The --add-opens Spark needs on Java 17, as this test JVM was given them (the module's surefire argLine). */
    static List<String> opens() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).toList();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A Spark daemon as its own JVM on the test's class path, its output in {@code dir/NAME.log}. */
    static Process daemon(String name, Path home, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC"));
        command.addAll(opens());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        env.put("SPARK_LOCAL_DIRS", dir.resolve("local-" + name).toString());
        return pb.start();
    }

    static void waitForLog(Path log, String text, Duration limit) throws Exception {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains(text)) return;
            for (Process p : daemons) {
                if (!p.isAlive()) throw new AssertionError("a Spark daemon died: " + tail(log));
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + text + "' within " + limit + ": " + tail(log));
    }

    static String tail(Path log) throws IOException {
        if (!Files.exists(log)) return "(no log)";
        String s = Files.readString(log, StandardCharsets.ISO_8859_1);
        return s.substring(Math.max(0, s.length() - 3000));
    }

    static String json(KpiReport r) throws Exception {
        return new String(SharedMapper.get().writeValueAsBytes(r), StandardCharsets.UTF_8);
    }

    static KpiReport onCluster(KpiOptions options) {
        SparkSession s = spark.newSession();
        // ~30 partitions: more tasks than executor cores, so tasks are still queued when a worker dies
        s.conf().set("spark.sql.files.maxPartitionBytes", String.valueOf(Math.max(1, csv.toFile().length() / 30)));
        return SparkKpiJob.run(
                s.read().option("header", "true").option("escape", "\"").option("multiLine", "false").csv(csv.toString()),
                options, csv.getFileName().toString());
    }

    @Test
    @Order(1)
    void theClusterGivesTheEnginesReport() throws Exception {
        KpiReport engine = new KpiEngine().run(csv, KpiOptions.NONE);
        assertTrue(engine.rowsExcluded() > 0 && !engine.findings().isEmpty(), "the generator injected faults");
        assertEquals(json(engine), json(onCluster(KpiOptions.NONE)));
    }

    @Test
    @Order(2)
    void killingAWorkerMidJobChangesNothing() throws Exception {
        KpiOptions options = new KpiOptions(List.of(KpiOptions.GroupBy.of("month"), KpiOptions.GroupBy.of("region")), null, null);
        KpiReport engine = new KpiEngine().run(csv, options);
        int before = tasksStarted.get();
        CompletableFuture<KpiReport> job = CompletableFuture.supplyAsync(() -> onCluster(options));
        // wait until the job's tasks run on both executors, then kill worker 2 and every process it started
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (tasksStarted.get() < before + 3 && Instant.now().isBefore(until) && !job.isDone()) Thread.sleep(20);
        assertTrue(!job.isDone(), "the job must still be running when the worker is killed");
        Process worker2 = daemons.get(2);
        worker2.descendants().forEach(ProcessHandle::destroyForcibly);
        worker2.destroyForcibly();
        worker2.waitFor(30, TimeUnit.SECONDS);
        KpiReport cluster = job.get(300, TimeUnit.SECONDS);
        assertTrue(executorsLost.get() >= 1, "Spark saw the executor go");
        assertEquals(json(engine), json(cluster));
    }


}
