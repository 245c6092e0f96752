package io.aftercert.core.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTests {

    @Test
    void distancesWorkedByHand() {
        assertEquals(0, Suggestions.distance("", ""));
        assertEquals(3, Suggestions.distance("", "abc"));       // three insertions
        assertEquals(3, Suggestions.distance("kitten", "sitting")); // k→s, e→i, +g
        assertEquals(2, Suggestions.distance("flaw", "lawn"));   // −f, +n
        assertEquals(1, Suggestions.distance("5.1.2.2", "5.1.2.3"));
        assertEquals(1, Suggestions.distance("gbt27922", "gbt2792")); // one deletion
    }

    @Test
    void nearestAllowsAThirdOfTheInput() {
        assertEquals(Optional.of("5.1.2.2"), Suggestions.nearest("5.1.22", List.of("5.1.2.2", "5.3.1.4")));
        assertEquals(Optional.of("gbt27922"), Suggestions.nearest("gbt2792", List.of("gbt27922", "hxjt", "gxdsl244")));
        assertEquals(Optional.empty(), Suggestions.nearest("zzzz", List.of("gbt27922", "hxjt")));
    }

    /** Against the textbook recursive definition on short strings (an independent implementation). */
    @Test
    void agreesWithTheRecursiveDefinition() {
        qt().forAll(strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 6),
                        strings().betweenCodePoints('a', 'c').ofLengthBetween(0, 6))
                .check((a, b) -> Suggestions.distance(a, b) == naive(a, b));
    }

    private static int naive(String a, String b) {
        if (a.isEmpty()) return b.length();
        if (b.isEmpty()) return a.length();
        int cost = a.charAt(0) == b.charAt(0) ? 0 : 1;
        return Math.min(naive(a.substring(1), b.substring(1)) + cost,
                Math.min(naive(a.substring(1), b) + 1, naive(a, b.substring(1)) + 1));
    }
}
