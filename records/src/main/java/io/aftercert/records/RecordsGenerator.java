package io.aftercert.records;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Seeded synthetic service records with injected faults of every rule class (completeness, range,
 * logic, duplicate ids, dangling {@code repeat_of}, outliers), quoted commas and line breaks, and
 * Chinese text: for tests and benchmarks. The same seed gives the same bytes.
 */
public final class RecordsGenerator {
    private static final String[] REGIONS = {"南宁", "柳州", "桂林", "\"南宁, 青秀区\"", "梧州", "北海", "\"玉林\n(容县)\""};
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final long BASE = LocalDateTime.of(2026, 1, 5, 8, 0).toEpochSecond(ZoneOffset.UTC);

    private RecordsGenerator() {
    }

    /**
     * Writes {@code rows} records to {@code out}.
     *
     * @param faultRate share of rows with an injected data-quality fault (0–1)
     */
    public static void write(Path out, long rows, long seed, double faultRate) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            write(os, rows, seed, faultRate);
        }
    }

    public static void write(OutputStream os, long rows, long seed, double faultRate) throws IOException {
        write(os, rows, seed, faultRate, 7);
    }

    /**
     * Writes {@code rows} records to {@code out}, a request every {@code secondsPerRow} seconds on
     * average from 2026-01-05 08:00 (7 s by default: 10 million rows span 27 months).
     */
    public static void write(Path out, long rows, long seed, double faultRate, int secondsPerRow) throws IOException {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            write(os, rows, seed, faultRate, secondsPerRow);
        }
    }

    public static void write(OutputStream os, long rows, long seed, double faultRate, int secondsPerRow) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        // columns in a non-canonical order, with an extra column the schema does not know
        os.write(("ticket_id,requested_at,channel,type,priority,complexity,region,technician_id,responded_at,appointment_at,"
                + "arrived_at,resolved_at,first_contact_resolved,repeat_of,satisfaction,callback_at,remark\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder(256);
        for (long i = 1; i <= rows; i++) {
            sb.setLength(0);
            row(sb, rnd, i, faultRate, secondsPerRow);
            os.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Appends record {@code i} (its line break included), drawing from {@code rnd} in the file's order. */
    private static void row(StringBuilder sb, SplittableRandom rnd, long i, double faultRate, int secondsPerRow) {
        long req = BASE + i * secondsPerRow + rnd.nextInt(5);
        String channel = pick(rnd, "phone", "phone", "phone", "online", "app", "onsite", "letter");
        String type = pick(rnd, "consult", "install", "repair", "repair", "maintenance", "complaint", "return", "recycle");
        boolean emergency = rnd.nextInt(20) == 0;
        boolean complex = rnd.nextInt(5) == 0;
        long resp = switch (channel) {
            case "phone" -> rnd.nextInt(40);
            case "online", "app" -> rnd.nextInt(2400);
            default -> rnd.nextInt(3600);
        };
        if (emergency) resp = rnd.nextInt(1100);
        if (type.equals("complaint")) resp = rnd.nextInt(100_000);
        if (rnd.nextInt(200) == 0) resp *= 200; // outliers
        boolean responded = rnd.nextInt(40) != 0;
        boolean onsite = type.equals("install") || type.equals("repair") || channel.equals("onsite");
        long appt = req + 3600 + rnd.nextInt(86_400);
        long arr = appt + rnd.nextInt(5400) - 2700;
        boolean resolved = responded && rnd.nextInt(10) != 0;
        long res = req + resp + (complex ? rnd.nextInt(6 * 86_400) : rnd.nextInt(6 * 3600));
        String ticket = String.format("T%09d", i);
        String repeatOf = type.equals("repair") && i > 10 && rnd.nextInt(25) == 0 ? String.format("T%09d", i - 1 - rnd.nextInt(10)) : "";
        String satisfaction = rnd.nextInt(10) < 6 ? Integer.toString(1 + rnd.nextInt(5)) : "";
        String fcr = rnd.nextInt(4) == 0 ? "" : rnd.nextInt(100) < 84 ? "true" : "false";
        String callback = resolved && rnd.nextInt(4) == 0 ? ts(res + 86_400) : "";
        String reqS = ts(req);
        String respS = responded ? ts(req + resp) : "";
        String resS = resolved ? ts(res) : "";
        String apptS = onsite ? ts(appt) : "";
        String arrS = onsite && resolved ? ts(arr) : "";
        String prio = emergency ? "emergency" : "normal";
        String cx = complex ? "complex" : rnd.nextBoolean() ? "simple" : "";
        if (rnd.nextDouble() < faultRate) {
            switch (rnd.nextInt(10)) {
                case 0 -> ticket = "";
                case 1 -> channel = "fax";
                case 2 -> satisfaction = "7";
                case 3 -> reqS = "2026-13-40T25:00:00";
                case 4 -> respS = ts(req - 60);
                case 5 -> { if (responded) resS = ts(req + resp - 5); else prio = ""; }
                case 6 -> arrS = ts(req - 30);
                case 7 -> ticket = String.format("T%09d", Math.max(1, i - 1 - rnd.nextInt(50))); // duplicate id
                case 8 -> repeatOf = "X" + i; // names no ticket in the file
                default -> fcr = "yes";
            }
        }
        sb.append(ticket).append(',').append(reqS).append(',').append(channel).append(',').append(type).append(',')
                .append(prio).append(',').append(cx).append(',').append(REGIONS[rnd.nextInt(REGIONS.length)]).append(',')
                .append("E").append(rnd.nextInt(300)).append(',').append(respS).append(',').append(apptS).append(',')
                .append(arrS).append(',').append(resS).append(',').append(fcr).append(',').append(repeatOf).append(',')
                .append(satisfaction).append(',').append(callback).append(',')
                .append(rnd.nextInt(8) == 0 ? "\"顾客说：\"\"很满意\"\"\"" : "").append('\n');
    }

    private static String ts(long epochSecond) {
        return TS.format(LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC));
    }

    private static String pick(SplittableRandom r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
