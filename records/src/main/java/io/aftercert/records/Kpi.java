package io.aftercert.records;

import io.aftercert.core.Ratio;
import java.time.Duration;

/**
 * The KPIs of docs/records-format.md with their targets (T/GXDSL 244—2025 六, T/GXDSL 259—2025) and
 * the time limit a row must keep to count in a KPI's numerator: the one table of both, which the
 * rubrics' metric indicators ({@code recordsKpi}) state too (a test holds the two equal). The
 * ordinal fixes each KPI's two bits (denominator, numerator) in a row's contribution mask.
 */
public enum Kpi {
    HOTLINE_ANSWER("hotline_answer", "85", true, Duration.ofSeconds(15)),
    PHONE_RESPONSE("phone_response", "95", true, Duration.ofSeconds(30)),
    ONLINE_RESPONSE("online_response", "90", true, Duration.ofMinutes(30)),
    ONLINE_RESPONSE_5MIN("online_response_5min", "95", true, Duration.ofMinutes(5)),
    EMERGENCY_RESPONSE("emergency_response", "95", true, Duration.ofMinutes(15)),
    /** Arrival within this limit either side of the appointment. */
    ON_TIME_ARRIVAL("on_time_arrival", "95", true, Duration.ofMinutes(30)),
    RESOLUTION_SIMPLE("resolution_simple", null, true, Duration.ofHours(4)),
    /** Resolved by the end of the third working day after the response: a calendar rule, not a duration. */
    RESOLUTION_COMPLEX("resolution_complex", null, true, null),
    FIRST_CONTACT_RESOLUTION("first_contact_resolution", "85", true, null),
    REPEAT_REPAIR("repeat_repair", "5", false, null),
    COMPLAINT_RESPONSE("complaint_response", "100", true, Duration.ofHours(24)),
    CALLBACK_RATIO("callback_ratio", "20", true, null),
    SATISFACTION_INDEX("satisfaction_index", "85", true, null);

    private final String id;
    private final Ratio target;
    private final boolean atLeast;
    private final Duration limit;

    Kpi(String id, String target, boolean atLeast, Duration limit) {
        this.id = id;
        this.target = target == null ? null : Ratio.parse(target);
        this.atLeast = atLeast;
        this.limit = limit;
    }

    /**
     * The time limit of the KPI's numerator (response, arrival or resolution time at most this long),
     * or null for a KPI that is not a time limit.
     */
    public Duration limit() {
        return limit;
    }

    /** {@link #limit()} in milliseconds, the unit of parsed timestamps. */
    long limitMillis() {
        return limit.toMillis();
    }

    public String id() {
        return id;
    }

    /** The target in percent (index points for satisfaction), or null where the schema only reports. */
    public Ratio target() {
        return target;
    }

    public boolean atLeast() {
        return atLeast;
    }

    int denBit() {
        return 1 << (2 * ordinal());
    }

    int numBit() {
        return 1 << (2 * ordinal() + 1);
    }

    /** KPIs counted as numerator/denominator in the row mask (all but the satisfaction index). */
    static final Kpi[] COUNTED = java.util.Arrays.copyOf(values(), 12);
}
