package io.aftercert.records;

/**
 * Parses timestamps straight from bytes to epoch milliseconds, without allocation: ISO-8601
 * ({@code 2026-03-01T08:15:30}, optionally {@code .SSS} and an offset {@code Z} / {@code +08:00} /
 * {@code +0800} / {@code +08}) and what ERP exports write: {@code 2026/03/01 08:15:30},
 * {@code 2026-03-01 08:15:30}, Excel's Chinese locale {@code 2026/3/1 8:15}; seconds optional.
 * A timestamp with an offset is converted to UTC; one without is read on the file's own clock.
 * After each {@link #parse} the parser tells whether the text had an offset and which
 * ({@link #hasOffset}, {@link #offsetSeconds}), so that callers can count calendar days in the
 * timestamp's local calendar and refuse files that mix the two forms.
 */
final class Timestamps {
    /** Stands for an empty field (callers' marker; {@link #parse} is never given one). */
    static final long EMPTY = Long.MIN_VALUE;
    /** Returned for text that is not a valid timestamp. */
    static final long INVALID = Long.MIN_VALUE + 1;

    /** Whether the last valid timestamp parsed had an offset. */
    boolean hasOffset;
    /** The last valid timestamp's offset from UTC in seconds (0 without one). */
    int offsetSeconds;

    /** The local (wall-clock) epoch day of a UTC instant parsed with {@code offsetSeconds}. */
    static long localDay(long utcMillis, int offsetSeconds) {
        return Math.floorDiv(utcMillis + offsetSeconds * 1000L, 86_400_000L);
    }

    /**
     * The epoch milliseconds of the timestamp in {@code b[s, e)}, or {@link #INVALID}. The caller
     * has trimmed the spaces around the field and handled an empty one ({@link #EMPTY}).
     */
    long parse(byte[] b, int s, int e) {
        if (e - s == 19) { // the form of most exports, 2026-03-02T09:00:00 (or with / and a space): fixed places
            long t = parseFixed(b, s);
            if (t != NOT_FIXED) return t;
        }
        return parseAny(b, s, e);
    }

    /** {@link #parseFixed}'s answer for text that the general parser must decide. */
    private static final long NOT_FIXED = Long.MIN_VALUE + 2;
    /** The last date parsed (year, month, day packed) and its epoch day: the timestamps of a row mostly share a date. */
    private int lastDate = -1;
    private long lastDays;

    /**
     * {@code yyyy-MM-ddTHH:mm:ss} (separators {@code -} or {@code /}, {@code T} or a space) at fixed
     * places, the same value {@link #parseAny} gives: once the separators are in these places,
     * anything but two (four) digits in range in a field is {@link #INVALID} here as it is there;
     * {@link #NOT_FIXED} for text of another shape, which the general parser decides.
     */
    private long parseFixed(byte[] b, int s) {
        byte sep = b[s + 4];
        byte t = b[s + 10];
        if (sep != '-' && sep != '/' || b[s + 7] != sep || t != 'T' && t != ' ' || b[s + 13] != ':' || b[s + 16] != ':') return NOT_FIXED;
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        int hour = digits(b, s + 11, 2);
        int minute = digits(b, s + 14, 2);
        int second = digits(b, s + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return INVALID;
        }
        int date = (year * 16 + month) * 32 + day;
        if (date != lastDate) {
            if (day > daysInMonth(year, month)) return INVALID;
            lastDays = daysFromCivil(year, month, day);
            lastDate = date;
        }
        hasOffset = false;
        offsetSeconds = 0;
        return (lastDays * 86_400L + hour * 3600L + minute * 60L + second) * 1000L;
    }

