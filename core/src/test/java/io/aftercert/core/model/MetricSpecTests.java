package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import org.junit.jupiter.api.Test;

/** The three credit curves and three directions, on values worked out by hand. */
class MetricSpecTests {
    private static Ratio r(String s) {
        return Ratio.parse(s);
    }

    @Test
    void thresholdIsAllOrNothingWithInclusiveBounds() {
        MetricSpec s = new MetricSpec("%", Direction.AT_LEAST, r("85"), CreditCurve.THRESHOLD, null, null);
        assertEquals(Ratio.ONE, s.credit(r("85")));
        assertEquals(Ratio.ZERO, s.credit(r("84.999")));
        assertTrue(s.met(r("85")));
        assertEquals(r("0.001"), s.gap(r("84.999")));
    }

    @Test
    void ratioToTargetIsCappedAtOne() {
        MetricSpec atLeast = new MetricSpec("%", Direction.AT_LEAST, r("95"), CreditCurve.RATIO, null, null);
        assertEquals(Ratio.of(76, 95), atLeast.credit(r("76"))); // 76 / 95 = 0.8
        assertEquals(r("0.8"), atLeast.credit(r("76")));
        assertEquals(Ratio.ONE, atLeast.credit(r("99")));
        MetricSpec atMost = new MetricSpec("%", Direction.AT_MOST, r("5"), CreditCurve.RATIO, null, null);
        assertEquals(r("0.625"), atMost.credit(r("8"))); // 5 / 8
        assertEquals(Ratio.ONE, atMost.credit(r("3")));
        MetricSpec zero = new MetricSpec("件", Direction.AT_MOST, Ratio.ZERO, CreditCurve.RATIO, null, null);
        assertEquals(Ratio.ONE, zero.credit(Ratio.ZERO));
        assertEquals(Ratio.ZERO, zero.credit(Ratio.ONE));
        MetricSpec exactly = new MetricSpec("天", Direction.EXACTLY, r("6"), CreditCurve.RATIO, null, null);
        assertEquals(r("0.5"), exactly.credit(r("3"))); // 3/6
        assertEquals(r("0.5"), exactly.credit(r("12"))); // 6/12
    }

    @Test
    void linearRunsFromTheFloorToTheTarget() {
        MetricSpec up = new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, r("60"), null);
        assertEquals(Ratio.ZERO, up.credit(r("60")));
        assertEquals(Ratio.ZERO, up.credit(r("10")));
        assertEquals(Ratio.of(1, 3), up.credit(r("70"))); // (70−60)/(90−60)
        assertEquals(Ratio.ONE, up.credit(r("90")));
        MetricSpec down = new MetricSpec("min", Direction.AT_MOST, r("15"), CreditCurve.LINEAR, r("60"), null);
        assertEquals(r("0.5"), down.credit(r("37.5"))); // (37.5−60)/(15−60)
        assertFalse(down.met(r("15.5")));
        assertEquals(r("0.5"), down.gap(r("15.5")));
    }

    @Test
    void aLinearCurveNeedsAFloorOnTheFailingSide() {
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, null, null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, r("95"), null));
        assertTrue(e.getMessage().contains("floor 95"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.RATIO, r("1"), null));
    }
}
