package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The display rule: worked examples from the issue, then properties over random exact values. */
class DisplayTests {
    @Test
    void aMeasuredValueIsCutTowardsTheMissSoItNeverReadsAsMeetingATargetItMisses() {
        // at least 85: 84.996 shows 84.99 (rounding would show 85.00 beside 未达标)
        assertEquals("84.99", Display.measuredText(Ratio.parse("84.996"), true));
        // at most 5: 5.004 shows 5.01 (cutting down would show 5 beside 未达标)
        assertEquals("5.01", Display.measuredText(Ratio.parse("5.004"), false));
        // exact values stay as they are, trailing zeros dropped; 2/3 at least: 66.66
        assertEquals("10.6", Display.measuredText(Ratio.parse("10.6"), true));
        assertEquals("66.66", Display.measuredText(Ratio.of(200, 3), true));
        assertEquals("66.67", Display.measuredText(Ratio.of(200, 3), false));
        assertEquals("100", Display.measuredText(Ratio.HUNDRED, true));
        // the fixed-decimals form keeps its zeros, for columns of figures
        assertEquals("100.00", Display.towardsMiss(Ratio.HUNDRED, true, 2).toPlainString());
        assertEquals("66.6", Display.towardsMiss(Ratio.of(200, 3), true, 1).toPlainString());
        assertEquals("66.7", Display.towardsMiss(Ratio.of(200, 3), false, 1).toPlainString());
        assertEquals("−0.01", Display.measuredText(Ratio.parse("-0.001"), true));
    }

    @Test
    void scoresAreCutNotRounded() {
        // 7655/98 = 78.1122…: shown 78.1; 79.96 is shown 79.9, never 80.0
        assertEquals("78.1", Display.scoreText(Ratio.of(7655, 98)));
        assertEquals("79.9", Display.scoreText(Ratio.parse("79.96")));
        // "cut" is toward minus infinity: a shown value is never above the exact one, negative ones too
        assertEquals("−0.6", Display.scoreText(Ratio.parse("-0.56")));
        assertEquals("80.0", Display.scoreText(Ratio.of(80)));
    }

    @Test
    void aChangeIsTheDifferenceOfTheShownScores() {
        // the diff: 79.0… → 84.2… was printed +5.24; shown values 79.0 and 84.2 differ by 5.2
        Ratio before = Ratio.parse("79.04");
        Ratio after = Ratio.parse("84.28");
        assertEquals("+5.2", Display.scoreChangeText(before, after));
        assertEquals("−5.2", Display.scoreChangeText(after, before));
        assertEquals("±0.0", Display.scoreChangeText(after, Ratio.parse("84.21")));
        // 71.9… → 78.1… (the appliance maker's trend, exact change 6.13…) is +6.2 beside 71.9 and 78.1
        assertEquals("+6.2", Display.scoreChangeText(Ratio.parse("71.98"), Ratio.of(7655, 98)));
    }

    @Test
    void pointsPercentagesAndGains() {
        assertEquals("3", Display.pointsText(Ratio.of(3)));
        assertEquals("1.5", Display.pointsText(Ratio.parse("1.50")));
        // 0.918… cut to 0.91 (the workbook rounded it to 0.92)
        assertEquals("0.91", Display.pointsText(Ratio.of(90, 98)));
        assertEquals("+0.91", Display.gain(Ratio.of(90, 98)));
        assertEquals("+1.00", Display.gain(Ratio.ONE));
        // 28.1 / 40 = 70.25 %: 70.2 % (the workbook rounded it to 70.3 %)
        assertEquals("70.2%", Display.percentText(Ratio.parse("28.1").dividedBy(Ratio.of(40)).times(Ratio.HUNDRED)));
        assertEquals("85%", Display.creditText(Ratio.of(17, 20)));
        assertEquals("72.5%", Display.creditText(Ratio.parse("0.725")));
        assertEquals("33.3%", Display.creditText(Ratio.of(1, 3)));
        assertEquals("−1", Display.text(new BigDecimal("-1")));
        // whole hundreds stay plain (never 1E+2), zero has no sign
        assertEquals("100", Display.pointsText(Ratio.HUNDRED));
        assertEquals("0", Display.pointsText(Ratio.ZERO));
        assertEquals("0", Display.text(BigDecimal.ZERO));
        assertEquals("10", Display.pointsText(Ratio.of(10)));
    }

