package io.aftercert.core.json;

import io.aftercert.core.internal.json.JsonNumbers;
import io.aftercert.core.plan.Diff;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The diff document ({@code diff --json}): {@link Diff} with a {@code schemaVersion}. Numbers
 * follow {@link JsonNumbers}. Schema: {@value #SCHEMA_RESOURCE}.
 *
 * @since 1.0
 */
public final class DiffJson {
    /** Version of this document's shape. */
    public static final int SCHEMA_VERSION = 1;
    /** Classpath resource of its JSON Schema. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/diff.schema.json";

    private DiffJson() {
    }

    /**
     * Writes the diff document.
     *
     * @param diff the diff
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(Diff diff) {
        try {
            com.fasterxml.jackson.databind.node.ObjectNode root = Json.mapper().createObjectNode();
            root.put("schemaVersion", SCHEMA_VERSION);
            root.setAll((com.fasterxml.jackson.databind.node.ObjectNode) Json.mapper().valueToTree(diff));
            return Json.mapper().writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
