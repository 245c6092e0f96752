package io.aftercert.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The one bounds check every number read from a file goes through (issue 13). */
class NumberBoundsTests {
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
    void hostileNumbersFailFastWithAShortMessage() {
        for (String hostile : new String[] {"1e-99999999", "1e9999999", "1e16", "-1e16", "1e-31", "0.0000000000000000000000000000001"}) {
            String m = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> NumberBounds.problem(new BigDecimal(hostile)));
            assertTrue(m != null && m.length() < 200, hostile + " → " + m);
            NumberFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                    () -> assertThrows(NumberFormatException.class, () -> NumberBounds.parse(hostile)));
            assertTrue(e.getMessage().length() < 200, e.getMessage());
        }
        String huge = "9".repeat(5000) + "/7";
        NumberFormatException e = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(NumberFormatException.class, () -> NumberBounds.parse(huge)));
        assertTrue(e.getMessage().length() < 200, e.getMessage());
        assertThrows(NumberFormatException.class, () -> NumberBounds.parse("1/0"));
        assertThrows(NumberFormatException.class, () -> NumberBounds.parse("twelve"));
    }
}
