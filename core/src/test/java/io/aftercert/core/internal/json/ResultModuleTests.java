package io.aftercert.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Finding;
import io.aftercert.core.model.CreditCurve;
import io.aftercert.core.model.Direction;
import io.aftercert.core.model.IndicatorKind;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.ScoringMode;
import io.aftercert.core.scoring.FindingResult;
import io.aftercert.core.scoring.Status;
import io.aftercert.core.scoring.Verdict;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON shape of the result types lives in {@link ResultModule}, not on the API types. */
class ResultModuleTests {
    private static final ObjectMapper M = SharedMapper.get();

    @Test
    void passedIsTrueFalseOrNullAndReadsBackToTheSameVerdict() throws Exception {
        assertEquals("true", M.writeValueAsString(Verdict.PASSED));
        assertEquals("false", M.writeValueAsString(Verdict.FAILED));
        assertEquals("null", M.writeValueAsString(Verdict.NOT_JUDGED));
        assertEquals(Verdict.PASSED, M.readValue("true", Verdict.class));
        assertEquals(Verdict.FAILED, M.readValue("false", Verdict.class));
        record Holder(Verdict passed) {
        }
        assertEquals(Verdict.NOT_JUDGED, M.readValue("{\"passed\":null}", Holder.class).passed());
        assertEquals(Verdict.NOT_JUDGED, M.readValue("{}", Holder.class).passed());
        assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class, () -> M.readValue("\"yes\"", Verdict.class));
    }

    @Test
    void everyEnumIsWrittenAsTheDocumentsNameAndReadBack() throws Exception {
        List<Enum<?>> all = new ArrayList<>();
        for (Class<? extends Enum<?>> t : List.of(Status.class, IndicatorKind.class, Direction.class, CreditCurve.class,
                ScoringMode.class, ResultKind.class, Finding.Type.class)) {
            all.addAll(List.of(t.getEnumConstants()));
        }
        for (Enum<?> e : all) {
            String name = (String) e.getClass().getMethod("json").invoke(e);
            assertEquals('"' + name + '"', M.writeValueAsString(e), e.getClass().getSimpleName() + "." + e.name());
            assertEquals(e, M.readValue('"' + name + '"', e.getDeclaringClass()));
        }
        // the names as the documents print them, independently of json()
        assertEquals("\"not_applicable\"", M.writeValueAsString(Status.NOT_APPLICABLE));
        assertEquals("\"at-least\"", M.writeValueAsString(Direction.AT_LEAST));
        assertEquals("\"deduction\"", M.writeValueAsString(Finding.Type.DEDUCTION));
        assertEquals("\"graded\"", M.writeValueAsString(ResultKind.GRADED));
        assertThrows(InvalidFormatException.class, () -> M.readValue("\"AT_LEAST\"", Direction.class));
        assertThrows(InvalidFormatException.class, () -> M.readValue("\"penalty\"", Finding.Type.class));
    }

    @Test
    void aFindingLeavesOutItsAbsentFieldsAndKeepsItsTypeName() {
        JsonNode n = M.valueToTree(new FindingResult(Finding.Type.BONUS, null, "领先", null, Ratio.ONE));
        assertEquals("{\"type\":\"bonus\",\"description\":\"领先\",\"points\":1}", n.toString());
        ObjectNode back = (ObjectNode) n;
        assertEquals(Finding.Type.BONUS, M.convertValue(back, FindingResult.class).type());
    }

    @Test
    void theResultTypesCarryNoJacksonAnnotation() throws Exception {
        Path classes = Path.of(Verdict.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> annotated = new ArrayList<>();
        for (String pkg : List.of("io/aftercert/core/scoring", "io/aftercert/core/plan")) {
            try (Stream<Path> s = Files.list(classes.resolve(pkg))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String name = pkg.replace('/', '.') + "." + p.getFileName().toString().replace(".class", "");
                    Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                    List<AnnotatedElement> parts = new ArrayList<>(List.of(c));
                    parts.addAll(List.of(c.getDeclaredMethods()));
                    parts.addAll(List.of(c.getDeclaredFields()));
                    if (c.isRecord()) for (RecordComponent rc : c.getRecordComponents()) parts.add(rc);
                    for (AnnotatedElement e : parts) {
                        for (Annotation a : e.getDeclaredAnnotations()) {
                            if (a.annotationType().getName().startsWith("com.fasterxml")) annotated.add(e + " @" + a.annotationType().getSimpleName());
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), annotated);
    }
}
