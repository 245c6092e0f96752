package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.json.Json;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document against the code: valid OpenAPI 3.1 (the OpenAPI Initiative's JSON Schema
 * for 3.1 documents, checked by networknt's validator, not by anything of ours), listing exactly the
 * routes the server has, and every operation called as documented: its success status, a documented
 * media type, and JSON bodies valid against the documented schema.
 */
class ContractTests {
    @TempDir
    static Path dir;
    static TestServer s;
    static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(dir, null);
        TestServer.Res r = s.get("/api/v1/openapi.json");
        assertEquals(200, r.status());
        doc = r.json();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void theDocumentIsValidOpenApi31() throws Exception {
        JsonSchema oas;
        try (InputStream in = ContractTests.class.getResourceAsStream("/openapi/oas-3.1-schema-2021-04-15.json")) {
            oas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        Set<ValidationMessage> errors = oas.validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("3.1.0", doc.get("openapi").asText());
        // limits, timeouts and pagination are stated
        String d = doc.get("info").get("description").asText();
        assertTrue(d.contains("Limits:") && d.contains("Timeouts:") && d.contains("Pagination:"), d);
        // a broken document fails the same check (the validator is not a rubber stamp)
        ObjectNode broken = doc.deepCopy();
        broken.put("openapi", "3.0.3");
        assertTrue(!oas.validate(broken).isEmpty());
    }

    @Test
    void theDocumentListsExactlyTheServedRoutes() {
        Set<String> documented = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> documented.add(m.toUpperCase(java.util.Locale.ROOT) + " " + p.getKey())));
        assertEquals(new TreeSet<>(s.server.routes()), documented);
        // health, ready, openapi; score, rubrics ×3; organisations ×4; assessments ×9 and history; records ×4, surveys ×4
        assertEquals(3 + 4 + 4 + 10 + 8, documented.size(), documented.toString());
    }

    @Test
    void everyOperationAnswersAsDocumented() throws Exception {
        String org = s.organization("Contract Co");
        String newer = s.post("/api/v1/organizations/" + org + "/assessments", Http.JSON, TestServer.example(StorageTests.NEW)).json().get("id").asText();
        String older = s.post("/api/v1/organizations/" + org + "/assessments", Http.JSON, TestServer.example(StorageTests.OLD)).json().get("id").asText();
        String records = s.postFile("/api/v1/organizations/" + org + "/records", Http.CSV,
                TestServer.REPO.resolve("examples/records/service-records.csv")).json().get("id").asText();
        String survey = s.postFile("/api/v1/organizations/" + org + "/surveys", Http.CSV,
                TestServer.REPO.resolve("examples/survey/responses-2026q3.csv")).json().get("id").asText();
        Map<String, String> params = Map.of("organizationId", org, "assessmentId", newer, "otherAssessmentId", older,
                "rubricId", "gbt27922", "uploadId", "");
        List<String> called = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            for (Iterator<Map.Entry<String, JsonNode>> ms = p.getValue().fields(); ms.hasNext(); ) {
                Map.Entry<String, JsonNode> m = ms.next();
                String path = p.getKey();
                String upload = path.contains("/records/") ? records : survey;
                for (var e : params.entrySet()) path = path.replace("{" + e.getKey() + "}", e.getKey().equals("uploadId") ? upload : e.getValue());
                call(m.getKey(), path, m.getValue());
                called.add(m.getValue().get("operationId").asText());
            }
        }
        assertEquals(s.server.ops().size(), called.size());
    }

    private static void call(String method, String path, JsonNode op) throws Exception {
        String id = op.get("operationId").asText();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path));
        String bearer = op.path("description").asText().contains("admin token") ? TestServer.ADMIN : s.token;
        if (method.equals("post") && !op.has("requestBody")) {
            b.POST(HttpRequest.BodyPublishers.noBody());
        } else if (method.equals("post")) {
            String type = op.get("requestBody").get("content").fieldNames().next();
            b.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body(id, type)));
        }
        TestServer.Res r = s.send(b, bearer);
        JsonNode ok = op.get("responses").fields().next().getValue();
        String status = op.get("responses").fieldNames().next();
        assertEquals(Integer.parseInt(status), r.status(), id + ": " + r.text());
        String media = r.type().replaceAll(";.*", "");
        assertTrue(ok.get("content").has(media), id + " answered " + media + ", documented " + ok.get("content"));
        if (media.equals(Http.JSON)) {
            JsonNode schema = ok.get("content").get(media).get("schema");
            ObjectNode root = SharedMapper.get().createObjectNode();
            root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
            root.put("$ref", schema.get("$ref").asText());
            root.set("components", doc.get("components"));
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root).validate(r.json());
            assertTrue(errors.isEmpty(), id + ": " + errors);
            if (!id.equals("openapi")) assertTrue(r.json().has("schemaVersion"), id + " has a schemaVersion");
        }
    }

    private static byte[] body(String id, String type) throws Exception {
        return switch (id) {
            case "createOrganization" -> "{\"name\": \"Second\"}".getBytes(StandardCharsets.UTF_8);
            case "createToken" -> new byte[0];
            case "uploadRecords" -> TestServer.example("examples/records/service-records.csv");
            case "uploadSurvey" -> TestServer.example("examples/survey/responses-2026q3.csv");
            default -> TestServer.example(StorageTests.NEW);
        };
    }
}
