package io.aftercert.core.json;

import io.aftercert.core.internal.json.SharedMapper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.TestRubrics;
import io.aftercert.core.evidence.Assessment;
import io.aftercert.core.evidence.Evidence;
import io.aftercert.core.evidence.Organization;
import io.aftercert.core.scoring.AssessmentResult;
import io.aftercert.core.scoring.ScoringEngine;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Result JSON: written with numbers and exact siblings, valid against its schema, read back without loss; bad files named. */
class ResultJsonTests {
    private static AssessmentResult scored() {
        // A.1 2 of 3 sampled → 2 × 2/3 = 4/3; A.2 1.5 × 1/3 = 1/2; A.3 not assessed; B.1 band 4 → 4 × 0.7 = 2.8
        // earned 4/3 + 1/2 + 14/5 = (40 + 15 + 84)/30 = 139/30 of 10 → score 139/3 = 46.333…
        Assessment a = Assessment.builder("mini", new Organization("华澜", null)).put("A.1", Evidence.sample(2, 3))
                .put("A.2", Evidence.sample(1, 3)).put("B.1", Evidence.band(4)).build();
        return ScoringEngine.score(TestRubrics.mini(), a);
    }

    @Test
    void anInexactScoreIsANumberWithItsExactFractionAndRoundTrips() throws Exception {
        AssessmentResult r = scored();
        assertEquals(Ratio.of(139, 3), r.score());
        JsonNode tree = SharedMapper.get().readTree(ResultJson.write(r));
        assertTrue(tree.get("score").isNumber());
        assertEquals(0, new BigDecimal("46.3333333333").compareTo(tree.get("score").decimalValue()));
        assertEquals("139/3", tree.get("scoreExact").textValue());
        assertEquals(r, ResultJson.read(ResultJson.write(r), "r.json"));
        assertEquals(r, ResultJson.read(ResultJson.writeString(r).getBytes(StandardCharsets.UTF_8), "r.json"));
        assertEquals("华澜", ResultJson.read(ResultJson.write(r), "r.json").organization().name());
    }

    @Test
    void theWrittenResultValidatesAgainstItsSchema() throws Exception {
        JsonSchema schema;
        try (InputStream s = ResultJson.class.getResourceAsStream(ResultJson.SCHEMA_RESOURCE)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        }
        ObjectNode tree = (ObjectNode) SharedMapper.get().readTree(ResultJson.write(scored()));
        assertEquals(java.util.Set.of(), schema.validate(tree));
        tree.put("score", "46.33"); // a number as a string is what the schema exists to refuse
        assertFalse(schema.validate(tree).isEmpty());
        // a next grade that cannot be reached carries its reason in both languages ("why"): valid too
        Assessment.Builder none = Assessment.builder("mini", new Organization("x", null));
        for (String c : java.util.List.of("A.1", "A.2", "A.3", "B.1")) none.put(c, Evidence.notApplicable("n/a"));
        JsonNode unreachable = SharedMapper.get().readTree(ResultJson.write(ScoringEngine.score(TestRubrics.mini(), none.build())));
        assertTrue(unreachable.at("/nextGrade/why/zh").isTextual(), unreachable.toString());
        assertTrue(unreachable.at("/nextGrade/why/en").isTextual(), unreachable.toString());
        assertEquals(java.util.Set.of(), schema.validate(unreachable));
    }

