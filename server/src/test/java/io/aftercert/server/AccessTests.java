package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The obvious attacks on a server that asks for tokens (as one bound beyond loopback does): no token,
 * a wrong one, another organisation's id, an admin reaching for data, path traversal in upload names,
 * oversized bodies, and clients that stop sending.
 */
class AccessTests {
    static final long UPLOAD_LIMIT = 4096;
    // long enough that a slow first request on a loaded machine is not cut off (a 1 s timeout gave 408s there)
    static final long IDLE_MILLIS = 3000;
    @TempDir
    static Path dir;
    static TestServer s;
    static String orgA;
    static String tokenA;
    static String orgB;
    static String assessmentB;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, null, false, UPLOAD_LIMIT, IDLE_MILLIS);
        orgB = s.organization("B");
        assessmentB = s.post(StorageTests.ORG + orgB + "/assessments", Http.JSON, TestServer.example(StorageTests.NEW)).json().get("id").asText();
        orgA = s.organization("A");
        tokenA = s.token;
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void withoutAValidTokenOnlyTheProbesAndTheContractAnswer() throws Exception {
        for (String path : new String[] {"/api/v1/rubrics", StorageTests.ORG + orgA, StorageTests.ORG + orgA + "/assessments"}) {
            TestServer.Res none = s.get(path, null);
            assertEquals(401, none.status(), path);
            assertEquals(Problems.MEDIA_TYPE, none.type());
            assertEquals(Problems.TYPE_BASE + "unauthorized", none.json().get("type").asText());
            assertEquals(401, s.get(path, "act_wrong").status(), path);
            assertEquals(401, s.get(path, tokenA + "x").status(), "a token one character longer is another token");
        }
        TestServer.Res basic = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/rubrics")).header("Authorization", "Basic eDp5"), null);
        assertEquals(401, basic.status());
        assertEquals(200, s.get("/health", null).status());
        assertEquals(200, s.get("/ready", null).status());
        assertEquals(200, s.get("/api/v1/openapi.json", null).status());
        assertEquals(200, s.get("/api/v1/rubrics", tokenA).status());
    }

    @Test
    void theDatabaseKeepsOnlyHashesOfTokens() throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Db.SQLITE_FILE));
             var rs = c.createStatement().executeQuery("SELECT token_sha256 FROM api_tokens")) {
            int n = 0;
            while (rs.next()) {
                String stored = rs.getString(1);
                assertFalse(stored.equals(tokenA) || stored.equals(TestServer.ADMIN));
                assertTrue(stored.matches("[0-9a-f]{64}"), stored);
                n++;
            }
            assertEquals(3, n, "admin, A and B");
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Db.SQLITE_FILE));
             var rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertTrue(rs.next());
            assertEquals("wal", rs.getString(1), "the SQLite file is in WAL mode (set once at start, kept in the file)");
        }
        assertEquals(Auth.hash(tokenA).length(), 64);
    }

    @Test
    void anOrganisationsTokenReachesOnlyItsOwnOrganisation() throws Exception {
        String b = StorageTests.ORG + orgB;
        for (String path : new String[] {b, b + "/assessments", b + "/assessments/" + assessmentB + "/result", b + "/history/gbt27922",
                b + "/records", b + "/surveys"}) {
            TestServer.Res r = s.get(path, tokenA);
            assertEquals(403, r.status(), path);
            assertEquals(Problems.TYPE_BASE + "forbidden", r.json().get("type").asText());
        }
        assertEquals(403, s.post(b + "/assessments", Http.JSON, TestServer.example(StorageTests.NEW), tokenA).status());
        // B's assessment id under A's path: not found in A, and nothing of B's leaks
        TestServer.Res cross = s.get(StorageTests.ORG + orgA + "/assessments/" + assessmentB + "/result", tokenA);
        assertEquals(404, cross.status());
        assertFalse(cross.text().contains("7655/98"));
        // an unknown organisation looks the same as another one's: 403 either way
        assertEquals(403, s.get(StorageTests.ORG + "00000000-0000-0000-0000-000000000000", tokenA).status());
    }

    @Test
    void onlyTheAdminManagesOrganisationsAndTheAdminReadsNoData() throws Exception {
        assertEquals(403, s.post("/api/v1/organizations", Http.JSON, "{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8), tokenA).status());
        assertEquals(403, s.get("/api/v1/organizations", tokenA).status());
        assertEquals(403, s.post(StorageTests.ORG + orgA + "/tokens", Http.JSON, new byte[0], tokenA).status());
        assertEquals(403, s.get(StorageTests.ORG + orgB + "/assessments", TestServer.ADMIN).status());
        assertEquals(200, s.get("/api/v1/organizations", TestServer.ADMIN).status());
        assertEquals(400, s.post("/api/v1/organizations", Http.JSON, "{\"name\":\" \"}".getBytes(StandardCharsets.UTF_8), TestServer.ADMIN).status());
    }

    @Test
    void uploadNamesNeverBecomePaths() throws Exception {
        for (String name : new String[] {"..%2F..%2Fevil.csv", "..", "a%5C..%5Cevil.csv", "evil%00.csv", "C:evil.csv", "%2Fetc%2Fpasswd"}) {
            TestServer.Res r = s.post(StorageTests.ORG + orgA + "/records?name=" + name, Http.CSV, "ticket_id\n".getBytes(StandardCharsets.UTF_8), tokenA);
            assertEquals(400, r.status(), name + ": " + r.text());
            assertEquals("name", r.json().get("problems").get(0).get("path").asText());
        }
        assertFalse(Files.exists(dir.resolve("evil.csv")) || Files.exists(dir.getParent().resolve("evil.csv")));
        assertUploadsEmpty();
    }

    @Test
    void oversizedBodiesAreRefusedAndLeaveNothing() throws Exception {
        byte[] big = new byte[(int) UPLOAD_LIMIT + 1];
        java.util.Arrays.fill(big, (byte) 'x');
        TestServer.Res declared = s.post(StorageTests.ORG + orgA + "/records", Http.CSV, big, tokenA);
        assertEquals(413, declared.status());
        assertEquals(Problems.TYPE_BASE + "too-large", declared.json().get("type").asText());
        // chunked, without Content-Length: counted while streamed to disk
        TestServer.Res chunked = s.send(HttpRequest.newBuilder(URI.create(s.base() + StorageTests.ORG + orgA + "/records"))
                .header("Content-Type", Http.CSV).POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))), tokenA);
        assertEquals(413, chunked.status());
        assertUploadsEmpty();
        assertEquals(0, s.get(StorageTests.ORG + orgA + "/records", tokenA).json().get("items").size());
        // a JSON body declared beyond the SDK's 16 MiB document limit is refused before it is read
        String response = raw("POST /api/v1/score HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + tokenA
                + "\r\nContent-Type: application/json\r\nContent-Length: " + (Scoring.MAX_JSON_BYTES + 1) + "\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
    }

    @Test
    void aClientThatStopsSendingIsCutOffAndOthersAreServed() throws Exception {
        long t0 = System.nanoTime();
        // headers never finished (slowloris)
        String partial = raw("GET /api/v1/rubrics HTTP/1.1\r\nHost: x\r\n");
        // a body that never arrives
        String body = raw("POST /api/v1/score HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + tokenA
                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{");
        double seconds = (System.nanoTime() - t0) / 1e9;
        // each connection is held for the idle timeout (3 s), then closed: about 6 s for the two, not the 20 s read limit each
        assertTrue(seconds >= 5.4 && seconds < 20, "both connections ended at the idle timeout: " + seconds + " s");
        assertFalse(partial.startsWith("HTTP/1.1 200"), partial);
        assertFalse(body.startsWith("HTTP/1.1 2"), body);
        assertEquals(200, s.get("/health", null).status());
    }

    /** Sends raw bytes, then reads until the server answers and closes (or 20 s pass); the text read. */
    private static String raw(String request) throws Exception {
        try (Socket sock = new Socket("127.0.0.1", s.server.port())) {
            sock.setSoTimeout(20_000);
            OutputStream out = sock.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = sock.getInputStream();
            byte[] buf = new byte[4096];
            int n = in.read(buf);
            return n < 0 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
        }
    }

    private static void assertUploadsEmpty() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("uploads"))) {
            assertEquals(0, files.count(), "no part file or upload left behind");
        }
    }
}
