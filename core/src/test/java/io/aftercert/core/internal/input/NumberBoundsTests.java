package io.aftercert.core.internal.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.aftercert.core.Allocation;
import io.aftercert.core.Ratio;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The one bounds check every number read from a file goes through (issue 13). */
class NumberBoundsTests {
    @Test
    void everyRefusalSaysItselfInChineseToo() {
        String rule = "（数字的整数部分最多 15 位，小数部分最多 30 位）";
        assertEquals("“abc”不是数字", NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("abc"))));
        assertEquals("“1/0”的分母为零", NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("1/0"))));
        assertEquals("“x/2”不是数字", NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("x/2"))));
        assertEquals("数字 1E+9999999 超出范围" + rule,
                NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("1e9999999"))));
        assertEquals("数字 1E-99999999 的小数位过多" + rule,
                NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.ratio(new BigDecimal("1e-99999999")))));
        assertEquals("数字 10000000000000000/1 超出范围" + rule,
                NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("10000000000000000/1"))));
        assertTrue(NumberBounds.zh(assertThrows(NumberFormatException.class, () -> NumberBounds.parse("1".repeat(300)))).endsWith("”作为数字过长" + rule));
        // a number-format error from elsewhere gets the general words, never its English message
        assertEquals("不是可用的数字", NumberBounds.zh(new NumberFormatException("For input string: x")));
    }

    @Test
    void ordinaryNumbersAndWhatADoublePrintsPass() {
        assertNull(NumberBounds.problem(new BigDecimal("87.5")));
        assertNull(NumberBounds.problem(new BigDecimal("0.6666666666666666")));   // 16 decimals: Java's Double.toString(2.0/3)
        assertNull(NumberBounds.problem(new BigDecimal("0.30000000000000004"))); // 17 decimals
        assertNull(NumberBounds.problem(new BigDecimal("-999999999999999")));     // 15 digits
        assertNull(NumberBounds.problem(new BigDecimal("1.5E+3")));
        assertNull(NumberBounds.problem(new BigDecimal("0E-99999999")), "zero is zero, whatever its scale");
        assertEquals(Ratio.of(2, 3), NumberBounds.parse("2/3"));
        assertEquals(Ratio.parse("87.5"), NumberBounds.parse(" 87.5 "));
    }

    @Test
    void hostileNumbersFailFastWithAShortMessage() { // fast: refused after little work (an allocation bound, not a clock)
        for (String hostile : new String[] {"1e-99999999", "1e9999999", "1e16", "-1e16", "1e-31", "0.0000000000000000000000000000001"}) {
            String m = Allocation.atMost(1L << 20, () -> NumberBounds.problem(new BigDecimal(hostile)));
            assertTrue(m != null && m.length() < 200, hostile + " → " + m);
            NumberFormatException e = Allocation.atMost(1L << 20,
                    () -> assertThrows(NumberFormatException.class, () -> NumberBounds.parse(hostile)));
            assertTrue(e.getMessage().length() < 200, e.getMessage());
        }
        String huge = "9".repeat(5000) + "/7";
        NumberFormatException e = Allocation.atMost(1L << 20,
                () -> assertThrows(NumberFormatException.class, () -> NumberBounds.parse(huge)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertThrows(NumberFormatException.class, () -> NumberBounds.parse("1/0"));
        assertThrows(NumberFormatException.class, () -> NumberBounds.parse("twelve"));
    }
}
