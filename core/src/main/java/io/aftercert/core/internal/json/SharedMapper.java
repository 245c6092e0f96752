package io.aftercert.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one configured {@link ObjectMapper} of the SDK, for core and its sibling modules. Not API:
 * a mapper can be reconfigured by anyone holding it, so embedders get the immutable
 * {@code ObjectReader}/{@code ObjectWriter} of {@link io.aftercert.core.json.Json} instead. Do not
 * reconfigure it.
 */
public final class SharedMapper {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private SharedMapper() {
    }

    private static final class Holder { // created on first use: a full ObjectMapper costs ~0.1 s at start-up
        static final ObjectMapper MAPPER = create();
    }

    /** {@return the shared mapper (thread-safe once configured; do not reconfigure it)} */
    public static ObjectMapper get() {
        return Holder.MAPPER;
    }

    /** {@return the limits every JSON read obeys: depth, number and string length, document size} */
    public static StreamReadConstraints limits() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(64)
                .maxStringLength(1_000_000)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
    }

    private static ObjectMapper create() {
        JsonMapper.Builder b = JsonMapper.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .addModule(new JavaTimeModule())
                .addModule(JsonNumbers.module())
                .addModule(new ResultModule());
        ObjectMapper m = b.build();
        m.getFactory().setStreamReadConstraints(limits());
        return m;
    }
}
