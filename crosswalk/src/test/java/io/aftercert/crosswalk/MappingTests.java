package io.aftercert.crosswalk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Problem;
import io.aftercert.core.Text;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's own checks, the table's reading rules with every problem by path, and the shipped pairs' file names. */
class MappingTests {
    private static final Text WHY = Text.of("理由", "why");

    @Test
    void aRowNeedsBothCodesARelationAndAReason() {
        assertThrows(IllegalArgumentException.class, () -> new Mapping(null, Relation.EQUAL, "4.2", WHY));
        assertThrows(IllegalArgumentException.class, () -> new Mapping(" ", Relation.EQUAL, "4.2", WHY));
        assertThrows(IllegalArgumentException.class, () -> new Mapping("5.1", Relation.EQUAL, null, WHY));
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> new Mapping("5.1", Relation.EQUAL, "", WHY));
        assertEquals("mapping of 5.1 needs a target item code", blank.getMessage());
        NullPointerException rel = assertThrows(NullPointerException.class, () -> new Mapping("5.1", null, "4.2", WHY));
        assertEquals("mapping 5.1 → 4.2 needs a relation", rel.getMessage());
        NullPointerException why = assertThrows(NullPointerException.class, () -> new Mapping("5.1", Relation.EQUAL, "4.2", null));
        assertEquals("mapping 5.1 → 4.2 needs a reason", why.getMessage());
        assertEquals(new Mapping("4.2", Relation.SUBSET_OF, "5.1", WHY), new Mapping("5.1", Relation.SUPERSET_OF, "4.2", WHY).inverse());
    }

    @Test
    void aTableMapsTwoDifferentRubrics() {
        assertThrows(IllegalArgumentException.class, () -> new CrosswalkTable(WHY, true, "hxjt", "hxjt", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CrosswalkTable(WHY, true, null, "hxjt", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CrosswalkTable(WHY, true, "hxjt", null, List.of()));
        CrosswalkTable t = new CrosswalkTable(WHY, true, "gbt27922", "hxjt", List.of(new Mapping("5.1.1.1", Relation.EQUAL, "4.2", WHY)));
        // problems are only looked for between the table's own rubrics
        List<Problem> ps = t.problems(CrosswalkTests.REG.require("hxjt"), CrosswalkTests.REG.require("gbt27922"), "t.json");
        assertEquals(1, ps.size());
        assertEquals("the table maps gbt27922 → hxjt, not hxjt → gbt27922", ps.get(0).message());
    }

    private static List<String> problems(String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CrosswalkTable.read(json.getBytes(StandardCharsets.UTF_8), "mine.json"));
        return e.problems().stream().map(p -> p.path() + " " + p.message()).toList();
    }

    @Test
    void everyMissingOrBlankPartOfAFileIsNamedByPath() {
        assertEquals(List.of("$.a.rubric a non-blank text is required here", "$.b.rubric a non-blank text is required here",
                "$.name.zh a Chinese text (zh) is required here", "$.mappings \"mappings\" must be a list of {a, relation, b, reason}"),
                problems("{\"mappings\": {}}"));
        assertEquals(List.of("$.mappings[0].a a non-blank text is required here", "$.mappings[0].b a non-blank text is required here",
                "$.mappings[0].relation a non-blank text is required here", "$.mappings[0].reason.zh a Chinese text (zh) is required here",
                "$.b.rubric a crosswalk maps two different rubrics"),
                problems("{\"name\": \"n\", \"a\": {\"rubric\": \"x\"}, \"b\": {\"rubric\": \"x\"}, \"mappings\": [{\"a\": \" \", \"reason\": {\"en\": \"e\"}}]}"));
        // a reason in both languages, an omitted "derived" (true), and a row complete in every part
        CrosswalkTable t = CrosswalkTable.read(("{\"name\": {\"zh\": \"表\", \"en\": \"table\"}, \"a\": {\"rubric\": \"x\"}, \"b\": {\"rubric\": \"y\"},"
                + " \"mappings\": [{\"a\": \"1\", \"relation\": \"informs\", \"b\": \"2\", \"reason\": {\"zh\": \"因\", \"en\": \"because\"}}]}")
                .getBytes(StandardCharsets.UTF_8), "ok.json");
        assertEquals(Text.of("表", "table"), t.name());
        assertTrue(t.derived());
        assertEquals(List.of(new Mapping("1", Relation.INFORMS, "2", Text.of("因", "because"))), t.mappings());
        assertEquals(List.of(), t.onto("1"));
        assertEquals(1, t.onto("2").size());
        assertThrows(InvalidInputException.class, () -> CrosswalkTable.read("{".getBytes(StandardCharsets.UTF_8), "cut.json"));
    }

    @Test
    void aShippedPairIsFoundFromEitherSideUnderOneFileName() {
        assertEquals("gbt27922__hxjt.json", Crosswalks.resourceName("gbt27922", "hxjt"));
        assertEquals("gbt27922__hxjt.json", Crosswalks.resourceName("hxjt", "gbt27922"));
        assertEquals("a__a.json", Crosswalks.resourceName("a", "a"));
        assertTrue(Crosswalks.shipped("hxjt", "hxjt").isEmpty(), "no table maps a rubric onto itself");
        CrosswalkTable there = Crosswalks.shipped("gbt27922", "hxjt").orElseThrow();
        CrosswalkTable back = Crosswalks.shipped("hxjt", "gbt27922").orElseThrow();
        assertEquals("gbt27922", there.from());
        assertEquals("hxjt", back.from());
        assertEquals(there.inverse(), back);
    }
}
