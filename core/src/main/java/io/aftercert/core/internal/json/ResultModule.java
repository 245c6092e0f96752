package io.aftercert.core.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.plan.ActionPlan;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.GradeRef;
import io.aftercert.core.scoring.GroupResult;
import io.aftercert.core.scoring.IndicatorResult;
import io.aftercert.core.scoring.Ledger;
import io.aftercert.core.scoring.MetricResult;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.scoring.Verdict;
import java.io.IOException;
import java.util.function.Function;

/**
 * How the result types of the API map to the JSON documents (architecture §6): field order and
 * absent-when-null rules as Jackson mix-ins, and every enum as the name the documents use
 * ({@code at-least}, {@code not_applicable}, …). The API types carry no Jackson annotation; this
 * module, installed once by {@link SharedMapper}, is the one place that decides their JSON shape.
 */
public final class ResultModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** The module with every mix-in and enum name of the result documents. */
    public ResultModule() {
        super("aftercert-results");
        setMixInAnnotation(AssessmentResult.class, AssessmentResultMixin.class);
        setMixInAnnotation(AssessmentResult.RubricRef.class, NonNullMixin.class);
        setMixInAnnotation(IndicatorResult.class, NonNullMixin.class);
        setMixInAnnotation(GroupResult.class, NonNullMixin.class);
        setMixInAnnotation(FindingResult.class, NonNullMixin.class);
        setMixInAnnotation(MetricResult.class, NonNullMixin.class);
        setMixInAnnotation(Ledger.Entry.class, NonNullMixin.class);
        setMixInAnnotation(ActionPlan.Action.class, NonNullMixin.class);
        setMixInAnnotation(GradeRef.class, GradeRefMixin.class);
        named(Status.class, Status::json, Status::fromJson);
        named(IndicatorKind.class, IndicatorKind::json, IndicatorKind::fromJson);
        named(Direction.class, Direction::json, Direction::fromJson);
        named(CreditCurve.class, CreditCurve::json, CreditCurve::fromJson);
        named(ScoringMode.class, ScoringMode::json, ScoringMode::fromJson);
        named(ResultKind.class, ResultKind::json, s -> { // a result may be graded (a tailoring gave grades)
            for (ResultKind k : ResultKind.values()) if (k.json().equals(s)) return k;
            throw new IllegalArgumentException("unknown result kind '" + s + "' (graded, index, conformance)");
        });
        named(Finding.Type.class, Finding.Type::json, s -> {
            for (Finding.Type t : Finding.Type.values()) if (t.json().equals(s)) return t;
            throw new IllegalArgumentException("unknown finding type '" + s + "' (deduction, bonus)");
        });
        addSerializer(Verdict.class, new VerdictSerializer());
        addDeserializer(Verdict.class, new VerdictDeserializer());
    }

    private <E extends Enum<E>> void named(Class<E> type, Function<E, String> name, Function<String, E> parse) {
        addSerializer(type, new NameSerializer<>(type, name));
        addDeserializer(type, new NameDeserializer<>(type, parse));
    }

    /** The result document: every field always written (null included), in this order. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"schemaVersion", "sdkVersion", "rubric", "organization", "assessedOn", "assessor",
            "qualifyingGradeHeldMonths", "score", "bonus", "deductions", "finalScore", "scoreDisplay", "grade",
            "gradeByScore", "passed", "reasons", "caveats", "warnings", "totals", "groups", "indicators", "findings",
            "gaps", "nextGrade", "ledger"})
    abstract static class AssessmentResultMixin {
        /** Absent rather than null: results written before it existed stay as they were. */
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Integer qualifyingGradeHeldMonths();
    }

    /** A part of a document whose null fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    abstract static class NonNullMixin {
    }

    /** {@code isNone()} is a question, not a field. */
    abstract static class GradeRefMixin {
        @JsonIgnore
        abstract boolean isNone();
    }

    /** An enum written as its document name. */
    static final class NameSerializer<E extends Enum<E>> extends StdScalarSerializer<E> {
        private static final long serialVersionUID = 1L;
        private final transient Function<E, String> name;

        NameSerializer(Class<E> type, Function<E, String> name) {
            super(type);
            this.name = name;
        }

        @Override
        public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(name.apply(value));
        }
    }

    /** An enum read from its document name; any other text is a mapping error naming the type. */
    static final class NameDeserializer<E extends Enum<E>> extends StdScalarDeserializer<E> {
        private static final long serialVersionUID = 1L;
        private final transient Function<String, E> parse;

        NameDeserializer(Class<E> type, Function<String, E> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                @SuppressWarnings("unchecked")
                E none = (E) ctxt.handleUnexpectedToken(handledType(), p);
                return none;
            }
            String s = p.getText();
            try {
                return parse.apply(s);
            } catch (IllegalArgumentException e) {
                @SuppressWarnings("unchecked")
                E none = (E) ctxt.handleWeirdStringValue(handledType(), s, e.getMessage());
                return none;
            }
        }
    }

    /** {@code passed}: {@code true}, {@code false}, or {@code null} when not judged. */
    static final class VerdictSerializer extends StdScalarSerializer<Verdict> {
        private static final long serialVersionUID = 1L;

        VerdictSerializer() {
            super(Verdict.class);
        }

        @Override
        public void serialize(Verdict value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value == Verdict.NOT_JUDGED) gen.writeNull();
            else gen.writeBoolean(value == Verdict.PASSED);
        }
    }

    /** {@code passed} read back: {@code null} or absent is not judged. */
    static final class VerdictDeserializer extends StdScalarDeserializer<Verdict> {
        private static final long serialVersionUID = 1L;

        VerdictDeserializer() {
            super(Verdict.class);
        }

        @Override
        public Verdict deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) return Verdict.PASSED;
            if (t == JsonToken.VALUE_FALSE) return Verdict.FAILED;
            return (Verdict) ctxt.handleUnexpectedToken(Verdict.class, p);
        }

        @Override
        public Verdict getNullValue(DeserializationContext ctxt) {
            return Verdict.NOT_JUDGED;
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Verdict.NOT_JUDGED;
        }
    }
}
