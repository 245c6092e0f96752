package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.model.ResultKind;
import io.aftercert.core.model.Rubric;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rubric data is validated on load, with the offending code or path named. */
class RubricJsonTests {
    private static final String HEAD = "{\"id\":\"t\",\"version\":\"1\",\"title\":{\"zh\":\"测\"},\"scoring\":{\"mode\":\"points\",\"total\":10},";

    private static Rubric read(String json) {
        return RubricJson.read(json.getBytes(StandardCharsets.UTF_8), "t.json");
    }

    private static String leaf(String code, String pts) {
        return "{\"code\":\"" + code + "\",\"title\":{\"zh\":\"项\"},\"kind\":\"qualitative\",\"points\":" + pts + "}";
    }

    @Test
    void aConsistentRubricLoads() {
        Rubric r = read(HEAD + "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"points\":10,\"children\":["
                + leaf("1.1", "8.5") + "," + leaf("1.2", "\"3/2\"") + "]}]}");
        assertEquals(Ratio.of(3, 2), r.indicator("1.2").orElseThrow().points());
        assertEquals(Ratio.of(10), r.total());
    }

    @Test
    void childrenThatDoNotAddUpAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(HEAD
                + "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"points\":10,\"children\":["
                + leaf("1.1", "8") + "," + leaf("1.2", "1") + "]}]}"));
        assertTrue(e.getMessage().contains("t.json"), e.getMessage());
        assertTrue(e.getMessage().contains("children of 1 add up to 9, not its points 10"), e.getMessage());
    }

    @Test
    void duplicateCodesAreNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(HEAD
                + "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"points\":10,\"children\":["
                + leaf("1.1", "5") + "," + leaf("1.1", "5") + "]}]}"));
        assertTrue(e.getMessage().contains("'1.1' is used twice"), e.getMessage());
    }

    @Test
    void weightsMustAddUpTo100() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(
                "{\"id\":\"w\",\"version\":\"1\",\"title\":{\"zh\":\"权\"},\"scoring\":{\"mode\":\"weighted\"},\"indicators\":["
                        + "{\"code\":\"A\",\"title\":{\"zh\":\"甲\"},\"weight\":60,\"children\":[" + leaf("A.1", "0") + "]},"
                        + "{\"code\":\"B\",\"title\":{\"zh\":\"乙\"},\"weight\":30,\"children\":[" + leaf("B.1", "0") + "]}]}"));
        assertTrue(e.getMessage().contains("add up to 90 %, not 100 %"), e.getMessage());
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheJsonPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(HEAD
                + "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"pionts\":10}]}"));
        assertEquals("$.indicators[0].pionts", e.problems().get(0).path());
        InvalidInputException k = assertThrows(InvalidInputException.class, () -> read(HEAD
                + "\"indicators\":[" + leaf("1", "10").replace("qualitative", "qualitive") + "]}"));
        assertTrue(k.getMessage().contains("unknown indicator kind 'qualitive'"), k.getMessage());
    }

    private static final String TWO_ITEMS = "\"indicators\":[{\"code\":\"1\",\"title\":{\"zh\":\"组\"},\"points\":10,\"children\":["
            + leaf("1.1", "5") + "," + leaf("1.2", "5") + "]}]}";

    @Test
    void aRubricThatDeclaresNoResultKindIsAnIndexWithoutGradesAndWritesNoResultField() {
        Rubric r = read(HEAD + TWO_ITEMS);
        assertEquals(ResultKind.INDEX, r.resultKind());
        assertEquals(null, r.declaredResult());
        AssessmentResult res = ScoringEngine.score(r, Assessment.builder("t", new Organization("甲", null))
                .put("1.1", Evidence.conforms(true)).build());
        assertEquals(null, res.rubric().result());
        assertTrue(!ResultJson.writeString(res).contains("\"result\""), "older readers see the JSON they knew");
    }

    @Test
    void conformanceIsReadFromTheDataCarriedIntoTheResultAndReadBack() {
        Rubric r = read(HEAD.replace("\"mode\":\"points\"", "\"mode\":\"points\",\"result\":\"conformance\"") + TWO_ITEMS);
        assertEquals(ResultKind.CONFORMANCE, r.resultKind());
        assertEquals(ResultKind.CONFORMANCE, r.toBuilder().build().resultKind(), "a rebuilt (tailored) rubric keeps it");
        AssessmentResult res = ScoringEngine.score(r, Assessment.builder("t", new Organization("甲", null))
                .put("1.1", Evidence.conforms(true)).put("1.2", Evidence.conforms(false)).build());
        assertEquals(io.aftercert.core.model.ResultKind.CONFORMANCE, res.rubric().result());
        assertTrue(res.rubric().conformance());
        assertEquals(Ratio.of(50), res.score()); // 5 of 10 points: one of two requirements met
        AssessmentResult back = ResultJson.read(ResultJson.write(res), "r.json");
        assertEquals(res, back);
        assertTrue(back.rubric().conformance());
    }

    @Test
    void anUnknownResultKindOrOneBesideAGradeScaleIsNamedByItsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(
                HEAD.replace("\"mode\":\"points\"", "\"mode\":\"points\",\"result\":\"conformity\"") + TWO_ITEMS));
        assertEquals("$.scoring.result", e.problems().get(0).path());
        assertTrue(e.getMessage().contains("unknown result kind 'conformity' (index, conformance"), e.getMessage());
        InvalidInputException g = assertThrows(InvalidInputException.class, () -> read(HEAD.replace("\"mode\":\"points\"",
                "\"mode\":\"points\",\"result\":\"conformance\",\"gradeScale\":{\"grades\":[{\"id\":\"ok\",\"label\":{\"zh\":\"合格\"},\"min\":60}]}")
                + TWO_ITEMS));
        assertEquals("$.scoring.result", g.problems().get(0).path());
        assertTrue(g.getMessage().contains("has a grade scale, so its result is graded"), g.getMessage());
        InvalidInputException x = assertThrows(InvalidInputException.class, () -> read(
                HEAD.replace("\"mode\":\"points\"", "\"mode\":\"points\",\"result\":\"graded\"") + TWO_ITEMS));
        assertEquals("$.scoring.result", x.problems().get(0).path());
    }

    @Test
    void aGradeScaleAddedLaterMakesADeclaredConformanceResultGraded() {
        Rubric r = read(HEAD.replace("\"mode\":\"points\"", "\"mode\":\"points\",\"result\":\"conformance\"") + TWO_ITEMS);
        Rubric graded = r.toBuilder().gradeScale(new io.aftercert.core.model.GradeScale(List.of(
                new io.aftercert.core.model.Grade("ok", new io.aftercert.core.Text("合格", "pass"), Ratio.of(60), false)),
                null, true, 0, null, null)).build();
        assertEquals(ResultKind.GRADED, graded.resultKind());
        assertEquals(ResultKind.GRADED, ScoringEngine.score(graded, Assessment.builder("t", new Organization("甲", null)).build())
                .rubric().result());
    }
}
