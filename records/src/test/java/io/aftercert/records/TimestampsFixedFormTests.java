package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fixed-place form {@code yyyy-MM-ddTHH:mm:ss} (the parser's fast path) gives what
 * {@code java.time} gives, for valid and invalid dates and times alike, whichever date came before.
 */
class TimestampsFixedFormTests {
    private static final DateTimeFormatter STRICT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private static long expected(String text) {
        try {
            return LocalDateTime.parse(text.replace('/', '-').replace(' ', 'T'), STRICT).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Timestamps.INVALID;
        }
    }

    private static long parse(Timestamps ts, String text) {
        byte[] b = ("  " + text + " ").getBytes(StandardCharsets.US_ASCII);
        return ts.parse(b, 2, b.length - 1);
    }

    @Test
    void generatedDatesAndTimesInRangeAndOutOfIt() {
        SplittableRandom rnd = new SplittableRandom(20261207);
        Timestamps ts = new Timestamps();
        for (int n = 0; n < 20_000; n++) {
            int y = 1999 + rnd.nextInt(3);
            String text = String.format("%04d%s%02d%s%02d%s%02d:%02d:%02d", y, n % 3 == 0 ? "/" : "-", rnd.nextInt(14), n % 3 == 0 ? "/" : "-",
                    rnd.nextInt(33), n % 2 == 0 ? "T" : " ", rnd.nextInt(25), rnd.nextInt(61), rnd.nextInt(61));
            assertEquals(expected(text), parse(ts, text), text);
            if (n % 5 == 0) assertEquals(expected(text), parse(ts, text), text + " again (the cached date)");
        }
    }

    @Test
    void theFormsTheFixedPlacesRefuseAreLeftToTheGeneralParser() {
        Timestamps ts = new Timestamps();
        assertEquals(expected("2026-03-02T09:00:00"), parse(ts, "2026-03-02T09:00:00"));
        assertEquals(expected("2024-02-29T23:59:59"), parse(ts, "2024-02-29T23:59:59"));
        assertEquals(Timestamps.INVALID, parse(ts, "2026-02-29T09:00:00")); // after a valid date in another year's February
        assertEquals(Timestamps.INVALID, parse(ts, "2026-03-02X09:00:00"));
        assertEquals(Timestamps.INVALID, parse(ts, "2026-03/02T09:00:00"));
        assertEquals(Timestamps.INVALID, parse(ts, "2026-03-02T09-00:00"));
        // 09:00 with the offset -00 (no seconds): the general parser's reading, not the fixed places'
        assertEquals(expected("2026-03-02T09:00:00"), parse(ts, "2026-03-02T09:00-00"));
        assertEquals(true, ts.hasOffset);
        assertEquals(Timestamps.INVALID, parse(ts, "2026-03-0aT09:00:00"));
        assertEquals(Timestamps.INVALID, parse(ts, "2026-03-02T09:0a:00"));
        // 19 bytes in another form the general parser reads: 2026/3/2 9:05:07+08 (one-digit month, day and hour, an offset)
        long withOffset = parse(ts, "2026/3/2 9:05:07+08");
        assertEquals(LocalDateTime.of(2026, 3, 2, 9, 5, 7).toInstant(ZoneOffset.ofHours(8)).toEpochMilli(), withOffset);
        assertEquals(true, ts.hasOffset);
        assertEquals(8 * 3600, ts.offsetSeconds);
        parse(ts, "2026-03-02T09:00:00");
        assertEquals(false, ts.hasOffset, "the fixed form has no offset");
        assertEquals(0, ts.offsetSeconds);
    }
}
