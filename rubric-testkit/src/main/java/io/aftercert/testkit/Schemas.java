package io.aftercert.testkit;

import io.aftercert.core.internal.json.SharedMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.json.DiffJson;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.PlanJson;
import io.aftercert.core.json.ResultJson;
import io.aftercert.core.json.RubricJson;
import io.aftercert.core.json.RubricTreeJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates documents against the JSON Schemas core ships, with an independent validator
 * (networknt, draft 2020-12), and checks the number convention (no number written as a string).
 */
public final class Schemas {
    /** Classpath resources of the schemas core ships besides those named by the readers and writers. */
    public static final String TAILORING = "/io/aftercert/core/schema/tailoring.schema.json";
    public static final String EFFORT = "/io/aftercert/core/schema/effort.schema.json";

    static {
        QuietSlf4j.init(); // before the validator's first logger
    }

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Schemas() {
    }

    public static List<String> evidenceErrors(byte[] json) {
        return errors(EvidenceJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> rubricErrors(byte[] json) {
        return errors(RubricJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> resultErrors(byte[] json) {
        return errors(ResultJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> rubricTreeErrors(byte[] json) {
        return errors(RubricTreeJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> planErrors(byte[] json) {
        return errors(PlanJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> diffErrors(byte[] json) {
        return errors(DiffJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> tailoringErrors(byte[] json) {
        return errors(TAILORING, json);
    }

    public static List<String> effortErrors(byte[] json) {
        return errors(EFFORT, json);
    }

    /** Problems of {@code json} against the schema at {@code schemaResource}, sorted; empty when valid. */
    public static List<String> errors(String schemaResource, byte[] json) {
        try {
            JsonNode node = SharedMapper.get().readTree(json);
            return schema(schemaResource).validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, r -> {
            try (InputStream s = Schemas.class.getResourceAsStream(r)) {
                if (s == null) throw new IllegalStateException("schema not on the classpath: " + r);
                return FACTORY.getSchema(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * JSON paths of values that break the number convention: a number written as a string
     * ({@code "7655/98"}, {@code "0.1"}) anywhere but in a {@code <field>Exact} sibling, or an
     * {@code Exact} sibling without its number. Fields in {@code textFields} (versions, codes,
     * ranges) may hold digits as text.
     */
    public static List<String> numberConventionViolations(byte[] json, List<String> textFields) {
        try {
            List<String> out = new ArrayList<>();
            walk(SharedMapper.get().readTree(json), "$", null, textFields, out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void walk(JsonNode n, String path, String field, List<String> textFields, List<String> out) {
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> {
                String k = e.getKey();
                if (k.endsWith("Exact") && k.length() > 5) {
                    JsonNode base = n.get(k.substring(0, k.length() - 5));
                    if (base == null || !base.isNumber() || !e.getValue().isTextual()
                            || !e.getValue().textValue().matches("-?\\d+/\\d+")) out.add(path + "." + k);
                    return;
                }
                walk(e.getValue(), path + "." + k, k, textFields, out);
            });
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) walk(n.get(i), path + "[" + i + "]", field, textFields, out);
        } else if (n.isTextual() && n.textValue().strip().matches("-?\\d+(\\.\\d+)?(/\\d+)?")
                && (field == null || !textFields.contains(field))) {
            out.add(path);
        }
    }
}
