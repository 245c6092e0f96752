package io.aftercert.core.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * An assessment's evidence map is read-only and never changes, however it was made: the builder
 * hands its own map over without a copy, so building again after more {@code put}s must leave the
 * assessments built before as they were.
 */
class AssessmentTests {
    private static final Organization ORG = new Organization("华澜", null);

    @Test
    void aBuilderUsedAgainLeavesWhatItBuiltAlone() {
        Assessment.Builder b = Assessment.builder("r", ORG).put("a", Evidence.conforms(true));
        Assessment first = b.build();
        b.put("b", Evidence.band(2)).put("a", Evidence.conforms(false));
        Assessment second = b.build();
        Assessment third = b.build();
        b.put("c", Evidence.band(1));
        assertEquals(Map.of("a", Evidence.conforms(true)), first.evidence());
        assertEquals(List.of("a", "b"), List.copyOf(second.evidence().keySet()));
        assertEquals(Evidence.conforms(false), second.evidence().get("a"));
        assertEquals(second.evidence(), third.evidence());
        assertEquals(3, b.build().evidence().size());
        assertEquals(2, third.evidence().size(), "built before the last put");
    }

    @Test
    void theMapOfAnotherAssessmentIsTakenAsItIsAndAForeignOneCopied() {
        Assessment a = Assessment.builder("r", ORG).put("a", Evidence.conforms(true)).build();
        Assessment b = new Assessment("r", null, ORG, null, null, null, a.evidence(), null);
        assertSame(a.evidence(), b.evidence(), "already read-only and unchanging");
        Map<String, Evidence> mine = new LinkedHashMap<>(a.evidence());
        Assessment c = new Assessment("r", null, ORG, null, null, null, mine, null);
        mine.put("later", Evidence.conforms(false));
        assertEquals(a.evidence(), c.evidence(), "a map of the caller's is copied");
        assertEquals(Map.of(), new Assessment("r", null, ORG, null, null, null, null, null).evidence());
        assertTrue(new Assessment("r", null, ORG, null, null, null, null, null).evidence().isEmpty());
        assertTrue(Assessment.builder("r", ORG).build().evidence().isEmpty());
    }

    @Test
    void theEvidenceMapRefusesEveryChangeAndAnswersLikeAMap() {
        Map<String, Evidence> expected = new LinkedHashMap<>();
        expected.put("b", Evidence.band(3));
        expected.put("a", Evidence.conforms(true));
        for (Map<String, Evidence> m : List.of(Assessment.builder("r", ORG).put("b", Evidence.band(3)).put("a", Evidence.conforms(true))
                .build().evidence(), new Assessment("r", null, ORG, null, null, null, expected, null).evidence())) {
            Evidence x = Evidence.conforms(false);
            List<Consumer<Map<String, Evidence>>> changes = List.of(c -> c.put("z", x), c -> c.remove("a"), c -> c.remove("absent"),
                    c -> c.remove("a", expected.get("a")), c -> c.putAll(Map.of("z", x)), c -> c.putAll(Map.of()), Map::clear,
                    c -> c.replaceAll((k, v) -> v), c -> c.putIfAbsent("a", x), c -> c.replace("a", x), c -> c.replace("a", expected.get("a"), x),
                    c -> c.computeIfAbsent("a", k -> x), c -> c.computeIfPresent("absent", (k, v) -> x), c -> c.compute("a", (k, v) -> v),
                    c -> c.merge("a", x, (p, q) -> p), c -> c.keySet().remove("a"), c -> c.values().clear(),
                    c -> c.entrySet().iterator().next().setValue(x), c -> {
                        var it = c.entrySet().iterator();
                        it.next();
                        it.remove();
                    });
            for (var change : changes) assertThrows(UnsupportedOperationException.class, () -> change.accept(m));
            assertEquals(expected, m);
            assertEquals(m, expected);
            assertEquals(expected.hashCode(), m.hashCode());
            assertEquals(expected.toString(), m.toString());
            assertEquals(List.of("b", "a"), List.copyOf(m.keySet()));
            assertEquals(List.copyOf(expected.values()), List.copyOf(m.values()));
            assertEquals(List.copyOf(expected.entrySet()), List.copyOf(m.entrySet()));
            assertEquals(2, m.size());
            assertFalse(m.isEmpty());
            assertTrue(m.containsKey("a"));
            assertFalse(m.containsKey("z"));
            assertTrue(m.containsValue(Evidence.band(3)));
            assertFalse(m.containsValue(x));
            assertEquals(Evidence.band(3), m.get("b"));
            assertNull(m.get("z"));
            assertSame(x, m.getOrDefault("z", x));
            assertEquals(Evidence.band(3), m.getOrDefault("b", x));
            List<String> seen = new ArrayList<>();
            m.forEach((k, v) -> seen.add(k + "=" + v.value()));
            assertEquals(List.of("b=" + Evidence.band(3).value(), "a=" + Evidence.conforms(true).value()), seen);
            assertNotEquals(m, Map.of("b", Evidence.band(3)));
            assertTrue(m.equals(m));
        }
    }
}
