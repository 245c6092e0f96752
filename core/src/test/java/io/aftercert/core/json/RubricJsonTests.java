package io.aftercert.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.InvalidInputException;
import io.aftercert.core.Ratio;
import io.aftercert.core.model.Rubric;
import java.nio.charset.StandardCharsets;
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
}