    @Test
    void theRiseNeededAndTheScoreShownToTwoDecimalsAddUpToTheBound() {
        // 80 − 7655/98 = 1.887…: +1.89 beside 78.11
        Ratio score = Ratio.of(7655, 98);
        assertEquals("+1.89", Display.neededText(Ratio.of(80).minus(score)));
        assertEquals(new BigDecimal("80.00"), Display.points(score).add(Display.needed(Ratio.of(80).minus(score))));
        assertEquals("+0.00", Display.neededText(Ratio.of(-3)));
    }

    @Test
    void parseReadsWhatTheRuleWrites() {
        assertEquals(new BigDecimal("-5.2"), Display.parse("−5.2"));
        assertEquals(new BigDecimal("5.2"), Display.parse("+5.2"));
        assertEquals(new BigDecimal("0.0"), Display.parse("±0.0"));
        assertEquals(new BigDecimal("72.2"), Display.parse("72.2%"));
        assertEquals(new BigDecimal("5.2"), Display.parse(" 5.2 "));
    }

    /** A random exact value in [−100, 100] with a denominator up to 10 000. */
    private static Ratio ratio(long num, int den) {
        return Ratio.of(num, den);
    }

    @Test
    void everyShownDifferenceEqualsTheDifferenceOfTheShownValues() {
        qt().forAll(longs().between(-1_000_000, 1_000_000), integers().between(1, 10_000), longs().between(-1_000_000, 1_000_000),
                integers().between(1, 10_000)).checkAssert((a, da, b, db) -> {
                    Ratio x = ratio(a % (100L * da), da);
                    Ratio y = ratio(b % (100L * db), db);
                    BigDecimal shownX = Display.parse(Display.scoreText(x));
                    BigDecimal shownY = Display.parse(Display.scoreText(y));
                    assertEquals(0, Display.parse(Display.scoreChangeText(x, y)).compareTo(shownY.subtract(shownX)));
                    assertEquals(0, Display.percentChange(x, y).compareTo(Display.parse(Display.percentText(y))
                            .subtract(Display.parse(Display.percentText(x)))));
                    assertEquals(0, Display.pointsChange(x, y).compareTo(Display.parse(Display.pointsText(y))
                            .subtract(Display.parse(Display.pointsText(x)))));
                    // a shown value is never above the exact one, and less than one unit of its last decimal below
                    assertTrue(Ratio.of(shownX).compareTo(x) <= 0);
                    assertTrue(x.minus(Ratio.of(shownX)).compareTo(Ratio.of(1, 10)) < 0);
                    assertTrue(Ratio.of(Display.parse(Display.gain(x))).compareTo(x) <= 0);
                });
    }

    @Test
    void theNeededRisePlusTheShownScoreIsTheBound() {
        qt().forAll(longs().between(0, 1_000_000), integers().between(1, 10_000), integers().between(0, 10_000)).checkAssert((a, d, bound) -> {
            Ratio score = Ratio.of(a % (100L * d), d);
            Ratio b = Ratio.of(bound, 100); // bounds have at most two decimals
            if (b.compareTo(score) <= 0) return;
            assertEquals(0, Display.points(score).add(Display.needed(b.minus(score))).compareTo(b.toBigDecimalExact()));
        });
    }

