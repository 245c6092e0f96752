package io.aftercert.server;

import io.aftercert.records.RecordsGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load harness (a benchmark, not a test: surefire does not run it). 32 clients on the JDK's
 * HttpClient against a server in this JVM on SQLite: throughput and p50/p99 latency of POST /score and
 * of storing an assessment; then a 1 GiB records upload against the CLI's kpi on the same file.
 *
 * <pre>./mvnw -B -q install -DskipTests -pl server -am &amp;&amp; ./mvnw -B -q test-compile -pl server
 * java -Xmx512m -cp server/target/test-classes:server/target/aftercert-server.jar io.aftercert.server.LoadBench [SECONDS] [GiB] [RECORDS.csv]</pre>
 *
 * SECONDS per load phase (0 skips them), GiB of generated records (0 skips the upload), or an existing records file.
 */
public final class LoadBench {
    static final int CLIENTS = 32;

    private LoadBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
        double gib = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
        Path dir = Files.createTempDirectory("aftercert-bench");
        ServerConfig cfg = new ServerConfig("127.0.0.1", 0, dir, null, TestServer.ADMIN, true, ServerConfig.DEFAULT_MAX_UPLOAD,
                ServerConfig.DEFAULT_IDLE_TIMEOUT, false, false);
        try (AfterCertServer server = new AfterCertServer(cfg).start(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            byte[] evidence = Files.readAllBytes(repo().resolve(StorageTests.NEW));
            String org = TestServerJson.id(http.send(post(base + "/api/v1/organizations", Http.JSON, "{\"name\":\"bench\"}".getBytes(StandardCharsets.UTF_8)),
                    HttpResponse.BodyHandlers.ofByteArray()).body());
            System.out.printf("machine: %d cores, load average %s%n", Runtime.getRuntime().availableProcessors(), loadAverage());
            if (seconds > 0) run("POST /api/v1/score", http, post(base + "/api/v1/score", Http.JSON, evidence), 200, Math.max(3, seconds / 3), seconds);
            if (seconds > 0) run("POST /organizations/{id}/assessments (SQLite)", http, post(base + "/api/v1/organizations/" + org + "/assessments", Http.JSON, evidence),
                    201, Math.max(3, seconds / 3), seconds);
            if (gib > 0) upload(http, base, org, dir, gib, args.length > 2 ? Path.of(args[2]) : null);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static HttpRequest post(String url, String type, byte[] body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static void run(String name, HttpClient http, HttpRequest req, int status, int warmup, int seconds) throws Exception {
        measure(http, req, status, warmup);
        HttpResponse<byte[]> one = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        System.out.printf("%-48s request %,d bytes, response %,d bytes%n", name, req.bodyPublisher().orElseThrow().contentLength(), one.body().length);
        long[][] lat = new long[CLIENTS][];
        Map<String, Long> cpu0 = threadCpu();
        long process0 = processCpu();
        CLIENT_CPU.set(0);
        long t0 = System.nanoTime();
        int[] counts = measure(http, req, status, seconds, lat);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long process = processCpu() - process0;
        Map<String, Long> cpu = threadCpu();
        cpu.replaceAll((k, v) -> v - cpu0.getOrDefault(k, 0L));
        cpu.merge("client", CLIENT_CPU.get(), Long::sum);
        long total = Arrays.stream(counts).sum();
        long[] all = Arrays.stream(lat).flatMapToLong(a -> Arrays.stream(a, 0, a.length)).filter(x -> x > 0).sorted().toArray();
        System.out.printf("%-48s %d clients: %,.0f requests/s, p50 %.1f ms, p99 %.1f ms (%,d requests in %.1f s, load average %s)%n", name, CLIENTS,
                total / elapsed, all[all.length / 2] / 1e6, all[(int) (all.length * 0.99)] / 1e6, total, elapsed, loadAverage());
        long server = cpu.getOrDefault("server", 0L);
        long client = cpu.getOrDefault("client", 0L);
        System.out.printf("    CPU per request: process %.0f µs = server threads %.0f µs + harness (client) threads %.0f µs + other (GC, JIT, …) %.0f µs%n",
                process / 1e3 / total, server / 1e3 / total, client / 1e3 / total, (process - server - client) / 1e3 / total);
    }

    /** CPU time of the bench's own client threads, added by each as it ends (a finished thread's time is no longer readable). */
    private static final java.util.concurrent.atomic.AtomicLong CLIENT_CPU = new java.util.concurrent.atomic.AtomicLong();

    /** CPU time (ns) of the live threads by group: the server's (Jetty's pool and the server's own workers) and the harness's HTTP client. */
    private static Map<String, Long> threadCpu() {
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> m = new HashMap<>();
        for (var info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) continue;
            long t = mx.getThreadCpuTime(info.getThreadId());
            if (t < 0) continue;
            String n = info.getThreadName();
            String group = n.startsWith("HttpClient") || n.startsWith("bench-client") ? "client" : n.startsWith("JettyServerThreadPool") || n.startsWith("qtp")
                    || n.startsWith("aftercert") ? "server" : "other";
            m.merge(group, t, Long::sum);
        }
        return m;
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void measure(HttpClient http, HttpRequest req, int status, int seconds) throws Exception {
        measure(http, req, status, seconds, new long[CLIENTS][]);
    }

    private static int[] measure(HttpClient http, HttpRequest req, int status, int seconds, long[][] lat) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        int[] counts = new int[CLIENTS];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            final int c = i;
            lat[c] = new long[1 << 20];
            Thread t = new Thread(() -> {
                while (!stop.get()) {
                    long s = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != status) throw new IllegalStateException(r.statusCode() + " " + new String(r.body(), StandardCharsets.UTF_8));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    if (counts[c] < lat[c].length) lat[c][counts[c]] = System.nanoTime() - s;
                    counts[c]++;
                }
                CLIENT_CPU.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, "bench-client-" + i);
            t.start();
            threads.add(t);
        }
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) t.join();
        return counts;
    }

