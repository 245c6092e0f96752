package io.aftercert.records;

import io.aftercert.core.Ratio;

/**
 * The KPIs of docs/records-format.md with their targets (T/GXDSL 244—2025 六, T/GXDSL 259—2025). The
 * ordinal fixes each KPI's two bits (denominator, numerator) in a row's contribution mask.
 */
public enum Kpi {
    HOTLINE_ANSWER("hotline_answer", "85", true),
    PHONE_RESPONSE("phone_response", "95", true),
    ONLINE_RESPONSE("online_response", "90", true),
    ONLINE_RESPONSE_5MIN("online_response_5min", "95", true),
    EMERGENCY_RESPONSE("emergency_response", "95", true),
    ON_TIME_ARRIVAL("on_time_arrival", "95", true),
    RESOLUTION_SIMPLE("resolution_simple", null, true),
    RESOLUTION_COMPLEX("resolution_complex", null, true),
    FIRST_CONTACT_RESOLUTION("first_contact_resolution", "85", true),
    REPEAT_REPAIR("repeat_repair", "5", false),
    COMPLAINT_RESPONSE("complaint_response", "100", true),
    CALLBACK_RATIO("callback_ratio", "20", true),
    SATISFACTION_INDEX("satisfaction_index", "85", true);

    private final String id;
    private final Ratio target;
    private final boolean atLeast;

    Kpi(String id, String target, boolean atLeast) {
        this.id = id;
        this.target = target == null ? null : Ratio.parse(target);
        this.atLeast = atLeast;
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