    // by design: the row parser's hot path (records benchmark); one pass over the bytes, no calls to split
    private long parseAny(byte[] b, int s, int e) {
        // the shortest form is 2026-3-2 9:05 (13 bytes), the longest 2026-03-02T09:00:00.123456789+08:00 (35)
        if (e - s < 13 || e - s > 35) return INVALID;
        int year = digits(b, s, 4);
        if (year < 0) return INVALID;
        int i = s + 4;
        byte sep = b[i];
        if (sep != '-' && sep != '/') return INVALID;
        i++;
        // month and day: one or two digits
        int month = 0, n = 0;
        while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
            month = month * 10 + b[i++] - '0';
            n++;
        }
        if (n == 0 || month < 1 || month > 12 || i >= e || b[i] != sep) return INVALID;
        i++;
        int day = 0;
        n = 0;
        while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
            day = day * 10 + b[i++] - '0';
            n++;
        }
        if (n == 0 || day < 1 || day > daysInMonth(year, month) || i >= e) return INVALID;
        byte t = b[i++];
        if (t != 'T' && t != ' ') return INVALID;
        int hour = 0;
        n = 0;
        while (i < e && n < 2 && b[i] >= '0' && b[i] <= '9') {
            hour = hour * 10 + b[i++] - '0';
            n++;
        }
        if (n == 0 || hour > 23 || i + 3 > e || b[i] != ':') return INVALID;
        int minute = digits(b, i + 1, 2);
        if (minute < 0 || minute > 59) return INVALID;
        i += 3;
        int second = 0;
        if (i < e && b[i] == ':') {
            if (i + 3 > e) return INVALID;
            second = digits(b, i + 1, 2);
            if (second < 0 || second > 59) return INVALID;
            i += 3;
            if (i < e && b[i] == '.') {
                i++;
                int scale = 100;
                int fd = 0;
                int millis = 0;
                while (i < e && b[i] >= '0' && b[i] <= '9') {
                    if (fd < 3) millis += (b[i] - '0') * scale;
                    scale /= 10;
                    fd++;
                    i++;
                }
                if (fd == 0 || fd > 9) return INVALID;
                second = second * 1000 + millis; // milliseconds from here on
            } else {
                second *= 1000;
            }
        }
        int offset = 0;
        boolean withOffset = false;
        if (i < e) {
            byte z = b[i];
            int rest = e - i;
            if (z == 'Z' && rest == 1) {
                withOffset = true;
            } else if ((z == '+' || z == '-') && (rest == 6 || rest == 5 || rest == 3)) {
                int oh = digits(b, i + 1, 2);
                int om = rest == 6 ? (b[i + 3] == ':' ? digits(b, i + 4, 2) : -1) : rest == 5 ? digits(b, i + 3, 2) : 0;
                if (oh < 0 || oh > 18 || om < 0 || om > 59) return INVALID;
                offset = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
                withOffset = true;
            } else {
                return INVALID;
            }
        }
        hasOffset = withOffset;
        offsetSeconds = offset;
        long days = daysFromCivil(year, month, day);
        long secs = days * 86_400L + hour * 3600L + minute * 60L - offset;
        return secs * 1000L + second;
    }

    private static int digits(byte[] b, int at, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = b[at + k] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v;
    }

    private static int daysInMonth(int y, int m) {
        return switch (m) {
            case 2 -> (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Days since 1970-01-01 (Howard Hinnant's algorithm). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = (y >= 0 ? y : y - 399) / 400;
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }

    /** Year × 12 + month − 1 of an epoch day (the inverse of {@link #daysFromCivil}). */
    static int yearMonth(long epochDay) {
        long z = epochDay + 719468;
        long era = (z >= 0 ? z : z - 146096) / 146097;
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) y++;
        return (int) (y * 12 + m - 1);
    }

    /**
     * End (inclusive, last millisecond) of the third Monday-to-Friday day after the day of
     * {@code utcMillis} in the local calendar of {@code offsetSeconds}: the deadline for a complex
     * problem (T/GXDSL 244 六: 复杂问题不超过 3 个工作日), as a UTC instant.
     */
    static long thirdWorkingDayEnd(long utcMillis, int offsetSeconds) {
        long day = localDay(utcMillis, offsetSeconds);
        // 1970-01-01 was a Thursday: day-of-week index 0 = Monday … 6 = Sunday
        day += DAYS_TO_THIRD_WORKING_DAY[Math.floorMod(day + 3, 7)];
        return (day + 1) * 86_400_000L - 1 - offsetSeconds * 1000L;
    }

    /**
     * Days from a day to the third Monday-to-Friday day after it, by its weekday: Monday → Thursday,
     * Tuesday → Friday, Wednesday → Monday, Thursday → Tuesday, Friday → Wednesday, Saturday and
     * Sunday → Wednesday.
     */
    private static final int[] DAYS_TO_THIRD_WORKING_DAY = {3, 3, 5, 5, 5, 4, 3};
}
