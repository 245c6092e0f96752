package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.json.Json;

/** The JSON Schemas of the server's own documents (components of the OpenAPI document). */
final class Schemas {
    private Schemas() {
    }

    static ObjectNode components() {
        ObjectNode c = SharedMapper.get().createObjectNode();
        c.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode s = c.putObject("schemas");
        s.set("Problem", object(new String[] {"type", "title", "status", "detail", "problems"},
                "type", str(), "title", str(), "status", integer(), "detail", str(), "instance", str(),
                "problems", array(object(new String[] {"message"}, "file", str(), "path", str(), "code", str(), "message", str()))));
        s.set("SdkDocument", SharedMapper.get().createObjectNode().put("type", "object").put("description",
                "A document of the SDK (result, plan, diff, rubric tree, template, KPI report, survey report, crosswalk):"
                        + " the same JSON, with its own schemaVersion and schema, as the command-line tool writes."));
        s.set("Organization", object(new String[] {"id", "name", "createdAt"},
                "schemaVersion", integer(), "id", str(), "name", str(), "createdAt", str()));
        s.set("OrganizationList", page("#/components/schemas/Organization"));
        s.set("OrganizationCreated", object(new String[] {"schemaVersion", "id", "name", "createdAt", "token"},
                "schemaVersion", integer(), "id", str(), "name", str(), "createdAt", str(), "token", str()));
        s.set("Token", object(new String[] {"schemaVersion", "organizationId", "token"}, "schemaVersion", integer(), "organizationId", str(), "token", str()));
        s.set("RubricList", object(new String[] {"schemaVersion", "rubrics"}, "schemaVersion", integer(), "rubrics",
                array(object(new String[] {"id", "version", "title", "items"}, "id", str(), "version", str(), "title", text(), "items", integer()))));
        ObjectNode assessment = object(new String[] {"id", "organizationId", "createdAt", "rubricId", "rubricVersion", "evidenceSha256", "finalScore"},
                "schemaVersion", integer(), "id", str(), "organizationId", str(), "createdAt", str(), "rubricId", str(), "rubricVersion", str(),
                "tailoring", nullable(object(new String[] {"name", "sha256"}, "name", str(), "sha256", str())), "evidenceName", str(),
                "evidenceType", SharedMapper.get().createObjectNode().put("type", "string").set("enum", SharedMapper.get().createArrayNode().add("json").add("xlsx")),
                "evidenceSha256", str(), "finalScore", SharedMapper.get().createObjectNode().put("type", "number"),
                "finalScoreExact", str(), "scoreDisplay", SharedMapper.get().createObjectNode().put("type", "number"), "grade", types("object", "null"),
                "links", SharedMapper.get().createObjectNode().put("type", "object"));
        s.set("Assessment", assessment);
        s.set("AssessmentList", page("#/components/schemas/Assessment"));
        s.set("History", object(new String[] {"schemaVersion", "organizationId", "rubricId", "items"}, "schemaVersion", integer(),
                "organizationId", str(), "rubricId", str(), "items", array(object(new String[] {"id", "createdAt", "finalScore"},
                        "id", str(), "createdAt", str(), "rubricVersion", str(), "finalScore", SharedMapper.get().createObjectNode().put("type", "number"),
                        "finalScoreExact", str(), "scoreDisplay", SharedMapper.get().createObjectNode().put("type", "number"), "grade", types("object", "null"),
                        "tailoring", types("object", "null")))));
        s.set("Upload", object(new String[] {"id", "organizationId", "kind", "createdAt", "name", "bytes", "sha256"},
                "schemaVersion", integer(), "id", str(), "organizationId", str(), "kind", str(), "createdAt", str(), "name", str(),
                "bytes", integer(), "sha256", str(), "report", ref("#/components/schemas/SdkDocument")));
        s.set("UploadList", page("#/components/schemas/Upload"));
        s.set("Health", object(new String[] {"schemaVersion", "status"}, "schemaVersion", integer(), "status", str()));
        ObjectNode problem = c.putObject("responses").putObject("Problem").put("description", "RFC 9457 problem details");
        problem.putObject("content").putObject(Problems.MEDIA_TYPE).set("schema", ref("#/components/schemas/Problem"));
        return c;
    }

    static ObjectNode body(Op op, String type) {
        ObjectNode m = SharedMapper.get().createObjectNode();
        if (type.equals(Http.JSON)) {
            m.set("schema", op.id().equals("createOrganization")
                    ? object(new String[] {"name"}, "name", str())
                    : SharedMapper.get().createObjectNode().put("type", "object").put("description",
                            "evidence (as the CLI's evidence files), or {\"evidence\": {…}, \"tailoring\": {…}}"));
        } else if (type.equals(Http.MULTIPART)) {
            ObjectNode form = object(new String[] {"evidence"}, "evidence", binary("the evidence file: JSON, or a workbook named *.xlsx"),
                    "tailoring", binary("a tailoring file (JSON), as assess --tailoring takes it"));
            m.set("schema", form);
        } else {
            m.putObject("schema").put("type", "string").put("contentMediaType", type);
        }
        return m;
    }

    private static ObjectNode binary(String description) {
        return SharedMapper.get().createObjectNode().put("type", "string").put("contentMediaType", "application/octet-stream").put("description", description);
    }

    static ObjectNode response(Op op, String type) {
        ObjectNode m = SharedMapper.get().createObjectNode();
        if (type.equals(Http.JSON)) m.set("schema", ref("#/components/schemas/" + (op.schema() == null ? "SdkDocument" : op.schema())));
        else m.putObject("schema").put("type", "string").put("contentMediaType", type);
        return m;
    }

    private static ObjectNode page(String item) {
        return object(new String[] {"schemaVersion", "offset", "limit", "nextOffset", "items"}, "schemaVersion", integer(), "offset", integer(),
                "limit", integer(), "nextOffset", SharedMapper.get().createObjectNode().<ObjectNode>set("type",
                        SharedMapper.get().createArrayNode().add("integer").add("null")), "items", array(ref(item)));
    }

    private static ObjectNode object(String[] required, Object... props) {
        ObjectNode o = SharedMapper.get().createObjectNode().put("type", "object");
        ObjectNode p = o.putObject("properties");
        for (int i = 0; i < props.length; i += 2) p.set((String) props[i], (ObjectNode) props[i + 1]);
        ArrayNode r = o.putArray("required");
        for (String s : required) r.add(s);
        return o;
    }

    private static ObjectNode str() {
        return SharedMapper.get().createObjectNode().put("type", "string");
    }

    private static ObjectNode integer() {
        return SharedMapper.get().createObjectNode().put("type", "integer");
    }

    private static ObjectNode text() {
        return object(new String[] {"zh", "en"}, "zh", str(), "en", str());
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode a = SharedMapper.get().createObjectNode().put("type", "array");
        a.set("items", items);
        return a;
    }

    private static ObjectNode types(String... types) {
        ObjectNode o = SharedMapper.get().createObjectNode();
        ArrayNode a = o.putArray("type");
        for (String t : types) a.add(t);
        return o;
    }

    private static ObjectNode ref(String r) {
        return SharedMapper.get().createObjectNode().put("$ref", r);
    }

    private static ObjectNode nullable(ObjectNode schema) {
        ObjectNode o = SharedMapper.get().createObjectNode();
        o.putArray("oneOf").add(schema).addObject().put("type", "null");
        return o;
    }
}
