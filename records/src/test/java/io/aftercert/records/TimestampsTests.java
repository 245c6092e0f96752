package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The byte-level timestamp parser and its calendar arithmetic, each value checked against
 * {@code java.time} (an independent implementation) on short inputs.
 */
class TimestampsTests {
    private final Timestamps ts = new Timestamps();

    /**
     * Parses {@code text} as a field inside a longer buffer, followed by each of several byte runs that would continue
     * a timestamp (digits, separators, a fraction, an offset): the parser reads the field's bytes and nothing after
     * them, so every run gives the same result, which is returned.
     */
    private long parse(String text) {
        long first = 0;
        String[] after = {"#", "0", "12", ":", ":30", "-", "/", "T", " ", ".5", "+08:00", "Z"};
        for (int k = 0; k < after.length; k++) {
            byte[] b = ("#" + text + after[k]).getBytes(StandardCharsets.US_ASCII);
            long t = ts.parse(b, 1, 1 + text.length());
            if (k == 0) first = t;
            else assertEquals(first, t, "'" + text + "' followed by '" + after[k] + "'");
        }
        return first;
    }

    /** Epoch milliseconds of a local date-time read on the UTC clock (a timestamp without an offset). */
    private static long utc(String isoLocal) {
        return LocalDateTime.parse(isoLocal).toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    @Test
    void everyFormOfTheSameWallClockTimeGivesTheSameInstant() {
        long expected = utc("2026-03-01T08:05:07");
        for (String form : new String[] {"2026-03-01T08:05:07", "2026-03-01 08:05:07", "2026/03/01 08:05:07", "2026/3/1 8:05:07",
                "2026-3-01T8:05:07"}) {
            assertEquals(expected, parse(form), form);
            assertFalse(ts.hasOffset, form);
            assertEquals(0, ts.offsetSeconds, form);
        }
        // without seconds: the minute's start
        assertEquals(utc("2026-03-01T08:05:00"), parse("2026/3/1 8:05"));
        assertEquals(utc("2026-12-31T23:59:00"), parse("2026-12-31T23:59"));
        // fractions: .5 is 500 ms, .123 123 ms, digits after the third dropped (not rounded), up to nine digits
        assertEquals(expected + 500, parse("2026-03-01T08:05:07.5"));
        assertEquals(expected + 123, parse("2026-03-01T08:05:07.123"));
        assertEquals(expected + 999, parse("2026-03-01T08:05:07.999999999"));
        assertEquals(Timestamps.INVALID, parse("2026-03-01T08:05:07.9999999999"), "ten fraction digits");
        assertEquals(Timestamps.INVALID, parse("2026-03-01T08:05:07."), "a point without digits");
        assertEquals(Timestamps.INVALID, parse("2026-03-01T08:05.5"), "a fraction needs seconds");
    }

    @Test
    void anOffsetIsSubtractedAndRemembered() {
        // 09:00:00+08:00 is 01:00:00Z; −05:30 adds five and a half hours; java.time gives the instants
        String[][] cases = {
                {"2026-03-02T09:00:00+08:00", "+08:00"}, {"2026-03-02T09:00:00+0800", "+08:00"}, {"2026-03-02T09:00:00+08", "+08:00"},
                {"2026-03-02T09:00:00-05:30", "-05:30"}, {"2026-03-02T09:00:00Z", "Z"}, {"2026-03-02T09:00:00+18:00", "+18:00"},
                {"2026-03-02 09:00:00.250-0145", "-01:45"}};
        for (String[] c : cases) {
            long expected = OffsetDateTime.parse(c[0].replace(' ', 'T').replace("+0800", "+08:00").replace("-0145", "-01:45")
                    .replace("+08", "+08:00").replace("+08:00:00", "+08:00")).toInstant().toEpochMilli();
            assertEquals(expected, parse(c[0]), c[0]);
            assertTrue(ts.hasOffset, c[0]);
            assertEquals(ZoneOffset.of(c[1]).getTotalSeconds(), ts.offsetSeconds, c[0]);
        }
        // a later timestamp without one resets both; an invalid one leaves the last valid one's
        parse("2026-03-02T09:00:00");
        assertFalse(ts.hasOffset);
        assertEquals(0, ts.offsetSeconds);
        parse("2026-03-02T09:00:00+05:00");
        assertEquals(Timestamps.INVALID, parse("2026-03-02T09:00:00+19:00"));
        assertTrue(ts.hasOffset);
        assertEquals(5 * 3600, ts.offsetSeconds);
        for (String bad : new String[] {"2026-03-02T09:00:00+08:60", "2026-03-02T09:00:00+08-00", "2026-03-02T09:00:00+8",
                "2026-03-02T09:00:00+080", "2026-03-02T09:00:00ZZ", "2026-03-02T09:00:00 +08:00", "2026-03-02T09:00:00*08:00",
                "2026-03-02T09:00:00+0x:00", "2026-03-02T09:00:00+08:0x"}) {
            assertEquals(Timestamps.INVALID, parse(bad), bad);
        }
    }

    @Test
    void everyMonthHasItsOwnLastDayAndFebruaryFollowsTheLeapYearRule() {
        // the last day of each month exists and the day after it does not; java.time knows the lengths
        for (int year : new int[] {2026, 2028, 2100, 2000, 1900}) {
            for (int month = 1; month <= 12; month++) {
                int last = YearMonth.of(year, month).lengthOfMonth();
                String ym = year + "-" + (month < 10 ? "0" : "") + month + "-";
                assertEquals(LocalDate.of(year, month, last).toEpochDay() * 86_400_000L, parse(ym + last + "T00:00:00"), ym + last);
                assertEquals(Timestamps.INVALID, parse(ym + (last + 1) + "T00:00:00"), ym + (last + 1));
            }
        }
        assertEquals(Timestamps.INVALID, parse("2026-13-01T00:00:00"));
        assertEquals(Timestamps.INVALID, parse("2026-00-01T00:00:00"));
        assertEquals(Timestamps.INVALID, parse("2026-01-00T00:00:00"));
    }

    @Test
    void fieldsOutOfRangeOrInTheWrongShapeAreInvalid() {
        assertEquals(utc("2026-03-02T23:59:59"), parse("2026-03-02T23:59:59"));
        for (String bad : new String[] {"2026-03-02T24:00:00", "2026-03-02T23:60:00", "2026-03-02T23:59:60", "2026-03-02X09:00:00",
                "2026.03.02 09:00:00", "2026-03/02 09:00:00", "20x6-03-02 09:00:00", "2026-003-02 09:00", "2026-03-002 09:00",
                "2026-03-02 009:00", "2026-03-02 09-00-00", "2026-03-02 09:0x:00", "2026-03-02 09:00:0x", "2026-03-02 09:00:",
                "2026-03-02 09:00:5", "2026-03-02 9", "2026-03-02 :00:00", "2026-03- 09:00:00", "2026-3-2 9:0", "2026-03-02",
                "2026-03-02T09:00:00.123456789+08:00xxxxxxx"}) {
            assertEquals(Timestamps.INVALID, parse(bad), bad);
        }
        // 13 bytes is the shortest form accepted, 35 the longest (nine fraction digits and an offset with a colon)
        assertEquals(utc("2026-03-02T09:05:00"), parse("2026-3-2 9:05"));
        assertEquals(OffsetDateTime.parse("2026-03-02T09:00:00.123+08:00").toInstant().toEpochMilli(),
                parse("2026-03-02T09:00:00.123456789+08:00"));
    }

    @Test
    void epochDaysAndMonthsAgreeWithJavaTimeAcrossCenturiesAndBeforeTheEpoch() {
        // every 97th day from 1 January of year 0 to the end of 2400, and both sides of 1970-01-01
        for (long day = LocalDate.of(0, 1, 1).toEpochDay(); day <= LocalDate.of(2400, 12, 31).toEpochDay(); day += 97) {
            LocalDate d = LocalDate.ofEpochDay(day);
            assertEquals(day, Timestamps.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d.toString());
            assertEquals(d.getYear() * 12 + d.getMonthValue() - 1, Timestamps.yearMonth(day), d.toString());
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(0, 1, 1), LocalDate.of(0, 2, 29), LocalDate.of(0, 3, 1), LocalDate.of(1969, 12, 31),
                LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2000, 3, 1), LocalDate.of(-1, 12, 31)}) {
            assertEquals(d.toEpochDay(), Timestamps.daysFromCivil(d.getYear(), d.getMonthValue(), d.getDayOfMonth()), d.toString());
            assertEquals(d.getYear() * 12 + d.getMonthValue() - 1, Timestamps.yearMonth(d.toEpochDay()), d.toString());
        }
        assertEquals(LocalDate.of(0, 1, 1).toEpochDay() * 86_400_000L, parse("0000-01-01T00:00:00"));
        // the local day of an instant: one millisecond before the epoch is 31 December 1969 (day −1), at +08:00 already 1 January
        assertEquals(-1, Timestamps.localDay(-1, 0));
        assertEquals(0, Timestamps.localDay(-1, 8 * 3600));
        assertEquals(0, Timestamps.localDay(0, 0));
        assertEquals(-1, Timestamps.localDay(0, -1));
    }

    @Test
    void theThirdWorkingDayEndsAtLocalMidnightWhicheverDayTheResponseFalls() {
        // 2 March 2026 is a Monday; for each of the 14 days from it, at +08:00, UTC and −05:00, the deadline is
        // the last millisecond of the third Monday-to-Friday day after the local date (counted with java.time)
        for (int offsetHours : new int[] {8, 0, -5}) {
            ZoneOffset zone = ZoneOffset.ofHours(offsetHours);
            for (int k = 0; k < 14; k++) {
                LocalDate local = LocalDate.of(2026, 3, 2).plusDays(k);
                LocalDate d = local;
                for (int added = 0; added < 3; ) {
                    d = d.plusDays(1);
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) added++;
                }
                long expected = d.plusDays(1).atStartOfDay().toInstant(zone).toEpochMilli() - 1;
                for (String time : new String[] {"00:00", "13:30", "23:59"}) {
                    long responded = LocalDateTime.parse(local + "T" + time).toInstant(zone).toEpochMilli();
                    assertEquals(expected, Timestamps.thirdWorkingDayEnd(responded, offsetHours * 3600), local + "T" + time + " " + zone);
                }
            }
        }
        // before the epoch as well: Wednesday 31 December 1969 → Monday 5 January 1970
        assertEquals(LocalDate.of(1970, 1, 6).toEpochDay() * 86_400_000L - 1, Timestamps.thirdWorkingDayEnd(-1, 0));
    }

    // the fixed-place form yyyy-MM-ddTHH:mm:ss (the fast path) gives what java.time gives, valid or not, whichever date came before

    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private static long javaTime(String text) {
        try {
            return LocalDateTime.parse(text.replace('/', '-').replace(' ', 'T'), STRICT).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Timestamps.INVALID;
        }
    }

    private static long parseFixedForm(Timestamps ts, String text) {
        byte[] b = ("  " + text + " ").getBytes(StandardCharsets.US_ASCII);
        return ts.parse(b, 2, b.length - 1);
    }

    @Test
    void generatedDatesAndTimesInRangeAndOutOfIt() {
        SplittableRandom rnd = new SplittableRandom(20261207);
        Timestamps ts = new Timestamps();
        for (int n = 0; n < 3_000; n++) {
            int y = 1999 + rnd.nextInt(3);
            String text = String.format("%04d%s%02d%s%02d%s%02d:%02d:%02d", y, n % 3 == 0 ? "/" : "-", rnd.nextInt(14), n % 3 == 0 ? "/" : "-",
                    rnd.nextInt(33), n % 2 == 0 ? "T" : " ", rnd.nextInt(25), rnd.nextInt(61), rnd.nextInt(61));
            assertEquals(javaTime(text), parseFixedForm(ts, text), text);
            if (n % 5 == 0) assertEquals(javaTime(text), parseFixedForm(ts, text), text + " again (the cached date)");
        }
    }

    /** In the fixed shape, a field that is not all digits is invalid, whichever digit place holds the stray byte. */
    @Test
    void aStrayByteInAnyDigitPlaceOfTheFixedShapeIsInvalid() {
        Timestamps ts = new Timestamps();
        String valid = "2026-03-02T09:05:07";
        for (int place : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            for (char stray : new char[] {' ', 'a', '+', '/', ':', '9' + 1, '0' - 1}) {
                String text = valid.substring(0, place) + stray + valid.substring(place + 1);
                assertEquals(Timestamps.INVALID, parseFixedForm(ts, text), "'" + text + "'");
                assertEquals(javaTime(valid), parseFixedForm(ts, valid), "after '" + text + "'");
            }
        }
    }

    @Test
    void theFormsTheFixedPlacesRefuseAreLeftToTheGeneralParser() {
        Timestamps ts = new Timestamps();
        assertEquals(javaTime("2026-03-02T09:00:00"), parseFixedForm(ts, "2026-03-02T09:00:00"));
        assertEquals(javaTime("2024-02-29T23:59:59"), parseFixedForm(ts, "2024-02-29T23:59:59"));
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-02-29T09:00:00")); // after a valid date in another year's February
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-03-02X09:00:00"));
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-03/02T09:00:00"));
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-03-02T09-00:00"));
        // 09:00 with the offset -00 (no seconds): the general parser's reading, not the fixed places'
        assertEquals(javaTime("2026-03-02T09:00:00"), parseFixedForm(ts, "2026-03-02T09:00-00"));
        assertEquals(true, ts.hasOffset);
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-03-0aT09:00:00"));
        assertEquals(Timestamps.INVALID, parseFixedForm(ts, "2026-03-02T09:0a:00"));
        // 19 bytes in another form the general parser reads: 2026/3/2 9:05:07+08 (one-digit month, day and hour, an offset)
        long withOffset = parseFixedForm(ts, "2026/3/2 9:05:07+08");
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 5, 7).toInstant(ZoneOffset.ofHours(8)).toEpochMilli(), withOffset);
        assertEquals(true, ts.hasOffset);
        assertEquals(8 * 3600, ts.offsetSeconds);
        parseFixedForm(ts, "2026-03-02T09:00:00");
        assertEquals(false, ts.hasOffset, "the fixed form has no offset");
        assertEquals(0, ts.offsetSeconds);
    }
}
