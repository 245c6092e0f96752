package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring bands of CTS chapter 5: their bounds, midpoints and inclusive membership. */
class BandTests {
    private static Ratio r(String s) {
        return Ratio.parse(s);
    }

    @Test
    void aBandNeedsANumberFromOneAndBoundsWithZeroAtMostFromBelowToAtMostOne() {
        // the smallest legal number and the widest legal bounds are accepted: 0 ≤ from < to ≤ 1
        Band widest = new Band(1, Ratio.ZERO, Ratio.ONE, null);
        assertEquals(1, widest.number());
        assertEquals(List.of(), widest.descriptors(), "no descriptors: an empty list, not null");
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> new Band(0, r("0.2"), r("0.4"), null));
        assertEquals("band number must be ≥ 1, not 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Band(2, null, r("0.4"), null));
        assertThrows(IllegalArgumentException.class, () -> new Band(2, r("0.2"), null, null));
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> new Band(1, r("-0.1"), r("0.2"), null));
        assertEquals("band 1 must satisfy 0 ≤ from < to ≤ 1, not -0.1–0.2", neg.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Band(5, r("0.8"), r("1.01"), null));
        assertThrows(IllegalArgumentException.class, () -> new Band(3, r("0.5"), r("0.5"), null), "from = to is no band");
        assertThrows(IllegalArgumentException.class, () -> new Band(3, r("0.6"), r("0.4"), null));
    }

    @Test
    void descriptorsAreCopied() {
        List<String> d = new ArrayList<>(List.of("良好"));
        Band b = new Band(4, r("0.6"), r("0.8"), d);
        d.add("later");
        assertEquals(List.of("良好"), b.descriptors());
        assertThrows(UnsupportedOperationException.class, () -> b.descriptors().add("x"));
    }

    @Test
    void theMidpointIsHalfwayAndTheRangeReadsInPercent() {
        // (0.6 + 0.8) / 2 = 0.7; (0 + 0.2) / 2 = 0.1; (0.8 + 1) / 2 = 0.9
        assertEquals(r("0.7"), new Band(4, r("0.6"), r("0.8"), null).midpoint());
        assertEquals(r("0.1"), new Band(1, Ratio.ZERO, r("0.2"), null).midpoint());
        assertEquals(r("0.9"), new Band(5, r("0.8"), Ratio.ONE, null).midpoint());
        assertEquals("60%–80%", new Band(4, r("0.6"), r("0.8"), null).range());
        assertEquals("0%–20%", new Band(1, Ratio.ZERO, r("0.2"), null).range());
    }

    @Test
    void bothBoundsBelongToTheBand() {
        // band 4 is 0.6–0.8: 0.55 below, 0.6 and 0.8 on, 0.85 above
        Band four = new Band(4, r("0.6"), r("0.8"), null);
        assertFalse(four.contains(r("0.55")));
        assertFalse(four.contains(r("0.5999")));
        assertTrue(four.contains(r("0.6")));
        assertTrue(four.contains(r("0.7")));
        assertTrue(four.contains(r("0.8")));
        assertFalse(four.contains(r("0.8001")));
    }
}
