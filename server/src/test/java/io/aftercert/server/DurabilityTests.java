package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.internal.io.AtomicFiles;
import io.aftercert.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing acknowledged is lost: the server in its own JVM, killed with SIGKILL while several clients
 * write, restarted on the same data directory; and SIGTERM, which lets a request in flight finish.
 */
class DurabilityTests {
    static final int CLIENTS = 4;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyAcknowledgedWriteSurvivesSigkill(@TempDir Path dir) throws Exception {
        byte[] evidence = TestServer.example(StorageTests.NEW);
        String sha = AtomicFiles.sha256(evidence);
        Map<String, String> acked = new ConcurrentHashMap<>(); // id → evidence SHA-256 the server acknowledged
        String org;
        try (ServerProcess p = new ServerProcess(dir)) {
            org = json(send(p.base(), "POST", "/api/v1/organizations", Http.JSON, "{\"name\":\"K\"}".getBytes(StandardCharsets.UTF_8))).get("id").asText();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger failures = new AtomicInteger();
            CountDownLatch first = new CountDownLatch(CLIENTS * 3);
            List<Thread> clients = new java.util.ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<byte[]> r = send(p.base(), "POST", "/api/v1/organizations/" + org + "/assessments", Http.JSON, evidence);
                            if (r.statusCode() == 201) {
                                JsonNode n = json(r);
                                acked.put(n.get("id").asText(), n.get("evidenceSha256").asText());
                                first.countDown();
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet(); // the server is gone: unacknowledged, may or may not be stored
                        }
                    }
                });
                t.start();
                clients.add(t);
            }
            first.await(); // every client has had writes acknowledged; more are in flight
            p.kill();
            stop.set(true);
            for (Thread t : clients) t.join();
            assertTrue(acked.size() >= CLIENTS * 3, "writes acknowledged before the kill: " + acked.size());
        }
        try (ServerProcess p = new ServerProcess(dir)) {
            JsonNode all = json(send(p.base(), "GET", "/api/v1/organizations/" + org + "/assessments?limit=100", null, null));
            int stored = 0;
            for (int offset = 0; ; offset += 100) {
                JsonNode page = json(send(p.base(), "GET", "/api/v1/organizations/" + org + "/assessments?limit=100&offset=" + offset, null, null));
                for (JsonNode a : page.get("items")) {
                    stored++;
                    // no half-written row: each stored assessment's result reads back whole, with the evidence's hash
                    JsonNode result = json(send(p.base(), "GET", "/api/v1/organizations/" + org + "/assessments/" + a.get("id").asText() + "/result", null, null));
                    assertEquals("7655/98", result.get("finalScoreExact").asText());
                    assertEquals(sha, a.get("evidenceSha256").asText());
                }
                if (page.get("nextOffset").isNull()) break;
            }
            assertTrue(all.get("items").size() > 0);
            for (var e : acked.entrySet()) {
                HttpResponse<byte[]> r = send(p.base(), "GET", "/api/v1/organizations/" + org + "/assessments/" + e.getKey(), null, null);
                assertEquals(200, r.statusCode(), "acknowledged assessment " + e.getKey() + " is lost");
                assertEquals(e.getValue(), json(r).get("evidenceSha256").asText());
            }
            assertTrue(stored >= acked.size(), stored + " stored, " + acked.size() + " acknowledged");
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinish(@TempDir Path dir) throws Exception {
        try (ServerProcess p = new ServerProcess(dir)) {
            String org = json(send(p.base(), "POST", "/api/v1/organizations", Http.JSON, "{\"name\":\"T\"}".getBytes(StandardCharsets.UTF_8))).get("id").asText();
            byte[] csv = TestServer.example("examples/records/service-records.csv");
            int half = csv.length / 2;
            try (java.net.Socket sock = new java.net.Socket("127.0.0.1", p.port)) {
                sock.setSoTimeout(30_000);
                var out = sock.getOutputStream();
                out.write(("POST /api/v1/organizations/" + org + "/records?name=r.csv HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\n"
                        + "Connection: close\r\nContent-Length: " + csv.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(csv, 0, half);
                out.flush();
                awaitPartFile(dir.resolve("uploads")); // the server is streaming the body to disk
                p.process.destroy(); // SIGTERM while the body is still arriving
                awaitNotAccepting(p.port); // the stop has begun: no new connection, this one still open
                out.write(csv, half, csv.length - half);
                out.flush();
                String response = new String(sock.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(response.startsWith("HTTP/1.1 201"), "the request in flight finished: " + response + "\nserver:\n" + p.output);
                assertTrue(p.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS), "the server stops after SIGTERM");
                String id = Json.readTree(response.substring(response.indexOf("\r\n\r\n") + 4).getBytes(StandardCharsets.UTF_8)).get("id").asText();
                try (ServerProcess again = new ServerProcess(dir)) {
                    assertEquals(200, send(again.base(), "GET", "/api/v1/organizations/" + org + "/records/" + id, null, null).statusCode());
                }
            }
        }
    }

    /**
     * Waits (up to 60 s) until the server refuses new connections: SIGTERM has reached it and its
     * graceful stop has begun (it closes its listening socket first, then drains the requests in flight).
     */
    private static void awaitNotAccepting(int port) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (java.net.Socket probe = new java.net.Socket()) {
                probe.connect(new java.net.InetSocketAddress("127.0.0.1", port), 1000);
            } catch (java.net.ConnectException refused) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server still accepts connections 60 s after SIGTERM");
    }

    /** Waits (up to 60 s) until an upload's part file exists: its request is being handled. */
    private static void awaitPartFile(Path uploads) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (var files = Files.list(uploads)) {
                if (files.anyMatch(f -> f.getFileName().toString().endsWith(".part"))) return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the upload never started");
    }

    private HttpResponse<byte[]> send(String base, String method, String path, String type, byte[] body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (body == null) b.GET();
        else b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return Json.readTree(r.body());
    }

}
