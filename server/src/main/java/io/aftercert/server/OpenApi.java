package io.aftercert.server;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.SdkVersion;
import io.aftercert.core.json.Json;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document, built from the same {@link Op} list that routes the requests. The limits,
 * timeouts and pagination are stated in {@code info.description} from the running configuration.
 */
final class OpenApi {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z]+)}");

    private OpenApi() {
    }

    static byte[] document(List<Op> ops, ServerConfig cfg) {
        ObjectNode root = SharedMapper.get().createObjectNode();
        root.put("openapi", "3.1.0");
        root.put("jsonSchemaDialect", "https://spec.openapis.org/oas/3.1/dialect/base");
        ObjectNode info = root.putObject("info");
        info.put("title", "AfterCert server");
        info.put("version", SdkVersion.VERSION);
        info.put("description", description(cfg));
        root.putArray("servers").addObject().put("url", "/");
        root.set("components", Schemas.components());
        ObjectNode paths = root.putObject("paths");
        for (Op op : ops) {
            ObjectNode item = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            item.set(op.method().toLowerCase(java.util.Locale.ROOT), operation(op));
        }
        return Http.bytes(root);
    }

    private static String description(ServerConfig cfg) {
        return "Scores after-sales service evidence (GB/T 27922, GB/T 16784, T/GXDSL 244, T/GXDSL 259) and keeps assessments.\n\n"
                + "Numbers are JSON numbers; an exact fraction sits beside a rounded figure as <field>Exact. Every JSON document"
                + " has a schemaVersion. Errors are RFC 9457 application/problem+json with the CLI's problem list (file, path, code, message).\n\n"
                + "Limits: JSON bodies at most " + Scoring.MAX_JSON_BYTES + " bytes; xlsx evidence at most " + Scoring.MAX_WORKBOOK_BYTES
                + " bytes; record and survey uploads at most " + cfg.maxUploadBytes() + " bytes (streamed to disk); larger bodies get 413.\n"
                + "Timeouts: a connection idle for " + cfg.idleTimeoutMillis() + " ms (e.g. a client that stops sending) is closed.\n"
                + "Pagination: list resources take offset (default 0) and limit (1–" + Api.MAX_LIMIT + ", default " + Api.DEFAULT_LIMIT
                + ") and answer nextOffset (null on the last page), oldest first.\n"
                + "Access: Authorization: Bearer <token>. An admin token creates organisations and tokens; an organisation's token reaches"
                + " that organisation and the stateless resources. Without a token only loopback requests to a loopback-bound server are served.";
    }

    private static ObjectNode operation(Op op) {
        ObjectNode o = SharedMapper.get().createObjectNode();
        o.put("operationId", op.id());
        o.put("summary", op.summary());
        o.putArray("tags").add(op.path().startsWith(Api.BASE + "/organizations") ? "organizations" : op.path().startsWith(Api.BASE) ? "sdk" : "operations");
        if (op.access().equals("public")) o.putArray("security");
        else o.put("description", "Access: " + switch (op.access()) {
            case "admin" -> "an admin token.";
            case "organization" -> "a token of the organisation in the path.";
            default -> "any valid token.";
        });
        ArrayNode params = o.putArray("parameters");
        Matcher m = PARAM.matcher(op.path());
        while (m.find()) {
            params.addObject().put("name", m.group(1)).put("in", "path").put("required", true).putObject("schema").put("type", "string");
        }
        for (String[] q : op.query()) {
            ObjectNode p = params.addObject().put("name", q[0]).put("in", "query").put("required", false).put("description", q[1]);
            p.putObject("schema").put("type", q[0].equals("offset") || q[0].equals("limit") ? "integer" : "string");
        }
        if (!op.requestTypes().isEmpty()) {
            ObjectNode content = o.putObject("requestBody").put("required", true).putObject("content");
            for (String t : op.requestTypes()) content.set(t, Schemas.body(op, t));
        }
        ObjectNode responses = o.putObject("responses");
        ObjectNode ok = responses.putObject(String.valueOf(op.status())).put("description", op.summary());
        ObjectNode content = ok.putObject("content");
        for (String t : op.responseTypes()) content.set(t, Schemas.response(op, t));
        if (!op.access().equals("public")) {
            for (String s : List.of("400", "401", "403", "404", "413", "415")) responses.putObject(s).put("$ref", "#/components/responses/Problem");
        }
        responses.putObject("default").put("$ref", "#/components/responses/Problem");
        return o;
    }
}
