package io.aftercert.records;

/**
 * The KPI rules of docs/records-format.md: which KPIs a clean row counts in (denominator) and which
 * of their limits it keeps (numerator), as the row's contribution mask. The limits are
 * {@link Kpi#limit()}, the one table the rubrics' targets are checked against.
 */
final class KpiRules {
    /** Set in the contribution of every clean row, apart from the KPI bits (0–23) and the satisfaction bits (24–26). */
    static final int CLEAN = 1 << 30;
    /** A clean row's channel (index into {@link RecordRow#CHANNELS}) is kept in bits 27–29 of its contribution. */
    static final int CHANNEL_SHIFT = 27;

    private static final long HOTLINE_ANSWER = Kpi.HOTLINE_ANSWER.limitMillis();
    private static final long PHONE_RESPONSE = Kpi.PHONE_RESPONSE.limitMillis();
    private static final long ONLINE_RESPONSE = Kpi.ONLINE_RESPONSE.limitMillis();
    private static final long ONLINE_RESPONSE_5MIN = Kpi.ONLINE_RESPONSE_5MIN.limitMillis();
    private static final long EMERGENCY_RESPONSE = Kpi.EMERGENCY_RESPONSE.limitMillis();
    private static final long ON_TIME_ARRIVAL = Kpi.ON_TIME_ARRIVAL.limitMillis();
    private static final long RESOLUTION_SIMPLE = Kpi.RESOLUTION_SIMPLE.limitMillis();
    private static final long COMPLAINT_RESPONSE = Kpi.COMPLAINT_RESPONSE.limitMillis();

    private KpiRules() {
    }

    /**
     * The contribution of a clean row: {@link #CLEAN}, its satisfaction (bits 24–26), its channel
     * (bits 27–29) and the bits of every KPI it counts in ({@link Kpi#denBit()}, {@link Kpi#numBit()}).
     *
     * @param hasRepeat whether the row names the ticket it repeats (repeat repairs)
     */
    static int contribution(RecordRow row, boolean hasRepeat) {
        int mask = CLEAN | (row.satisfaction << 24) | (row.channel << CHANNEL_SHIFT);
        long respMs = row.responded != Timestamps.EMPTY ? row.responded - row.requested : Long.MAX_VALUE;
        mask |= response(row, respMs);
        if (row.appointment != Timestamps.EMPTY && row.arrived != Timestamps.EMPTY) {
            mask |= Kpi.ON_TIME_ARRIVAL.denBit();
            if (Math.abs(row.arrived - row.appointment) <= ON_TIME_ARRIVAL) mask |= Kpi.ON_TIME_ARRIVAL.numBit();
        }
        mask |= resolution(row);
        if (row.fcr >= 0) {
            mask |= Kpi.FIRST_CONTACT_RESOLUTION.denBit();
            if (row.fcr == 1) mask |= Kpi.FIRST_CONTACT_RESOLUTION.numBit();
        }
        if (row.type == RecordRow.TY_REPAIR) {
            mask |= Kpi.REPEAT_REPAIR.denBit();
            if (hasRepeat) mask |= Kpi.REPEAT_REPAIR.numBit();
        }
        if (row.resolved != Timestamps.EMPTY) {
            mask |= Kpi.CALLBACK_RATIO.denBit();
            if (row.callback != Timestamps.EMPTY) mask |= Kpi.CALLBACK_RATIO.numBit();
        }
        return mask;
    }

    /** The response-time KPIs: by channel, for emergencies and for complaints (no response: no numerator). */
    private static int response(RecordRow row, long respMs) {
        int mask = 0;
        if (row.channel == RecordRow.CH_PHONE) {
            mask |= Kpi.HOTLINE_ANSWER.denBit() | Kpi.PHONE_RESPONSE.denBit();
            if (respMs <= HOTLINE_ANSWER) mask |= Kpi.HOTLINE_ANSWER.numBit();
            if (respMs <= PHONE_RESPONSE) mask |= Kpi.PHONE_RESPONSE.numBit();
        } else if (row.channel == RecordRow.CH_ONLINE || row.channel == RecordRow.CH_APP) {
            mask |= Kpi.ONLINE_RESPONSE.denBit() | Kpi.ONLINE_RESPONSE_5MIN.denBit();
            if (respMs <= ONLINE_RESPONSE) mask |= Kpi.ONLINE_RESPONSE.numBit();
            if (respMs <= ONLINE_RESPONSE_5MIN) mask |= Kpi.ONLINE_RESPONSE_5MIN.numBit();
        }
        if (row.priority == RecordRow.PR_EMERGENCY) {
            mask |= Kpi.EMERGENCY_RESPONSE.denBit();
            if (respMs <= EMERGENCY_RESPONSE) mask |= Kpi.EMERGENCY_RESPONSE.numBit();
        }
        if (row.type == RecordRow.TY_COMPLAINT) {
            mask |= Kpi.COMPLAINT_RESPONSE.denBit();
            if (respMs <= COMPLAINT_RESPONSE) mask |= Kpi.COMPLAINT_RESPONSE.numBit();
        }
        return mask;
    }

    /** The resolution KPIs of a responded and resolved row: simple within its limit, complex by the third working day. */
    private static int resolution(RecordRow row) {
        if (row.responded == Timestamps.EMPTY || row.resolved == Timestamps.EMPTY) return 0;
        if (row.complexity == RecordRow.CX_SIMPLE) {
            int mask = Kpi.RESOLUTION_SIMPLE.denBit();
            return row.resolved - row.responded <= RESOLUTION_SIMPLE ? mask | Kpi.RESOLUTION_SIMPLE.numBit() : mask;
        }
        int mask = Kpi.RESOLUTION_COMPLEX.denBit();
        // the third working day in the calendar of the response's own offset
        return row.resolved <= Timestamps.thirdWorkingDayEnd(row.responded, row.respondedOffset) ? mask | Kpi.RESOLUTION_COMPLEX.numBit() : mask;
    }

    /** The response time in whole seconds, or −1 without a response. */
    static int responseSeconds(RecordRow row) {
        return row.responded != Timestamps.EMPTY ? seconds(row.responded - row.requested) : -1;
    }

    /** The resolution time (response to resolution) in whole seconds, or −1 without both. */
    static int resolutionSeconds(RecordRow row) {
        return row.responded != Timestamps.EMPTY && row.resolved != Timestamps.EMPTY ? seconds(row.resolved - row.responded) : -1;
    }

    private static int seconds(long ms) {
        return (int) Math.min(Integer.MAX_VALUE, ms / 1000);
    }
}
