package io.aftercert.core.json;

import io.aftercert.core.internal.json.JsonNumbers;
import io.aftercert.core.internal.json.SharedMapper;
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
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.aftercert.core.internal.input.NumberBounds;
import io.aftercert.core.Ratio;
import io.aftercert.core.internal.json.Encodings;
import io.aftercert.core.internal.json.JsonProblems;
import io.aftercert.core.internal.json.NotUtf8Exception;
import io.aftercert.core.internal.json.NumberOutOfBoundsException;
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
 *
 * @since 1.0
 */
public final class Json {
    /** Largest input file accepted, in bytes. */
    public static final int MAX_DOCUMENT_BYTES = SharedMapper.MAX_DOCUMENT_BYTES;
    /** Deepest nesting accepted. */
    public static final int MAX_DEPTH = SharedMapper.MAX_DEPTH;

    /** Streaming factory with the same strictness and limits, for reading trees without databind. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .streamReadConstraints(limits())
            .build();

    private Json() {
    }

    /** The shared mapper, for this package's readers and writers; embedders use {@link #reader()} and {@link #writer()}. */
    static ObjectMapper mapper() {
        return SharedMapper.get();
    }

    private static StreamReadConstraints limits() {
        return SharedMapper.limits();
    }

    /**
     * The reader of every JSON document of the SDK: duplicate keys, NaN and trailing tokens refused,
     * floats as exact decimals, {@link Ratio} from a number or {@code "p/q"}, the size and depth
     * limits above. Immutable: {@code with…} and {@code forType} return new readers.
     *
     * @return the reader
     * @since 1.0
     */
    public static ObjectReader reader() {
        return Readers.READER;
    }

    /**
     * The writer of every JSON document of the SDK: indented, decimals plain, dates as ISO text,
     * each {@link Ratio} a JSON number with its {@code <field>Exact} sibling where the decimal does
     * not terminate. Immutable: {@code with…} returns new writers.
     *
     * @return the writer
     * @since 1.0
     */
    public static ObjectWriter writer() {
        return Readers.WRITER;
    }

    /**
     * The factory of tree nodes ({@code objectNode()}, {@code arrayNode()}) whose numbers the
     * {@link #writer()} writes as this SDK does.
     *
     * @return the node factory
     * @since 1.0
     */
    public static JsonNodeFactory nodes() {
        return SharedMapper.get().getNodeFactory();
    }

    private static final class Readers { // on first use, like the mapper they come from
        static final ObjectReader READER = SharedMapper.get().reader();
        static final ObjectWriter WRITER = SharedMapper.get().writer();
    }

    /**
     * Reads a JSON document into a tree as strictly as {@link #reader()} does (duplicate keys, NaN
     * and trailing tokens refused, the same limits, floats as exact decimals, a UTF-8 byte-order
     * mark accepted) but straight from the streaming parser, without an ObjectMapper.
     *
     * @param json the document's bytes
     * @return the root node; decimals are exact {@code BigDecimal} nodes
     * @throws com.fasterxml.jackson.core.JsonParseException when the bytes are not one strict JSON
     *         document ({@link NotUtf8Exception} when they are not UTF-8, {@link NumberOutOfBoundsException}
     *         for a number outside the bounds every number read obeys)
     * @throws IOException when the parser fails otherwise
     */
    public static JsonNode readTree(byte[] json) throws IOException {
        try (JsonParser p = parser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new com.fasterxml.jackson.core.JsonParseException(p, "the file is empty");
            JsonNode root = node(p, t);
            end(p);
            return root;
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw classified(e, json);
        }
    }

    /**
     * A streaming parser over {@code json} with the strictness and limits of {@link #readTree}, for
     * readers that go straight to their own form; they finish with {@link #end} and pass a parse
     * failure through {@link #classified}.
     */
    static JsonParser parser(byte[] json) throws IOException {
        if (Encodings.utf16(json)) { // Jackson would read it; every other reader of the project refuses it
            throw new NotUtf8Exception(new com.fasterxml.jackson.core.JsonParseException(null, "UTF-16",
                    com.fasterxml.jackson.core.JsonLocation.NA), Encodings.describe(json));
        }
        return FACTORY.createParser(json);
    }

