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
    @Test
    void theValueCreditCapLiesInZeroExclusiveToOneInclusive() {
        // (0, 1]: 0 and 1.01 refused, a tiny cap and 1 accepted
        assertThrows(IllegalArgumentException.class, () -> spec(CreditCurve.RATIO, Ratio.ZERO));
        assertThrows(IllegalArgumentException.class, () -> spec(CreditCurve.RATIO, r("-0.5")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> spec(CreditCurve.RATIO, r("1.01")));
        assertEquals("valueCreditCap must lie in (0, 1], not 1.01", e.getMessage());
        assertEquals(Ratio.ONE, spec(CreditCurve.RATIO, Ratio.ONE).valueCreditCap());
        assertEquals(r("0.001"), spec(CreditCurve.RATIO, r("0.001")).valueCreditCap());
    }

    private static MetricSpec spec(CreditCurve curve, Ratio cap) {
        return new MetricSpec("%", Direction.AT_LEAST, r("80"), curve, null, null, cap, true, null);
    }

    @Test
    void aCappedValueEarnsAtMostTheCapAndLessWhenTheCurveGivesLess() {
        MetricSpec s = spec(CreditCurve.RATIO, r("0.5")); // ratio to 80, cap 0.5
        assertEquals(r("0.5"), s.credit(r("80")), "met: 1, capped to 0.5");
        assertEquals(Ratio.ONE, s.curveCredit(r("80")), "the curve alone, before the cap");
        assertEquals(r("0.5"), s.credit(r("40")), "40 / 80 = 0.5: exactly the cap");
        assertEquals(r("0.25"), s.credit(r("20")), "20 / 80 = 0.25: below the cap, kept");
        assertEquals(r("0.5"), s.credit(r("60")), "60 / 80 = 0.75: capped");
        assertEquals(r("0.75"), spec(CreditCurve.RATIO, null).credit(r("60")), "no cap: 60 / 80");
    }

    @Test
    void missingPartsAreNamed() {
        assertEquals("unit", assertThrows(NullPointerException.class,
                () -> new MetricSpec(null, Direction.AT_LEAST, r("1"), CreditCurve.THRESHOLD, null, null)).getMessage());
        assertEquals("direction", assertThrows(NullPointerException.class,
                () -> new MetricSpec("%", null, r("1"), CreditCurve.THRESHOLD, null, null)).getMessage());
        assertEquals("target", assertThrows(NullPointerException.class,
                () -> new MetricSpec("%", Direction.AT_LEAST, null, CreditCurve.THRESHOLD, null, null)).getMessage());
        assertEquals("curve", assertThrows(NullPointerException.class,
                () -> new MetricSpec("%", Direction.AT_LEAST, r("1"), null, null, null)).getMessage());
    }

    @Test
    void aLinearFloorLiesStrictlyOnTheFailingSideAndExactlyTakesNone() {
        // at most 15 min: the floor must lie above 15; 15 itself and 10 are refused, 60 accepted
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("min", Direction.AT_MOST, r("15"), CreditCurve.LINEAR, r("15"), null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("min", Direction.AT_MOST, r("15"), CreditCurve.LINEAR, r("10"), null));
        assertEquals("linear floor 10 must lie on the failing side of target 15 for direction at-most", e.getMessage());
        assertEquals(r("60"), new MetricSpec("min", Direction.AT_MOST, r("15"), CreditCurve.LINEAR, r("60"), null).floor());
        // at least 90: 90 itself is no floor
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, r("90"), null));
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("天", Direction.EXACTLY, r("6"), CreditCurve.LINEAR, r("3"), null));
        assertEquals("a linear credit curve needs a floor (target 90)", assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, null, null)).getMessage());
        assertEquals("floor 1 is only meaningful for a linear curve, not threshold", assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.THRESHOLD, r("1"), null)).getMessage());
    }

    @Test
    void aRatioCurveAtLeastNeedsAPositiveTargetButAtMostMayAimAtZero() {
        assertEquals("a ratio curve needs a positive target, not 0", assertThrows(IllegalArgumentException.class,
                () -> new MetricSpec("件", Direction.AT_LEAST, Ratio.ZERO, CreditCurve.RATIO, null, null)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MetricSpec("分", Direction.AT_LEAST, r("-1"), CreditCurve.RATIO, null, null));
        // a threshold at least 0, an at-most ratio to 0 and a small positive at-least target are fine
        assertEquals(Ratio.ONE, new MetricSpec("件", Direction.AT_LEAST, Ratio.ZERO, CreditCurve.THRESHOLD, null, null).credit(Ratio.ZERO));
        assertEquals(Ratio.ZERO, new MetricSpec("件", Direction.AT_MOST, Ratio.ZERO, CreditCurve.RATIO, null, null).credit(r("2")));
        assertEquals(r("0.5"), new MetricSpec("件", Direction.AT_LEAST, r("0.5"), CreditCurve.RATIO, null, null).credit(r("0.25")));
    }

    @Test
    void ratioCreditsOfNonPositiveValuesAreZero() {
        MetricSpec atLeast = new MetricSpec("分", Direction.AT_LEAST, r("4"), CreditCurve.RATIO, null, null, null, false, null, UnitRange.ANY);
        assertEquals(Ratio.ZERO, atLeast.credit(Ratio.ZERO));
        assertEquals(Ratio.ZERO, atLeast.credit(r("-2")), "−2 / 4 would be negative: 0");
        assertEquals(r("0.25"), atLeast.credit(Ratio.ONE));
        MetricSpec atMost = new MetricSpec("分", Direction.AT_MOST, r("-2"), CreditCurve.RATIO, null, null, null, false, null, UnitRange.ANY);
        assertEquals(Ratio.ZERO, atMost.credit(r("-1")), "a negative target: all or nothing");
        assertEquals(Ratio.ONE, atMost.credit(r("-3")));
        MetricSpec exactly = new MetricSpec("分", Direction.EXACTLY, r("4"), CreditCurve.RATIO, null, null, null, false, null, UnitRange.ANY);
        assertEquals(Ratio.ZERO, exactly.credit(Ratio.ZERO));
        assertEquals(Ratio.ZERO, exactly.credit(r("-4")));
        assertEquals(r("0.25"), exactly.credit(Ratio.ONE)); // min(1/4, 4) = 1/4
        assertEquals(r("0.8"), exactly.credit(Ratio.of(5))); // min(5/4, 4/5) = 4/5
        MetricSpec exactlyZero = new MetricSpec("分", Direction.EXACTLY, Ratio.ZERO, CreditCurve.RATIO, null, null, null, false, null, UnitRange.ANY);
        assertEquals(Ratio.ZERO, exactlyZero.credit(r("2")));
        assertEquals(Ratio.ONE, exactlyZero.credit(Ratio.ZERO));
    }

    @Test
    void linearCreditsAreClampedToZeroAndOne() {
        MetricSpec down = new MetricSpec("min", Direction.AT_MOST, r("15"), CreditCurve.LINEAR, r("60"), null);
        assertEquals(Ratio.ZERO, down.credit(r("90")), "(90−60)/(15−60) = −2/3: 0");
        assertEquals(Ratio.ZERO, down.credit(r("60")));
        assertEquals(Ratio.ONE, down.credit(r("15")));
        assertEquals(Ratio.ONE, down.credit(r("0")));
    }

    @Test
    void aNewTargetKeepsCurveFloorCapAndRangeAndMustBePossible() {
        MetricSpec s = new MetricSpec("%", Direction.AT_LEAST, r("90"), CreditCurve.LINEAR, r("60"), "kpi-x", r("0.8"), true, "why");
        MetricSpec t = s.withTarget(r("95"));
        assertEquals(new MetricSpec("%", Direction.AT_LEAST, r("95"), CreditCurve.LINEAR, r("60"), "kpi-x", r("0.8"), true, "why"), t);
        assertEquals(r("0.5"), t.curveCredit(r("77.5"))); // (77.5 − 60) / (95 − 60)
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.withTarget(r("101")));
        assertEquals("target 101 is impossible here: values lie in 0–100", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> s.withTarget(r("50")), "the floor 60 would lie above the target");
        MetricSpec ranged = new MetricSpec("分", Direction.AT_LEAST, r("4"), CreditCurve.THRESHOLD, null, null, null, false, null,
                new UnitRange(Ratio.ONE, r("5")));
        assertEquals(new UnitRange(Ratio.ONE, r("5")), ranged.withTarget(r("4.5")).range());
        assertThrows(IllegalArgumentException.class, () -> ranged.withTarget(r("6")));
    }
}
