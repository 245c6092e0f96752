package io.aftercert.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * when reading bytes). Exact numbers ({@link Ratio}) are always written as JSON numbers, with a
 * {@code <field>Exact} sibling carrying {@code "p/q"} where the decimal does not terminate
 * ({@link JsonNumbers}).
 */
public final class Json {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = 64;

    private static final class MapperHolder { // created on first use: a full ObjectMapper costs ~0.1 s at start-up
        static final ObjectMapper MAPPER = create();
    }

    /** Streaming factory with the same strictness and limits, for reading trees without databind. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(limits())
            .build();

    private Json() {
    }

    /** The shared mapper (thread-safe once configured; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    private static StreamReadConstraints limits() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(64)
                .maxStringLength(1_000_000)
                .maxDocumentLength(MAX_DOCUMENT_BYTES)
                .build();
    }

    /**
     * Reads a JSON document into a tree as strictly as {@link #mapper()} does (duplicate keys, NaN
     * and trailing tokens refused, the same limits, floats as exact decimals, a UTF-8 byte-order
     * mark accepted) but straight from the streaming parser, without an ObjectMapper.
     */
    public static JsonNode readTree(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "No content: the document is empty");
            JsonNode root = node(p, t);
            if (p.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(p, "Trailing token (of type " + p.currentToken()
                        + ") found after value");
            }
            return root;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static JsonNode node(JsonParser p, JsonToken t) throws IOException {
        JsonNodeFactory f = NODES;
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    o.set(name, node(p, p.nextToken()));
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) a.add(node(p, t));
                return a;
            }
            case VALUE_STRING:
                return f.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? f.numberNode(p.getBigIntegerValue())
                        : p.getNumberType() == JsonParser.NumberType.LONG ? f.numberNode(p.getLongValue()) : f.numberNode(p.getIntValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(p.getDecimalValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(p, "Unexpected token " + t);
        }
    }

    private static ObjectMapper create() {
        StreamReadConstraints limits = limits();
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
                .addModule(JsonNumbers.module());
        ObjectMapper m = b.build();
        m.getFactory().setStreamReadConstraints(limits);
        return m;
    }

    /**
     * Jackson support for {@link Ratio} values on their own: written as a JSON number
     * ({@link JsonNumbers#number}); read from a number or a {@code "p/q"} string. Bean properties
     * get their {@code <field>Exact} sibling from {@link JsonNumbers#module()}, which the shared
     * mapper uses.
     */
    public static SimpleModule ratioModule() {
        SimpleModule module = new SimpleModule("aftercert-ratio");
        module.addSerializer(Ratio.class, new JsonSerializer<>() {
            @Override
            public void serialize(Ratio value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(JsonNumbers.number(value));
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
