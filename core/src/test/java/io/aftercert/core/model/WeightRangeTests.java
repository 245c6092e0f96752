package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import org.junit.jupiter.api.Test;

/** The recommended weight range: 0 ≤ min ≤ max ≤ 100, bounds inclusive. */
class WeightRangeTests {
    @Test
    void theRangeHoldsBetweenZeroAndAHundredWithMinAtMostMax() {
        // the extremes are allowed: a single point, 0 and 100 themselves
        assertEquals(Ratio.of(50), new WeightRange(Ratio.of(50), Ratio.of(50)).min());
        assertEquals(Ratio.HUNDRED, new WeightRange(Ratio.ZERO, Ratio.HUNDRED).max());
        IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class, () -> new WeightRange(Ratio.of(55), Ratio.of(50)));
        assertEquals("weight range must satisfy 0 ≤ min ≤ max ≤ 100, not 55–50", reversed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new WeightRange(Ratio.of(-1), Ratio.of(50)));
        assertThrows(IllegalArgumentException.class, () -> new WeightRange(Ratio.of(50), Ratio.parse("100.01")));
        assertThrows(IllegalArgumentException.class, () -> new WeightRange(null, Ratio.of(50)));
        assertThrows(IllegalArgumentException.class, () -> new WeightRange(Ratio.of(50), null));
    }

    @Test
    void bothBoundsBelongToTheRange() {
        WeightRange r = new WeightRange(Ratio.of(50), Ratio.of(55));
        assertTrue(r.contains(Ratio.of(50)));
        assertTrue(r.contains(Ratio.of(55)));
        assertTrue(r.contains(Ratio.parse("52.5")));
        assertFalse(r.contains(Ratio.parse("49.99")));
        assertFalse(r.contains(Ratio.parse("55.01")));
        assertEquals("50–55 %", r.toString());
    }
}
