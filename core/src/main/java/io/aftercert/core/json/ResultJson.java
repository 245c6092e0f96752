package io.aftercert.core.json;

import com.fasterxml.jackson.core.JacksonException;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.scoring.AssessmentResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Result JSON (DESIGN §6): written and read back without loss. Every number is a JSON number; an
 * inexact one has its exact {@code <field>Exact} sibling ({@link JsonNumbers}), which reading prefers,
 * so exact values round-trip. Schema: {@value #SCHEMA_RESOURCE}.
 */
public final class ResultJson {
    /** Classpath resource of the JSON Schema for result files. */
    public static final String SCHEMA_RESOURCE = "/io/aftercert/core/schema/result.schema.json";

    private ResultJson() {
    }

    /**
     * Writes the result JSON (DESIGN §6), numbers as {@link JsonNumbers} says.
     *
     * @param result the result
     * @return the document as UTF-8 JSON
     */
    public static byte[] write(AssessmentResult result) {
        try {
            return Json.mapper().writeValueAsBytes(result);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@link #write} as text.
     *
     * @param result the result
     * @return the document
     */
    public static String writeString(AssessmentResult result) {
        return new String(write(result), java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Reads a result file back, exactly: every {@code <field>Exact} sibling gives its field's value.
     *
     * @param json the file's bytes
     * @param file the file name used in problems
     * @return the result, equal to the one written
     * @throws InvalidInputException naming the file and JSON path when it is not a result
     */
    public static AssessmentResult read(byte[] json, String file) {
        try {
            // the strict tree reader keeps decimals exact (0.0 stays 0.0), then each x/xExact pair folds into x
            com.fasterxml.jackson.databind.JsonNode tree = Json.readTree(json);
            return Json.mapper().treeToValue(JsonNumbers.foldExact(tree), AssessmentResult.class);
        } catch (JacksonException e) {
            throw JsonProblems.invalid("invalid result file " + file, file, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
