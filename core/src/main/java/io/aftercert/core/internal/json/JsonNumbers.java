package io.aftercert.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import io.aftercert.core.internal.input.NumberBounds;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The one number convention of every JSON document AfterCert writes (docs/scoring.md, "JSON numbers and schemas").
 *
 * <p>Every number is a JSON number. An exact value ({@link Ratio}) whose decimal expansion
 * terminates within {@value #MAX_EXACT_DIGITS} characters is written as that decimal; any other
 * is written as its decimal approximation to {@value #DECIMALS} places, and a sibling field named
 * {@code <field>Exact} carries it exactly as {@code "p/q"}:
 * {@code "finalScore": 78.1122448980, "finalScoreExact": "7655/98"}. A reader that needs the exact
 * value prefers {@code <field>Exact} when present; everyone else reads a plain number.
 *
 * <p>Three entry points, one rule: {@link #module()} for Jackson-serialised records (every
 * {@code Ratio} property gets its {@code Exact} sibling), {@link #put(ObjectNode, String, Ratio)}
 * for hand-built trees, and {@link #read(JsonNode, String)} / {@link #foldExact(JsonNode)} to read
 * them back exactly. Other modules (records, survey, crosswalk) use these, never their own.
 */
public final class JsonNumbers {
    /** Decimal places of the approximation written beside a {@code <field>Exact}. */
    public static final int DECIMALS = 10;
    /** Suffix of the sibling field that carries the exact value. */
    public static final String EXACT_SUFFIX = "Exact";
    /** Longest exact decimal written as-is (longer ones get an approximation and an exact sibling). */
    public static final int MAX_EXACT_DIGITS = 30;

    private JsonNumbers() {
    }

    /**
     * Whether a value is written as its exact decimal.
     *
     * @param r the value
     * @return true when its decimal terminates within {@value #MAX_EXACT_DIGITS} characters, so no
     *         {@code Exact} sibling is needed
     */
    public static boolean writesExactly(Ratio r) {
        return exactDecimal(r) != null;
    }

    /** The exact decimal a value is written as, or null when it is written rounded with its {@code Exact} sibling. */
    private static BigDecimal exactDecimal(Ratio r) {
        if (!r.isTerminating()) return null;
        BigDecimal d = r.toBigDecimalExact();
        return d.toPlainString().length() <= MAX_EXACT_DIGITS ? d : null;
    }

    /**
     * The JSON number written for a value.
     *
     * @param r the value, or null (for value types that hold the number and its {@link #exact}
     *          text in two fields)
     * @return the exact decimal where {@link #writesExactly}, else the value rounded half-even to
     *         {@value #DECIMALS} places; null for null
     */
    public static BigDecimal number(Ratio r) {
        if (r == null) return null;
        BigDecimal exact = exactDecimal(r);
        return exact != null ? exact : r.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN);
    }

    /**
     * The text of the {@code Exact} sibling.
     *
     * @param r the value, or null
     * @return {@code "p/q"} in lowest terms, or null when the number itself is exact or {@code r} is null
     */
    public static String exact(Ratio r) {
        return r == null || writesExactly(r) ? null : r.numerator() + "/" + r.denominator();
    }

    /**
     * Sets {@code name} (and {@code nameExact} where needed) on a hand-built object.
     *
     * @param o    the object
     * @param name the field name
     * @param r    the value; null is written as JSON null
     * @return {@code o}
     */
    public static ObjectNode put(ObjectNode o, String name, Ratio r) {
        if (r == null) {
            o.putNull(name);
            return o;
        }
        o.put(name, number(r));
        String exact = exact(r);
        if (exact != null) o.put(name + EXACT_SUFFIX, exact);
        return o;
    }

    /**
     * Reads {@code name} of {@code o} exactly: {@code nameExact} when present, else the number
     * (a {@code "p/q"} string is accepted too, as earlier versions wrote).
     *
     * @param o    the object
     * @param name the field name
     * @return the exact value, or null when the field is absent or null
     * @throws NumberFormatException when the field is neither a number nor an exact "p/q"
     */
    public static Ratio read(JsonNode o, String name) {
        JsonNode exact = o.get(name + EXACT_SUFFIX);
        if (exact != null && exact.isTextual()) return Ratio.parse(exact.textValue());
        JsonNode n = o.get(name);
        if (n == null || n.isNull()) return null;
        if (n.isNumber()) return Ratio.of(n.decimalValue());
        if (n.isTextual()) return Ratio.parse(n.textValue());
        throw new NumberFormatException(name + " must be a number, not " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Folds every {@code x} / {@code xExact} pair of a tree (at any depth, in place) into {@code x}
     * holding the exact {@code "p/q"}, so a databind reader sees one exact value per field.
     * Only pairs whose {@code x} is a number and whose {@code xExact} is a string are folded.
     *
     * @param node a tree as read, or null
     * @return the same node
     */
    public static JsonNode foldExact(JsonNode node) {
        if (node instanceof ObjectNode o) {
            List<String> exactNames = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String k = e.getKey();
                if (k.endsWith(EXACT_SUFFIX) && k.length() > EXACT_SUFFIX.length() && e.getValue().isTextual()) {
                    JsonNode base = o.get(k.substring(0, k.length() - EXACT_SUFFIX.length()));
                    if (base != null && base.isNumber()) exactNames.add(k);
                } else {
                    foldExact(e.getValue());
                }
            }
            for (String k : exactNames) {
                String base = k.substring(0, k.length() - EXACT_SUFFIX.length());
                o.set(base, JsonNodeFactory.instance.textNode(o.get(k).textValue()));
                o.remove(k);
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode c : node) foldExact(c);
        }
        return node;
    }

    /**
     * Jackson support: every {@link Ratio} bean property (records included) is written as a number
     * plus, where inexact, its {@code <name>Exact} sibling. A Ratio outside a property (an array
     * element, a map value) is written as its number alone. Reading accepts numbers and "p/q"
     * strings; read whole documents through {@link #foldExact(JsonNode)} to use the exact siblings.
     *
     * @return a new module
     */
    public static SimpleModule module() {
        SimpleModule m = ratioModule();
        m.setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription beanDesc,
                                                             List<BeanPropertyWriter> props) {
                List<BeanPropertyWriter> out = new ArrayList<>(props.size());
                for (BeanPropertyWriter w : props) {
                    out.add(w.getType().getRawClass() == Ratio.class ? new RatioWriter(w) : w);
                }
                return out;
            }
        });
        return m;
    }

    /** Writes a Ratio property as {@code name: number} plus {@code nameExact: "p/q"} where inexact. */
    private static final class RatioWriter extends BeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        RatioWriter(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            Object v = get(bean);
            if (!(v instanceof Ratio r)) {
                super.serializeAsField(bean, gen, prov); // nulls follow the bean's inclusion rule
                return;
            }
            gen.writeFieldName(_name);
            BigDecimal exact = exactDecimal(r); // worked out once per value: the number and whether a sibling follows
            gen.writeNumber(exact != null ? exact : r.toBigDecimal(DECIMALS, RoundingMode.HALF_EVEN));
            if (exact == null) {
                gen.writeFieldName(getName() + EXACT_SUFFIX);
                gen.writeString(r.numerator() + "/" + r.denominator());
            }
        }
    }

    /**
     * Jackson support for {@link Ratio} values on their own: written as a JSON number
     * ({@link #number}); read from a number or a {@code "p/q"} string. Bean properties
     * get their {@code <field>Exact} sibling from {@link #module()}, which the shared
     * mapper uses.
     *
     * @return a new module
     */
    public static SimpleModule ratioModule() {
        SimpleModule module = new SimpleModule("aftercert-ratio");
        module.addSerializer(Ratio.class, new JsonSerializer<>() {
            @Override
            public void serialize(Ratio value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeNumber(number(value));
            }
        });
        module.addDeserializer(Ratio.class, new JsonDeserializer<>() {
            @Override
            public Ratio deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                    BigDecimal d = p.getDecimalValue();
                    if (d.signum() == 0) return Ratio.ZERO;
                    try {
                        return NumberBounds.ratio(d);
                    } catch (NumberFormatException e) { // the refusal rides along as the value: its Chinese words are said
                        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, e.getMessage(), e, Ratio.class);
                    }
                }
                if (t == JsonToken.VALUE_STRING) {
                    try {
                        return NumberBounds.parse(p.getText());
                    } catch (NumberFormatException e) {
                        throw com.fasterxml.jackson.databind.exc.InvalidFormatException.from(p, e.getMessage(), e, Ratio.class);
                    }
                }
                return (Ratio) ctxt.handleUnexpectedToken(Ratio.class, p);
            }
        });
        return module;
    }
}