    /** Refuses content after the end of the document the parser has just read. */
    static void end(JsonParser p) throws IOException {
        if (p.nextToken() != null) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "more content follows the end of the JSON document");
        }
    }

    /** A parse failure as {@link #readTree} reports it: bytes that are not UTF-8 say so. */
    static com.fasterxml.jackson.core.JsonParseException classified(com.fasterxml.jackson.core.JsonParseException e, byte[] json) {
        String m = e.getOriginalMessage();
        if (m != null && m.startsWith("Invalid UTF-8") && !(e instanceof NotUtf8Exception)) return new NotUtf8Exception(e, Encodings.describe(json));
        return e;
    }

    /**
     * Reads a document of type {@code type} through {@link #readTree} (so every number passes the
     * same bounds and the same messages apply), then maps it.
     *
     * @param <T>     the document's type
     * @param json    the document's bytes, at most {@value #MAX_DOCUMENT_BYTES}
     * @param type    the class to map it to
     * @param summary the exception's summary ({@code invalid tailoring file t.json})
     * @param file    the file name used in problems
     * @return the mapped document
     * @throws io.aftercert.core.InvalidInputException naming the file and the JSON path or line and column
     */
    public static <T> T readValue(byte[] json, Class<T> type, String summary, String file) {
        return readValue(json, type, io.aftercert.core.Text.of(summary, summary), file);
    }

    /**
     * {@link #readValue(byte[], Class, String, String)} with a summary in both languages.
     *
     * @param json    the document
     * @param type    the type to read
     * @param summary the summary of the exception on failure, in both languages
     * @param file    the file name used in problems
     * @param <T>     the type
     * @return the value
     * @throws io.aftercert.core.InvalidInputException naming the file and place of the problem
     */
    public static <T> T readValue(byte[] json, Class<T> type, io.aftercert.core.Text summary, String file) {
        if (json.length > MAX_DOCUMENT_BYTES) {
            long mib = MAX_DOCUMENT_BYTES / (1024 * 1024);
            throw new io.aftercert.core.InvalidInputException(summary, java.util.List.of(io.aftercert.core.Problem.of(file, null, null,
                    "文件过大（最大 " + mib + " MiB）", "the file is too large (at most " + mib + " MiB)")));
        }
        try {
            return mapper().treeToValue(readTree(json), type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw JsonProblems.invalid(summary, file, e);
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof com.fasterxml.jackson.core.JacksonException j) throw JsonProblems.invalid(summary, file, j);
            throw e;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static BigDecimal bounded(JsonParser p, BigDecimal d) throws IOException {
        if (d.signum() == 0) { // 0e-99999999 is zero: never carry a hostile scale into exact arithmetic
            return d.scale() >= 0 && d.scale() <= NumberBounds.MAX_FRACTION_DIGITS ? d : BigDecimal.ZERO;
        }
        String problem = NumberBounds.problem(d);
        if (problem != null) throw new NumberOutOfBoundsException(p, pathOf(p.getParsingContext()), problem, NumberBounds.problemZh(d));
        return d;
    }

    /** Our JSON path ({@code $.a["b.c"][2]}) of the parser's current position. */
    static String pathOf(com.fasterxml.jackson.core.JsonStreamContext ctx) {
        java.util.ArrayDeque<com.fasterxml.jackson.core.JsonStreamContext> chain = new java.util.ArrayDeque<>();
        for (var c = ctx; c != null && !c.inRoot(); c = c.getParent()) chain.push(c);
        String path = io.aftercert.core.internal.input.JsonPath.ROOT;
        for (var c : chain) {
            if (c.inObject()) path = c.getCurrentName() == null ? path : io.aftercert.core.internal.input.JsonPath.field(path, c.getCurrentName());
            else if (c.inArray()) path = io.aftercert.core.internal.input.JsonPath.index(path, Math.max(0, c.getCurrentIndex()));
        }
        return path;
    }

    // exact decimals kept as written (deprecated in Jackson 2.15+ in favour of a mapper feature,
    // which this hand-driven tree builder does not go through)
    @SuppressWarnings("deprecation")
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The value that starts at token {@code t}, read as {@link #readTree} reads it (numbers bounded). */
    static JsonNode node(JsonParser p, JsonToken t) throws IOException {
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
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    return f.numberNode(bounded(p, new BigDecimal(p.getBigIntegerValue())).toBigIntegerExact());
                }
                if (p.getNumberType() == JsonParser.NumberType.LONG) {
                    long v = p.getLongValue();
                    if (v >= 1_000_000_000_000_000L || v <= -1_000_000_000_000_000L) bounded(p, BigDecimal.valueOf(v));
                    return f.numberNode(v);
                }
                return f.numberNode(p.getIntValue());
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(bounded(p, p.getDecimalValue()));
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
}
