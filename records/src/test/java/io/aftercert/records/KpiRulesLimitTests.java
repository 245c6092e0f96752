package io.aftercert.records;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each time limit of {@link KpiRules} at its edge: a row exactly at the limit counts in the
 * numerator, one millisecond later it does not; and which rows count in a KPI's denominator.
 */
class KpiRulesLimitTests {
    private static final String REQUESTED = "2026-03-02T09:00:00"; // a Monday

    /** The report of one record: ticket T1, requested on Monday 09:00, normal priority, with {@code kv} (field, value, …). */
    private static KpiReport one(String channel, String type, Object... kv) {
        Map<RecordField, String> f = new EnumMap<>(RecordField.class);
        f.put(RecordField.TICKET_ID, "T1");
        f.put(RecordField.CHANNEL, channel);
        f.put(RecordField.TYPE, type);
        f.put(RecordField.PRIORITY, "normal");
        f.put(RecordField.REQUESTED_AT, REQUESTED);
        for (int i = 0; i < kv.length; i += 2) f.put((RecordField) kv[i], (String) kv[i + 1]);
        KpiAccumulator acc = new KpiAccumulator();
        acc.add(f::get);
        KpiReport r = acc.report("t");
        assertEquals(0, r.rowsExcluded(), "the row is clean");
        return r;
    }

    private static String counted(KpiReport r, Kpi k) {
        KpiReport.KpiValue v = r.kpis().get(k.id());
        return v.numerator() + "/" + v.denominator();
    }

    private static void edge(Kpi k, String channel, String type, RecordField field, String at, String after, Object... more) {
        Object[] in = append(more, field, at);
        Object[] out = append(more, field, after);
        assertEquals("1/1", counted(one(channel, type, in), k), k.id() + " at " + at);
        assertEquals("0/1", counted(one(channel, type, out), k), k.id() + " at " + after);
    }

    private static Object[] append(Object[] kv, RecordField field, String value) {
        Object[] out = java.util.Arrays.copyOf(kv, kv.length + 2);
        out[kv.length] = field;
        out[kv.length + 1] = value;
        return out;
    }

    @Test
    void phoneAnswersWithin15sAndRespondsWithin30s() {
        edge(Kpi.HOTLINE_ANSWER, "phone", "consult", RecordField.RESPONDED_AT, "2026-03-02T09:00:15", "2026-03-02T09:00:15.001");
        edge(Kpi.PHONE_RESPONSE, "phone", "consult", RecordField.RESPONDED_AT, "2026-03-02T09:00:30", "2026-03-02T09:00:30.001");
        // unanswered: counted in the denominator, never in the numerator
        assertEquals("0/1", counted(one("phone", "consult"), Kpi.HOTLINE_ANSWER));
        assertEquals("0/1", counted(one("phone", "consult"), Kpi.PHONE_RESPONSE));
        assertEquals("0/0", counted(one("phone", "consult"), Kpi.ONLINE_RESPONSE));
    }

    @Test
    void onlineAndAppRespondWithin30minAnd5min() {
        for (String channel : new String[] {"online", "app"}) {
            edge(Kpi.ONLINE_RESPONSE, channel, "consult", RecordField.RESPONDED_AT, "2026-03-02T09:30:00", "2026-03-02T09:30:00.001");
            edge(Kpi.ONLINE_RESPONSE_5MIN, channel, "consult", RecordField.RESPONDED_AT, "2026-03-02T09:05:00", "2026-03-02T09:05:00.001");
            assertEquals("0/0", counted(one(channel, "consult", RecordField.RESPONDED_AT, REQUESTED), Kpi.HOTLINE_ANSWER));
        }
        for (String channel : new String[] {"onsite", "letter"}) {
            KpiReport r = one(channel, "consult", RecordField.RESPONDED_AT, REQUESTED);
            assertEquals("0/0", counted(r, Kpi.ONLINE_RESPONSE), channel);
            assertEquals("0/0", counted(r, Kpi.PHONE_RESPONSE), channel);
        }
    }

    @Test
    void emergenciesWithin15minAndComplaintsWithin24h() {
        edge(Kpi.EMERGENCY_RESPONSE, "onsite", "repair", RecordField.RESPONDED_AT, "2026-03-02T09:15:00", "2026-03-02T09:15:00.001",
                RecordField.PRIORITY, "emergency");
        assertEquals("0/0", counted(one("onsite", "repair", RecordField.RESPONDED_AT, REQUESTED), Kpi.EMERGENCY_RESPONSE));
        edge(Kpi.COMPLAINT_RESPONSE, "letter", "complaint", RecordField.RESPONDED_AT, "2026-03-03T09:00:00", "2026-03-03T09:00:00.001");
        assertEquals("0/0", counted(one("letter", "repair", RecordField.RESPONDED_AT, REQUESTED), Kpi.COMPLAINT_RESPONSE));
    }