    @Test
    void shownNumbersAreWholeNumbersWithScaleZeroNeverInExponentForm() {
        // the BigDecimal itself (what JSON and workbooks write), not only its plain text: 100, not 1E+2
        assertEquals(new BigDecimal("100"), Display.points(Ratio.HUNDRED));
        assertEquals(new BigDecimal("1200"), Display.points(Ratio.of(1200)));
        assertEquals(new BigDecimal("100"), Display.measured(Ratio.HUNDRED, true));
        // at most 100: 99.999 is cut up to 100.00, trailing zeros dropped, scale 0
        assertEquals(new BigDecimal("100"), Display.measured(Ratio.parse("99.999"), false));
        // shown 40 and 50 differ by 10; shown 12.34 and 22.34 by 10.00, written 10
        assertEquals(new BigDecimal("10"), Display.pointsChange(Ratio.of(40), Ratio.of(50)));
        assertEquals(new BigDecimal("10"), Display.pointsChange(Ratio.parse("12.345"), Ratio.parse("22.349")));
        assertEquals(new BigDecimal("-0.25"), Display.pointsChange(Ratio.parse("1.5"), Ratio.parse("1.25")));
        assertEquals(new BigDecimal("12.5"), Display.points(Ratio.of(25, 2)));
    }

    @Test
    void negativeFiguresAreCutDownwardsAndCarryTheMinusSign() {
        // −1/3 = −0.333…: points cut towards minus infinity to −0.34, the score to −0.4
        assertEquals("−0.34", Display.pointsText(Ratio.of(-1, 3)));
        assertEquals("−0.4", Display.scoreText(Ratio.of(-1, 3)));
        // at most a target: towards the miss is upwards, −0.333… shows −0.33
        assertEquals("−0.33", Display.measuredText(Ratio.of(-1, 3), false));
        assertEquals("−12.4%", Display.percentText(Ratio.parse("-12.34")));
        assertEquals("−12.5%", Display.creditText(Ratio.of(-1, 8)));
        assertEquals("−0.01", Display.gain(Ratio.parse("-0.005")));
        assertEquals("±0.00", Display.gain(Ratio.ZERO));
        assertEquals("±0.0", Display.signed(new BigDecimal("-0.0")));
        assertEquals("−2.5", Display.signed(new BigDecimal("-2.5")));
        assertEquals("+2.5", Display.signed(new BigDecimal("2.5")));
        // no ASCII hyphen-minus reaches a person
        assertFalse(Display.pointsText(Ratio.of(-7, 2)).contains("-"));
        assertEquals("−3.5", Display.pointsText(Ratio.of(-7, 2)));
    }

    @Test
    void aRiseStillNeededIsRoundedUpAndNeverNegative() {
        // 1.881 still needed shows +1.89 (cut would show 1.88, and 1.88 more would not be enough)
        assertEquals(new BigDecimal("1.89"), Display.needed(Ratio.parse("1.881")));
        assertEquals("+0.34", Display.neededText(Ratio.of(1, 3)));
        assertEquals("+2.50", Display.neededText(Ratio.parse("2.5")));
        assertEquals("+0.01", Display.neededText(Ratio.parse("0.0001")));
        // nothing or less than nothing still needed: +0.00
        assertEquals(new BigDecimal("0.00"), Display.needed(Ratio.ZERO));
        assertEquals(new BigDecimal("0.00"), Display.needed(Ratio.parse("-0.5")));
    }

    @Test
    void percentagesAndCreditsAreCutToOneDecimal() {
        // 2/3 of full credit: 66.666… % shows 66.6 %, 1/1000 is 0.1 %, full credit 100 %
        assertEquals("66.6%", Display.creditText(Ratio.of(2, 3)));
        assertEquals("0.1%", Display.creditText(Ratio.of(1, 1000)));
        assertEquals("0%", Display.creditText(Ratio.of(1, 1001)));
        assertEquals("100%", Display.creditText(Ratio.ONE));
        assertEquals("99.9%", Display.percentText(Ratio.parse("99.99")));
        // shown 70.2 and 72.2: the change is 2.0 percentage points, at the shown precision
        assertEquals(new BigDecimal("2.0"), Display.percentChange(Ratio.parse("70.25"), Ratio.parse("72.29")));
        assertEquals(new BigDecimal("-12.5"), Display.parse("−12.5%"));
        assertEquals(new BigDecimal("0.00"), Display.parse("±0.00"));
    }
}
