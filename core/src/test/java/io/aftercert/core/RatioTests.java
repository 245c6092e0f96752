package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatioTests {
    @Test
    void arithmeticIsExactAndReduced() {
        assertEquals(Ratio.of(1, 3), Ratio.of(2, 6));
        assertEquals(Ratio.ONE, Ratio.of(1, 3).plus(Ratio.of(2, 3)));
        assertEquals(Ratio.parse("0.3"), Ratio.parse("0.1").plus(Ratio.parse("0.2"))); // no binary rounding
        assertEquals(Ratio.of(10, 3), Ratio.parse("10/3"));
        assertEquals(Ratio.of(-1, 2), Ratio.of(1, -2));
        assertEquals(Ratio.parse("1.5"), Ratio.of(new BigDecimal("1.50")));
        assertThrows(ArithmeticException.class, () -> Ratio.ONE.dividedBy(Ratio.ZERO));
    }

    @Test
    void textFormIsADecimalWhenItTerminatesElseAFraction() {
        assertEquals("1.5", Ratio.of(3, 2).toString());
        assertEquals("100", Ratio.HUNDRED.toString());
        assertEquals("425/6", Ratio.of(425, 6).toString());
        assertTrue(Ratio.of(7, 40).isTerminating());
        assertFalse(Ratio.of(7, 30).isTerminating());
        assertEquals(Ratio.of(425, 6), Ratio.parse(Ratio.of(425, 6).toString()));
    }

    @Test
    void truncationNeverRoundsUp() {
        assertEquals(new BigDecimal("89.9"), Ratio.parse("89.96").truncate(1));
        assertEquals(new BigDecimal("70.8"), Ratio.of(425, 6).truncate(1));
        assertEquals(new BigDecimal("-0.1"), Ratio.parse("-0.01").truncate(1));
    }

    @Test
    void badTextIsRefusedWithTheText() {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> Ratio.parse("12,5"));
        assertTrue(e.getMessage().contains("12,5"));
        assertThrows(NumberFormatException.class, () -> Ratio.parse("1/0"));
    }
}
