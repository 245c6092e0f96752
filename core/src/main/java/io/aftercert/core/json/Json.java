package io.aftercert.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.aftercert.core.Ratio;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * The one strictly configured {@link ObjectMapper} every AfterCert file goes through.
 *
 * <p>Strict JSON: duplicate keys, {@code NaN}/{@code Infinity}, comments and trailing garbage are
 * refused; nesting depth, string, number and document lengths are bounded so a hostile file fails
 * cleanly instead of exhausting memory. A UTF-8 byte-order mark is accepted (Jackson detects it
 * when reading bytes). Exact numbers ({@link Ratio}) are written as JSON numbers when their
 * decimal expansion terminates and as {@code "p/q"} strings otherwise.
 */
public final class Json {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private static final ObjectMapper MAPPER = create();

    private Json() {
    }

    /** The shared mapper (thread-safe once configured; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper create() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(64)
                .maxStringLength(1_000_000)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
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
                .addModule(ratioModule());
        ObjectMapper m = b.build();
        m.getFactory().setStreamReadConstraints(limits);
        return m;
    }

    /** Jackson support for {@link Ratio}. */
    public static SimpleModule ratioModule() {
        SimpleModule module = new SimpleModule("aftercert-ratio");
        module.addSerializer(Ratio.class, new JsonSerializer<>() {
            @Override
            public void serialize(Ratio value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                if (value.isTerminating()) gen.writeNumber(value.toBigDecimalExact());
                else gen.writeString(value.toString());
            }
        });
        module.addDeserializer(Ratio.class, new JsonDeserializer<>() {
            @Override
            public Ratio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    BigDecimal d = p.getDecimalValue();
                    if (Math.abs(d.scale()) > 40) {
                        return (Ratio) ctxt.handleWeirdNumberValue(Ratio.class, d, "number out of range");
                    }
                    return Ratio.of(d);
                }
                if (t == JsonToken.VALUE_STRING) {
                    try {
                        return Ratio.parse(p.getText());
                    } catch (NumberFormatException e) {
                        return (Ratio) ctxt.handleWeirdStringValue(Ratio.class, p.getText(), e.getMessage());
                    }
                }
                return (Ratio) ctxt.handleUnexpectedToken(Ratio.class, p);
            }
        });
        return module;
    }
}