    private static void upload(HttpClient http, String base, String org, Path dir, double gib, Path given) throws Exception {
        Path csv = given != null ? given : dir.resolve("records.csv");
        if (given == null) {
            Path probe = dir.resolve("probe.csv");
            RecordsGenerator.write(probe, 100_000, 7, 0.01);
            long rows = (long) (gib * (1L << 30) / (Files.size(probe) / 100_000.0));
            Files.delete(probe);
            RecordsGenerator.write(csv, rows, 7, 0.01);
        }
        System.out.printf("records file: %,d bytes%n", Files.size(csv));
        Runtime rt = Runtime.getRuntime();
        long t0 = System.nanoTime();
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/organizations/" + org + "/records"))
                .header("Content-Type", Http.CSV).POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofByteArray());
        double server = (System.nanoTime() - t0) / 1e9;
        if (r.statusCode() != 201) throw new IllegalStateException(new String(r.body(), StandardCharsets.UTF_8));
        System.out.printf("upload + KPI over HTTP: %.1f s (heap limit of this JVM %,d MiB, used after %,d MiB)%n", server, rt.maxMemory() >> 20,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
        long t1 = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(repo().resolve("aftercert").toString(), "kpi", csv.toString(), "--json", dir.resolve("kpi.json").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // the launcher rebuilds its jar when any module's sources are newer than it (an edited server, say): the built
        // CLI jar is named directly, with the launcher's own JVM options for kpi, so the figure is the kpi, not a build
        Path cliJar = repo().resolve("cli/target/aftercert.jar");
        if (Files.isRegularFile(cliJar)) pb.environment().put("AFTERCERT_CLASSPATH", cliJar.toString());
        Process p = pb.start();
        int exit = p.waitFor();
        double cli = (System.nanoTime() - t1) / 1e9;
        System.out.printf("CLI kpi on the same file: %.1f s (exit %d); server/CLI = %.2f%n", cli, exit, server / cli);
    }

    /** The repository: the working folder when run from it (the documented command), else the module's parent. */
    private static Path repo() {
        return Files.isDirectory(Path.of("examples")) ? Path.of("").toAbsolutePath() : TestServer.REPO;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The id field of a JSON answer. */
    static final class TestServerJson {
        static String id(byte[] json) throws java.io.IOException {
            return io.aftercert.core.json.Json.readTree(json).get("id").asText();
        }
    }
}
