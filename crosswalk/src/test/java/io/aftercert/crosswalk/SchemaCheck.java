package io.aftercert.crosswalk;

import io.aftercert.core.internal.json.SharedMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.aftercert.core.json.Json;
import java.io.InputStream;
import java.util.List;

/** An independent validator (networknt) for the crosswalk schemas. */
final class SchemaCheck {
    private SchemaCheck() {
    }

    static List<String> errors(String resource, byte[] json) throws Exception {
        try (InputStream s = SchemaCheck.class.getResourceAsStream(resource)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
            return schema.validate(SharedMapper.get().readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
        }
    }
}
