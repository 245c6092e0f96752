package io.aftercert.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.json.EvidenceJson;
import io.aftercert.core.json.Json;
import io.aftercert.core.json.RubricJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates files against the JSON Schemas core ships. */
public final class Schemas {
    static {
        QuietSlf4j.init(); // before the validator's first logger
    }

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() {
    }

    public static List<String> evidenceErrors(byte[] json) {
        return errors(EvidenceJson.SCHEMA_RESOURCE, json);
    }

    public static List<String> rubricErrors(byte[] json) {
        return errors(RubricJson.SCHEMA_RESOURCE, json);
    }

    private static List<String> errors(String schemaResource, byte[] json) {
        try (InputStream s = Schemas.class.getResourceAsStream(schemaResource)) {
            if (s == null) throw new IllegalStateException("schema not on the classpath: " + schemaResource);
            JsonSchema schema = FACTORY.getSchema(s);
            JsonNode node = Json.mapper().readTree(json);
            return schema.validate(node).stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
