package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Text;
import io.aftercert.core.registry.RubricRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped mappings: every code exists, relations agree from both sides, files match their schema. */
class CrosswalkTableTests {
    static final RubricRegistry REG = RubricRegistry.getDefault();

    @Test
    void everyShippedMappingNamesItemsBothRubricsHave() {
        for (List<String> pair : Crosswalks.SHIPPED) {
            CrosswalkTable t = Crosswalks.shipped(pair.get(0), pair.get(1)).orElseThrow();
            assertEquals(List.of(), t.problems(REG.require(pair.get(0)), REG.require(pair.get(1)), pair.toString()));
            assertTrue(t.derived(), "shipped mappings are the project's judgement");
            assertTrue(t.mappings().size() >= 20, pair + " maps only " + t.mappings().size() + " pairs");
        }
    }

    @Test
    void relationsAreConsistentInBothDirections() {
        for (List<String> pair : Crosswalks.SHIPPED) {
            CrosswalkTable ab = Crosswalks.shipped(pair.get(0), pair.get(1)).orElseThrow();
            CrosswalkTable ba = Crosswalks.shipped(pair.get(1), pair.get(0)).orElseThrow();
            for (Mapping m : ab.mappings()) {
                // the row read from the other side: b (inverse relation) a
                Mapping back = ba.mappings().stream().filter(x -> x.from().equals(m.to()) && x.to().equals(m.from()))
                        .findFirst().orElseThrow(() -> new AssertionError(m + " has no reverse row"));
                assertEquals(m.relation().inverse(), back.relation(), m.toString());
                assertEquals(m.justification() == null ? null : m.justification().from(),
                        back.justification() == null ? null : back.justification().to(), "the quotes change sides: " + m);
            }
            assertEquals(ab.mappings().size(), ba.mappings().size());
        }
        // the inverse pairs of the vocabulary (NIST IR 8477): subset-of ↔ superset-of, the rest symmetric but informs
        assertEquals(Relation.SUPERSET_OF, Relation.SUBSET_OF.inverse());
        assertEquals(Relation.INFORMED_BY, Relation.INFORMS.inverse());
        for (Relation r : Relation.values()) assertEquals(r, r.inverse().inverse());
        assertEquals(List.of(Relation.EQUAL, Relation.SUBSET_OF, Relation.SUPERSET_OF),
                java.util.Arrays.stream(Relation.values()).filter(Relation::claimsContainment).toList());
    }

    @Test
    void shippedFilesMatchTheirSchema() throws Exception {
        for (List<String> pair : Crosswalks.SHIPPED) {
            String res = "/io/aftercert/crosswalk/" + Crosswalks.resourceName(pair.get(0), pair.get(1));
            try (InputStream in = getClass().getResourceAsStream(res)) {
                assertEquals(List.of(), SchemaCheck.errors("/io/aftercert/crosswalk/schema/crosswalk.schema.json", in.readAllBytes()), res);
            }
        }
    }

    @Test
    void aUsersFileWithBadRowsIsRefusedWithEveryProblemByPath() {
        String json = """
                {"schemaVersion": 1, "name": "mine", "a": {"rubric": "gbt27922"}, "b": {"rubric": "hxjt"},
                 "mappings": [
                   {"a": "5.1.1.1", "relation": "same-as", "b": "4.2", "reason": "x"},
                   {"a": "5.1.1.1", "relation": "equal", "b": "4.2", "reason": "x"},
                   {"a": "5.1.1.9", "relation": "equal", "b": "HX-5.1", "reason": "x"},
                   {"a": "5.1.1.1", "relation": "equal", "b": "4.2", "reason": "x"}
                 ]}""";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CrosswalkTable.read(json.getBytes(StandardCharsets.UTF_8), "mine.json"));
        assertEquals("$.mappings[0].relation", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("unknown relation 'same-as'"));
        CrosswalkTable t = CrosswalkTable.read(json.replace("same-as", "intersects-with").getBytes(StandardCharsets.UTF_8), "mine.json");
        List<Problem> ps = t.problems(REG.require("gbt27922"), REG.require("hxjt"), "mine.json");
        // row 1 duplicates row 0's pair; row 2 names an unknown item and a group; row 3 duplicates again
        assertEquals(List.of("$.mappings[1]", "$.mappings[2]", "$.mappings[2]", "$.mappings[3]"),
                ps.stream().map(Problem::path).toList());
        assertTrue(ps.get(1).message().contains("no item '5.1.1.9'"), ps.get(1).message());
        assertTrue(ps.get(2).message().contains("'HX-5.1' is a group"), ps.get(2).message());
    }

    @Test
    void aJustificationIsReadWithItsQuotesAndEveryMissingPartIsNamed() {
        String json = """
                {"schemaVersion": 1, "name": "mine", "a": {"rubric": "gxdsl244"}, "b": {"rubric": "gxdsl259"},
                 "mappings": [
                   {"a": "D1.3", "relation": "subset-of", "b": "8.27", "reason": "x",
                    "justification": {"a": "投诉处理满意率（不低于 85%）", "b": "投诉处理满意率应不低于 90%。", "why": {"zh": "目标不同", "en": "different targets"}}},
                   {"a": "C1.1", "relation": "equal", "b": "9.4", "reason": "x"}
                 ]}""";
        CrosswalkTable t = CrosswalkTable.read(json.getBytes(StandardCharsets.UTF_8), "mine.json");
        Justification j = t.mappings().get(0).justification();
        assertEquals("投诉处理满意率（不低于 85%）", j.from());
        assertEquals("投诉处理满意率应不低于 90%。", j.to());
        assertEquals("different targets", j.why().en());
        assertEquals(null, t.mappings().get(1).justification());
        // read from the other side the quotes change places
        assertEquals("投诉处理满意率应不低于 90%。", t.inverse().mappings().get(0).justification().from());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CrosswalkTable.read(
                json.replace("\"a\": \"投诉处理满意率（不低于 85%）\", ", "").replace("\"zh\": \"目标不同\", ", "")
                        .getBytes(StandardCharsets.UTF_8), "mine.json"));
        assertEquals(List.of("$.mappings[0].justification.a", "$.mappings[0].justification.why.zh"),
                e.problems().stream().map(Problem::path).toList());
        assertThrows(IllegalArgumentException.class, () -> new Justification(" ", "b", Text.of("理由", "why")));
        assertThrows(IllegalArgumentException.class, () -> new Justification("a", null, Text.of("理由", "why")));
        assertThrows(NullPointerException.class, () -> new Justification("a", "b", null));
    }
}
