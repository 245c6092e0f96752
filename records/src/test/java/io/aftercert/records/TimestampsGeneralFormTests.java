package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The general parser (every form that is not 19 bytes at fixed places: one-digit fields, no
 * seconds, fractions, offsets) at the edges of each field's range, both sides of each edge, and
 * with the digits 0 and 9 in every field; each expected instant comes from {@code java.time}.
 */
class TimestampsGeneralFormTests {
    private final Timestamps ts = new Timestamps();

    /** Parses {@code text} inside a buffer with a byte before it and digits after it (which must not be read). */
    private long parse(String text) {
        byte[] b = ("#" + text + "99").getBytes(StandardCharsets.US_ASCII);
        return ts.parse(b, 1, 1 + text.length());
    }

    /** Parses {@code text} as the whole buffer: a parser reading a byte past its end fails with an exception. */
    private long parseAlone(String text) {
        byte[] b = text.getBytes(StandardCharsets.US_ASCII);
        return ts.parse(b, 0, b.length);
    }

    private static long local(int y, int mo, int d, int h, int mi, int s, int millis) {
        return LocalDateTime.of(y, mo, d, h, mi, s, millis * 1_000_000).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static long at(int y, int mo, int d, int h, int mi, int s, ZoneOffset offset) {
        return LocalDateTime.of(y, mo, d, h, mi, s).toInstant(offset).toEpochMilli();
    }

    @Test
    void theDigitsNineAndZeroInEveryOneOrTwoDigitField() {
        assertEquals(local(2029, 9, 9, 9, 9, 0, 0), parse("2029-9-9 9:09"));
        assertEquals(local(2029, 9, 19, 19, 59, 0, 0), parse("2029/9/19 19:59"));
        assertEquals(local(2029, 9, 29, 9, 59, 59, 0), parse("2029-9-29T9:59:59"));
        assertEquals(local(2020, 10, 30, 20, 0, 0, 0), parse("2020/10/30 20:00"));
        assertEquals(local(2009, 1, 9, 0, 0, 0, 0), parse("2009-1-09 0:00"));
        assertEquals(local(1999, 12, 31, 23, 59, 59, 999), parse("1999-12-31 23:59:59.999"));
        assertEquals(local(2000, 1, 1, 0, 0, 0, 90), parse("2000-1-1 0:00:00.09"));
        assertEquals(local(2000, 1, 1, 0, 0, 0, 900), parse("2000-1-1 0:00:00.9"));
    }

    @Test
    void eachFieldAtItsFirstAndLastValueIsValidAndOneBeyondIsNot() {
        // year 0 (the first four-digit year) and 9999
        assertEquals(local(0, 1, 1, 0, 0, 0, 0), parse("0000-1-1 0:00"));
        assertEquals(local(9999, 12, 31, 23, 59, 0, 0), parse("9999-12-31 23:59"));
        // month 1 and 12; 0 and 13 are not months
        assertEquals(local(2026, 1, 5, 8, 0, 0, 0), parse("2026-1-5 8:00"));
        assertEquals(local(2026, 12, 5, 8, 0, 0, 0), parse("2026-12-5 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-0-5 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-13-5 8:00"));
        // day 1 and the month's last (28 in 2026's February, 29 in 2024's and 2000's, not in 1900's); 0 and last + 1 are not days
        assertEquals(local(2026, 2, 1, 8, 0, 0, 0), parse("2026-2-1 8:00"));
        assertEquals(local(2026, 2, 28, 8, 0, 0, 0), parse("2026-2-28 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-2-29 8:00"));
        assertEquals(local(2024, 2, 29, 8, 0, 0, 0), parse("2024-2-29 8:00"));
        assertEquals(local(2000, 2, 29, 8, 0, 0, 0), parse("2000-2-29 8:00"));
        assertEquals(Timestamps.INVALID, parse("1900-2-29 8:00"));
        assertEquals(local(2026, 4, 30, 8, 0, 0, 0), parse("2026-4-30 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-4-31 8:00"));
        assertEquals(local(2026, 1, 31, 8, 0, 0, 0), parse("2026-1-31 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-1-32 8:00"));
        assertEquals(Timestamps.INVALID, parse("2026-1-0 8:00"));
        // hour 0 and 23, minute and second 0 and 59
        assertEquals(local(2026, 3, 2, 0, 0, 0, 0), parse("2026-3-2 0:00:00"));
        assertEquals(local(2026, 3, 2, 23, 59, 59, 0), parse("2026-3-2 23:59:59"));
        assertEquals(Timestamps.INVALID, parse("2026-3-2 24:00"));
        assertEquals(Timestamps.INVALID, parse("2026-3-2 9:60"));
        assertEquals(Timestamps.INVALID, parse("2026-3-2 9:05:60"));
    }

    @Test
    void offsetsUpToEighteenHoursAndFiftyNineMinutes() {
        assertEquals(at(2026, 3, 2, 9, 0, 0, ZoneOffset.ofHours(18)), parse("2026-3-2 9:00:00+18:00"));
        assertTrue(ts.hasOffset);
        assertEquals(18 * 3600, ts.offsetSeconds);
        assertEquals(at(2026, 3, 2, 9, 0, 0, ZoneOffset.ofHours(-18)), parse("2026-3-2 9:00:00-18"));
        assertEquals(-18 * 3600, ts.offsetSeconds);
        assertEquals(at(2026, 3, 2, 9, 0, 0, ZoneOffset.ofHoursMinutes(5, 59)), parse("2026-3-2 9:00:00+05:59"));
        assertEquals(5 * 3600 + 59 * 60, ts.offsetSeconds);
        assertEquals(at(2026, 3, 2, 9, 0, 0, ZoneOffset.ofHoursMinutes(-9, -30)), parse("2026-03-02T09:00:00-0930"));
        assertEquals(-(9 * 3600 + 30 * 60), ts.offsetSeconds);
        assertEquals(at(2026, 3, 2, 9, 0, 0, ZoneOffset.UTC), parse("2026-03-02T09:00:00Z"));
        assertTrue(ts.hasOffset);
        assertEquals(0, ts.offsetSeconds);
        for (String bad : new String[] {"2026-3-2 9:00:00+19:00", "2026-3-2 9:00:00+05:60", "2026-3-2 9:00:00+0560", "2026-3-2 9:00:00+1",
                "2026-3-2 9:00:00+08-00", "2026-3-2 9:00:00ZZ", "2026-3-2 9:00:00+0a:00"}) {
            assertEquals(Timestamps.INVALID, parse(bad), bad);
        }
        // a valid timestamp without an offset after one with: the parser forgets the offset
        assertEquals(local(2026, 3, 2, 9, 0, 0, 0), parse("2026-3-2 9:00:00"));
        assertFalse(ts.hasOffset);
        assertEquals(0, ts.offsetSeconds);
    }

    @Test
    void fractionsOfOneToNineDigitsKeepMillisecondsOnly() {
        assertEquals(local(2026, 3, 2, 9, 0, 5, 100), parse("2026-03-02T09:00:05.1"));
        assertEquals(local(2026, 3, 2, 9, 0, 5, 120), parse("2026-03-02T09:00:05.12"));
        assertEquals(local(2026, 3, 2, 9, 0, 5, 999), parse("2026-03-02T09:00:05.9999"));
        assertEquals(local(2026, 3, 2, 9, 0, 5, 999), parse("2026-03-02T09:00:05.999999999"));
        assertEquals(Timestamps.INVALID, parse("2026-03-02T09:00:05.9999999999"));
        assertEquals(Timestamps.INVALID, parse("2026-03-02T09:00:05."));
        assertEquals(at(2026, 3, 2, 9, 0, 5, ZoneOffset.ofHours(8)) + 999, parse("2026-03-02T09:00:05.999+08:00"));
    }

    @Test
    void shortAndCutTextIsInvalidWithoutReadingPastItsEnd() {
        // 13 bytes is the shortest valid form; anything shorter, and each cut of a valid timestamp, is invalid
        assertEquals(local(2026, 3, 2, 9, 5, 0, 0), parseAlone("2026-3-2 9:05"));
        String full = "2026-03-02T09:05:07.123+08:00";
        assertEquals(at(2026, 3, 2, 9, 5, 7, ZoneOffset.ofHours(8)) + 123, parseAlone(full));
        for (int len = 0; len < full.length(); len++) {
            String cut = full.substring(0, len);
            long expected = switch (len) {
                case 16 -> local(2026, 3, 2, 9, 5, 0, 0); // 2026-03-02T09:05
                case 19 -> local(2026, 3, 2, 9, 5, 7, 0); // 2026-03-02T09:05:07
                case 21 -> local(2026, 3, 2, 9, 5, 7, 100); // .1
                case 22 -> local(2026, 3, 2, 9, 5, 7, 120); // .12
                case 23 -> local(2026, 3, 2, 9, 5, 7, 123); // .123
                case 26 -> at(2026, 3, 2, 9, 5, 7, ZoneOffset.ofHours(8)) + 123; // +08
                default -> Timestamps.INVALID;
            };
            assertEquals(expected, parseAlone(cut), "'" + cut + "'");
        }
        for (String cut : new String[] {"2026-3-2 9:0", "2026-3-2 9:", "2026-3-2 9", "2026-3-2 ", "2026-3-2", "2026-3-", "2026", "2",
                "2026-3-2 9:05:0", "2026-3-2 9:05:", "2026-3-2 10", "2026-12-31 1",
                // 13 bytes or more, but the minutes cut short: "9:0" and "19:5" end one byte before their minute does
                "2026-03-02 9:0", "2026-03-02 19:5", "2026-12-31T23:5"}) {
            assertEquals(Timestamps.INVALID, parseAlone(cut), "'" + cut + "'");
        }
    }
}
