package io.aftercert.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A server in this JVM on a free port, and a small HTTP client for it. */
final class TestServer implements AutoCloseable {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    static final String ADMIN = "act_test-admin-token";

    final AfterCertServer server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String printed;
    final Path dataDir;
    String token;

    TestServer(Path dataDir, String dbUrl, boolean openOnLoopback, long maxUpload, long idleMillis) throws Exception {
        this(new ServerConfig("127.0.0.1", 0, dataDir, dbUrl, ADMIN, openOnLoopback, maxUpload, idleMillis, false, false));
    }

    /** A server that asks for tokens, believing forwarded headers or not. */
    static TestServer behindProxy(Path dataDir, boolean trustProxy) throws Exception {
        return new TestServer(new ServerConfig("127.0.0.1", 0, dataDir, null, ADMIN, false, ServerConfig.DEFAULT_MAX_UPLOAD,
                ServerConfig.DEFAULT_IDLE_TIMEOUT, false, trustProxy));
    }

    TestServer(ServerConfig cfg) throws Exception {
        this.dataDir = cfg.dataDir();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        server = new AfterCertServer(cfg).start(new PrintStream(out, true, StandardCharsets.UTF_8));
        printed = out.toString(StandardCharsets.UTF_8);
    }

    TestServer(Path dataDir, String dbUrl) throws Exception {
        this(dataDir, dbUrl, false, ServerConfig.DEFAULT_MAX_UPLOAD, ServerConfig.DEFAULT_IDLE_TIMEOUT);
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /** A response: status, media type and body. */
    record Res(int status, String type, byte[] body, HttpResponse<byte[]> raw) {
        JsonNode json() {
            try {
                return Json.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + text(), e);
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    Res get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), token);
    }

    Res get(String path, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET(), bearer);
    }

    Res post(String path, String type, byte[] body) throws Exception {
        return post(path, type, body, token);
    }

    Res post(String path, String type, byte[] body, String bearer) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)), bearer);
    }

    Res postFile(String path, String type, Path file) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofFile(file)), token);
    }

    Res send(HttpRequest.Builder b, String bearer) throws Exception {
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        HttpResponse<byte[]> r = http.send(b.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Res(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    /** Creates an organisation with the admin token; its token becomes this client's token. */
    String organization(String name) throws Exception {
        Res r = post("/api/v1/organizations", "application/json", ("{\"name\": \"" + name + "\"}").getBytes(StandardCharsets.UTF_8), ADMIN);
        if (r.status() != 201) throw new AssertionError(r.status() + " " + r.text());
        token = r.json().get("token").asText();
        return r.json().get("id").asText();
    }

    static byte[] example(String relative) throws IOException {
        return Files.readAllBytes(REPO.resolve(relative));
    }

    @Override
    public void close() {
        server.close();
    }
}
