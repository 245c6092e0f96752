package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.aftercert.core.internal.io.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence and a tailoring file as a form (multipart/form-data), as 'assess EVIDENCE --tailoring FILE' takes them. */
class MultipartTests {
    static final String EVIDENCE = "examples/hxjt/machine-tool-maker.json";
    static final String TAILORING = "examples/hxjt/tailoring/appendix-a.json";

    @Test
    void evidenceWithATailoringFileScoresAsTheCliDoes(@TempDir Path dir) throws Exception {
        try (TestServer s = new TestServer(dir, null)) {
            String org = s.organization("机床");
            byte[] tailoring = TestServer.example(TAILORING);
            TestServer.Res r = form(s, StorageTests.ORG + org + "/assessments", "machine-tool-maker.json", TestServer.example(EVIDENCE),
                    "appendix-a.json", tailoring);
            assertEquals(201, r.status(), r.text());
            // 'aftercert assess machine-tool-maker.json --tailoring appendix-a.json --json -' prints 48949/594
            // (9451/114 untailored), and records the tailoring file's own SHA-256
            assertEquals("48949/594", r.json().get("finalScoreExact").asText());
            JsonNode t = r.json().get("tailoring");
            assertEquals(AtomicFiles.sha256(tailoring), t.get("sha256").asText());
            assertEquals("machine-tool-maker.json", r.json().get("evidenceName").asText());
            // the plan is made on the tailored rubric stored with it
            String id = r.json().get("id").asText();
            assertEquals(200, s.get(StorageTests.ORG + org + "/assessments/" + id + "/plan").status());
            TestServer.Res plain = form(s, "/api/v1/score", "machine-tool-maker.json", TestServer.example(EVIDENCE), null, null);
            assertEquals("9451/114", plain.json().get("finalScoreExact").asText());
            TestServer.Res none = form(s, "/api/v1/score", null, null, "appendix-a.json", tailoring);
            assertEquals(400, none.status());
            TestServer.Res traversal = form(s, "/api/v1/score", "../ev.json", TestServer.example(EVIDENCE), null, null);
            assertEquals(400, traversal.status(), traversal.text());
        }
    }

    private static TestServer.Res form(TestServer s, String path, String evName, byte[] evidence, String tName, byte[] tailoring) throws Exception {
        String boundary = "----aftercert" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (evName != null) part(body, boundary, "evidence", evName, evidence);
        if (tName != null) part(body, boundary, "tailoring", tName, tailoring);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return s.send(HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), s.token);
    }

    private static void part(ByteArrayOutputStream out, String boundary, String field, String file, byte[] content) throws Exception {
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + file
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
