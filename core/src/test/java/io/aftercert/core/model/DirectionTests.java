package io.aftercert.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Ratio;
import org.junit.jupiter.api.Test;

/** The three directions of a metric target and the names of the credit curves, as rubric data spells them. */
class DirectionTests {
    private static Ratio r(String s) {
        return Ratio.parse(s);
    }

    @Test
    void atLeastIsMetOnAndAboveTheTargetAndItsGapIsWhatIsMissing() {
        Direction d = Direction.AT_LEAST;
        assertTrue(d.met(r("85"), r("85")));
        assertTrue(d.met(r("90"), r("85")));
        assertFalse(d.met(r("84.9"), r("85")));
        assertEquals(r("0.1"), d.gap(r("84.9"), r("85"))); // 85 − 84.9
        assertEquals(Ratio.ZERO, d.gap(r("90"), r("85")), "met: no gap, never negative");
    }

    @Test
    void atMostIsMetOnAndBelowTheTargetAndItsGapIsTheExcess() {
        Direction d = Direction.AT_MOST;
        assertTrue(d.met(r("24"), r("24")));
        assertTrue(d.met(r("12"), r("24")));
        assertFalse(d.met(r("24.5"), r("24")));
        assertEquals(r("0.5"), d.gap(r("24.5"), r("24"))); // 24.5 − 24
        assertEquals(Ratio.ZERO, d.gap(r("12"), r("24")));
    }

    @Test
    void exactlyIsMetOnlyOnTheTargetAndItsGapIsTheDistanceEitherSide() {
        Direction d = Direction.EXACTLY;
        assertTrue(d.met(r("6"), r("6")));
        assertFalse(d.met(r("5"), r("6")));
        assertFalse(d.met(r("7"), r("6")));
        assertEquals(r("1.5"), d.gap(r("4.5"), r("6"))); // |4.5 − 6|
        assertEquals(r("2"), d.gap(r("8"), r("6")));     // |8 − 6|
        assertEquals(Ratio.ZERO, d.gap(r("6"), r("6")));
    }

    @Test
    void namesAndSymbolsRoundTrip() {
        assertEquals("at-least", Direction.AT_LEAST.json());
        assertEquals("at-most", Direction.AT_MOST.json());
        assertEquals("exactly", Direction.EXACTLY.json());
        assertEquals("≥", Direction.AT_LEAST.symbol());
        assertEquals("≤", Direction.AT_MOST.symbol());
        assertEquals("=", Direction.EXACTLY.symbol());
        for (Direction d : Direction.values()) assertEquals(d, Direction.fromJson(d.json()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Direction.fromJson("at_least"));
        assertEquals("unknown direction 'at_least' (at-least, at-most, exactly)", e.getMessage());
    }

    @Test
    void creditCurveNamesRoundTrip() {
        assertEquals("threshold", CreditCurve.THRESHOLD.json());
        assertEquals("ratio", CreditCurve.RATIO.json());
        assertEquals("linear", CreditCurve.LINEAR.json());
        for (CreditCurve c : CreditCurve.values()) assertEquals(c, CreditCurve.fromJson(c.json()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CreditCurve.fromJson("Linear"));
        assertEquals("unknown credit curve 'Linear' (threshold, ratio, linear)", e.getMessage());
    }
}