    @Test
    void aFileThatIsNoResultIsRefusedNamingFileAndPlace() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResultJson.read("{\"schemaVersion\": 1, \"score\": {}}".getBytes(StandardCharsets.UTF_8), "old-result.json"));
        assertEquals("old-result.json", e.problems().get(0).file());
        assertTrue(e.getMessage().contains("old-result.json"), e.getMessage());
        InvalidInputException syntax = assertThrows(InvalidInputException.class,
                () -> ResultJson.read("{\"score\": ".getBytes(StandardCharsets.UTF_8), "cut.json"));
        assertEquals("cut.json", syntax.problems().get(0).file());
    }

    /** The scored result's JSON, edited by {@code edit}, read back and checked against the mini rubric: the problems as text. */
    private static java.util.List<String> edited(java.util.function.Consumer<ObjectNode> edit) throws Exception {
        ObjectNode tree = (ObjectNode) SharedMapper.get().readTree(ResultJson.write(scored()));
        edit.accept(tree);
        byte[] json = SharedMapper.get().writeValueAsBytes(tree);
        try {
            ResultJson.readChecked(json, "r.json", id -> id.equals("mini") ? java.util.Optional.of(TestRubrics.mini()) : java.util.Optional.empty());
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Object::toString).toList();
        }
    }

    private static ObjectNode indicator(ObjectNode tree, String code) {
        for (JsonNode i : tree.get("indicators")) if (i.get("code").asText().equals(code)) return (ObjectNode) i;
        throw new AssertionError(code);
    }

    @Test
    void aResultAsScoredPassesTheReadBackCheck() throws Exception {
        assertEquals(java.util.List.of(), edited(t -> { }));
        assertEquals(java.util.List.of(), ResultJson.check(scored(), TestRubrics.mini(), "r.json"));
    }

    @Test
    void aHandEditedResultIsRefusedWithItsProblemsListed() throws Exception {
        // A.1 earned 4/3 of 2 edited to −130: outside 0…2; the items then earn 139/30 − 4/3 − 130 = −3800/30 + … ≠ the total 139/30
        java.util.List<String> negative = edited(t -> {
            indicator(t, "A.1").put("earned", -130).remove("earnedExact");
        });
        assertTrue(negative.contains("r.json: $.indicators[0].earned [A.1]: earned -130 is outside 0…2 (its applicable points)"), negative.toString());
        // the score 139/3 edited to 90: the totals 139/30 of 10 give 46.33; the final score still says 46.33
        java.util.List<String> score = edited(t -> t.put("score", 90).remove("scoreExact"));
        assertEquals(java.util.List.of("r.json: $.score: the score is 90, but the totals give 46.33"), score);
        // the total earned edited: not the items' sum (139/30 = 4.63)
        java.util.List<String> total = edited(t -> ((ObjectNode) t.get("totals")).put("earned", 9).remove("earnedExact"));
        assertTrue(total.contains("r.json: $.totals.earned: the total earned is 9, but the items earn 4.63"), total.toString());
        // a code the rubric does not have, and one listed twice
        java.util.List<String> codes = edited(t -> {
            indicator(t, "A.2").put("code", "Z.9");
            indicator(t, "B.1").put("code", "A.1");
        });
        assertTrue(codes.contains("r.json: $.indicators[1].code [Z.9]: mini has no item Z.9"), codes.toString());
        assertTrue(codes.contains("r.json: $.indicators[3].code [A.1]: the item A.1 is listed twice"), codes.toString());
        // a grade the final score 46.33 does not reach; an unknown schema version; an unknown rubric
        java.util.List<String> grade = edited(t -> ((ObjectNode) t.get("gradeByScore")).put("id", "five-star"));
        assertTrue(grade.size() == 1 && grade.get(0).startsWith("r.json: $.gradeByScore: the grade by score is five-star, but a final score of 46.33 gives "),
                grade.toString());
        assertEquals(java.util.List.of("r.json: $.schemaVersion: schemaVersion must be 2 (the result version this SDK reads), not 99"),
                edited(t -> t.put("schemaVersion", 99)));
        assertEquals(java.util.List.of("r.json: $.rubric.id: no installed rubric is called 'nope'"),
                edited(t -> ((ObjectNode) t.get("rubric")).put("id", "nope")));
        java.util.List<String> credit = edited(t -> indicator(t, "B.1").put("credit", 1.5).remove("creditExact"));
        assertEquals(java.util.List.of("r.json: $.indicators[3].credit [B.1]: credit 1.5 is outside 0…1"), credit);
    }
}
