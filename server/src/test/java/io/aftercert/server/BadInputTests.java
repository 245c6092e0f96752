package io.aftercert.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No input ends in an internal error: each bad request is a problem document naming what and where. */
class BadInputTests {
    @TempDir
    static Path dir;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, null);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    private static JsonNode problem(TestServer.Res r, int status) {
        assertEquals(status, r.status(), r.text());
        assertEquals(Problems.MEDIA_TYPE, r.type());
        return r.json();
    }

    private static TestServer.Res score(String type, String body) throws Exception {
        return s.post("/api/v1/score", type, body.getBytes(StandardCharsets.UTF_8), TestServer.ADMIN);
    }

    @Test
    void badEvidenceIsAProblemListNamingFileAndPath() throws Exception {
        JsonNode empty = problem(score(Http.JSON, ""), 400);
        assertTrue(empty.get("detail").asText().contains("evidence.json"), empty.toString());
        JsonNode broken = problem(score(Http.JSON, "{\"rubric\": "), 400);
        assertEquals("evidence.json", broken.get("problems").get(0).get("file").asText());
        JsonNode list = problem(score(Http.JSON, "[1, 2]"), 400);
        assertTrue(list.get("problems").size() >= 1, list.toString());
        JsonNode env = problem(score(Http.JSON, "{\"evidence\": 3, \"extra\": 1}"), 400);
        assertEquals("$.extra", env.get("problems").get(0).get("path").asText());
        assertEquals("$.evidence", env.get("problems").get(1).get("path").asText());
        // the SDK's own problem for the same document (as the CLI prints it): the rubric, at $.rubric
        JsonNode rubric = problem(s.post("/api/v1/score?name=ev.json", Http.JSON,
                "{\"rubric\": \"gbt27923\", \"organization\": {\"name\": \"x\"}, \"evidence\": {}}".getBytes(StandardCharsets.UTF_8), TestServer.ADMIN), 400);
        JsonNode p = rubric.get("problems").get(0);
        assertEquals("ev.json", p.get("file").asText());
        assertEquals("$.rubric", p.get("path").asText());
        assertEquals("no rubric 'gbt27923' is installed", p.get("message").asText());
    }

    @Test
    void badWorkbooksTypesAndParameters() throws Exception {
        JsonNode xlsx = problem(s.post("/api/v1/score?name=mine.xlsx", Http.XLSX, "not a zip".getBytes(StandardCharsets.UTF_8), TestServer.ADMIN), 400);
        assertTrue(xlsx.toString().contains("mine.xlsx") && !xlsx.toString().contains(dir.toString()), "names the upload, not the server's path: " + xlsx);
        // the summary counts its problems once ("… (1 problem) (1 problem)" before)
        assertEquals(1, xlsx.get("detail").asText().split("\\(\\d+ problems?\\)", -1).length - 1, xlsx.get("detail").asText());
        problem(score("text/plain", "x"), 415);
        problem(s.get("/api/v1/rubrics/nope", TestServer.ADMIN), 404);
        problem(s.get("/api/v1/rubrics/gbt27922/template?format=pdf", TestServer.ADMIN), 400);
        problem(s.get("/api/v1/nowhere", TestServer.ADMIN), 404);
        TestServer.Res put = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/score")).PUT(HttpRequest.BodyPublishers.noBody()), TestServer.ADMIN);
        assertTrue(put.status() == 404 || put.status() == 405, put.status() + " " + put.text());
        assertEquals(Problems.MEDIA_TYPE, put.type());
    }

    @Test
    void titlesFollowAcceptLanguage() throws Exception {
        TestServer.Res zh = s.send(HttpRequest.newBuilder(URI.create(s.base() + "/api/v1/rubrics/nope")).header("Accept-Language", "zh-CN,zh;q=0.9"),
                TestServer.ADMIN);
        assertEquals("未找到", problem(zh, 404).get("title").asText());
        assertEquals("Not found", problem(s.get("/api/v1/rubrics/nope", TestServer.ADMIN), 404).get("title").asText());
    }
}
