package io.aftercert.records;

/**
 * Parses ISO-8601 local date-times ({@code 2026-03-01T08:15:30}, optionally {@code .SSS} and an
 * offset {@code Z} / {@code +08:00}) straight from bytes to epoch milliseconds, without
 * allocation. A timestamp with an offset is converted to UTC; one without is read on the same
 * clock (the file is assumed to use one local time).
 */
final class Timestamps {
    /** Returned for an empty field. */
    static final long EMPTY = Long.MIN_VALUE;
    /** Returned for text that is not a valid timestamp. */
    static final long INVALID = Long.MIN_VALUE + 1;

    private Timestamps() {
    }

    static long parse(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') s++;
        while (e > s && b[e - 1] == ' ') e--;
        if (s == e) return EMPTY;
        if (e - s < 19) return INVALID;
        int year = digits(b, s, 4);
        if (year < 0 || b[s + 4] != '-') return INVALID;
        int month = digits(b, s + 5, 2);
        if (month < 1 || month > 12 || b[s + 7] != '-') return INVALID;
        int day = digits(b, s + 8, 2);
        if (day < 1 || day > daysInMonth(year, month)) return INVALID;
        byte t = b[s + 10];
        if (t != 'T' && t != ' ') return INVALID;
        int hour = digits(b, s + 11, 2);
        if (hour < 0 || hour > 23 || b[s + 13] != ':') return INVALID;
        int minute = digits(b, s + 14, 2);
        if (minute < 0 || minute > 59 || b[s + 16] != ':') return INVALID;
        int second = digits(b, s + 17, 2);
        if (second < 0 || second > 59) return INVALID;
        int i = s + 19;
        int millis = 0;
        if (i < e && b[i] == '.') {
            i++;
            int scale = 100;
            int n = 0;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                if (n < 3) millis += (b[i] - '0') * scale;
                scale /= 10;
                n++;
                i++;
            }
            if (n == 0 || n > 9) return INVALID;
        }
        int offsetSeconds = 0;
        if (i < e) {
            byte z = b[i];
            if (z == 'Z' && i + 1 == e) {
                offsetSeconds = 0;
            } else if ((z == '+' || z == '-') && (e - i == 6 || e - i == 3)) {
                int oh = digits(b, i + 1, 2);
                int om = e - i == 6 ? digits(b, i + 4, 2) : 0;
                if (oh < 0 || oh > 18 || om < 0 || om > 59 || (e - i == 6 && b[i + 3] != ':')) return INVALID;
                offsetSeconds = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
            } else {
                return INVALID;
            }
        }
        long days = daysFromCivil(year, month, day);
        long secs = days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return secs * 1000L + millis;
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

    /**
     * End (inclusive, last millisecond) of the third Monday-to-Friday day after the day of
     * {@code millis}: the deadline for a complex problem (T/GXDSL 244 六: 复杂问题不超过 3 个工作日).
     */
    static long thirdWorkingDayEnd(long millis) {
        long day = Math.floorDiv(millis, 86_400_000L);
        int added = 0;
        while (added < 3) {
            day++;
            // 1970-01-01 was a Thursday: day-of-week index 0 = Monday … 6 = Sunday
            int dow = (int) Math.floorMod(day + 3, 7);
            if (dow < 5) added++;
        }
        return (day + 1) * 86_400_000L - 1;
    }
}