    @Test
    void arrivalWithin30minEitherSideOfTheAppointment() {
        Object[] appt = {RecordField.APPOINTMENT_AT, "2026-03-02T14:00:00"};
        edge(Kpi.ON_TIME_ARRIVAL, "onsite", "repair", RecordField.ARRIVED_AT, "2026-03-02T14:30:00", "2026-03-02T14:30:00.001", appt);
        edge(Kpi.ON_TIME_ARRIVAL, "onsite", "repair", RecordField.ARRIVED_AT, "2026-03-02T13:30:00", "2026-03-02T13:29:59.999", appt);
        assertEquals("0/0", counted(one("onsite", "repair", RecordField.ARRIVED_AT, "2026-03-02T14:00:00"), Kpi.ON_TIME_ARRIVAL));
        assertEquals("0/0", counted(one("onsite", "repair", appt), Kpi.ON_TIME_ARRIVAL));
    }

    @Test
    void simpleProblemsResolvedWithin4hComplexOnesByTheThirdWorkingDay() {
        Object[] simple = {RecordField.RESPONDED_AT, "2026-03-02T09:00:10", RecordField.COMPLEXITY, "simple"};
        edge(Kpi.RESOLUTION_SIMPLE, "onsite", "repair", RecordField.RESOLVED_AT, "2026-03-02T13:00:10", "2026-03-02T13:00:10.001", simple);
        // no complexity given counts as simple
        assertEquals("1/1", counted(one("onsite", "repair", RecordField.RESPONDED_AT, "2026-03-02T09:00:10", RecordField.RESOLVED_AT,
                "2026-03-02T13:00:10"), Kpi.RESOLUTION_SIMPLE));
        // complex, responded Monday → by the end of Thursday (the third working day after)
        Object[] complex = {RecordField.RESPONDED_AT, "2026-03-02T09:00:10", RecordField.COMPLEXITY, "complex"};
        KpiReport in = one("onsite", "repair", append(complex, RecordField.RESOLVED_AT, "2026-03-05T23:59:59"));
        assertEquals("1/1", counted(in, Kpi.RESOLUTION_COMPLEX));
        assertEquals("0/0", counted(in, Kpi.RESOLUTION_SIMPLE));
        assertEquals("0/1", counted(one("onsite", "repair", append(complex, RecordField.RESOLVED_AT, "2026-03-06T00:00:00")), Kpi.RESOLUTION_COMPLEX));
        // resolved without a response: in no resolution KPI, but in the callback ratio's denominator
        KpiReport unanswered = one("onsite", "repair", RecordField.RESOLVED_AT, "2026-03-02T10:00:00");
        assertEquals("0/0", counted(unanswered, Kpi.RESOLUTION_COMPLEX));
        assertEquals("0/1", counted(unanswered, Kpi.CALLBACK_RATIO));
        assertEquals("1/1", counted(one("onsite", "repair", RecordField.RESOLVED_AT, "2026-03-02T10:00:00", RecordField.CALLBACK_AT,
                "2026-03-03T10:00:00"), Kpi.CALLBACK_RATIO));
    }

    @Test
    void firstContactAndRepeatRepairs() {
        assertEquals("1/1", counted(one("phone", "consult", RecordField.FIRST_CONTACT_RESOLVED, "true"), Kpi.FIRST_CONTACT_RESOLUTION));
        assertEquals("0/1", counted(one("phone", "consult", RecordField.FIRST_CONTACT_RESOLVED, "false"), Kpi.FIRST_CONTACT_RESOLUTION));
        assertEquals("0/0", counted(one("phone", "consult"), Kpi.FIRST_CONTACT_RESOLUTION));
        assertEquals("0/1", counted(one("phone", "repair"), Kpi.REPEAT_REPAIR));
        assertEquals("1/1", counted(one("phone", "repair", RecordField.REPEAT_OF, "T1"), Kpi.REPEAT_REPAIR));
        assertEquals("0/0", counted(one("phone", "install"), Kpi.REPEAT_REPAIR));
    }

    @Test
    void theSecondsKeptForTheSpreadAreWholeAndNoneIsMinusOne() {
        RecordRow row = new RecordRow(Columns.identity());
        row.requested = 0;
        row.responded = 15_999;
        row.resolved = 3_600_999 + 15_999;
        assertEquals(15, KpiRules.responseSeconds(row));
        assertEquals(3600, KpiRules.resolutionSeconds(row));
        row.responded = 3L * Integer.MAX_VALUE * 1000;
        assertEquals(Integer.MAX_VALUE, KpiRules.responseSeconds(row));
        row.responded = Timestamps.EMPTY;
        assertEquals(-1, KpiRules.responseSeconds(row));
        assertEquals(-1, KpiRules.resolutionSeconds(row));
        row.responded = 0;
        row.resolved = Timestamps.EMPTY;
        assertEquals(-1, KpiRules.resolutionSeconds(row));
    }
}
